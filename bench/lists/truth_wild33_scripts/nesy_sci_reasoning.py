"""Wild33 truth for cuiwenyao/Awesome-Neuro-Symbolic-Scientific-Reasoning README.md: an awesome list
accompanying a survey on neuro-symbolic reasoning for trustworthy AI for science.

Shape: one Markdown table per section; each row is "| first cell | ... | Links |" where the first cell
names the work in plain text (never linked) and the last cell holds one link ([DOI], [arXiv] or a
Google-Scholar search [Scholar]). The first cell's header varies: "Title" / "Survey" (the cell is a
shortened or paraphrased paper title), "Title / Back-end" (lines 343-353), "System" (lines 500-558) and
"Benchmark" (lines 578-588), where the cell is mostly a system or benchmark name.

Decisions:
- Every row is one entry, except: the book row (line 102, venue "Book (Stanford)"); the solver/tool
  rows of the back-end table (lines 345-352: Z3 / CVC5, Vampire / E, Lean / ..., SWI-Prolog, Clingo,
  MiniSat / MiniZinc, SymPy / Mathematica, Fast Downward: software back-ends, not papers); the
  "Trust dimension" overview table (lines 569-574) and the verification-maturity map (lines 612-619),
  which name no works.
- A cell naming several works (names joined by " / ", and lines 315, 515, 558 which list them in other
  ways) gives one entry per work on the same line, each with title None (the cell gives names, not
  titles). Line 353 ("Neuro-symbolic solvers for PDEs / analytic DEs") is one phrase, one entry.
- Title: the first cell without a final parenthetical gloss the list adds (nickname "(AlphaGeometry)",
  author "(De Cao et al.)", note "(survey)", "(solver selection)" ...); inner parentheses are kept
  ("Program of Thoughts (PoT) prompting", line 299). In System and Benchmark tables a one-word cell
  (a bare system name such as "GNoME", "Boltz-1") is a nickname: title None; descriptive phrases
  ("Bayesian reaction optimization", line 531) are titles.
- Not entries: the fenced own-survey BibTeX (lines 637-645), the numbered agenda (lines 597-601).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "cuiwenyao__Awesome-Neuro-Symbolic-Scientific-Reasoning__README@6e21964.md"
PART = "wild33_development"

SKIP = {102} | set(range(345, 353)) | set(range(569, 575)) | set(range(612, 620))
# rows naming several works: line -> number of works
MULTI = {315: 3, 515: 3, 558: 2}
ONE_PHRASE = {353}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    header = None
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("| "):
            header = None
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if header is None:
            header = cells[0]
            continue
        if set(cells[0]) <= set(":- "):
            continue
        if n in SKIP:
            continue
        cell = cells[0]
        if n in MULTI:
            k = MULTI[n]
        elif " / " in cell and n not in ONE_PHRASE:
            k = len(cell.split(" / "))
        else:
            k = 1
        if k > 1:
            for _ in range(k):
                papers.append(entry(lines, n, n, None))
            continue
        title = re.sub(r"\s*\([^()]*\)$", "", cell)
        if header in ("System", "Benchmark") and " " not in title:
            title = None
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 246, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the paper tables is an entry (one per work when a cell names several works, those with "
        "title None); the title is the plain first cell without the list's final parenthetical gloss, None "
        "for bare system/benchmark names; the book row, solver/tool rows and the two overview tables are "
        "not entries.",
        "Every table row checked by eye against the file: all multi-work cells (lines 315, 370, 373, 430, "
        "455, 503, 513, 515, 530, 544, 553, 556, 558, 578-587), all stripped glosses, the skipped rows "
        "102, 345-352, 569-574, 612-619, and ids of the first and last rows of each table.",
    )


if __name__ == "__main__":
    main()
