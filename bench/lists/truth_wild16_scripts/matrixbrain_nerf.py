"""Wild16 truth for MatrixBrain/awesome-NeRF README: five-column tables '|Year|Conf/Jour|Code|Title|OtherInfo|'.

Shape: a NeRF awesome list; one small table per topic heading (## Papers, ### Survey, #### Few Shot,
... ### Unclassified), each row '|2022|CVPR|[Torch](code)|[Title](paper url)|[Project Page](url)|'.
The title is the fourth column, after year, venue and code columns; the last column is often left
off.  Every table row under '## Papers' (lines 51-324) is an entry, title = the linked text of the
Title cell.  The same paper in two topic tables is two entries.  The '## Datasets' table's rows
name the dataset's paper in a 'Related Paper' cell: those three rows are entries too, title = that
cell's linked text (the dataset name in the Name cell is not the title).  Not entries: the Talks
table (YouTube videos) and the Blogs table inside an HTML comment.

Count checks: 147 rows starting '|20' between lines 51 and 324 (grep), every Title cell a plain
'[text](url)'; 3 dataset rows (lines 330-332).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "MatrixBrain__awesome-NeRF__README@cdc9ffe.md"
PART = "wild16_development"
LINES = read_lines(NAME)
LINK = re.compile(r"^\[([^\]]+)\]\([^)]*\)$")


def main() -> None:
    papers = []
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
        if not text.startswith("|20"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if section == "Papers":
            m = LINK.match(cells[3])
        elif section == "Datasets":
            m = LINK.match(cells[2])
        else:
            continue
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
    in_papers = [p for p in papers if 51 <= p["line"] <= 324]
    assert len(in_papers) == 147, len(in_papers)
    assert len(papers) == 150, len(papers)
    write_truth(
        NAME, PART, papers,
        "every table row under '## Papers' is an entry, title = the linked text of the fourth (Title) cell;"
        " the three Datasets rows are entries titled by their Related Paper cell; talks and the commented-out"
        " blogs are not entries",
        "all 150 rows against the file (first and last row of each of the 24 topic tables, the empty Theory"
        " table, rows with and without the OtherInfo cell, the trailing-space row 324); titles, the arXiv ids"
        " (abs and pdf links) and the ACM and Wiley DOIs; talks and blogs left out",
    )


if __name__ == "__main__":
    main()
