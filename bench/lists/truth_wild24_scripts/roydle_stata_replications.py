"""Wild24 truth for RoyDLe/Stata-Replications README.md: the references of an economics (causal inference) replication repo.

Shape: a '#' title, one sentence, 'References for replications and methods:', then four setext
headings (a title line over a line of dashes: experiments, instrumental variables, regression
discontinuity, difference in differences) and under each one plain-text reference per paragraph,
blank lines between, with no Markdown markup and no links at all:
'Surname, I. and Surname, I. (YEAR). Title. Journal, vol(issue):pages.'  The text was pasted from a
PDF bibliography, so it keeps line-break hyphens inside words ('Po- larization' line 22, 'Atten-
dance' 28, 'Es- timation' 30, 'Econo- metrica' 38, 'peri- ods' 44) and split diacritics in names
('Ada ̃o', 'Kolesa ́r', line 18).  Titles are kept exactly as written, hyphen breaks included.
Entries: every reference: journal articles, a handbook chapter (line 8), an NBER working paper
(line 28), an arXiv preprint (line 42, 'arXiv:2108.12419' as text) and an NBER technical report
(line 46).  Special case: line 50 is one paragraph holding two references run together
(Friedberg 1998, whose venue is missing, then Goodman-Bacon 2021): two entries on the same line.
Title = the text after '(YEAR). ' up to the '. ' (or after a closing '?') that starts the venue,
written out below per line and checked against the line; line 28's title ends with a quoted
title of its own ('... Earnings?”').
Count check: 21 reference paragraphs (4 + 8 + 2 + 7 by section) + 1 for line 50 = 22 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "RoyDLe__Stata-Replications__README@a27c8f4.md"
PART = "wild24_development"
TITLES = {
    8: ["The Econometrics of Randomized Experiments"],
    10: ["Randomization Inference with Stata: A Guide and Software"],
    12: ["Evaluating the Econometric Evaluations of Training Programs with Experimental Data"],
    14: [("Channeling fisher: Randomization tests and the statistical insignificance of seemingly significant"
         " experimental results")],
    18: ["Shift-Share Designs: Theory and Inference"],
    20: ["Does Compulsory School Attendance Affect Schooling and Earnings?"],
    22: ["Importing Political Po- larization? The Electoral Consequences of Rising Trade Exposure"],
    24: ["The China Syndrome: Local Labor Market Effects of Import Competition in the United States"],
    26: ["Quasi-Experimental Shift-Share Research Designs"],
    28: [("On the Validity of Season of Birth as an Instrument in Wage Equations: A Comment on Angrist &"
         " Krueger’s ”Does Compulsory School Atten- dance Affect Schooling and Earnings?”")],
    30: [("Problems with Instrumental Variables Es- timation when the Correlation between the Instruments and"
         " the Endogenous Explanatory Variable is Weak")],
    32: ["Bartik Instruments: What, When, Why, and How"],
    36: [("Cell Phone Access and Election Fraud: Evidence from a Spatial Regression Discontinuity Design in"
         " Afghanistan")],
    38: ["Islamic Rule and the Empowerment of the Poor and Pious"],
    42: ["Revisiting event study designs: Robust and efficient estimation"],
    44: ["Difference-in-differences with multiple time peri- ods"],
    46: ["Difference-in-differences estimators of intertemporal treatment effects"],
    48: ["Two-way fixed effects estimators with heterogeneous treatment effects"],
    50: ["Did unilateral divorce raise divorce rates? evidence from panel data",
         "Difference-in-differences with variation in treatment timing"],
    52: ["Estimating dynamic treatment effects in event studies with heterogeneous treatment effects"],
    54: ["Did unilateral divorce laws raise divorce rates? a reconciliation and new results"],
}


def main() -> None:
    lines = read_lines(NAME)
    paragraphs = []
    for i, text in enumerate(lines, 1):
        nxt = lines[i] if i < len(lines) else ""
        if re.search(r"\(\d{4}\)\. ", text) and not nxt.startswith("---"):
            paragraphs.append(i)
    assert paragraphs == sorted(TITLES), paragraphs
    assert len(paragraphs) == 21, len(paragraphs)
    papers = []
    for i in paragraphs:
        text = lines[i - 1]
        for title in TITLES[i]:
            m = re.search(r"\(\d{4}\)\. " + re.escape(title) + r"(\.| [A-Z])", text)
            assert m, (i, title)
            papers.append(entry(lines, i, i, title))
    assert len(papers) == 22, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 1
    write_truth(NAME, PART, papers,
                "every plain-text reference paragraph under the four setext headings is an entry (articles, a"
                " handbook chapter, working papers, an arXiv preprint); line 50 holds two references, two entries;"
                " title = the text after '(YEAR). ' up to the venue, PDF hyphen breaks kept as written",
                "all 21 paragraphs read by eye, every title checked against its line by the script, the two"
                " references of line 50, the '?'-ending titles (20, 22, 28, 50, 54) and the arXiv id of line 42")


if __name__ == "__main__":
    main()
