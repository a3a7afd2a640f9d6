"""Wild61 truth for LeoF1tz/Binary-Code-Similarity-Detection README.md at c3ff43d (2024-11-17): a personal
reading table of binary code similarity detection (BCSD) papers, with a China CCF tier column and links to the
owner's Markdown reading notes.

Shape: 28 lines.  ``# Binary-Code-Similarity-Detection`` (1), then one table: header
``| Title | Year | Venue | Tier | Author | Institution | Paper | Markdown | Github |`` (2), alignment row (3) and 25
body rows (4-28), newest year first (2024 .. 2017).  The Title cell is plain text (no link); the paper link is in the
``Paper`` cell as ``[Paper Link](url)``; ``Markdown`` links the owner's notes (or ``[Markdown Link(todo)]()``).

Special cases:
- Two rows strike the title through (10 ``~~FASER: Binary Code Similarity Search through the use of Intermediate
  Representations~~``, 21 ``~~Semi-supervised Learning for Source Code Function Classification ...~~``) and leave
  the Tier cell blank; they still name a paper and are kept as entries, title without the ``~~``.
- 17 ``PatchDiscovery: Patch`` is a truncated title (the notes file name shows the full one); kept as written.
- 20 (``Binary code similarity analysis  based on naming function  and common vector space``) and 25 (``Focus:
  Function clone identification on  cross‐platform``, with U+2010 hyphen) have doubled spaces; the words are kept as written
  (the ``entry`` helper collapses runs of spaces).
- Off-topic background papers are listed too (26 BERT, 28 Attention Is All You Need); they are entries.
- 12 has a tab before the Institution cell text.
- Paper links: usenix.org / eurecom / computer.org pdfs (no id), dl.acm.org and doi.org DOIs (taken by the
  helper), arXiv abs/pdf (10, 24 with ``v1``, 26, 28), and 11 a DataCite arXiv DOI ``10.48550/arXiv.2410.07537``
  (the helper takes both the arXiv id and the DOI from it).

Decisions:
- Entry = every body row of the table (25), one line each.  Title = the first cell, stripped, ``~~`` removed.
- Ids are whatever the helper takes from the row's links.
"""
from _wild61 import entry, read_lines, write_truth

NAME = "LeoF1tz__Binary-Code-Similarity-Detection__README@c3ff43d.md"
PART = "wild61_development"


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 3 or not ln.startswith("|"):
            continue
        title = cells(ln)[0]
        if title.startswith("~~") and title.endswith("~~"):
            title = title[2:-2].strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 25, len(papers)
    assert min(by) == 4 and max(by) == 28, (min(by), max(by))
    assert by[4]["title"].startswith("Improving ML-based Binary Function Similarity Detection by Assessing"), by[4]
    assert by[6]["doi"] == "10.1145/3597503.3639080", by[6]
    assert by[10]["title"] == (
        "FASER: Binary Code Similarity Search through the use of Intermediate Representations"
    ), by[10]
    assert by[10]["arxiv"] == "2310.03605", by[10]
    assert by[17]["title"] == "PatchDiscovery: Patch" and by[17]["doi"] == "10.1109/tse.2023.3332732", by[17]
    assert by[20]["title"] == "Binary code similarity analysis based on naming function and common vector space"
    assert by[21]["title"].startswith("Semi-supervised Learning for Source Code Function Classification"), by[21]
    assert by[25]["title"] == "Focus: Function clone identification on cross\u2010platform", by[25]
    assert by[24]["arxiv"] == "2108.06082", by[24]
    assert by[28]["title"] == "Attention Is All You Need" and by[28]["arxiv"] == "1706.03762", by[28]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the single table '| Title | Year | Venue | Tier | Author | Institution | Paper |"
        " Markdown | Github |' (25 rows, lines 4-28) is one entry, one line each, including two rows whose title is"
        " struck through with '~~'.  Title = the plain-text Title cell as written (truncated titles kept, runs of"
        " spaces collapsed by the helper), without the '~~'.  Ids come from the Paper-cell links.",
        checked="Read the whole file; compared the -v output with all 25 rows: struck-through titles (10, 21), the"
        " truncated title (17), doubled spaces and U+2010 hyphen (20, 25), DOI links (6-9, 13-21, 23, 25, 27), arXiv"
        " links (10, 24, 26, 28) and 11, whose DataCite DOI gives both an arXiv id and a DOI.",
    )


if __name__ == "__main__":
    main()
