"""Wild60 truth for fogus/papers-i-love README.md at f896c59 (2024-06-24): Michael Fogus's personal list of
"computer science and computer-adjacent papers (and sometimes books) that have influenced me deeply" -- the README
names his favourites only as a directory tree of the PDF files kept in the repository.

Shape: 34 lines.  Intro (1-3), ``## Favorites`` (5) with a paragraph linking his 2011 blog post "10 technical papers
every programmer should read" (7), then an indented code block (9-34, lines indented with four spaces or a tab) that
draws a ``tree`` of folders (``/artificial_intelligence``, ``/languages``, ``├── lisp`` ...) and PDF files named
``<Author>-<Title_with_underscores>.pdf`` after box-drawing prefixes (``├── ``, ``└── ``, ``│   └── ``).

Special cases:
- The only bibliographic data is the file name: first author's surname, then the title with ``_`` for spaces and
  punctuation (colons, apostrophes, dots) dropped: ``Moore-Forth_The_Early_Years.pdf`` (24),
  ``McCarthy-LISP_15_Programmers_Manual.pdf`` (27, the LISP 1.5 Programmer's Manual, a manual rather than an
  article, kept as the list's item), ``Schorre-META-II_A_Syntax-oriented_Compiler_Writing_Language.pdf`` (32, hyphens
  inside the title).
- Folder lines (``/design``, ``├── forth``) and the blog-post link (7) are not entries.

Decisions:
- Entry = every ``*.pdf`` line of the tree, one line each (15).  Title = the file name without ``.pdf``, without
  the author before the first ``-``, with ``_`` read as a space; otherwise as written (no punctuation restored).
- No arXiv id or DOI is written.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "fogus__papers-i-love__README@f896c59.md"
PART = "wild60_development"

PDF = re.compile(r"^[\s│├└─]*(?P<author>[A-Za-z]+)-(?P<rest>\S+)\.pdf\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = PDF.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("rest").replace("_", " ")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 15, len(papers)
    assert sorted(by) == [10, 11, 13, 14, 16, 17, 19, 21, 24, 26, 27, 29, 31, 32, 34], sorted(by)
    assert by[10]["title"] == "Beings", by[10]
    assert by[14]["title"] == ("Recursive Functions of Symbolic Expressions and Their Computation by Machine"
                               " Part 1"), by[14]
    assert by[19]["title"] == "Out of the Tarpit", by[19]
    assert by[27]["title"] == "LISP 15 Programmers Manual", by[27]
    assert by[32]["title"] == "META-II A Syntax-oriented Compiler Writing Language", by[32]
    assert by[34]["title"] == "PROLOG A Step Toward the Ultimate Computer Language", by[34]
    write_truth(
        NAME,
        PART,
        papers,
        method="The favourites are a tree of PDF file names in an indented code block; every '<Author>-<Title>.pdf'"
        " line is one entry (one line).  Title = the file name without '.pdf' and without the author before the"
        " first hyphen, underscores read as spaces, punctuation not restored.  Folder lines and the blog-post link"
        " are not entries.",
        checked="Read the whole file; compared the -v output with all 15 PDF lines of the tree (tab- and"
        " space-indented, box-drawing prefixes), the hyphenated META-II title, the LISP 1.5 manual, and that no"
        " folder line became an entry.",
    )


if __name__ == "__main__":
    main()
