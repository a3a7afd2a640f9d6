"""Wild11 truth for SJTU-DMTai/Paper-Lists Yajie/list.md: one lab member's reading list in a group repo.

Two '##' sections ('financial report generation & deep research', 'Data Agent'), each a Markdown
table 'Title | Corresp. Author | Venue | Year | Link' whose title cell is plain text (no link, some
titles all in capitals) and whose last cell is a bare arXiv or ACL Anthology URL (the 'Year' cell
is a yymm arXiv month, not a year).  Every table row below a header and separator is an entry:
11 + 21 = 32, all papers (surveys and system papers with an arXiv preprint).  Title = the first
cell as written, trailing spaces dropped.  Ids come from the row's bare URL (versions dropped;
one 'arxiv.org/html/...v1' link).  The file has no final newline.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "SJTU-DMTai__Paper-Lists__Yajie__list@c69786a.md"
PART = "wild11_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            per_section[section] = 0
            continue
        if not text.startswith("|"):
            assert not text.strip(), (i, text)
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] == "Title" or set(cells[0]) <= set(":- "):
            continue  # table header and separator rows
        assert len(cells) == 5 and re.fullmatch(r"https://\S+", cells[4]), (i, cells)
        papers.append(entry(LINES, i, i, cells[0]))
        per_section[section] += 1
    assert per_section == {"financial report generation & deep research": 11, "Data Agent": 21}, per_section
    assert len(papers) == 32
    write_truth(NAME, PART, papers,
                "every data row of the two 'Title | Corresp. Author | Venue | Year | Link' tables is an entry; title ="
                " the plain first cell as written; ids from the bare URL in the last cell",
                "all 32 rows one by one against the file (titles incl. the all-capitals ones, arXiv ids incl. the"
                " html/...v1 and abs/...v2 links, the ACL Anthology row with no id); rows counted by grep: 36 '|'"
                " lines minus 2 headers and 2 separators")


if __name__ == "__main__":
    main()
