"""Wild44 truth for Frostland12138/Awesome-Graph-Scaling README.md: a small lab awesome list of graph scaling
(graph condensation, coarsening, reduction, summarization) papers; newest commit (f9ced84, 2025-04-10).

Shape: 170 lines.  Title and badges (1-2), a centred ``<img>`` (4-6), prose sections ``## Scope of Graph Scaling``
(9) and ``## How can this repository be of service`` (12); ``## Paper List`` (17) opens with a bold news line (19)
announcing the authors' own survey ("Learning to Reduce the Scale of Large Graphs", ``dx.doi.org/10.1145/3729427``
link) and then one pipe table ``|Category | Paper | Method | Conference | Code |`` (21-58): 11 ``Graph Guided``, 20
``Modle Guided`` (sic) and 5 ``Hybrid`` rows; the Paper cell is ``[title](url)``, Method a nickname, Conference
``KDD 2021`` / ``Arxiv 2024`` style, Code ``[Pytorch](github)`` or ``-`` or empty; 58 ends with a trailing space.
``## Benchmark Dataset Statics`` (61) has two dataset tables (``### Single Graph`` 67-96, ``### Multiple Graph``
100-115) whose Dataset cell links to a paper that uses the dataset (``[Cora](arxiv 2110.07580)``).  Then a
separator (117-119, ``$\\downarrow$ Previous Version of this repo $\\downarrow$``) and the whole earlier README
``# Awesome-Graph-Condensation`` (121-170): badges, an ``<img>``, a bold news line (129) about another own survey,
prose, ``## Paper List`` (139) with a two-column ``| Survey Paper | Conference |`` table (140-144: the own survey
in bold with a flag emoji, two more surveys, one linked to a self-hosted PDF) and the older version of the main
table (147-170: 8 / 11 / 3 rows, venues written ``aiXiv 2023``).  The same title appears twice in the new table
(24 arXiv abs and 28 arXiv pdf: "Graph coarsening with preserved spectral properties", SGC vs SC) and most papers
of the old table repeat rows of the new one.  Links: arXiv abs/pdf, NeurIPS proceedings, AAAI OJS, PMLR, ACM DL
``/doi/abs/`` and ``/doi/pdf/``, a Springer chapter (41), OpenReview, ScienceDirect ``pii``.

Decisions:
- Entry = every data row of the three paper tables (new main table 36, old survey table 3, old main table 22; 61),
  one line each; title = the Paper cell's link text with markup (``**``, the flag emoji shortcode) removed.
- Repeated records (24/28 in the new table, the old version's rows repeating the new table) are separate entries,
  as the list writes them.
- Not entries: the news lines 19 and 129 (announcements of the authors' own surveys, not list records -- the
  survey named on 129 is an entry where the old Survey table lists it, 142), the dataset tables 67-115 (datasets;
  their links only point to papers that use them), header/delimiter rows, badges, images, prose.
- Ids from the row: arXiv abs/pdf ids; DOIs from ACM ``/doi/abs/`` and ``/doi/pdf/`` and the Springer chapter URL;
  none for NeurIPS, OJS, PMLR, OpenReview, ScienceDirect pii or the self-hosted PDF.
"""
import re

from _wild44 import entry, read_lines, write_truth

NAME = "Frostland12138__Awesome-Graph-Scaling__README@f9ced84.md"
PART = "wild44_development"

ROW = re.compile(r"^\|\s*(?P<cat>Graph Guided|Modle Guided|Hybrid)\s*\|\s*\[(?P<t>[^\]]+)\]\([^)\s]+\)\s*\|")
SURVEY = re.compile(r"^\|\s*(?::triangular_flag_on_post:\s*)?\[(?P<t>[^\]]+)\]\([^)\s]+\)\s*\|\s*arXiv 2024\s*\|$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tables: dict[str, list[int]] = {}
    table = None
    for n, ln in enumerate(lines, 1):
        s = ln.rstrip()
        if s.startswith("|Category |"):
            table = "new" if n < 100 else "old"
            continue
        if s.startswith("|    Survey Paper"):
            table = "survey"
            continue
        if s.startswith("| Dataset"):
            table = None
            continue
        m = ROW.match(s) or SURVEY.match(s)
        if not m:
            if table and s.startswith("|") and not s.startswith("| :") and not s.startswith("|  :"):
                raise AssertionError((n, s))
            continue
        assert table, n
        papers.append(entry(lines, n, n, m.group("t")))
        tables.setdefault(table, []).append(n)
    assert tables["new"] == list(range(23, 59)), tables["new"]
    assert tables["survey"] == [142, 143, 144], tables["survey"]
    assert tables["old"] == list(range(149, 171)), tables["old"]
    t = {p["line"]: p["title"] for p in papers}
    assert t[142] == "A Survey on Graph Condensation", t[142]
    assert t[24] == t[28] == "Graph coarsening with preserved spectral properties"
    assert not any(d["line"] in range(60, 120) for d in papers)
    assert len(papers) == 36 + 3 + 22, len(papers)
    assert len(papers) == 61
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the three paper tables (new Category/Paper table 23-58, the old version's Survey table"
        " 142-144 and Category/Paper table 149-170) is an entry, title = the Paper cell's link text (markup and the"
        " flag emoji removed); repeated rows (24/28, the old version repeating the new table) are separate entries;"
        " the own-survey news lines 19/129 and the two dataset tables (links to papers using the datasets) are not.",
        "Read the whole 170-line file; compared all 61 -v lines with the rows: first/last rows of each table (23/58,"
        " 142/144, 149/170), the category switches (33/34, 53/54, 156/157, 167/168), the flag-emoji bold survey row"
        " 142, the self-hosted PDF survey 144 (no id), the duplicate title 24 (abs) / 28 (pdf), trailing spaces 58;"
        " ids: arXiv abs/pdf, DOIs from ACM /doi/abs/ and /doi/pdf/ (37-39, 46, 159, 163) and the Springer chapter"
        " 41; none for NeurIPS, OJS (29, 33, 156), PMLR, OpenReview, ScienceDirect pii; dataset rows 69-115 and news"
        " lines 19/129 confirmed absent.",
    )


if __name__ == "__main__":
    main()
