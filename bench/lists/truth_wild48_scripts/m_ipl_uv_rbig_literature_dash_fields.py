"""Wild48 truth for IPL-UV/rbig docs/literature.md: the "Literature Review" docs page of a Python package for
Rotation-Based Iterative Gaussianization (RBIG), listing the papers behind the method and its applications; newest
commit holding it (3ba7275, 2020-10-06; the page is still at HEAD).

Shape: 61 lines, 3 KB.  YAML front matter (1-9: title, description, authors list ``    - J. Emmanuel Johnson``),
``# Literature Review`` (10), ``## Theory`` (13), then ``###`` / ``####`` topic headings (16, 32, 37, 43, 55), block
quotes and bold ``**Applications**`` sub-labels (24, 49; the second is empty).  Every paper is a ``* `` bullet with
fields separated by `` - ``: ``* Title - Authors - Venue (Year) - [PDF](url)``; the fields vary: year alone
``(2000)``, venue and year ``EGU 2018``, ``Technical Report (2008)``, ``In progress``, authors with the year
``Laparra et. al. (2011)``, no venue (61), no link (27, 30, 39), several ``|``-separated links (59: arxiv, Lecture,
PyTorch, TensorFlow).

Special cases:
- The YAML ``authors:`` items (5-6) are people, not entries.
- 39 and 47 are the same paper (Iterative Gaussianization, Laparra et al.) under two headings: two entries.
- 26 links the NIPS PDF of the 2000 Gaussianization paper (same URL as 20), not the cosmology paper: kept as written
  (no id either way).
- 27 (EGU 2018 abstract), 29 (AGU 2019 abstract, slides link) and 30 (``In progress``) are the group's conference
  abstracts / a manuscript in preparation: research works, entries.
- Link labels misspelled ``[axriv]`` (60) and ``[bioarxiv]`` (61) are link text, not title.
- ``End-to-end`` (60) has hyphens without spaces; only `` - `` separates fields.

Decisions:
- Entry = every ``* `` bullet (13), one line each; title = the text before the first `` - ``.
- Not entries: front matter, headings, block quotes, the bold sub-labels, the rule ``---``.
- Ids from the line: arXiv abs/pdf links (34, 47, 59, 60), the bioRxiv DOI of 61; none from NIPS/NYU PDFs.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "IPL-UV__rbig__docs__literature@3ba7275.md"
PART = "wild48_development"

BULLET = re.compile(r"^\* (?P<title>.+?) - (?P<rest>.+)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[9] == "# Literature Review"
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("* "):
            m = BULLET.match(ln)
            assert m, (n, ln)
            assert not re.search(r"[\[\]()]", m.group("title")), (n, m.group("title"))
            papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 13, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[20]["title"] == "Gaussianization", t[20]
    assert t[21]["title"] == ("Nonlinear Extraction of 'Independent Components' of elliptically symmetric densities"
                              " using radial Gaussianization"), t[21]
    assert t[30]["title"] == "Information theory measures and RBIG for Spatial-Temporal Data analysis", t[30]
    assert t[34]["arxiv"] == "1511.01844", t[34]
    assert t[39]["title"] == t[47]["title"] == "Iterative Gaussianization: from ICA to Random Rotations"
    assert (t[39]["arxiv"], t[47]["arxiv"]) == (None, "1602.00229")
    assert (t[59]["arxiv"], t[60]["arxiv"]) == ("1511.06281", "1611.01704")
    assert t[60]["title"] == "End-to-end Optimized Image Compression", t[60]
    assert t[61]["doi"] == "10.1101/767285", t[61]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet (13) is an entry, one line each; title = the text before the first ' - ' (fields: title,"
        " authors, venue/year, links); the repeated Iterative Gaussianization paper (39, 47) is two entries; the"
        " group's EGU/AGU abstracts (27, 29) and the in-progress manuscript (30) count as research works; YAML front"
        " matter authors, headings, quotes and bold sub-labels are not entries.",
        "Read all 61 lines; compared -v for all 13 bullets: titles cut at the first ' - ' ('End-to-end' 60 intact,"
        " quotes in 21 kept), bullets without links (27, 30, 39), the multi-link line 59; ids: arXiv 34 (pdf), 47, 59,"
        " 60 (abs), bioRxiv DOI 61 with the version dropped, none from the NIPS/NYU PDFs (20, 21, 26).",
    )


if __name__ == "__main__":
    main()
