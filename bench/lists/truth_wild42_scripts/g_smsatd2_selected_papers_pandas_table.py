"""Wild42 truth for Technical-Debt-Large-Scale/smsatd2 md/selectedpapers.md: the selected primary studies of a
systematic mapping study (SMS) on architectural technical debt (ATD) identification and monitoring, the study's
replication kit (column names in Portuguese: "autores", "titulo").

Shape: a ``#`` heading (1), then one pipe table (2-88) exported by pandas ``to_markdown``:
``| # | sp | autores | titulo |`` with an alignment row (3) and 85 rows (4-88), one per selected paper, numbered
1-85 and labelled SP1-SP85.  The "autores" cell is a short author-year key ("Perez et al. 2019", "Martini and
Bosch 2017", "Verdecchia 2018").  Rows 1-70 (lines 4-73) are padded to fixed width; rows 71-85 (74-88) were added
by hand later: unpadded cells with a leading space, trailing spaces after the closing pipe, row 83 with no space
before its first pipe ("| 83|"), and every title cut short and ended with " ..." ("Exploiting dynamic analysis
for architectural smell detection ...").  Titles in rows 1-70 write the title/subtitle separator as ";"
("Active hotspot;an issue-oriented model ...", "Architectural technical debt;A grounded theory"), a spreadsheet
export artifact; row 62 writes ";" for commas too ("Identifying architectural technical debt; principal; and
interest in microservices").  Row 23 ("Cai and Kazman 2019 | DV8") names its paper only by the tool's name.
No links, no ids.

Decisions:
- Entries: all 85 rows (each is one selected study, a scholarly paper), one line each.  The heading, header and
  alignment rows are not entries.
- Title: the "titulo" cell as written, the ";" separators kept (they are what the file writes); for the 15
  truncated rows the final " ..." truncation mark is dropped and the written prefix is the title; row 23's
  title is "DV8" (the cell names the work, if only by its tool name).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "Technical-Debt-Large-Scale__smsatd2__md__selectedpapers@2164eb1.md"
PART = "wild42_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    truncated = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|") or ln.startswith("|---") or n == 2:
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) == 4, (n, cells)
        num, sp, authors, title = cells
        assert int(num) == len(papers) + 1 and sp == f"SP{num}", (n, cells)
        assert re.search(r"\b(19|20)\d\d$", authors), (n, authors)
        if title.endswith(" ..."):
            title = title[:-4]
            truncated += 1
        papers.append(entry(lines, n, n, title))
    assert truncated == 15, truncated
    assert len(papers) == 85, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 85 rows of the pandas-exported table of SMS selected papers (SP1-SP85) is an entry on its"
        " line; title = the 'titulo' cell as written (';' separators kept; the ' ...' truncation mark of rows"
        " 71-85 dropped); no links or ids.",
        "Whole table read against the -v output: header/alignment rows excluded; numbering 1-85 and SP labels"
        " asserted; padded rows 1-70 and the hand-added unpadded rows 71-85 (trailing spaces, '| 83|' at 86);"
        " the 15 truncated titles checked to end at the written prefix; ';'-for-':' titles (rows 2, 6, 12, 13, 17,"
        " 26, 32, 36, 46, 47) and row 62's ';'-for-',' kept as written; the tool-name-only row 23 'DV8'; ~20"
        " random titles compared with their cells.",
    )


if __name__ == "__main__":
    main()
