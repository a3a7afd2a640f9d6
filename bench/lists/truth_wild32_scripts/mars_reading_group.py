"""Wild32 truth for mars-research/mars-research.github.io content/reading-group.md: the Mars
Research Group's (systems lab, U. Utah / UC Irvine) reading-group schedule.

Shape: Hugo page with front matter and a `<style>` block, then one `| Date | Paper |` table per term
(`### Fall 2025` ... `### Fall 2020`); each table row is one record: `| Date | [Title](url) |`.
Every row is a paper, so every row is an entry, its span the row's line.

Special cases: row 48 adds a second link `([preprint](arXiv))` after the DOI link: the first id is the
DOI, and the row's arXiv id is kept too (the helper reads both from the line). Row 74 is a thesis
chapter, "A Principled Approach To KernelMemory Management - Chapter 4": the work is the thesis and
the title is written without the " - Chapter 4" part marker. Title typos and run-together words
("KernelMemory", "automatedverification", "Practicesand") are kept as written. Row 86 has two dates
("Feb 12, 19") for one paper.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "mars-research__mars-research.github.io__content__reading-group@ab9d397.md"
PART = "wild32_development"

ROW = re.compile(r"^\|\s*[A-Z][a-z]+ \d[\d, ]*\s*\|\s*\[(?P<title>[^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = ROW.match(line)
        if not m:
            continue
        title = m.group("title")
        if i == 74:
            title = title.removesuffix(" - Chapter 4")
        papers.append(entry(lines, i, i, title))
    rows = [i for i, ln in enumerate(lines, 1) if ln.startswith("| ") and not ln.startswith(("| Date", "| :"))]
    assert [p["line"] for p in papers] == rows, rows
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every row of the per-term Date|Paper tables is one paper; the title is the link text (row 74 without"
        " its ' - Chapter 4' marker), the ids those of the row's links.",
        "Checked all 38 rows by eye against the file, including the DOI-plus-preprint row 48, the thesis"
        " chapter row 74 and the two-date row 86.",
    )


if __name__ == "__main__":
    main()
