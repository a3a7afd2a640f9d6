"""Wild34 truth for ece382n-sec/ece382n-sec.github.io schedule.md: the Fall 2026 schedule and reading
list of UT Austin's ECE 382N hardware/microarchitecture security course.

Shape: a Jekyll page of <section>/<div> cards, one per class day ("### L/D topic").  Readings sit in
labelled lines: "**Pre-lecture:** Title (VENUE 'YY, Sections ...) [Link](url)" or
"**Post-lecture:** ...", "**Optional:** Title [Link](url)", and bullet lists under "**Papers to
discuss:** Choose one to review:", "**Post-lecture:**", "**Optional:**" and "**Paper to discuss:**".
The venue parenthesis ("(SP &#39;15)") follows the title; the URL is always the trailing "[Link](...)".
Lines 431-536 are an inline <script>, not list content.

Entries: every reading line that names a paper, technical report or magazine/journal article; one line
each.  Title = the text before " [Link]" without the label and the trailing venue parenthesis
(parentheses inside titles such as "(STT)" on line 156 are kept).  Not entries, by line:
- 30 course survey; 32/40/58/70/... "Materials" slides and PoC repositories.
- 92 "A Game of Cache Attacks and Defense" - tutorial slides at a workshop.
- 106 Intel's "Guidelines for Mitigating Timing Side Channels" - vendor developer guidance page.
- 109 "Oblivious RAM by Elaine Shi" - lecture notes; 110 "Cryptocoding" - a GitHub repository.
- 120, 198, 237, 282, 388, 389 - videos and recorded talks.
- 144 "Retpoline" - a Google support/FAQ write-up; 146 - two grsecurity blog posts.
- 316 - a US patent; 357 "Advice from DJB" - a web page; 375 "Pixnapping Attack" - the attack's
  website, named without a paper title; 401 - a book.
Kept as entries although not conference papers: 172 "Intel SGX Explained" (IACR ePrint), 223 the VMware
EPT performance study (technical report), 241 "An Introduction to CHERI" (Cambridge technical report),
314 "Creating the First Confidential GPUs" (CACM practice article).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "ece382n-sec__ece382n-sec.github.io__schedule@04c49a9.md"
PART = "wild34_development"

NOT_ENTRIES = {92, 106, 109, 110, 120, 144, 146, 198, 237, 282, 316, 357, 375, 388, 389, 401}
VENUE = re.compile(r"\s*\([^()]*&#39;\d\d[^()]*\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, start=1):
        if i >= 431:
            break  # inline script
        if "[Link](" not in ln or i in NOT_ENTRIES:
            continue
        head = ln.split(" [Link](", 1)[0]
        head = re.sub(r"^(- |\*\*[^*]+:\*\* )", "", head)
        title = VENUE.sub("", head).strip()
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 56, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every reading line with a [Link] that names a paper, technical report or article (not the "
        "slides, videos, tutorial, vendor guidance, blog posts, repository, patent, web pages or book); "
        "title = the text before [Link] without the label and the venue parenthesis.",
        "All 56 entries and the 16 skipped reading lines checked by eye against the 536-line file; the "
        "venue parentheses with &#39; are cut and the in-title (STT)/(SPT) kept.",
    )


if __name__ == "__main__":
    main()
