"""Wild17 truth for realMoana/awesome-time-series-explanation-papers README: time-series
explainability list, year subsections; surveys are bare paragraph lines 'Title [[link]](url)',
papers are numbered items 'N. [VENUE YY]Title [[link]](url)' (the venue tag often glued to the
title, often absent), one per paragraph.

Entries: every non-blank line of the '## 📘Surveys' section that ends in a '[[link]](url)' (5) and
every numbered item of '## 📜Papers' (63).  Title = the plain text before ' [[link]]', with the
list number and a leading '[VENUE YY]' tag dropped.  Not entries: the table of contents, the intro
prose and the HTML comment.  Count check: the file's own comment says '5 Surveys, 63 papers';
per year 13 (2025) + 10 (2024) + 10 (2023) + 9 (2022) + 8 (2021) + 7 (2020) + 6 (2019&before) = 63
numbered lines by grep, surveys 1 + 3 + 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "realMoana__awesome-time-series-explanation-papers__README@fbc65b0.md"
LINES = read_lines(NAME)
ITEM = re.compile(r"^(?:\d+\.\s+)?(?:\[[^\]]*\]\s*(?!\())?(.+?)\s*\[\[link\]\]\(")


def main() -> None:
    papers = []
    part = ""
    year = ""
    per: dict[tuple[str, str], int] = {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            part = "surveys" if "Surveys" in text else "papers" if "Papers" in text else ""
            continue
        if text.startswith("### "):
            year = text[4:].strip()
            continue
        if not part or not text.strip():
            continue
        if part == "papers":
            assert re.match(r"^\d+\. ", text), text
        m = ITEM.match(text)
        assert m, text
        papers.append(entry(LINES, i, i, m.group(1)))
        per[(part, year)] = per.get((part, year), 0) + 1
    assert per == {("surveys", "2023"): 1, ("surveys", "2022"): 3, ("surveys", "2021"): 1,
                   ("papers", "2025"): 13, ("papers", "2024"): 10, ("papers", "2023"): 10, ("papers", "2022"): 9,
                   ("papers", "2021"): 8, ("papers", "2020"): 7, ("papers", "2019&before"): 6}, per
    assert len(papers) == 68
    write_truth(NAME, "wild17_development", papers,
                "every survey paragraph line and every numbered paper item is an entry (one line each); title = the"
                " plain text before ' [[link]]', the number and a leading '[VENUE YY]' tag dropped",
                "all 68 entries by eye (title, line, ids: arXiv abs/pdf, one 'v1' tail, OpenReview, IEEE stamp,"
                " Springer chapter DOI, ACM pdf DOI, ScienceDirect pii without DOI); counts match the file's own"
                " '5 Surveys, 63 papers' comment and per-year grep 13/10/10/9/8/7/6")


if __name__ == "__main__":
    main()
