"""Wild39 truth for zhixuanli/segmentation-paper-reading-notes README.md: a graduate student's semantic-
segmentation paper-reading-notes repository (2018-2019); the README is his progress log of the papers he wrote
notes on, with his own 1-10 rating of each.

Shape (94 lines): a head of non-paper links -- "Segmentation paper list reference" (7 numbered links to paper-list
web pages, arXiv search, an awesome list, AAAI/CVPR/MICCAI accepted-paper pages), "Paper With Code" (2 task
pages), "CATALOGS" (numbered links into his dataset summary and knowledge-point notes, the reading template, a
results spreadsheet, with nested "+" items), an "Experiment Results" image -- then "## PROGRESS" with three
pipe tables of the same columns ``| Index | Net Name (or Label) | Conference | Papers Title | Note Links | Code |
My Rating |``:
- "Segmentation Paper Reading Notes" (55-76): rows 01-20 and 22-23 (no row 21); the title cell is a Markdown link
  to arXiv (abs or pdf, one "v1"), CVF open access, a Semantic Scholar PDF (03) or a project page (23, Accel), or
  plain text without a link (04, SEANet); row 10's Net Name cell is "\\" (a survey);
- "Medical Segmentation Paper Reading Notes" (85): one row;
- "Other Related Papers Reading Notes" (92-94): three rows (edge detection, super-resolution).
Some rows are cut short in the last cells and one (94) lacks the blank before a cell; all end the row on its line.

Decisions:
- Entry = one body row of the three PROGRESS tables; 26 entries.  The head's links (paper-list sites, arXiv search,
  Papers-with-Code pages, dataset and knowledge-point notes) are not entries.
- Title = the "Papers Title" cell with its link markup removed, as written ("Large Kernel Matters——Improve ..."
  keeps its doubled em dash); the Net Name / Label cell is a nickname, not part of the title.
- Ids: arXiv from the title cell's arXiv links (versions dropped); CVF, Semantic Scholar and project-page links
  give none; no DOIs.  The Note Links and Code cells point to GitHub only.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "zhixuanli__segmentation-paper-reading-notes__README@0a4d8c8.md"
PART = "wild39_development"

HEADER = re.compile(r"^\| Index\s+\|\s+(?:Net Name|Label) \| Conference \| Papers Title \|")
ROW = re.compile(r"^\| (?P<idx>\d\d) \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    tables = 0
    for n, text in enumerate(lines, 1):
        if HEADER.match(text):
            in_table = True
            tables += 1
            continue
        if not text.startswith("|"):
            in_table = False
            continue
        if not in_table or text.startswith("| :"):
            continue
        assert ROW.match(text), (n, text)
        cells = [c.strip() for c in text.split("|")]
        papers.append(entry(lines, n, n, cells[4]))
    assert tables == 3, tables
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each body row of the three PROGRESS tables (segmentation, medical segmentation, other related papers) is"
        " an entry; title = the 'Papers Title' cell with link markup removed, as written (the Net Name/Label cell"
        " is a nickname); arXiv ids from arXiv links; the head's paper-list sites, search pages, dataset and"
        " knowledge-point notes are not entries.",
        "Whole file read (94 lines) against the -v output: the head (1-44) holds no paper; every table row checked"
        " -- first and last rows of each table (55/76, 85, 92/94), the missing index 21, the unlinked SEANet title"
        " (58), the Semantic Scholar PDF (57) and Accel project page (76) without ids, the 'v1' arXiv link (73),"
        " arXiv pdf links (64, 72, 93), the survey row whose nickname cell is a backslash (64), the doubled em dash title (66),"
        " and the truncated/odd last cells (66, 69, 92, 94).",
    )


if __name__ == "__main__":
    main()
