"""Wild23 truth for Ananyapam7/ananyapam7.github.io _pages/papersshelf.md: a personal "Papers Shelf".

The page is a student's shelf of papers they keep notes on ("Keeping an organized list helps in
building mental models"), taken at 43f92c8, its last version: the owner deleted the page in the
next commit (cd0ee58, "remove Papers Shelf from nav and delete page"), so HEAD has no list.
Shape: al-folio page, front matter (lines 1-8), two commented-out HTML lines, six '##' topic
sections (lines 13-54), one bullet per record: '- **[Title](url)** - Authors (year) - one-line
description'; authors, year or description may be missing; line 47 uses ':' before the description.
Title = the bold link text.  Then lines 56-203: an HTML comment holding a commented-out <script>
with a JavaScript array of 13 paper objects ("title": ..., "link": ...) for a chart; the page does
not show it and it is code, not a list record: no entries there.
Special cases:
- not entries: line 44 'Variational Inference I' (Princeton course lecture notes, "Course Notes
  (2011)"), line 53 'Elements of Causal Inference' (a book, Peters et al.).
- title null (the record names the paper only by a nickname): line 54 'glasso' (the graphical
  lasso paper, arXiv 0708.3517, described "Graphical Lasso"), line 35 'Sparse NAM' (Springer
  chapter), line 47 'Logistic VB' (arXiv 2406.00713).  Nickname-plus-expansion link texts are kept
  as written: 'SNAM (Structural Neural Additive Models)' (32), 'NAIM (...)' (33), 'NATT (...)' (34).
- line 24 'Semi-Structured Distributional Regression Paper': the closing word 'Paper' is the
  owner's label, not title text; title 'Semi-Structured Distributional Regression'.
Ids: arXiv abs/pdf links (11), DOIs from a tandfonline doi/abs URL (24) and a Springer chapter
URL (35); OUP article URL (21), ScienceDirect pii (23), JSS, NeurIPS, PMLR and OpenReview links give
none.
Count check: 25 bullets in the six sections = 23 entries + 2 non-papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "Ananyapam7__ananyapam7.github.io___pages__papersshelf@43f92c8.md"
PART = "wild23_development"
NOT_PAPERS = {44: "Variational Inference I", 53: "Elements of Causal Inference"}
NICKNAMES = {54: "glasso", 35: "Sparse NAM", 47: "Logistic VB"}
LABEL = {24: " Paper"}
ITEM = re.compile(r"- \*\*\[([^\]]+)\]\(([^)]+)\)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    comment = lines.index("<!-- <div id=\"chart\"></div>") + 1
    assert comment == 56, comment
    assert lines[-1] == "</script> -->" or lines[-2] == "</script> -->"
    papers = []
    bullets = 0
    for i, text in enumerate(lines[:comment - 1], 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        m = ITEM.match(text)
        assert m, i
        title = m.group(1)
        if i in NOT_PAPERS:
            assert title == NOT_PAPERS[i], i
            continue
        if i in NICKNAMES:
            assert title == NICKNAMES[i], i
            title = None
        elif i in LABEL:
            assert title.endswith(LABEL[i]), i
            title = title[: -len(LABEL[i])]
        papers.append(entry(lines, i, i, title))
    assert bullets == 25, bullets
    assert sum(1 for t in lines[comment:] if '"title":' in t) == 13
    assert len(papers) == 23, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet of the six topic sections is a paper except course notes (line 44) and a book"
                " (line 53); title = the bold link text, null for the nickname-only records 'glasso', 'Sparse"
                " NAM', 'Logistic VB', the label word 'Paper' dropped on line 24; the commented-out JavaScript"
                " array of 13 papers (lines 56-203) gives no entries",
                "all 25 bullets read by eye (23 entries, 2 non-papers), every title checked against its line;"
                " arXiv ids (11) and the two DOIs (tandfonline, Springer chapter) checked; the HTML comment"
                " block read to confirm it is a commented-out script")


if __name__ == "__main__":
    main()
