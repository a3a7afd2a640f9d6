"""Wild37 truth for FedericoBruzzone/papers-on-compiler-optimizations README.md: a chronologically sorted list
of compiler-optimization papers (1952-1994, with later years being prepared), companion of a LaTeX/PDF
bibliography in the same repository.

Shape: prose, a ``<details>`` block about the LaTeX folder, a ``> [!TIP]`` quote holding the list's own BibTeX
(``@misc{Bruzzone2025papers, ...}``), a "Key for Columns" legend whose bullets link the six textbooks and one
survey the rows are drawn from (A, D, E, M, O, S), then ONE pipe table ``| Paper Title | Venue Type | Venue Name |
Type | Year | Sources |`` (header line 51).  The Paper Title cell is either ``[Title](url)`` (mostly
``https://doi.org/...``, a few PDF links, three doubled ``https://doi.org/https://doi.org/10.1016/...`` links) or a
plain unlinked title.  One cell starts with a no-break space (line 212).  Lines 367-416 (the 1995-2006 rows) sit
inside an HTML comment ``<!-- ... -->`` opened at the start of line 367 and closed at the end of line 416, so they
are not rendered; line 415 in the comment even starts with a run of dashes.

Decisions:
- An entry is every rendered table row, lines 53-366 (each names one paper; linked or not).  Title = the first
  cell with the link markup removed, as written (typos such as "optimizatlons" and the LaTeX quotes ``...'' in
  line 184 kept; the shared markup cleaner drops the opening `` pair, which CommonMark renders literally, so
  the stored title reads "...Renvoise's Global optimization ... redundancies''").  Ids from the row's own text (the DOI of its link; none for PDF links and unlinked titles).
- Not entries: the header and separator rows, the textbook and survey bullets of the column key (39-44: they
  explain the Sources column, they are not list items), the list's own BibTeX in the TIP quote, and the 50
  commented-out rows 367-416 (not rendered, as in the w6113 wild36 truth).  The commented block also holds a
  row naming a proceedings volume ("International Conference on Compiler Construction", 392), moot here.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "FedericoBruzzone__papers-on-compiler-optimizations__README@c541874.md"
PART = "wild37_development"

HEADER = 51
COMMENT_START = 367  # "<!-- | Corpus-based static branch prediction ..."
LINK = re.compile(r"^\[(.+)\]\((\S+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[HEADER - 1].startswith("| Paper Title |")
    assert lines[COMMENT_START - 1].startswith("<!-- |") and lines[415].endswith("-->")
    papers = []
    for n in range(HEADER + 2, COMMENT_START):
        ln = lines[n - 1]
        assert ln.startswith("|"), n
        cell = ln.split("|")[1].strip(" \u00a0")
        m = LINK.match(cell)
        title = m.group(1) if m else cell
        assert "](" not in title and title, n
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 314, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each rendered row of the single paper table (lines 53-366) is an entry; title = the Paper Title cell with"
        " its link markup removed (linked or plain), ids from the row; the column-key bullets (textbooks, one"
        " survey), the list's own BibTeX and the 50 rows inside the HTML comment (lines 367-416, years 1995-2006)"
        " are not entries.",
        "Whole file read; every table row checked to start with '|' and to have one title cell; the first and last"
        " rendered rows (53, 366), the comment boundaries (367 opens '<!--', 416 closes '-->'), the no-break-space"
        " cell (212), the three doubled doi.org links (71, 158, 195: DOI kept with its parentheses), the PDF-linked"
        " rows (325, 333), the LaTeX-quoted title (184) and about 25 random rows (linked and plain) compared with"
        " the -v output.",
    )


if __name__ == "__main__":
    main()
