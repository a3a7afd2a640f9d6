"""Wild40 truth for EnricoMMalatesta/EnricoMMalatesta.github.io pages/publications.md: the publications
page of a statistical physicist (Enrico M. Malatesta: spin glasses, random optimisation problems, the
geometry of neural-network landscapes), the Markdown source of his site.

Version: the repository's newest commit (66d19ef, 2025-12-26); the file has one version, ef39f8a
("initial files", 2025-12-23).

Shape: a blank line, ``# Publications and preprints`` (2), a Google Scholar line (4), then one ``- ``
bullet per paper (6-34, 29 bullets, newest first) in physics style: ``- Initials Surname, ..., [*Title*](URL),
Journal **vol**, page (year).``, the journal sometimes italic (``*J. Stat. Mech.*``), preprints only
``(year).`` after an arXiv link (abs or pdf); two notes ``, Editors' suggestion.`` (14, 17).  Titles hold
LaTeX math (``$\\phi^4$`` 14, ``$N$`` 24, ``$\\varphi^4$`` 33) and straight double quotes (20).  Then
``### PhD thesis`` (36) with one ``* `` bullet whose link text is ``Title, 2019`` (38).

Decisions:
- Entries: the 29 paper bullets and the PhD thesis: 30.  Each is one line.
- Title: the italic link text ``[*...*]`` of a paper bullet (LaTeX kept as written, it is not Markdown
  markup); for the thesis, the link text without its trailing ``, 2019``.
- Ids: the first arXiv id (arXiv abs/pdf links) and the first DOI (doi.org links, APS ``journals.aps.org
  /.../abstract/10.1103/...`` and ``link.aps.org/doi/...`` URLs, IOP ``iopscience.iop.org/article/10.1088/
  .../meta`` with the ``/meta`` tail dropped).  The SciPost URL (11, ``SciPostPhys.18.4.118``) and the
  ScienceDirect pii (33) write no DOI.  Line 8 links to the same arXiv id as line 6 (2506.05197, a
  copy-paste slip on the page); the id is taken as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "EnricoMMalatesta__EnricoMMalatesta.github.io__pages__publications@66d19ef.md"
PART = "wild40_development"

PAPER = re.compile(r"^- .*?, \[\*(.+?)\*\]\(https?://[^)]+\)")
THESIS = re.compile(r"^\* \[(.+), (?:19|20)\d\d\]\(https?://[^)]+\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("- "):
            m = PAPER.match(ln)
        elif ln.startswith("* "):
            m = THESIS.match(ln)
            assert i == 38, i
        else:
            continue
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[6] == "Are Neural Networks collision resistant?", t[6]
    assert t[14] == "Instantons in $\\phi^4$ Theories: Transseries, Virial Theorems and Numerical Aspects", t[14]
    assert t[20] == 'Learning through atypical "phase transitions" in overparameterized neural networks', t[20]
    assert t[24].endswith("in the one-dimensional $N$-vector model"), t[24]
    assert t[33] == "Two-Loop Corrections to Large Order Behavior of $\\varphi^4$ Theory", t[33]
    assert t[38] == "Random Combinatorial Optimization Problems: Mean Field and Finite-Dimensional Results", t[38]
    a = {p["line"]: p["arxiv"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert a[6] == a[8] == "2506.05197" and a[12] == "2407.05658" and a[38] == "1902.00455", a
    assert [n for n in a if a[n]] == [6, 7, 8, 9, 10, 12, 16, 38], a
    assert d[11] is None and d[33] is None and d[13] == "10.1103/d7f1-xc8q", d
    assert d[32] == "10.1088/1742-5468/aabbc8" and d[17] == "10.1103/physrevlett.131.227301", d
    assert d[29] == "10.1103/physreve.98.030101" and d[34] == "10.1103/physreve.95.052129", d
    assert [n for n in d if d[n] is None] == [6, 7, 8, 9, 10, 11, 12, 16, 33, 38], d
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- ' paper bullet (29) and the '* ' PhD-thesis bullet is an entry on its line; title = the italic "
        "link text [*...*] (LaTeX math kept), for the thesis the link text without ', 2019'; ids = the arXiv "
        "link's id and the first DOI written in a doi.org / APS / IOP URL (SciPost and ScienceDirect pii URLs "
        "give none).",
        "All 39 lines read; all 30 titles compared with the -v output and the lines (LaTeX in 14, 24, 33, the "
        "quoted words in 20, '?' in 6); arXiv ids and DOIs of every line checked against its URL, including the "
        "repeated arXiv id of 6 and 8, the /meta IOP URL (32), the link.aps.org and journals.aps.org URLs, and "
        "the SciPost (11) and pii (33) lines without DOI.",
    )


if __name__ == "__main__":
    main()
