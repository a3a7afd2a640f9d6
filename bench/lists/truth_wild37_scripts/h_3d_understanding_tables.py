"""Wild37 truth for ycccccy/3D-Understanding README.md: a personal list of 3D scene understanding / 3D foundation
model papers (LLMs for 3D), two paper tables with a framework figure per row, then a benchmark results table.

Shape: a centred ``<div>`` header with badges (lines 3-13); "## 🌟 3D Scene Understanding" (line 19) with a pipe
table ``| Method | Paper | Input | Framework | Data |`` (header 20, rows 22-43); "## 🌙 3D Foundation Model" (45)
with ``| Method | Paper | Framework | Data |`` (header 46, rows 48-57); "## Experimental results on 3D scene
understanding benchmarks" (61) with a leaderboard table (65-92): method names, a point-encoder tick and scores
on ScanRefer / Multi3DRefer / Scan2Cap / ScanQA / SQA3D, bold best scores, two group rows ("Expert Models",
"Generalist MLLMs").  In the paper tables the Method cell is a nickname with the month, ``MILO (2025-12)``, the
nickname often linked to a project page or GitHub repository (``[SpaceDrive](https://...github.io/...)
(2025-12)``; row 43 "SITE" has no date); the Paper cell is ``[Title](url)`` (arXiv abs or pdf, one OpenReview
PDF on 43); the Framework cell holds one to three ``<img>`` tags of local figures; several rows have an empty
Input cell, and the last row of the first table (43) lacks the closing pipe.

Decisions:
- An entry is every row of the two paper tables (22-43, 48-57: 32 papers).  Title = the link text of the Paper
  cell as written (upper-case titles on 29, 36, 43 and "Rational-e-Guided" on 38 kept), the nickname/date of the
  Method cell dropped.  Ids from the row: the Method-cell links go to project pages and repositories (no ids), so
  the first id is the Paper link's arXiv id; the OpenReview PDF (43) gives none.
- Not entries: the leaderboard rows 68-92 (result rows naming methods only, no title or link; several methods
  are also paper-table rows), the badge header, the section headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "ycccccy__3D-Understanding__README@2b40165.md"
PART = "wild37_development"

ROWS = [*range(22, 44), *range(48, 58)]
PAPER = re.compile(r"^\[(.+)\]\((\S+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[19].startswith("| Method | Paper | Input |") and lines[45].startswith("| Method | Paper | Framework |")
    assert lines[43] == "" and lines[57] == ""
    papers = []
    for n in ROWS:
        cells = [c.strip() for c in lines[n - 1].split("|")]
        m = PAPER.match(cells[2])
        assert cells[0] == "" and m, n
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the two paper tables (lines 22-43 and 48-57) is an entry; title = the link text of its Paper"
        " cell (nickname/date of the Method cell dropped), ids from the row (project-page and GitHub links in the"
        " Method cell give none, so the arXiv link counts); the benchmark results table (65-92) is not a list of"
        " entries.",
        "Whole 92-line file read; all 32 paper rows compared with the -v output (titles, arXiv ids from abs and pdf"
        " links incl. the 'v1' suffix on 24, the OpenReview row 43 without id and without a closing pipe, rows with"
        " empty Input cells 36/37/41-43, upper-case titles 29/36/43); the leaderboard rows checked"
        " to carry no title or link.",
    )


if __name__ == "__main__":
    main()
