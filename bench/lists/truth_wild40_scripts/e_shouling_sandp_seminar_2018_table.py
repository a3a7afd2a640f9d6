"""Wild40 truth for Shouling/SANDP Seminar2018/README.md: the 2018 agenda of the weekly security seminar
("group meeting") of a Zhejiang University security / AI-security lab (the repository's archive copy of that
year's README; the repository's top README now holds the current year's empty agenda).

Shape: a short English header (1-7), then one pipe table (9-65) ``|#|Date|Speaker|Title|``: the Speaker cell
names one or two presenters in Chinese, split by ``<br>``; the Title cell names, in the same order, the paper each
presented, split by ``<br>``, as plain text (no links, no authors, no ids).  Special cases: many rows lack the
closing pipe (16-65); a Title cell may start with ``<br>`` (the first speaker presented nothing: 20, 32, 38, 39,
41, 44) or end with one (22, 46); a tab inside the Speaker cell (none in titles); titles in capitals (11, 18, 26);
venue tags before or after a title (``CCS 2017：  Directed Greybox Fuzzing`` 32, ``usenixsecurity17 Ensuring ...``
53, ``...Detection(CCS-17).`` 17, ``... Exploits (CCS-2017)`` 41); a title ending in '.' (19); ``Meltdown &
Spectre`` (12, the two attacks named by their nicknames); ``Report`` (16, a report session, no paper); ``No Group
meeting`` in the Speaker column (28); rows whose Title cell is empty (31, 33, 34, 42, 43, 48, 50-52, 54-65).
Titles keep the file's spelling (``Mailcious``, ``Telephoney`` 35; ``Spying on the Smart Home Privacy Attacks``
without its colon 36; ``Feature Squeezing:Detecting`` 14) and curly apostrophes (13, 22).

Decisions:
- Each non-empty ``<br>``-separated piece of a Title cell is one entry, span = the row's line (two papers on a
  row: two entries on the same line).  All of them are papers (conference papers of CCS, S&P, USENIX Security,
  NDSS, ICLR and arXiv preprints of 2016-2018).
- Title = the piece, whitespace collapsed; the venue tags ``CCS 2017：`` and ``usenixsecurity17`` before a
  title and ``(CCS-17).`` / ``(CCS-2017)`` after one are dropped; a final '.' is dropped (19).
- ``Meltdown & Spectre`` names two papers (Meltdown: Reading Kernel Memory from User Space; Spectre Attacks:
  Exploiting Speculative Execution) by their nicknames only: two entries on line 12 with no title (null).
- Not entries: ``Report`` (16), the ``No Group meeting`` row (28), the header and the empty Title cells.
- Ids: none (no links anywhere in the table).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "Shouling__SANDP__Seminar2018__README@1b012d7.md"
PART = "wild40_development"

ROW = re.compile(r"^\|\s*\d+\s*\|\s*20\d\d\.\d+\.\d+\s*\|")
BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
PRE = re.compile(r"^(?:CCS 2017：\s*|usenixsecurity17\s+)")
POST = re.compile(r"\s*\((?:CCS-17|CCS-2017)\)\.?$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for n, ln in enumerate(lines, 1):
        if not ROW.match(ln):
            continue
        rows += 1
        cells = ln.split("|")
        # cells: '', '#', date, speaker, title [, '']
        title_cell = cells[4] if len(cells) > 4 else ""
        assert len(cells) in (5, 6), (n, cells)
        pieces = [p.strip() for p in BR.split(title_cell) if p.strip()]
        for p in pieces:
            if p == "Report":
                assert n == 16
                continue
            if p == "Meltdown & Spectre":
                assert n == 12
                papers.append(entry(lines, n, n, None))
                papers.append(entry(lines, n, n, None))
                continue
            t = POST.sub("", PRE.sub("", p))
            papers.append(entry(lines, n, n, t))
    assert rows == 55, rows
    t = {(p["line"], p["title"]) for p in papers}
    gemini = "Neural Network-based Graph Embedding for Cross-Platform Binary Code Similarity Detection"
    assert (32, "Directed Greybox Fuzzing") in t and (17, gemini) in t, t
    assert (53, "Ensuring Authorized Updates in Multi-user Database-Backed Applications") in t
    assert (41, "SemFuzz: Semantics-based Automatic Generation of Proof-of-Concept Exploits") in t
    assert (19, "When coding style survives compilation: de-anonymizing programmers from executable binaries") in t
    assert sum(1 for p in papers if p["title"] is None) == 2
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each non-empty <br>-separated piece of the agenda table's Title cell is one entry on the row's line (two"
        " papers on a row share it); title = the piece with the venue tags 'CCS 2017：', 'usenixsecurity17',"
        " '(CCS-17).', '(CCS-2017)' and a final '.' dropped; 'Meltdown & Spectre' is two untitled entries (nicknames"
        " only); 'Report', the 'No Group meeting' row and empty cells are not entries.",
        "All 68 lines read: the 55 rows (11-65) and every Title cell compared with the -v output, including the"
        " rows without a closing pipe, the cells opening or closing with <br> (20, 22, 32, 38, 39, 41, 44, 46), the"
        " capitalised titles (11, 18, 26), the venue tags (17, 32, 41, 53), the final '.' (19), the two untitled"
        " entries of 'Meltdown & Spectre' (12), 'Report' (16, left out), 'No Group meeting' (28) and the 21 other rows"
        " with an empty Title cell.",
    )


if __name__ == "__main__":
    main()
