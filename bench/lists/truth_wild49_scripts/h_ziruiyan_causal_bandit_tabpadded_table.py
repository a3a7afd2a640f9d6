"""Wild49 truth for ZiruiYan/awesome-causal-bandit README.md: a small awesome-list of causal multi-armed bandit papers
kept by the author of the survey "Causality in Bandits: A Survey" (ACM, 10.1145/3744917), newest commit (b7ad2aa,
2025-07-17).  The README's first versions had a three-column ``|Paper|Venue|Year|`` table with linked titles; the
newest one is an eight-column table with bare titles and a separate ``[Paper](url)`` cell.

Shape: 68 lines, 7 KB.  ``# Awesome-causal-bandit`` (1), an awesome badge (3), a primer with LaTeX maths
(``## What are causal bandit?`` 7-29: TL;DR, data model ``$$X_i = ...$$``, reward, key assumptions (a)-(c)),
``## Survey`` (32) with one plain line ``Causality in Bandits: A Survey    [Paper](https://dl.acm.org/doi/abs/...)``
(33), ``## List of causal bandit papers`` (35), then the table (36-64):
``|Title|Venue|Year|Intervention|Graph topology|Metric|Comment|Materials|``, a ``|---|...`` row (37) and 27 data rows,
newest first; ``## Contact`` (67).

Special cases:
- Title cells are padded to a common width with spaces, and on six rows with runs of TAB characters
  (``|Adversarial Causal Bayesian Optimization \\t\\t...|``, 44, 50-53, 64), and several rows have empty
  Intervention/Graph/Metric/Comment cells (55-56, 61-62).
- Titles are bare text; the only link is the ``[Paper](url)`` Materials cell at the row end.
- 33: the survey is a plain paragraph line (not a bullet) under its own heading: one entry, title before the link.
- Typos kept in other cells (``unkown``); titles as written (``Additive Causal Bandits with Unknown Graphs``).

Decisions:
- Entry = the survey line 33 and every data row 38-64 (27), one line each: 28 entries.
- Title = the first (Title) cell stripped of padding; for 33 the text before ``[Paper]``.
- Not entries: the header and rule rows, the primer and its maths, badge, contact line.
- Ids: arXiv abs/pdf links (40, 42, 45, 50, 51), DOIs from ACM ``dl.acm.org/doi/...`` links (33, 49, 52); none from
  NeurIPS, PMLR, OpenReview, AAAI, IEEE Xplore, ICLR virtual or JMLR links.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "ZiruiYan__awesome-causal-bandit__README@b7ad2aa.md"
PART = "wild49_development"

HEAD = "|Title|Venue|Year|Intervention|Graph topology|Metric|Comment|Materials|"
ROW = re.compile(r"^\|(?P<title>[^|]+)\|(?:[^|]*\|){6}\s*\[Paper\]\(https?://[^)\s]+\)\|\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome-causal-bandit"
    papers = []
    assert lines[31] == "## Survey", lines[31]
    s = re.match(r"^(?P<title>.+?)\s+\[Paper\]\(https://dl\.acm\.org/doi/abs/[^)]+\)$", lines[32])
    assert s, lines[32]
    papers.append(entry(lines, 33, 33, s.group("title")))
    head = lines.index(HEAD) + 1
    assert head == 36 and re.match(r"^\|(?:---\|){8}$", lines[36]), head
    n = head + 2
    while lines[n - 1].startswith("|"):
        m = ROW.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        title = m.group("title").strip()
        assert "\t" not in title and "[" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
        n += 1
    assert n - 1 == 64, n
    assert len(papers) == 28, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[33]["title"], t[33]["doi"]) == ("Causality in Bandits: A Survey", "10.1145/3744917"), t[33]
    assert t[38]["title"] == "Linear Causal Bandits: Unknown Graph and Soft Interventions", t[38]
    assert (t[40]["title"], t[40]["arxiv"]) == ("Improved Bound for Robust Causal Bandits with Linear Models",
                                                "2405.07795"), t[40]
    assert t[44]["title"] == "Adversarial Causal Bayesian Optimization", t[44]
    assert (t[52]["title"], t[52]["doi"]) == ("Additive Causal Bandits with Unknown Graphs", "10.5555/3618408.3619393")
    assert t[54]["title"] == ("A causal bandit approach to learning good atomic interventions in presence of"
                              " unobserved confounders"), t[54]
    assert t[64]["title"] == "Bandits with unobserved confounders: A causal approach", t[64]
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = the survey line under '## Survey' (33, title = the text before its [Paper] link) and every data row"
        " of the eight-column table (38-64, 27 rows; title = the first cell with its space/TAB padding stripped): 28"
        " entries; header/rule rows, the primer with its maths, badge and contact line are not entries.",
        "Read all 68 lines (cat -A for the TABs); compared -v for all 28 entries with the file: padded and TAB-padded"
        " title cells (44, 50-53, 64), rows with empty middle cells (55-56, 61-62), the plain survey line 33; ids:"
        " arXiv 40/42/45/50/51, ACM DOIs 33/49/52, nothing from NeurIPS/PMLR/OpenReview/AAAI/IEEE/JMLR links.",
    )


if __name__ == "__main__":
    main()
