"""Wild15 truth for MengyuanChen21/Awesome-Evidential-Deep-Learning README.md: tables whose only links are badges.

Shape: a short intro, a TOC, then sections ('## Surveys', '## Theoretical Explorations' with four
'###' subsections, '## EDL Enhanced Machine Learning' with seven, '## EDL in Downstream
Applications' with six), each one Markdown table.  The Surveys table is
'| ID | Year | Venue | Title | PDF |', all others '| ID | Year | Venue | Abbr | Title | PDF | Code |'.
The Title cell is plain text (the list's own survey is bold); the paper is linked only through a
shields.io badge '[![PDF](https://img.shields.io/badge/PDF-View-red?style=plastic)](url)', the
code through a '[![GitHub stars](...)](github)' badge or a '[Dropbox]' / '[Ipynb]' link.  Rows are
padded differently ('|  1 | 2021 |ACS Central Science|-|...'), some lack the closing pipe.

Entry: every body row (one line).  Title: the Title cell (found by the header's 'Title' column),
markup removed.  The Abbr cell ('EDL', 'I-EDL', '-') is a nickname, not part of the title.  Ids
come from the row: the PDF badge's link precedes the code link, so the first id is the paper's
(arXiv PDFs, an ACS 'doi/epdf/10.1021/...' URL, Nature PDFs whose article ids are not DOIs).
Three Springer rows link a whole proceedings volume ('content/pdf/10.1007/978-3-030-32226-7.pdf'):
the DOI is kept as written (the volume's).  A paper listed in two tables (Trustworthy multimodal
regression ..., under regression and cross-modal) gives two entries.  Not entries: the TOC, the
feedback links.

Counts: 152 lines start with '|' (grep); each table has one header and one separator row; the
script counts tables by their header rows and asserts rows = 152 - 2 x tables, and checks each
table's ID column runs 1..n; 18 tables, 152 - 36 = 116 rows (the Cross-modal Learning table skips ID 7: eight rows numbered 1-6, 8, 9).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "MengyuanChen21__Awesome-Evidential-Deep-Learning__README@ca049bd.md"
PART = "wild15_development"


def cells_of(text: str) -> list[str]:
    return [c.strip() for c in text.strip().removeprefix("|").removesuffix("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tables: list[list[int]] = []
    col = None
    for i, t in enumerate(lines, 1):
        if not t.startswith("|"):
            continue
        cells = cells_of(t)
        if cells[0] == "ID":
            col = cells.index("Title")
            tables.append([])
            continue
        if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
            continue
        assert col is not None and len(cells) >= col + 2, i
        title = cells[col]
        assert title and "](" not in title, (i, title)
        tables[-1].append(int(cells[0]))
        papers.append(entry(lines, i, i, title))
    for nums in tables:  # IDs run 1..n, except Cross-modal Learning, which skips 7 (1-6, 8, 9)
        expect = list(range(1, len(nums) + 1)) if nums != [1, 2, 3, 4, 5, 6, 8, 9] else [1, 2, 3, 4, 5, 6, 8, 9]
        assert nums == expect, nums
    n_bar = sum(1 for t in lines if t.startswith("|"))
    assert n_bar == 152 and len(papers) == n_bar - 2 * len(tables), (n_bar, len(tables), len(papers))
    assert len(tables) == 18 and len(papers) == 116
    write_truth(NAME, PART, papers,
                "every body row of the tables is an entry, title = the plain-text Title cell (column found from the"
                " header); the paper is linked only by a PDF badge, whose URL gives the ids",
                "row count (152 '|' lines - 2 x tables), each table's ID column 1..n, every Title cell free of links"
                " (asserted), all titles in the -v output read against the rows, the bold own-survey row, rows"
                " without a closing pipe, the ACS DOI and Nature URLs")


if __name__ == "__main__":
    main()
