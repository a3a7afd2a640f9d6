"""Wild32 truth for gtironi/awesome-data-selection README.md: an awesome list of papers on data
selection for machine learning (coreset selection, online batch selection, importance sampling,
LLM data selection), each with an annotated PDF kept in the repository.

Shape: after "# Papers" (line 82) every paper is its own `### Title (YEAR)` heading followed by a
one-paragraph summary and a `[📄 Annotated PDF](annotated_papers/...pdf)` link to a local file;
papers are grouped under `## 2026 – 2024` ... `## 2018 <` range headings separated by `---`.
One entry per paper heading, spanning heading, summary and PDF link (3-4 lines); title = heading
text without the trailing `(YEAR)`.  Special cases: line 140 opens with a bracketed nickname
`(RhoLoss)`, dropped as a tag; line 207 `Curriculum Learning (Bengio et al., 2009)` carries
authors and year in the parenthesis.  The `## 2020 – 2018` section (lines 176-196) repeats four
papers of `## 2020 – 2022`; repeats are separate entries.  Not entries: the ### headings of the
Introduction and "Methods" sections (lines 1-80), which name methods (Curriculum Learning,
Active Learning, ...) rather than papers.  No arXiv ids or DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "gtironi__awesome-data-selection__README@5b34416.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = next(i for i, ln in enumerate(lines, 1) if ln.strip() == "# Papers")
    for i in range(start, len(lines) + 1):
        ln = lines[i - 1]
        if not ln.startswith("### "):
            continue
        j = i
        while "Annotated PDF" not in lines[j - 1]:
            j += 1
        t = re.sub(r"\s*\((?:[^()]*\d{4})\)\s*$", "", ln[4:])
        t = re.sub(r"^\([A-Za-z]+\)\s*", "", t)
        papers.append(entry(lines, i, j, t))
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "Each ### heading after '# Papers' is one paper (heading, summary and local annotated-PDF link); title = heading without the trailing '(YEAR)' / '(Authors, YEAR)' and without the leading '(RhoLoss)' tag; method headings above '# Papers' are not entries.",
                "All 22 entries checked by eye, incl. lines 140 and 207 and the repeated 2020-2018 section; intro/method headings confirmed excluded.")


if __name__ == "__main__":
    main()
