"""Wild14 truth for hazdzz/awesome-gnn README: 31 Markdown tables '| Number | GNN | Paper | Code | Journal or Conference | URL |', one paper per row, bare URLs.

Shape: headings down to '#####' over pipe tables; most tables have the columns Number, model
name (GNN / MPNN / Norm / ...), Paper (plain title text, no link), Code (bare GitHub URL, often
empty), venue (often empty) and URL (bare URL of the paper); three tables ('Analyses',
'Over-squashing', 'Surveys') have no model-name column, the Surveys table no Code column either.
Every table is followed by two '|||||' filler lines.  A few rows are irregular: an extra cell
(CayleyNet, VGAE), code and URL swapped (SAN in 'Graph Structure Embedding'), a title written in
the URL column (GCN-LPA), no URL at all (MCN, SDNE), numbering repeated or skipped.

Entry: every table row whose first cell is a number (one line each).  Title: the cell under the
table's 'Paper' header (markup such as '<sup>2</sup>' removed by the helper).  The same paper in two
tables (GIN, GraphSNN, BGNN, Graph Attention Retrospective, ...) is a separate entry each time.
The model/method name column is not part of the title.

Checks: grep -c '^| *[0-9]' = 324 rows, 31 header rows (grep '| Number'); each table's row count
summed by awk equals 324; no title cell is empty.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "hazdzz__awesome-gnn__README@56bc28b.md"


def cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers, col, tables = [], None, 0
    for i, text in enumerate(lines, 1):
        if re.match(r"\| *Number *\|", text):
            col = cells(text).index("Paper")
            tables += 1
            continue
        if not re.match(r"\| *\d+ *\|", text):
            continue
        title = cells(text)[col]
        assert title and not title.startswith("http"), (i, text)
        papers.append(entry(lines, i, i, title))
    assert tables == 31
    assert len(papers) == 324
    write_truth(NAME, "wild14_development", papers,
                "every numbered row of the 31 tables is a one-line entry, title = the cell under the table's 'Paper'"
                " header (the model-name column is not part of it); ids from the row's bare URLs",
                "row count by grep (324) and header count (31); -v output read against the file for the first and last"
                " rows of every table, the irregular rows (CayleyNet and VGAE extra cell, SAN code/URL swapped, GCN-LPA"
                " title in URL column, MCN/SDNE without URL), the Surveys table with no model or code column, and the"
                " ACM/Springer DOIs")


if __name__ == "__main__":
    main()
