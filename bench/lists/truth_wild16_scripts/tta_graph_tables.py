"""Wild16 truth for jiayichen1121/Test-Time-Adaptation-for-Graph-Learning README: HTML and Markdown tables mixed.

Shape: a survey companion.  Each taxonomy heading holds one table with the columns
[Taxonomy,] Name, Title, Venue, Paper, Code.  Three of them (1.1, 2.2, 4.3) are HTML tables: one
'<tr>' block per paper, one '<td>' per line, the Taxonomy cell only in the first row of a
'rowspan' group; the other six are Markdown tables, some with a Taxonomy column.  The title is a
plain-text cell (not linked); the paper link is a '[PDF]' cell after the venue.

Entry: every body row of those nine tables (an HTML '<tr>' .. '</tr>' block, or one Markdown
row).  Title = the Title cell, i.e. the fourth cell from the end (Title, Venue, Paper, Code),
whatever the row's leading Taxonomy cell.  The Name cell is a nickname, not the title.  The same
paper under two headings is two entries.  Not entries: the Datasets table (graph datasets,
no paper), the survey's own BibTeX at the end.

Count checks: 9 + 6 + 6 HTML rows (by eye, 1.1 / 2.2 / 4.3) and 2 + 3 + 4 + 2 + 3 + 4 Markdown
rows = 39.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "jiayichen1121__Test-Time-Adaptation-for-Graph-Learning__README@55bb1f7.md"
PART = "wild16_development"
LINES = read_lines(NAME)
TD = re.compile(r"<td[^>]*>(.*?)</td>")
SEP = re.compile(r"^\|[\s:|-]+\|?$")


def main() -> None:
    papers = []
    stop = next(i for i, t in enumerate(LINES, 1) if t.startswith("## Datasets"))
    start = next(i for i, t in enumerate(LINES, 1) if t.startswith("## Literature"))
    in_body = False
    row_start = None
    cells: list[str] = []
    per_table: list[int] = []
    for i in range(start, stop):
        text = LINES[i - 1]
        s = text.strip()
        if s == "<tbody>":
            in_body = True
            per_table.append(0)
        elif s == "</tbody>":
            in_body = False
        elif in_body and s == "<tr>":
            row_start, cells = i, []
        elif in_body and s == "</tr>":
            assert len(cells) in (5, 6), (i, cells)
            papers.append(entry(LINES, row_start, i, cells[-4]))
            per_table[-1] += 1
        elif in_body:
            cells += TD.findall(s)
        elif s.startswith("|"):
            row = [c.strip() for c in s.strip("|").split("|")]
            if SEP.match(s):
                per_table.append(0)
                continue
            if row[-4] == "Title":
                continue
            papers.append(entry(LINES, i, i, row[-4]))
            per_table[-1] += 1
    assert per_table == [9, 2, 3, 4, 6, 2, 3, 4, 6], per_table
    assert len(papers) == 39
    write_truth(
        NAME, PART, papers,
        "every body row of the nine literature tables (HTML <tr> blocks and Markdown rows) is an entry, title ="
        " the plain-text Title cell (fourth from the end); the Name cell is a nickname; datasets table and the"
        " survey's own BibTeX are not entries",
        "all 39 rows against the file: rowspan rows with and without the Taxonomy cell, the Markdown tables"
        " with and without a Taxonomy column, titles, arXiv ids (pdf and abs-with-version links), the ACM"
        " DOIs (doi, doi/pdf, doi/epdf) and the IEEE DOI in an ACM URL; datasets table and BibTeX left out",
    )


if __name__ == "__main__":
    main()
