"""Wild52 truth for ashlab11/ML-Papers-and-Replications README.md: a student's personal "papers I want to read" page
("This repository is NOT meant for general use -- it's more for my learning purposes"), with a ``Read?`` check-mark
column and links to their own notes, newest commit (4bcee5d, 2025-01-10, after merging an "ML from scratch" repo).

Shape: 48 lines, 7 KB, three pipe tables padded with long runs of spaces.  ``# MLPapers and Replications`` (1), two
intro paragraphs (4, 6), then:
- ``**Replications and ML from Scratch**`` (8): table 12-18 ``| Algorithm | Finished? | Any notes? |`` listing
  algorithms the author implemented (Feed-Forward Neural Nets, CART, Random Forest, ...): not papers.
- ``**Generic Papers I find interesting and eventually want to read**`` (20): table 22-29 ``| Paper Name/Link | Read? |
  Notes |``, 6 rows, mostly Raúl Rojas's tutorial notes at inf.fu-berlin.de (``The Curse of Dimensionality``, ``Why the
  Normal Distribution?``...); row 27 has an empty link ``[Logistic Regression as Soft Perceptron Learning]()``; row 26
  is ticked ``✅`` with ``[here](Classic_ML_Papers/LinearRegression.pdf)`` in the Notes cell.
- ``**Classic ML Papers**`` (31): table 33-48, same columns, 14 rows (Lasso, elastic net, CART, Random Forests, AdaBoost
  tutorial, Bagging, Freund-Schapire, XGBoost, ...), three ticked.
(An older version ended with an empty ``# **DL Papers**`` table; the newest has none.)

Special cases:
- The link text is the title; 41 appends a nickname in parentheses, ``A Decision-Theoretic Generalization of On-Line
  Learning and an Application to Boosting (AdaBoost)``: the ``(AdaBoost)`` tag is dropped.
- Titles as written: ``Training Algorithm for Optimal Margin Classifier`` (45), ``Adaboost Tutorial`` (39),
  ``Classification and Regression Trees`` (37, linking Loh's WIREs survey of that name).
- Rojas's tutorial notes and the AdaBoost tutorial are listed by the author as papers and are technical notes, so they
  are entries.
- Ids: arXiv 24, 42; DOIs from doi.org (36), Springer article URLs (38 ``10.1023/A:1010933404324``, 40), Project
  Euclid's ``.../10.1214/aos/1176344552.full`` (44) and the ACM ``/doi/10.1145/130385.130401`` (45); none from JSTOR,
  ScienceDirect pii, JAIR, IEEE Xplore, ResearchGate or PDFs.

Decisions:
- Entry = every data row of the two paper tables (20: 6 + 14); title = the link text of the first cell, the trailing
  ``(AdaBoost)`` tag dropped; the algorithm table 12-18 is not entries.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "ashlab11__ML-Papers-and-Replications__README@4bcee5d.md"
PART = "wild52_development"

HEAD = re.compile(r"^\| Paper Name/Link +\| Read\? \| Notes +\|$")
ALIGN = re.compile(r"^\|(?: -+ \|)+$")
ROW = re.compile(r"^\| \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\) +\| (?P<read>✅|) +\| (?P<notes>.*?) *\|$")
TAG = " (AdaBoost)"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# MLPapers and Replications"
    papers = []
    tables: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            tables.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if not inside or ALIGN.match(ln):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title").removesuffix(TAG)
        papers.append(entry(lines, n, n, title))
        tables[-1] += 1
    assert tables == [6, 14], tables
    assert len(papers) == 20, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[24]["title"], t[24]["arxiv"]) == ("Adam: A method for Stochastic Optimization", "1412.6980"), t[24]
    assert (t[27]["title"], t[27]["arxiv"], t[27]["doi"]) == ("Logistic Regression as Soft Perceptron Learning", None,
                                                             None), t[27]
    assert t[36]["doi"] == "10.1111/j.1467-9868.2005.00503.x", t[36]
    assert t[38]["doi"] == "10.1023/a:1010933404324", t[38]
    assert t[41]["title"] == "A Decision-Theoretic Generalization of On-Line Learning and an Application to Boosting"
    assert t[44]["doi"] == "10.1214/aos/1176344552", t[44]
    assert t[45]["doi"] == "10.1145/130385.130401", t[45]
    assert t[48]["title"] == "The Strength of Weak Learnability", t[48]
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the two '| Paper Name/Link | Read? | Notes |' tables ('Generic Papers I find interesting"
        " and eventually want to read' 24-29, 6; 'Classic ML Papers' 35-48, 14) is an entry (20), title = the link"
        " text of the first cell, the trailing nickname '(AdaBoost)' dropped on 41; Rojas's tutorial notes and the"
        " AdaBoost tutorial count as technical notes; the 'Replications and ML from Scratch' algorithm table 14-18 is"
        " not entries.",
        "Read all 48 lines; compared -v for all 20 rows: the empty link 27 (no id), the ticked rows 26/35/36/39 with"
        " note links to the author's PDFs (no id), '(AdaBoost)' dropped 41, titles as written on 37/39/45; ids: arXiv"
        " 24/42, DOIs 36 (doi.org), 38/40 (Springer article URLs), 44 (Project Euclid '.full' stripped), 45 (ACM);"
        " none for JSTOR 35, ScienceDirect 41, ResearchGate 43, JAIR 46, IEEE 47, PDFs.",
    )


if __name__ == "__main__":
    main()
