"""Wild55 truth for ShaoPengyang/causal_discovery_papers README.md: a personal table of continuous-optimization causal
discovery (DAG structure learning) papers, with reading questions in Chinese, newest commit (530b644, 2023-03-12).

Shape: 25 lines, 4 KB.  Title (1), a subtitle line (2), ``### Questions`` (3) with two Chinese question bullets (4-5,
about NOTEARS-style penalties and the DAG-GNN code: no papers), then two pipe tables with no links on titles at all:
- 7-18: header ``|Paper|year|Introduction|code|``, rows ``|Title|Venue Year|abstract or notes|code link|``; the
  Introduction cell is empty or a whole pasted abstract (11, 12) or notes (17, which contains a literal ``\\\\``);
- 20-25: header ``|Paper|year|Introduction|``, rows with the title and sometimes a venue.

Special cases:
- 9 ``|Notears|NIPS ||offical codes [here](...)|`` and 10 ``|DAG-GNN|ICML 2019||...|`` name the paper only by its
  method's nickname (NOTEARS = "DAGs with NO TEARS: Continuous Optimization for Structure Learning", DAG-GNN = "DAG-GNN:
  DAG Structure Learning with Graph Neural Networks").  They are entries, but the nickname is not the paper's title, so
  their title is None.
- 18 has one cell fewer than the header (``|...|ICLR 2023||``): still an entry.
- 22-23 have empty year cells.
- No arXiv ids or DOIs anywhere (the only links are GitHub code links).

Decisions:
- Entry = each data row of both tables (9-18, 22-25): 14 entries, one line each.
- Title = the first cell as written; None for the two nickname-only rows 9 and 10.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "ShaoPengyang__causal_discovery_papers__README@530b644.md"
PART = "wild55_development"

ROW = re.compile(r"^\|(?P<first>[^|]*)\|")
NICKNAMES = {9: "Notears", 10: "DAG-GNN"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        first = m.group("first").strip()
        if first == "Paper" or set(first) <= {"-"}:
            continue
        if n in NICKNAMES:
            assert first == NICKNAMES[n], (n, first)
            title = None
        else:
            title = first
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 22, 23, 24, 25], sorted(by)
    assert by[9]["title"] is None and by[10]["title"] is None, (by[9], by[10])
    assert by[11]["title"] == "Gradient-Based Neural DAG Learning", by[11]
    assert by[12]["title"] == (
        "DAGs with No Fears: A closer look at continuous optimization for learning Bayesian networks"), by[12]
    assert by[18]["title"] == "Boosting Differentiable Causal Discovery via Adaptive Sample Reweighting", by[18]
    assert by[24]["title"] == (
        "Disentangling shared and group-specific variations in single-cell transcriptomics data with multiGroupVI"), by[24]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every data row of the two pipe tables (9-18 and 22-25) is one entry; the header and separator rows, the"
        " title/subtitle lines and the Chinese question bullets are not.  Title = the first cell as written (no"
        " links, no markup); the two rows that only give the method nickname ('Notears' 9, 'DAG-GNN' 10) get title"
        " None, as a nickname is not the paper's title.",
        checked="Read all 25 lines and compared -v for all 14 rows: first-cell titles, the short row 18, empty-year"
        " rows 22-23, None for 9-10, and that no ids are taken from the GitHub code links or pasted abstracts.",
    )


if __name__ == "__main__":
    main()
