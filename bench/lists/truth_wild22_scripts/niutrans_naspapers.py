"""Wild22 truth for NiuTrans/NASPapers README.md: paper lists of neural architecture search (2017 to
early 2021).

Shape: a long outline (lines 5-74: nested table of contents, then quoted legends of the Code and
Task columns and of the type abbreviations), a statistics section of three centred images, then
ten Markdown tables:
- 'A Short List' (line 89): | Title | Type | Task | Code | Year | Info | Citations |, 30 rows
  sorted by citations;
- 'A Long List': '1 Surveys - S' (| Title | Venue | Code | Year | Info |), seven method tables
  (2.1 Search Space, 2.2.1 RL, 2.2.2 Gradient, 2.2.3 Evolutionary, 2.2.4 Bayesian, 2.3
  Performance Prediction, 2.4 Others: | Title | Venue | Task | Code | Year | Info |) and
  '3 Systems' (| Title | Venue | Code | Year | Info |).
Every row starts with the linked title: '| [Title](url) | ...'; ten short-list titles are bold
inside the link ('[**Title**](url)', bold removed).  Code cells link GitHub ('(github)' in
parentheses = not the authors' code), Info cells link local 'info/*.md' notes; neither gives ids
(checked: no arXiv or DOI outside the title cell).  Row 374 has no space after the leading '|'.
Entry = one table row whose subject is a paper; title = the link text of the first cell.
Not entries: the two 'Neural Network Intelligence' rows (line 120 in the short list, line 396 in
Systems), a toolkit linking its readthedocs page with no paper; the table headers and separator
rows, the outline, legends, figures and team section.  Systems rows that link a paper (Auto-Keras
arXiv, AdaNet, the Interspeech keyword-spotting paper, Auto-Panoptic, PyGlove) are entries.
Papers listed twice (short list and long list, or two method tables) are separate entries.
Ids: arXiv abs links (20) and the two DOI links (doi.org on line 135, dl.acm.org/doi/10.5555/... on
line 330); line 135 ends its link text with a period, dropped as a separator.  ScienceDirect
pii URLs and IEEE Xplore document URLs are not DOIs.
Count check: 253 title rows (273 '|' lines - 10 tables x 2 header lines) - 2 NNI rows = 251
entries; the short list has 30 rows (29 entries).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "NiuTrans__NASPapers__README@9ebea43.md"
PART = "wild22_development"
ROW = re.compile(r"^\| ?\[([^\]]+)\]\(([^)]+)\) *\|")
TOOLS = {120, 396}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    headers = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("|"):
            continue
        if re.match(r"^\| (Title|:-)", text):
            headers += 1
            continue
        m = ROW.match(text)
        assert m, i
        rows += 1
        if i in TOOLS:
            assert "Neural Network Intelligence" in text, i
            continue
        title = m.group(1)
        if title.startswith("**") and title.endswith("**"):
            title = title[2:-2]
        assert "*" not in title and "[" not in title, i
        papers.append(entry(lines, i, i, title))
    assert headers == 20, headers
    assert rows == 253, rows
    assert len(papers) == 251, len(papers)
    assert sum(1 for p in papers if p["line"] < 124) == 29
    write_truth(NAME, PART, papers,
                "every row of the ten tables (short list, surveys, seven method tables, systems) is one"
                " paper, title = the link text of the first cell (bold removed); the two 'Neural Network"
                " Intelligence' toolkit rows are not entries; papers listed twice are kept twice",
                "first and last row of every table, the ten bold short-list titles, the Systems table row"
                " by row, row 374 (no space after '|'), a sample of 20 rows across the method tables, the"
                " 20 arXiv links and 2 DOI links; counts asserted")


if __name__ == "__main__":
    main()
