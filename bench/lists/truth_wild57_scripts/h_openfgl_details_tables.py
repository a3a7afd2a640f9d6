"""Wild57 truth for zyl24/OpenFGL README.md at d15823c (2024-05-31): the README of OpenFGL, a federated graph learning
(FGL) library, whose "FGL Studies" section summarises the papers of the field in Markdown tables inside ``<details>``
cards.  The newest README (a8f1ada, 2024-08-02) no longer holds the list (it moved to the Sphinx docs as an .rst
table), so the newest commit where the Markdown list exists, d15823c, is taken.

Shape: 197 lines, 14 KB.  Logo image (2), intro paragraph (6), badges (10-11), "Library Highlights" bullets
(17-24), then "## FGL Studies" (29) with three ``<details><summary>...</summary>`` cards, each holding one pipe
table ``| Title | Venue | Year | Materials |``:
- Graph-FL (37-47): rows 42-43;
- Subgraph-FL (50-71): rows 55-66;
- Survey / Library / Benchmarks (74-85): rows 79-83.
One row a paper: ``| Title | Venue | Year | [[Paper]](url) [[Code]](url) |``; the title cell is plain text, no link.
A fourth card "FGL Datasets" (90-147) holds a ten-column dataset table (95-144): one row a dataset (Cora, MUTAG,
FB15K-237, ...) with a ``[[Paper]](url)`` link to the paper that introduced or used it.  "Get Started" / settings in
```python``` blocks / "Cite" follow (149-197).

Special cases:
- Rows are written with and without a space after the leading pipe (``|Federated Learning on Non-IID ...| AAAI|``,
  43) and with trailing text after the last pipe (two spaces, 64): cells are split on ``|`` and stripped.
- Titles are kept as written, lower case included (``Federated graph learning--a position paper``, 79;
  ``Federatedscope-gnn: Towards a unified, ...``, 82).
- 140: the dataset table repeats its header row mid-table (``| Name | Node Feature | ...``): not an entry.

Decisions:
- Entry = every row of the three ``Title | Venue | Year | Materials`` tables (42-83): 19 entries, one line each.
  Title = the first cell.
- The dataset rows (95-144) name a dataset, not a paper: the linked paper's title is not written, so they are not
  entries (a reader listing them would list datasets).  Header and separator rows are not entries.
- arXiv ids come from arxiv.org/abs links (61 -> 2401.11750); DOIs from dl.acm.org/doi/abs links (57 ->
  10.1145/3543507.3583471).
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "zyl24__OpenFGL__README@d15823c.md"
PART = "wild57_development"

HEADER = re.compile(r"^\|\s*Title\s*\|\s*Venue\s*\|\s*Year\s*\|\s*Materials\s*\|")
SEP = re.compile(r"^\|[\s\-|:]+\|?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table = True
            continue
        if not in_table:
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if SEP.match(ln):
            continue
        cells = ln.split("|")
        title = cells[1].strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 19, len(papers)
    assert sorted(by) == [42, 43] + list(range(55, 67)) + list(range(79, 84)), sorted(by)
    assert by[42]["title"] == "Federated Graph Classification over Non-IID Graphs", by[42]
    assert by[43]["title"] == "Federated Learning on Non-IID Graphs via Structural Knowledge Sharing", by[43]
    assert by[61]["title"] == (
        "AdaFGL: A New Paradigm for Federated Node Classification with Topology Heterogeneity"
    ), by[61]
    assert by[61]["arxiv"] == "2401.11750", by[61]
    assert by[57]["doi"] == "10.1145/3543507.3583471", by[57]
    assert by[79]["title"] == "Federated graph learning--a position paper", by[79]
    assert by[79]["arxiv"] == "2105.11099", by[79]
    assert by[83]["title"] == "Federated Graph Neural Networks: Overview, Techniques, and Challenges", by[83]
    assert 95 not in by and 140 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the three 'Title | Venue | Year | Materials' pipe tables inside the Graph-FL,"
        " Subgraph-FL and Survey / Library / Benchmarks <details> cards is one entry (lines 42-83), one line each."
        "  Title = the first cell, stripped (plain text, no link).  The FGL Datasets table (95-144) lists datasets"
        " with a [[Paper]] link but no paper title: not entries.  Header and separator rows are not entries.",
        checked="Read the whole file; compared the -v output with all 19 rows (titles cell by cell, spacing"
        " variants at 43, 56, 61-63), checked that no dataset row and neither header row (40, 140) is listed, and"
        " the arXiv ids from arxiv.org/abs links and DOIs from dl.acm.org/doi/abs links.",
    )


if __name__ == "__main__":
    main()
