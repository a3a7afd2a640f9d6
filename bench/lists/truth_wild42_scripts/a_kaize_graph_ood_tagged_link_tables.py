"""Wild42 truth for kaize0409/Awesome-Graph-OOD-Adaptation README.md: a small survey-companion list of papers on
out-of-distribution adaptation on graphs (graph domain adaptation, test-time adaptation, transferability); newest
commit (f5054d8, 2024-02-27).

Shape: an intro; line 5 "Check out our survey: [Beyond Generalization: ...](arxiv pdf)" (the list's own survey);
a Contents list of anchor links (8-14).  Then four ``###`` sub-sections under ``## Training-time`` / ``##
Test-time`` with pipe tables ``|Name|Category|Paper|Code|`` (19-39, 43-51, 57-63, 67-70) and ``## Related:
Transferability evaluation`` with ``|Name|Paper|Code|`` (74-79).  Name is a bold method nickname, Category a
technique label, Code ``[Code](github)`` / ``[Unofficial](...)`` / ``[N/A]``.  The Paper cell is a link whose
TEXT starts with a bracketed venue tag: ``[[ICDM 2019] Title](url)``, sometimes with a space ``[ [CIKM 2021]
Title](url)`` (28, 31-34), ``[[arXiv] Title]`` (36, 59, 62, 69); venue typos kept (``ICJAI`` 22, 33).  Seven rows
lack the closing pipe (35, 37, 39, 49, 50, 63, 70).  Links: arXiv pdf (``2308.09499v1.pdf`` 50), ACM DL ``/doi/abs/``
and ``/doi/pdf/`` (28, 32, 45), IEEE Xplore (30, 47), OpenReview, IJCAI, NeurIPS proceedings, author pages.

Decisions:
- Every table row is an entry; title = the Paper cell's link text after its leading ``[Venue year]`` tag (26's final
  ``.`` dropped; ``Nes-tl`` 46, ``Fakeedge`` 49, ``Tree Mover’s Distance`` 78 as written).  Ids from the row.
- Line 5 is not an entry: the list's own survey named in an intro sentence (its "check out our survey"
  boilerplate, as the project treats a list's own cite line), not a record of the list.
- Not entries: the Contents list, header and delimiter rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "kaize0409__Awesome-Graph-OOD-Adaptation__README@f5054d8.md"
PART = "wild42_development"

HEADERS = ("|Name|Category|Paper|Code|", "|Name|Paper|Code|")
PAPER = re.compile(r"^\[ ?\[(?P<venue>[^\]]+)\] (?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    ncols = 0
    open_rows = []
    for n, ln in enumerate(lines, 1):
        if ln in HEADERS:
            ncols = ln.count("|") - 1
            continue
        if not ncols:
            continue
        if not ln.startswith("|"):
            ncols = 0
            continue
        if ln.startswith("| :---"):
            continue
        if not ln.rstrip().endswith("|"):
            open_rows.append(n)
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) == ncols, (n, cells)
        assert cells[0].startswith("**") and cells[0].endswith("**"), n
        m = PAPER.match(cells[ncols - 2])
        assert m, (n, cells)
        papers.append(entry(lines, n, n, m.group("t")))
    assert open_rows == [35, 37, 39, 49, 50, 63, 70], open_rows
    assert len(papers) == 19 + 7 + 5 + 2 + 4, len(papers)
    assert len(papers) == 37
    write_truth(
        NAME,
        PART,
        papers,
        "Every row of the five method tables is an entry, title = the Paper cell's link text after its leading"
        " '[Venue year]' tag, ids from the row; the list's own survey named in the intro sentence on line 5, the"
        " Contents list and header rows are not entries.",
        "Whole 84-line file read; all 37 -v lines compared with the rows: first/last row of each table (21/39, 45/51,"
        " 59/63, 69/70, 76/79), the spaced tags '[ [CIKM 2021]' 28/31-34 and '[arXiv]' tags 36/59/62/69 removed,"
        " 26's final dot dropped, the seven rows without a closing pipe; ids: arXiv pdf links (50's v1 dropped),"
        " DOIs from ACM DL /doi/abs/ and /doi/pdf/ URLs 28/32/45, none for IEEE Xplore 30/47, OpenReview, IJCAI,"
        " NeurIPS proceedings and author pages; line 5 (own survey) left out.",
    )


if __name__ == "__main__":
    main()
