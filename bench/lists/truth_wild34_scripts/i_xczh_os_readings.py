"""Wild34 truth for X-czh/os-readings README.md: readings in operating systems with the owner's notes.

Shape: ``* Title (Year). [Paper](url) \\| [Note](notes/x.md)`` bullets under ``##`` topic headings,
usually followed by indented ``  * `` sub-bullets holding a one-line takeaway (notes, not entries).
Entries: every top-level bullet that names a paper with its year (some have no link at all: 56, 60,
125-131), plus the indented sub-bullets that cite a paper of their own:
- line 51 and 65 ``  * Background: Title (Year). [Paper](...)``: the label ``Background:`` is dropped;
- lines 57-58, two papers listed under the link-less ``Eraser ...`` bullet at 56 (each its own entry).
Title: the text before the last `` (Year).``; inner parentheses stay (78 ``(the Page Table)``, 97
``(and Safer)``).  Span: the bullet line plus its takeaway sub-bullets (e.g. 7-8), but never a
neighbouring paper's line, so 50 is 50-50 (its note at 52 sits after the Background paper at 51) and
56 is 56-56.
Not an entry: line 30 ``[Linux's Early History](https://www.cs.cmu.edu/~awb/linux.history.html) by
Linus Torvalds (1992)`` -- a web page of Torvalds' Usenet posts, not a scholarly work.  Empty sections
(Protection) hold nothing.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "X-czh__os-readings__README@ee9e8cd.md"
PART = "wild34_development"

PAPER = re.compile(r"^(\s*)\* (?:Background: )?([^\[].+) \((\d{4})\)\.")


def main() -> None:
    lines = read_lines(NAME)
    found = []
    for i, ln in enumerate(lines, 1):
        m = PAPER.match(ln)
        if m:
            found.append((i, len(m.group(1)), m.group(2)))
    starts = {i for i, _, _ in found}
    papers = []
    for i, indent, title in found:
        end = i
        if indent == 0:
            j = i + 1
            while j <= len(lines) and lines[j - 1].startswith("  *") and j not in starts:
                end = j
                j += 1
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every bullet 'Title (Year).' is one paper, including indented 'Background:' citations and the two papers "
        "under the Eraser bullet; takeaway sub-bullets belong to their paper's span; the Linux history web page is not an entry.",
        "All 45 entries checked by eye against the file, including link-less bullets, sub-bullet papers at 51, 57, 58, 65 and the excluded line 30.",
    )


if __name__ == "__main__":
    main()
