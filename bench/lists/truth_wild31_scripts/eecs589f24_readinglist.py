"""Wild31 truth for morleydragon/eecs589F24 ReadingList.md: the reading list of a graduate seminar
(EECS 589 Advanced Computer Networks, Fall 2024), grouped by `###` topic headings.

Shape: one `* ` bullet per reading.  Most bullets are `[Title](url), Venue Year` with optional
`[Talk](youtube)` / `[Slides](...)` links; the first two papers are classic citations
`Authors, "[Title](url)," Proc. ...` with the title inside the quotes; some bullets wrap, the venue
and talk link continuing on the next, non-bullet line (10-11, 21-28, 31-32, 36-37, 61-62), so an entry
runs from its bullet to the line before the next bullet, heading or blank line.
Not entries: the heading lines, line 5 "[Internet history](internetsociety.org ...)" (a web history
page, not a scholarly work).  Line 36 names a paper whose link target is empty `[...]()`: still an
entry (title only, no id).  Two bullets at 86-87 start with `*  ` (two spaces).
Title = the link text of the first link in the bullet.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "morleydragon__eecs589F24__ReadingList@b0a88f6.md"
PART = "wild31_development"

NOT_PAPERS = {5}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    i = 0
    while i < n:
        ln = lines[i]
        if re.match(r"^\*\s+\S", ln):
            first = i + 1
            j = i + 1
            while j < n and lines[j].strip() and not lines[j].startswith("*") and not lines[j].startswith("#"):
                j += 1
            last = j
            if first not in NOT_PAPERS:
                m = re.search(r"\[([^\]]+)\]\(", ln)
                assert m, ln
                papers.append(entry(lines, first, last, m.group(1)))
            i = j
            continue
        i += 1
    assert len(papers) == 54, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* ' bullet under a topic heading is one reading (continuation lines without a bullet belong to it); "
        "title is the first link's text; the 'Internet history' web page bullet (line 5) is not an entry.",
        "Every entry checked by eye against the file (all 54), including the wrapped bullets, the empty-link "
        "bullet at line 36 and the quoted-title citations at lines 6-7.",
    )


if __name__ == "__main__":
    main()
