"""Wild29 truth for Ddnirvana/awesome-serverless-research README.md: a curated list of serverless
systems research (papers), one bullet per paper under topic headings.

Shape: `- [Title (Venue'YY)](url) - optional description`, in "Serverless System and Framework" with a
topic tag in parentheses before the link (`- (Storage system) [...]`, line 32 without a space:
`(Scheduling)[Sequoia: ...(SOCC'20)]`).  The venue sits inside the link text as a final parenthetical,
once with a full-width opening parenthesis (line 26 `（ATC'18)`), once glued to the title (line 32),
once absent (line 85, Kappa).  Title = link text without that final venue parenthetical and without the
tag.  Entries: the bullets of lines 22-89 (35 papers; line 23 is a technical report, counted).  Not
entries: the table of contents (lines 8-19) and "Other Recommended Lists" (lines 92-93, GitHub lists).
Descriptions may hold GitHub/YouTube links (lines 30, 52, 59, 66, 82, 85); they give no ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "Ddnirvana__awesome-serverless-research__README@66d613f.md"
PART = "wild29_development"

ITEM = re.compile(r"^- (?:\([^)]*\)\s*)?\[(.+?)\]\((http[^)]*)\)")
VENUE = re.compile(r"\s*[(（][^()（）]*\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not (22 <= i <= 89):
            continue
        m = ITEM.match(ln)
        if not m:
            continue
        title = VENUE.sub("", m.group(1)) if i != 85 else m.group(1)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 35, len(papers)
    write_truth(NAME, PART, papers,
                "Each bullet of lines 22-89 is one paper; title is the link text without a leading topic tag "
                "and without the trailing (Venue'YY) parenthetical; TOC and 'Other Recommended Lists' excluded.",
                "Every entry checked by eye against the file (35 bullets), including the full-width parenthesis "
                "on line 26, the glued venue on line 32 and the venue-less Kappa on line 85.")


if __name__ == "__main__":
    main()
