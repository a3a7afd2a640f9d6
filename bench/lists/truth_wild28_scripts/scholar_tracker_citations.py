"""Wild28 truth for Dominic789654/scholar_tracker data/citations.md: a daily generated Google Scholar citation report.

Shape (101 lines, no final newline): a report a GitHub Action regenerates every day from one
researcher's Google Scholar profile.  Header statistics (lines 1-8), then two Markdown tables
whose first cell is the paper's title as plain text (no link, no authors, no ids):
'## Today's Citation Changes' (lines 14-22: | Paper | Previous | New | Increase |, 7 rows) and
'## Paper Citations' (lines 26-73: | Paper | Citations | Year |, 46 rows); then a
'## Citation History' table of dates and totals (lines 77-88) and chart links (90-101), which are
not records.
Entries: every data row of the two paper tables; the 7 rows of the changes table repeat papers of
the main table and are separate entries (repeated records).  Title = the first cell as written
(Google Scholar's casing kept: 'Cafes: A collaborative ...', 'Ssr: ...', line 52 '-mem: Efficient
Online Memory for Large Language Models' with its lost leading character).  Lines 62 'Introducing
Macaron-V1' and 66 'Macaron-V1-Preview: 749B MoL Agent Model post-trained from GLM5.1' are
kept: they are records of the researcher's scholar profile, and nothing in the file tells a
report from a blog post; lines 72-73 have year 'N/A' and are entries too.  No entry has an id.
Count check: 7 + 46 = 53 table rows starting '| ' under the two paper tables (header and
'| ----- |' rule rows skipped); the history table's 10 rows are not entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "Dominic789654__scholar_tracker__data__citations@a14a84d.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if section not in ("Today's Citation Changes", "Paper Citations") or not text.startswith("| "):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] == "Paper" or set(cells[0]) == {"-"}:
            continue
        counts[section] = counts.get(section, 0) + 1
        papers.append(entry(lines, i, i, cells[0]))
    assert len(lines) == 101, len(lines)
    assert counts == {"Today's Citation Changes": 7, "Paper Citations": 46}, counts
    assert len(papers) == 53, len(papers)
    write_truth(NAME, PART, papers,
                "every data row of the two paper tables (today's changes, 7 rows; paper citations, 46 rows) is an"
                " entry, the changes rows repeating papers of the main table; title = the plain first cell as"
                " written; the citation-history table is not a list of papers",
                "all 53 rows read by eye against the -v output (every entry of this small file), incl. line 52's"
                " '-mem' title, the 'Introducing Macaron-V1' row and the two 'N/A' year rows; no ids in the file")


if __name__ == "__main__":
    main()
