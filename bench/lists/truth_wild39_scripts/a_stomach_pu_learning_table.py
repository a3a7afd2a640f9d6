"""Wild39 truth for Stomach-ache/PU-Learning PU-learning-papers.md: a student's small table of
positive-unlabeled (PU) learning papers, one of two Markdown pages of a personal PU-learning repository
(the other covers class-prior estimation); newest commit (2020, "add pu learning survey").

Shape: a bare pipe table with no heading above it: header ``| Year | Venue | Title | Remark`` (line 1,
no closing pipe), alignment row (2), then one row per paper (3-27):
``|YEAR | VENUE | [Title](url) | remark |``.  The remark cell is empty, a note ("by Gang Niu",
"Theorical study, ..."), or a note with a ``[code](url)`` link.  Each row is one entry on its own line;
the title is the link text of the Title cell.  Decisions:
- Row 20 is listed as a TPAMI 2019 paper but links the IJCAI-18 PDF and says ``IJCAI-18`` in the
  remark: one entry, title as written.
- Rows 21 and 22 are two different papers that share the same IJCAI link: two entries.
- Row 26 writes its title in capitals (``LEARNING FROM POSITIVE AND UNLABELED DATA WITH A SELECTION
  BIAS``): kept as written.  Row 27's venue is ``ICLR submission``: still a paper.
- Rows 10 and 14 give the same title (CCS poster 2017, IJCAI 2018): separate entries.
- Code links in the remark (13, 16, 25) are part of their row, not entries.
- Ids: arXiv ids from arxiv.org links (6, 15, 16, 19, 23, 24, 25); no DOI anywhere (the CiteSeerX
  ``doi=10.1.1.66.7081`` query on row 3 is a CiteSeerX id, not a DOI).
25 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "Stomach-ache__PU-Learning__PU-learning-papers@aabb6d0.md"
PART = "wild39_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i <= 2 or not ln.startswith("|"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert re.fullmatch(r"\d{4}", cells[0]), (i, cells)
        m = re.fullmatch(r"\[(.+?)\]\((\S+?)\)", cells[2])
        assert m, (i, cells[2])
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "Each table row after the header and alignment rows (3-27) is one entry on its line, title = the link text of the Title cell; remarks and code links belong to their row.",
                "Whole file read (27 lines): every row's title against the -v output, the TPAMI row linking the IJCAI-18 PDF (20), the two papers sharing one URL (21/22), the repeated clone-detection title (10/14), the all-caps title (26), the ICLR-submission row (27), code links in remarks (13, 16, 25); ids: 7 arXiv ids (6, 15, 16, 19, 23, 24, 25), no DOI (CiteSeerX id on 3 not taken).")


if __name__ == "__main__":
    main()
