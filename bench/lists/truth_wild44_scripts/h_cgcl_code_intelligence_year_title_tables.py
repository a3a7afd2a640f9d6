"""Wild44 truth for CGCL-codes/awesome-code-intelligence README.md: a university lab's (HUST CGCL) companion list
to a survey of deep learning for code intelligence, every paper a row of a Markdown pipe table; newest commit
3783b37 (2023-12-21, "update paper list").

Shape: title, two badges and an intro (1-10), then 25 tables, each under a heading: ``## Related Survey`` (12),
``## Code Representation`` with ``### *Code Tokens*`` / ``*API*`` / ``*AST*`` / ``*IR*`` / ``*Code Graphs*`` /
``*Other Features of Code*`` / ``*Hybrid*`` (22-146), ``## Application`` with 12 task headings (148-433), ``## Dataset``
(435) and ``## CHALLENGES AND OPPORTUNITIES`` with four headings (459-507).  Most headings have a prose paragraph
between the heading and the table (23-31, 46-49, ...).  Every table has the header ``| Year | Title | Author |
Venue | Code |`` and a delimiter row (``| ---- | ...`` or ``|------| ...``, the Program Synthesis table 341-342 with
narrower columns), then rows ``| 2018 | [Title](url) |Author et al.|Venue| [Code](url) |`` or ``... | Code |``
(the word ``Code`` without a link when no code is known).  Variants: cells padded unevenly, one row has a sixth
cell ``<center>N</center>`` left from an older column (370), link texts
with a trailing space (248, 278, 316, 318, 403, 411, 505), a title ending ``(e)`` (243), ligature characters
``Identiﬁcation Classiﬁers`` (503).  The Dataset table lists the papers that introduced each dataset (CodeSearchNet,
CoSQA, APPS, ...): paper rows like the others.  Repeated papers across tables (ProGraML 95/114/429/448, Carlini
et al. twice in one table 492/494, code2seq, DeepAM, Deep code search, ...) are kept as separate rows.  Paper hosts:
arXiv abs (some with ``v1``/``v2``), ACM DL (``doi/``, ``doi/abs/``, ``10.5555/...`` ids), IEEE Xplore (document ids),
ACL Anthology, OpenReview, PMLR, NeurIPS proceedings, AAAI OJS, Springer (``10.1007/...``), ScienceDirect pii,
PeerJ (330, ``peerj.com/preprints/1459``: no DOI written), a Google Storage PDF (371 AlphaCode), computer.org CSDL,
personal pages.

Decisions:
- An entry is every data row of the 25 tables (294): title = the Title cell's link text (trailing space trimmed);
  ids from the row (no row has an arXiv id or a DOI outside its Title cell, checked).  Repeated rows are separate
  entries.
- Not entries: headings, the intro and section prose, header and delimiter rows, badges.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "CGCL-codes__awesome-code-intelligence__README@3783b37.md"
PART = "wild44_development"

HEADER = re.compile(r"^\| Year \| Title +\| Author +\| Venue +\| Code +\|")
DELIM = re.compile(r"^\|[- |]+$")
ROW = re.compile(r"^\| (?P<y>(?:19|20)\d\d) \| ?\[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\) ?\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tables = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        if HEADER.match(ln):
            tables += 1
            assert DELIM.match(lines[n]), n
            continue
        if DELIM.match(ln):
            assert HEADER.match(lines[n - 2]), n
            continue
        m = ROW.match(ln)
        assert m, (n, ln[:100])
        rest = ln[m.end():]
        assert not arxiv_of(rest) and not doi_of(rest), n
        papers.append(entry(lines, n, n, m.group("t").strip()))
    assert tables == 25, tables
    by = {p["line"]: p for p in papers}
    assert by[15]["title"] == "A Survey of Machine Learning for Big Code and Naturalness"
    assert by[505]["title"] == "You Autocomplete Me: Poisoning Vulnerabilities in Neural Code Completion"
    assert by[503]["title"].endswith("Identiﬁcation Classiﬁers")
    assert by[370]["arxiv"] == "2107.03374" and by[117]["arxiv"] == "2002.09440"
    assert by[36]["doi"] == "10.5555/2820518.2820559" and by[116]["doi"] == "10.1007/s11390-017-1718-y"
    assert by[330]["doi"] is None and by[160]["doi"] is None
    titles = [p["title"] for p in papers]
    assert titles.count("ProGraML: Graph-based Deep Learning for Program Optimization and Analysis") == 4
    assert titles.count("Towards evaluating the robustness of neural networks") == 2
    assert len(papers) == 294, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the 25 'Year | Title | Author | Venue | Code' tables (Related Survey, seven code"
        " representation tables, twelve application tables, Dataset, four challenge tables) is an entry (294),"
        " title = the Title cell's link text, ids from the row; repeated papers are separate entries; headings,"
        " prose paragraphs, header and delimiter rows are not entries.",
        "Whole 509-line file classified line by line (every '|' line is a header, a delimiter or a row matched by"
        " the row pattern; 25 headers counted); -v output compared with the first and last row of every table"
        " (15/20, 35/43, 53/58, 72/80, 92/96, 110/118, 127/134, 141/145, 156/160, 171/189, 197/211, 222/232,"
        " 243/254, 268/281, 290/320, 329/334, 343/380, 390/416, 421/424, 429/433, 438/456, 464/466, 471/478,"
        " 483/486, 492/507) and ~20 random rows (36 10.5555 ACM id, 57, 92, 116 Springer DOI, 160 ScienceDirect"
        " pii, 178 OpenReview, 223 personal PDF, 243 '(e)', 248 trailing space, 301 'v1' arXiv URL, 330 PeerJ,"
        " 370 extra <center> cell, 371 AlphaCode PDF, 392 AAAI OJS, 403 PMLR, 431, 493 CSDL, 503 ligatures);"
        " no id outside the Title cell; repeats (ProGraML x4, Carlini 492/494) kept.",
    )


if __name__ == "__main__":
    main()
