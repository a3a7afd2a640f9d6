"""Wild41 truth for XiN0919/Papers "Transfer Leaning/README.md" (the folder name is misspelt in the repository): a
student's record of transfer-learning papers read, three small pipe tables whose "Motivation" and "Inspired" columns
hold the reader's notes in Chinese.

Shape: "# Transfer Learning Paper Record" (1), then three sections whose headings are links to folders of another
repository: "## [Domain Adaptation Paper](...)" (3), "## [Domain Generalization Paper](...)" (21), "## [Test Time
Adaptation Paper](...)" (29).  Each has the table ``| Number | Paper Name|  Published | Motivation | Inspired |``
with a centred delimiter row.  Rows are numbered downwards (newest first): 14, 11, 10, ..., 1 in the first table
(7-18; 12 and 13 are missing), 2, 1 in the second (26-27), 6 ... 1 in the third (33-38, written ``| 6|[...](...)
|CVPR<br>2022 |`` without the spaces).  The Paper Name cell is ``[Title](url)`` (arXiv abs/pdf, ACM DL
``/doi/abs/10.1145/...`` 8, Springer chapter ``10.1007/978-3-030-58589-1_28`` 10, NeurIPS proceedings hash pages,
IEEE Xplore ``/document/N``, CVF, PMLR, JMLR pdf, OpenReview forum).  The Published cell is ``VENUE<br>YEAR``, once
``ICCV<br>2019<br>最佳提名`` (12, "best paper nomination").  Motivation and Inspired cells are Chinese notes, both
empty in 10, 11 and 36, Inspired empty in 14, one with a full-width parenthesis list "（SSDA）方法包含四个部分：1）...".  The second table begins
with an empty row of six cells ``|   | |  |  |  |  |`` (25) before its two papers.  The title "TENT:Fully Test-Time
Adaptation By Entropy Minimization" (35) has no space after the colon; "TTT++: ..." (37) keeps its plus signs.

Decisions:
- Entries: every numbered row (20: 12 + 2 + 6), each one paper (conference and journal papers; FixMatch at 9 is a
  semi-supervised paper filed under domain adaptation, still a paper).  Not entries: the header, delimiter and empty
  rows (25), the section headings (links to folders).
- Title: the Paper Name cell's link text as written.
- Ids: from the row: arXiv ids (7, 11, 18) and the DOIs written in the ACM DL and Springer URLs (8, 10); IEEE Xplore
  document numbers, NeurIPS hashes, PMLR/JMLR and OpenReview links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "XiN0919__Papers__Transfer Leaning__README@8e7fe8f.md"
PART = "wild41_development"

ROW = re.compile(r"^\| (\d+) ?\| ?\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\) ?\|")
HEADER = "| Number | Paper Name|  Published | Motivation | Inspired |"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tables = 0
    numbers: list[list[int]] = []
    for n, ln in enumerate(lines, 1):
        if ln == HEADER:
            tables += 1
            numbers.append([])
            continue
        if not ln.startswith("|") or ln.startswith("| :-:"):
            continue
        m = ROW.match(ln)
        if not m:
            assert ln == "|   | |  |  |  |  |", (n, ln)  # the empty row of the second table (25)
            continue
        numbers[-1].append(int(m.group(1)))
        papers.append(entry(lines, n, n, m.group("t")))
    assert tables == 3, tables
    assert numbers == [[14, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1], [2, 1], [6, 5, 4, 3, 2, 1]], numbers
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered row of the three 'Number | Paper Name | Published | Motivation | Inspired' tables is one"
        " paper (20); title = the Paper Name cell's link text; ids from the row's link (arXiv; DOIs written in the"
        " ACM DL and Springer URLs); the empty row at 25, header and delimiter rows and the section headings are not"
        " entries.",
        "Script asserts three tables, the row numbers per table (14, 11..1 / 2, 1 / 6..1) and that the only other"
        " table line is the empty row 25; -v output compared by eye with all 20 rows (titles incl. 'TENT:Fully"
        " ...' 35 and 'TTT++: ...' 37, the <br> venue cells incl. '最佳提名' 12, arXiv ids 7, 11, 18, DOIs 8 and 10,"
        " no id for IEEE Xplore, NeurIPS, PMLR, JMLR and OpenReview links).",
    )


if __name__ == "__main__":
    main()
