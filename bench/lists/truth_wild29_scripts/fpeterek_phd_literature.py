"""Wild29 truth for fpeterek/phd-literature README.md: a doctoral student's literature list
("literature I encountered during my doctoral studies"), grouped by topic and by Read / To Read.

Shape: every record is a paragraph holding one Markdown link `[Title](url)` on its own line
(lines 10-60), separated by blank lines, under `## Topic` / `### Read|To Read` headings.  An entry
is such a link line; the title is the link text.  Special cases: line 16 is a bullet note
("Probably uninteresting, uses n-gram models") that belongs to the entry on line 14, so that
entry spans 14-16.  Line 56 links a JMLR PDF (a paper, kept).  Links point at doi.org (line 10),
dl.acm.org/doi (line 12), ResearchGate, IEEE Xplore, ScienceDirect pii (no DOI), arXiv abs pages.
Headings and the two-line introduction are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "fpeterek__phd-literature__README@731cde5.md"
PART = "wild29_development"

LINK = re.compile(r"^\[(.+)\]\((\S+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = LINK.match(ln)
        if not m:
            continue
        last = i
        # a bullet note right under the link (after one blank line) belongs to it
        if i + 2 <= len(lines) and lines[i].strip() == "" and lines[i + 1].startswith("* "):
            last = i + 2
        papers.append(entry(lines, i, last, m.group(1)))
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paragraph that is a single [Title](url) link is one entry, its title the link text; "
        "the bullet note on line 16 is part of the entry on line 14.",
        "All 20 entries checked by eye against the file (titles, spans, ids).",
    )


if __name__ == "__main__":
    main()
