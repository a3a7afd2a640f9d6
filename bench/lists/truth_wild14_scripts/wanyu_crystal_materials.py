"""Wild14 truth for WanyuGroup/AI-for-crystal-materials README (materials science / chemistry).

Shape: four sections, each a two-column Markdown table '|Method | Paper |': the first cell is the
model's short name (or '-'), the second holds 'Title (Venue, Year) [[**Paper**](url)][[**Code**](url)]'
(the venue parenthesis sometimes written 'NeurIPS2023', 'IUCrJ,2017' or 'Arxiv, 2023'; two
spaces before it in later sections).  A fifth table, 'Common Dataset and Platform'
(Dataset | Description | URL), lists databases and toolkits.

Entry: every row of the four paper tables (one paper each); the dataset table's rows are datasets
and tools without a paper, not entries.  A paper listed twice (CHGNet, lines 108 and 114) is an
entry each time.  Title: the second cell's text before its last '(' that opens the venue
parenthesis right before '[[**Paper**]' (titles themselves may hold '(3)' as in 'E (3)-equivariant');
the short name in the first cell is not part of the title.  Ids come from the row's own links
(arXiv abs links, doi-bearing APS/ACS/Wiley URLs).

Counts: 95 rows with '[[**Paper**' (grep); per table 29 + 40 + 11 + 15.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "WanyuGroup__AI-for-crystal-materials__README@07672e1.md"


def main() -> None:
    lines = read_lines(NAME)
    stop = lines.index("## Common Dataset and Platform") + 1
    papers = []
    per_table: list[int] = []
    for i, text in enumerate(lines[: stop - 1], 1):
        if text.startswith("|Method"):
            per_table.append(0)
            continue
        if not text.startswith("|") or "[[**Paper**]" not in text:
            continue
        cell = text.split("|")[2]
        head = cell[: cell.index("[[**Paper**]")].strip()
        m = re.match(r"(.+)\(([^()]*)\)$", head)
        assert m and re.search(r"\d{4}|Arxiv", m.group(2)), (i, head)
        papers.append(entry(lines, i, i, m.group(1).strip()))
        per_table[-1] += 1
    assert per_table == [29, 40, 11, 15], per_table
    assert len(papers) == 95
    write_truth(
        NAME, "wild14_development", papers,
        "every row of the four '|Method | Paper |' tables is an entry, title = the Paper cell's text before"
        " the venue parenthesis that precedes '[[**Paper**]'; the method short name is not part of the title;"
        " the dataset/platform table is not entries; a paper listed twice counts twice",
        "count 95 against grep of '[[**Paper**' rows and per table 29/40/11/15; all titles read against the"
        " file, including 'E (3)-equivariant' titles and the 'IUCrJ,2017' and 'Arxiv, 2023' venues; ids of"
        " APS, ACS, Wiley, arXiv links",
    )


if __name__ == "__main__":
    main()
