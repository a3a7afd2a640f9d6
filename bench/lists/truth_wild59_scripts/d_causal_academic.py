"""Wild59 truth for matteocourthoud/awesome-causal-inference src/academic-research.md at 752e9d6: the "Causal
Inference Academic Research" page of an awesome list -- key econometrics / statistics papers on causal inference
sorted by topic and date.  The file moved from the repository root to src/ (the root copy was deleted in 882d91f);
this is the newest commit touching src/academic-research.md.

Shape: 208 lines.  Title (1), intro (3), a table of contents of anchor links (5-18; top-level ``- [..](#..)``, nested
``  - [..](#..)``), a curator note (20).  Then ``##`` / ``###`` topic headings (Potential Outcomes, Dyrected Acyclic
Graphs, Experimental Methods > Conditional Average Treatment Effects / Adaptive Experiments / Sequential Testing /
Interference / Interleaving, Quasi-experimental Methods > Unconfoundedness / Panel Methods / Instrumental Variables
/ Regression Discontinuity, Inference, Misc), each followed by blank-line separated bullets
``- [Title](url) - Authors (Year)``, sometimes with `` [[Video](youtube)]`` after the year.

Special cases:
- 78 writes ``- Howard, Ramdas, McAuliffe, Sekhon - (2020)`` and 160 ``Andrews, Stock, Sun - (2019)`` (no dash
  before the authors): the author part does not matter for the title.
- Links go to arxiv.org/pdf or /abs (arXiv ids), publisher ``/doi/`` pages (tandfonline, wiley, sagepub, pnas, ACM),
  jstor, oup, sciencedirect (no DOI in the address).  78 is ``arxiv.org/abs/1810.08240.pdf``.
- 203 links ``degruyter.com/document/doi/10.2202/1557-4679.1043/html``: the helper reads the DOI with the page
  suffix ``/html``; it is set by hand to ``10.2202/1557-4679.1043``.
- Titles keep their question marks and case as written (``When Should You Adjust Standard Errors for
  Clustering?`` at 186, ``On causal Inference in the Presence of Interference`` at 100).

Decisions:
- Entry = every top-level bullet ``- [Title](url)`` whose url is not a ``#`` anchor (26-205): 61 entries, one line
  each.  Title = the link text.
- The table-of-contents bullets (5-18) are in-page anchors: not entries.  The [[Video]] links are part of their
  paper's line.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "matteocourthoud__awesome-causal-inference__src__academic-research@752e9d6.md"
PART = "wild59_development"

ROW = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)#][^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            p = entry(lines, n, n, m.group("title").strip())
            if p["doi"] and p["doi"].endswith("/html"):
                p["doi"] = p["doi"][: -len("/html")]  # degruyter page suffix, not part of the DOI
            papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 61, len(papers)
    assert min(by) == 26 and max(by) == 205, (min(by), max(by))
    assert not any(n < 24 for n in by)
    assert by[26]["title"] == "Natural Experiments" and by[26]["arxiv"] == "2002.00202", by[26]
    assert by[36]["title"] == "A Crash Course in Good and Bad Controls", by[36]
    assert by[36]["doi"] == "10.1177/00491241221099552", by[36]
    assert by[60]["title"] == "Double/Debiased Machine Learning for Treatment and Structural Parameters", by[60]
    assert by[78]["arxiv"] == "1810.08240", by[78]
    assert by[160]["title"] == "Weak Instruments in Instrumental Variables Regression: Theory and Practice", by[160]
    assert by[186]["title"] == "When Should You Adjust Standard Errors for Clustering?", by[186]
    assert by[203]["doi"] == "10.2202/1557-4679.1043", by[203]
    assert by[205]["title"] == "Identifiability and Exchangeability for Direct and Indirect Effects", by[205]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every top-level bullet '- [Title](url) - Authors (Year)' whose url is not an in-page '#' anchor is one"
        " entry, one line each (lines 26-205).  Title = the link text.  The table-of-contents anchor bullets (5-18)"
        " are not entries; trailing [[Video](...)] links belong to their paper's line.",
        checked="Read the whole file; compared the -v output with every bullet (61), the TOC exclusion, the two"
        " 'Authors - (Year)' variants (78, 160), question-mark titles, arXiv ids from arxiv.org/pdf and /abs links"
        " (incl. 78 '/abs/1810.08240.pdf') and DOIs from publisher /doi/ links (203 without its '/html' suffix).",
    )


if __name__ == "__main__":
    main()
