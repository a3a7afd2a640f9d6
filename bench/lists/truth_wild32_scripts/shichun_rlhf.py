"""Wild32 truth for Shichun-Liu/daily-paper-reading RL/RLHF/RLHF.md: an Obsidian reading note on RLHF papers.

Shape: a personal Obsidian vault note in Chinese and English.  `## paper list` (lines 3-33) holds papers
read, each a bullet with an Obsidian wikilink `[[Title]]` to the paper's own note, followed by tab-indented
sub-bullets (date, lab tags `#Anthropic`, notes); the wikilink text is the note's file name, so some titles
carry a nickname glued on (`...human feedback(InstructGPT)`, `...Reward Model(DPO)`, lines 13 and 20) and
colons written as `-` or a full-width `：`.  Line 34 `TODO` is not an entry.  `## 原理` has a Markdown link whose
text starts with the arXiv id in brackets (line 37, `[[2310.06452] Understanding ...](arxiv)`) and a bare
wikilink line (38).  `## Alignment` is a checkbox list: lines 42-50 `Title, Venue Year [Paper](zhihu redirect
whose target is a percent-encoded arXiv URL)`, lines 51-58 bare checkbox titles (repeats of papers above, kept
as separate entries).  `### harmless` lines 61-63 are papers; line 64 is a blog post (not an entry).
`### reasoning/Agent`: an OpenAI white paper PDF (line 67, a technical report, entry) and a Nature paper
(line 70, entry; the Nature article id is not a DOI) with its sub-notes.  `## 其他` (lines 76-81): a Zhihu
article, a Bilibili video and a policy-framework PDF, not entries.
Titles: the wikilink or line text as written, without venue/year/link labels; the glued nicknames `(InstructGPT)`
and `(DPO)` and the bracketed arXiv id of line 37 are dropped; prefixes written into the line
(`InstructGPT: ...`, `Scalable Oversight: ...`) are kept.  32 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "Shichun-Liu__daily-paper-reading__RL__RLHF__RLHF@22de58e.md"
PART = "wild32_development"

WIKI = re.compile(r"^-\s+\[\[(.+?)\]\]")
CHECK = re.compile(r"^- \[[ x]\] (.+?)\s*$")
NOT_ENTRIES = {34, 64, 77, 78, 81}


def span(lines: list[str], first: int) -> int:
    """Last line of the item starting at `first`: its tab-indented sub-bullets."""
    last = first
    n = first + 1
    while n <= len(lines) and lines[n - 1].startswith("\t"):
        last = n
        n += 1
    return last


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i in NOT_ENTRIES:
            continue
        title = None
        if i <= 33:
            m = WIKI.match(ln)
            if not m:
                continue
            title = re.sub(r"\((?:InstructGPT|DPO)\)$", "", m.group(1))
        elif i == 37:
            title = "Understanding the Effects of RLHF on LLM Generalisation and Diversity"
        elif i == 38:
            title = ln.strip()[2:-2]
        elif 42 <= i <= 70:
            m = CHECK.match(ln)
            if not m:
                continue
            text = m.group(1)
            text = re.sub(r"\s*\[[^\]]*\]\([^)]*\)\s*$", "", text)  # the trailing [Paper]/[pdf] link
            text = re.sub(r",\s*(?:NIPS|Arxiv)?\s*\d{4}$", "", text)  # the venue and year
            title = text
        else:
            continue
        papers.append(entry(lines, i, span(lines, i), title))
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each wikilink bullet of the paper list, the two lines under 原理 and each checkbox item naming a paper or"
        " report (with its indented sub-notes) is an entry; blog, article, video and policy-PDF links are not;"
        " titles without venue/year/link labels, glued nicknames and the bracketed arXiv id.",
        "All 32 entries checked by eye against the file (spans with tab-indented notes, titles, arXiv ids from the"
        " percent-encoded zhihu redirects and the arxiv link); the five non-entries confirmed.",
    )


if __name__ == "__main__":
    main()
