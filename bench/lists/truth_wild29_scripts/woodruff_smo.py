"""Wild29 truth for matthewjwoodruff/summaries summaries/smo.md: a PhD student's "quick capsule summaries"
of three months of Structural and Multidisciplinary Optimization tables of contents (reading notes).

Shape: setext headings per journal issue (``Volume 49, Issue 1, January 2014`` over ``----``); under
each issue ``### Title`` headings, one per article, followed by an italic author/pages line
(``*Joshua D. Deaton, Ramana V. Grandhi Pages 1-38*``; line 259 writes it as a list item
``-   D. Ruiz , ... \\*`` instead) and the student's comment paragraphs.  An entry spans its ``###``
heading and everything up to the last non-blank line before the next ``###`` heading or setext
heading; its title is the heading text.
Not entries: the ``### Summary`` (lines 21, 102, 221, 310) and ``### Note`` (line 314) headings, the
file's prose sections (Global Summary, Note, Bibliography, License), and line 231, a book review whose
subject is an edited book (``George Rozvany and Tomasz Lewinski (eds): Topology optimization in
structural and continuum mechanics``).  Line 208 is a discussion article whose title cites another
paper ``(Rozvany and Maute 2011)``; it is one entry with that whole title.  Comments mention other
works in passing (Bendsoe and Sigmund's SIMP paper, Tim's 2006 book chapter): prose, not entries.
No arXiv ids or DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "matthewjwoodruff__summaries__summaries__smo@aa1e128.md"
PART = "wild29_development"

SKIP = {231}  # book review


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)

    def is_boundary(k: int) -> bool:  # 1-based line k starts a new block
        ln = lines[k - 1]
        if ln.startswith("### "):
            return True
        return k < n and ln.strip() != "" and re.fullmatch(r"[-=]{3,}", lines[k].strip() or "x") is not None

    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("### "):
            continue
        title = ln[4:].strip()
        if title in ("Summary", "Note") or i in SKIP:
            continue
        j = i + 1
        while j <= n and not is_boundary(j):
            j += 1
        end = j - 1
        while lines[end - 1].strip() == "":
            end -= 1
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 49, len(papers)
    write_truth(NAME, PART, papers,
                "Each '### Title' article heading (not Summary/Note, not the line-231 book review) with its author "
                "line and comments up to the next heading is one entry; title is the heading text.",
                "All 50 article headings and the 5 Summary/Note headings checked by eye; spans checked at each issue "
                "boundary (lines 97, 214, 305, 396) and around line 259's list-item author line.")


if __name__ == "__main__":
    main()
