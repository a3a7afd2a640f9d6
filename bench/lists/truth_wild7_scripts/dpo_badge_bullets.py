"""Wild7 truth for liushunyu/awesome-direct-preference-optimization README.md: badge-first bullets.

Shape: survey companion list.  Header badges ('Paper-252'), a sentence linking the maintainers'
own survey, a cite-us BibTeX block, one news bullet, overview figures, a nested table of
contents, then the taxonomy as '##' / '###' / '####' headings with one bullet per paper:
    - [![arXiv](img.shields.io/badge/arXiv-ID-...)](arXiv abs url) [![arXiv](.../badge/VENUE-YEAR-blue.svg)](same url) Title
i.e. one or two Markdown image-link badges (an arXiv-id badge and/or a venue badge; for papers
without arXiv an OpenReview, JMLR or venue badge linking openreview.net / jmlr.org) and then the
bare title text with no link of its own.  The last section, 'Other Surveys', lists surveys the
same way.

Entry: every bullet starting with a badge image-link (253; the header badge counts 252 papers,
the list repeats some papers in two categories, e.g. the DPO paper under 'Basic' and 'Pair-Wise
Feedback', and repeats are separate entries).  Not entries: the header badges, the survey's own
link and BibTeX (the list's boilerplate), the news bullet, the table-of-contents bullets.
Title: the text after the last badge.  arXiv id from the first link (abs URL); OpenReview/JMLR
entries have none; no DOIs.
Count checks: 253 lines start with '- [![' (grep), every one is badges followed by plain text.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "liushunyu__awesome-direct-preference-optimization__README@3e441bc.md"
PART = "wild7_development"
LINES = read_lines(NAME)

BULLET = re.compile(r"^- ((?:\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)\s*)+)(.+)$")


def main() -> None:
    papers = []
    first = LINES.index("## Basic")
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- [!["):
            continue
        assert i > first, i
        m = BULLET.match(text)
        assert m and "](" not in m.group(2) and not m.group(2).startswith("["), i
        papers.append(entry(LINES, i, i, m.group(2)))
    assert len(papers) == 253, len(papers)
    dpo = [p["line"] for p in papers if p["title"] == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"]
    assert len(dpo) >= 2, dpo
    write_truth(NAME, PART, papers,
                "every bullet that starts with shields.io badge image-links is an entry, title = the plain text after"
                " the badges; header badges, the survey's own link and BibTeX, news and TOC bullets are not entries;"
                " repeats across categories are separate entries",
                "253 badge bullets against grep of '- [![' (header badge says 252 distinct papers); the badge-then-"
                "text layout asserted on every bullet; first and last bullets of every '####' group, all OpenReview/"
                "JMLR/venue-only bullets and 20 sampled titles read by eye")


if __name__ == "__main__":
    main()
