"""Wild58 truth for kalinlau/awesome-causal-learning README.md at 2fcada7 (2021-04-19): an "awesome" list of causal
machine learning methods, kept as Markdown pipe tables whose Paper cell is a linked full citation (mostly Chicago
style, title in double quotes) or, in later rows, a bare linked title.

Shape: 131 lines.  Title (1-2), table of contents (4-8), then headings per topic, each followed by one table
``|Name|Paper|Code|`` (a fourth ``J./C.`` column in the CV table, 111): ITE 15-35, ATE 39-51, Continuous 54-58,
Instrumental Variables 63-66 (padded cells), Multi-Cause 69-76, social network 80-83, Spillover 85-88, Time Varying
90-94, NLP 100-107, CV debias 111-120, causal representation learning 123-125, causal reinforcement learning
128-130.  Tables end at the next heading or blank line (84, 89 and 95 follow a row directly).

Row shape: ``|Method name|[Authors. "Title." Venue (year).](pdf url)|[Python](code url)|``.  Title forms:
- Chicago citation in straight quotes (17: ``[Rosenbaum, Paul R., and Donald B. Rubin. "The central role of the
  propensity score in observational studies for causal effects." Biometrika 70, ...](...)``): title = the quoted
  text without its closing period;
- curly quotes with a closing comma (25: ``S. Powers et al., “Some methods for ... in high-dimensions,” 2017.``);
- quoted title with nested quotes (72: ``"Discussion of "The Blessings of Multiple Causes" by Wang and Blei."``):
  the title runs from the first to the last quote mark and keeps the inner quotes;
- APA without quotes (56: ``Kobrosly, R. W., (2020). causal-curve: A Python Causal Inference Package to Estimate
  Causal Dose-Response Curves. Journal of Open Source Software, ...``): title set by hand;
- bare title as link text (29, 30, 41, 113-125).

Special cases and decisions:
- Entry = every table row whose Paper cell holds a linked reference: 62 entries, one line each.  Title = the quoted
  title in the citation, else the whole link text; the Name cell (method name) is not the title.
- 18 (``Nonparametric Regression Adjustment``) has an empty Paper cell: no paper, not an entry.
- 130 (``[Causal Reinforcement Learning](https://crl.causalai.net/)``) links a tutorial web site, not a paper: not
  an entry.  66 (PDSLASSO, a RePEc "Statistical Software Components" item) is written as a full bibliographic
  reference with a quoted title and is kept as an entry.
- 17 and 42 cite the same paper (propensity score) in two tables: two entries.
- 72-76 have an empty Name cell (discussion papers on the Deconfounder row 71): entries like the others.
- 51 has text after the link (``...pdf/1802.05664)ICML20``): ignored.
- arXiv ids come from arxiv.org links, including ``abs/1910.05438v2?from=timeline`` (76 -> 1910.05438); the JOSS
  row (56) gives DOI 10.21105/joss.02523 from its text.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "kalinlau__awesome-causal-learning__README@2fcada7.md"
PART = "wild58_development"

HEADER = re.compile(r"^\|\s*Name\s*\|\s*Paper\s*\|")
SEP = re.compile(r"^\|[\s\-|:]+\|?\s*$")
LINK = re.compile(r"^\[(.+)\]\((\S+?)\)")
QUOTED = re.compile(r"[\"“](.+)[\"”]")
NOT_PAPER = {130}
BY_HAND = {56: "causal-curve: A Python Causal Inference Package to Estimate Causal Dose-Response Curves"}


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
        cell = ln.split("|")[2].strip()
        if not cell or n in NOT_PAPER:
            continue
        m = LINK.match(cell)
        assert m, (n, cell)
        text = m.group(1)
        q = QUOTED.search(text)
        if n in BY_HAND:
            title = BY_HAND[n]
        elif q:
            title = q.group(1).strip().rstrip(".,").strip()
        else:
            title = text.strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 62, len(papers)
    assert 18 not in by and 130 not in by
    assert by[17]["title"] == "The central role of the propensity score in observational studies for causal effects"
    assert by[42]["title"] == by[17]["title"]
    assert by[25]["title"] == "Some methods for heterogeneous treatment effect estimation in high-dimensions", by[25]
    assert by[25]["arxiv"] == "1707.00102", by[25]
    assert by[29]["title"] == "Active Learning for Decision-Making from Imbalanced Observational Data", by[29]
    assert by[56]["doi"] == "10.21105/joss.02523", by[56]
    assert by[66]["title"] == (
        "PDSLASSO: Stata module for post-selection and post-regularization OLS or IV estimation and inference"
    ), by[66]
    assert by[72]["title"] == 'Discussion of "The Blessings of Multiple Causes" by Wang and Blei', by[72]
    assert by[76]["title"] == "Comment on Blessings of Multiple Causes", by[76]
    assert by[76]["arxiv"] == "1910.05438", by[76]
    assert by[102]["title"] == (
        "Text and Causal Inference: A Review of Using Text to Remove Confounding from Causal Estimates"
    ), by[102]
    assert by[113]["title"] == "Distilling Causal Effect of Data in Class-Incremental Learning", by[113]
    assert by[125]["title"] == "Toward causal representation learning", by[125]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every row of the '|Name|Paper|Code|' pipe tables whose Paper cell holds a linked reference is one"
        " entry, one line each (62).  Title = the title quoted in the citation (straight or curly quotes, first to"
        " last quote mark, closing period/comma dropped), else the whole link text; the APA citation at 56 has no"
        " quotes and its title is set by hand.  The Name cell (method name) is not the title.  The empty Paper cell"
        " at 18 and the web-site link at 130 are not entries.",
        checked="Read the whole file; compared the -v output with every table row: quoted titles in Chicago"
        " citations, the curly-quote citation (25), nested quotes (72), the APA citation (56), bare link titles"
        " (29, 30, 41, 113-125), the repeated propensity-score citation (17, 42), and the arXiv ids and the JOSS"
        " DOI.",
    )


if __name__ == "__main__":
    main()
