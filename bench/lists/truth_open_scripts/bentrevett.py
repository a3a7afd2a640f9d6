"""Open truth (batch 3) for bentrevett/paper-notes README: an index of the author's paper notes.

Under date headings (YYMM), one bullet per paper, '- [Title (year) - Authors](notes/....md)',
followed by an indented sub-bullet of tags.  The entry is the bullet and its tag line; the title
is the link text before ' (year) - authors'.  The links go to the author's notes, not to the
papers, so no entry has an id.  The introduction (lines 1-5) names no paper.
"""
import re

from _open import Open

NAME = "bentrevett__paper-notes__README@7009947.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"- \[(.+) \((\d{4})\) - [^\]]+\]\(notes/[^)]+\)\s*$", text)
        if not m:
            continue
        end = i + 1 if t.line(i + 1).startswith("  - ") else i
        t.add(i, end, m.group(1))
    t.write("every '- [Title (year) - Authors](notes/...)' bullet with its tag sub-bullet is an entry;"
            " title = the link text before ' (year) - authors'",
            "all 25 bullets of the file one by one (titles, the '(year) - authors' tail cut, tag lines),"
            " the introduction (no entries); no links to papers, so no ids")


if __name__ == "__main__":
    main()
