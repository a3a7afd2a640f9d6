"""Wild22 truth for ppgia-unifor/sbes-2010-2020-dataset top-papers-by-year.md: a citation-count
table of the Brazilian Symposium on Software Engineering (SBES), built from a Google Scholar
dataset.

Shape: three pipe tables without outer pipes, one under each '##' heading (international,
Brazilian and total citations), header 'year | rank | title | authors | language | ...
citations' (the total table adds self/nat./int. percentage columns).  One row per paper: year
(written only on a year's first row, '&nbsp;' on the others), rank '#1'..'#3' (ties repeat
'#3'), the title as plain text (no link, no ids), authors, language, counts.  Title = the third
cell, as written (e.g. 'R&D', '?:' kept).
Entries: every data row: 34 (lines 7-40) + 43 (lines 46-88) + 33 (lines 94-126) = 110.  The same
paper ranked in two or three tables gives two or three entries (the README's repeated-records
rule).  Not entries: headings, the header and alignment rows.  Count check: 110 lines matching
'| #n |'.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "ppgia-unifor__sbes-2010-2020-dataset__top-papers-by-year@23ed023.md"
PART = "wild22_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_table: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            per_table.append(0)
            continue
        cells = [c.strip() for c in text.split("|")]
        if len(cells) < 6 or not cells[1].startswith("#"):
            continue
        assert cells[0] == "&nbsp;" or cells[0].isdigit(), i
        per_table[-1] += 1
        papers.append(entry(lines, i, i, cells[2]))
    assert per_table == [34, 43, 33], per_table
    assert len(papers) == 110, len(papers)
    write_truth(NAME, PART, papers,
                "every data row of the three citation tables is an entry (a paper in several tables counts once per"
                " table); title = the plain-text third cell; no links or ids in the file",
                "all 110 rows compared with the -v output (first and last row of each table, every tie row '#3',"
                " the '&nbsp;' year cells, titles with '?:', 'R&D', apostrophes)")


if __name__ == "__main__":
    main()
