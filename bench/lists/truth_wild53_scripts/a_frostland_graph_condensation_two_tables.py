"""Wild53 truth for Frostland12138/Awesome-Graph-Condensation README.md: a small awesome list of graph condensation
(graph coarsening / graph dataset distillation) papers kept by the authors of a GC survey, newest commit (b207039,
2024-02-06; the repo's whole history is four days long).

Shape: 50 lines, 6 KB.  Title, badges, a centred logo (1-7), a bold banner announcing the authors' own ``[survey
paper](https://arxiv.org/abs/2402.02000)`` (9), two short prose sections (11-17), ``## Paper List`` (19), then two
pipe tables:
- a survey table ``|    Survey Paper    |  Conference  |`` (20-24, 3 rows): link cell (the first bold and led by the
  ``:triangular_flag_on_post:`` shortcode), venue ``arXiv 2024``;
- the main table ``|Category |   Paper    |  Method  |  Conference  |  Code |`` (27-50, 22 rows): category ``Graph
  Guided`` / ``Modle Guided`` (sic) / ``Hybrid``, the title as link text, a method nickname (``GCond``, ``SFGC``...),
  venue-year (``aiXiv 2023`` typo for arXiv, ``OpenReview 2023``, ``Knowledge-Based Systems 2023``) and a
  ``[Pytorch](...)`` / ``[Python](...)`` code link or ``-``.

Special cases:
- Row 22: ``:triangular_flag_on_post: [**A Survey on Graph Condensation**](...)``: the emoji shortcode and bold are
  dropped from the title.
- The banner (9) names the same survey only as ``[survey paper](...)`` in prose; it is an announcement, not a list
  item, and is not an entry (the survey is row 22).
- The Method cell is a nickname tag, not part of the title; titles are kept as written (``Cat: Balanced continual
  ...`` 35 lower-case ``Cat``; ``Does graph distillation see like vision dataset counterpart?`` 49).
- Earlier commits (c35d68a, e1351e7) carried an empty ``[]()`` survey row and seven copy-pasted ConvMatch rows; the
  newest commit cleaned them up, so none of that is in this file.

Decisions:
- Entry = every data row of the two tables (3 + 22 = 25), one line each; title = the link text of the Paper cell.
- Ids: arXiv abs/pdf links; ACM DOIs (39, 43); none from NeurIPS, PMLR, AAAI OJS, OpenReview, ScienceDirect or the
  MSU survey PDF.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Frostland12138__Awesome-Graph-Condensation__README@b207039.md"
PART = "wild53_development"

SURVEY = re.compile(r"^\| (?::triangular_flag_on_post: )?\[(?P<t>[^\]]+)\]\(http[^)]+\) \| arXiv 2024 \|$")
ROW = re.compile(r"^\|(?P<cat>Graph Guided|Modle Guided|Hybrid) \| \[(?P<t>[^\]]+)\]\(http[^)]+\) \| (?P<m>[^|]+) \|"
                 r" (?P<venue>[^|]+) \| (?:-|\[Py[Tt]orch\]\([^)]+\)|\[Python\]\([^)]+\)) \|$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome-Graph-Condensation"
    papers = []
    kinds = {"survey": 0, "main": 0}
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|") or re.match(r"^\|\s*:?-", ln) or "Paper " in ln:
            continue
        m = SURVEY.match(ln)
        if m:
            kinds["survey"] += 1
        else:
            m = ROW.match(ln)
            assert m, (n, ln)
            kinds["main"] += 1
        title = m.group("t").strip().strip("*")
        assert not re.search(r"[\[\]*`]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert kinds == {"survey": 3, "main": 22}, kinds
    assert len(papers) == 25, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[22]["title"], t[22]["arxiv"]) == ("A Survey on Graph Condensation", "2402.02000"), t[22]
    assert (t[24]["title"], t[24]["arxiv"]) == (
        "A Comprehensive Survey on Graph Reduction: Sparsification, Coarsening, and Condensation", None), t[24]
    assert t[35]["title"] == "Cat: Balanced continual graph learning with graph condensation", t[35]
    assert t[39]["doi"] == "10.1145/3580305.3599398", t[39]
    assert (t[47]["title"], t[47]["arxiv"], t[47]["doi"]) == ("Multiple sparse graphs condensation", None, None)
    assert t[50]["title"] == "Graph condensation via eigenbasis matching", t[50]
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the survey table (22-24) and the Category/Paper/Method/Conference/Code table (29-50) is an"
        " entry (3 + 22 = 25); title = the Paper cell's link text, the flag shortcode and bold of row 22 dropped,"
        " the Method nickname not part of it; the banner's prose '[survey paper](...)' link (9) is not an entry.",
        "Read all 50 lines; compared -v for all 25 rows: titles as written (lower-case 'Cat:' 35, question mark 49),"
        " arXiv ids from abs and pdf links (22, 23, 29, 31-33, 35, 37-38, 40-42, 44-45, 48-50), ACM DOIs 39/43, no id"
        " for the NeurIPS 30, PMLR 34, AAAI 36, OpenReview 46, ScienceDirect 47 and MSU-PDF 24 rows.",
    )


if __name__ == "__main__":
    main()
