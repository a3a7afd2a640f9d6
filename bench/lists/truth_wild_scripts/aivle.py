"""Wild truth for jingujeon/AIVLE-paper-review-study README: a Korean study group's table of presented papers.

Table '| 발표 날짜 (date, linked slides) | 논문 제목 (title, linked) | 발행 연월 | 발표처 | 발표자 |'.  Every data
row whose title cell holds a linked title is an entry, title = that link text; the row for
250724 has empty cells (no paper) and is not an entry.  Ids come from the row's own line; the
slide links in the date cell carry none.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "jingujeon__AIVLE-paper-review-study__README@dee67b1.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("|") or re.match(r"\|[\s:|-]+$", text.strip()):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        m = re.match(r"\[(.+?)\]\(", cells[1])
        if not m:
            continue  # the header and the empty 250724 row
        papers.append({"line": i, "end": i, "title": tidy(clean(m.group(1))), "arxiv": arxiv_of(text), "doi": doi_of(text)})
    out = {"file": NAME, "part": PART,
           "method": "every table row whose 논문 제목 (title) cell is a link is an entry, title = that link text;"
                     " the empty 250724 row is not an entry",
           "checked": "every row of the table (22 data rows, 21 entries), every title, arXiv id and line",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
