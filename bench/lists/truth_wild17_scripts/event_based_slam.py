"""Wild17 truth for KwanWaiPang/Awesome-Event-based-SLAM README.md: event-camera SLAM papers in six
pipe tables '| Year | Venue | Paper Title | Repository | Note |'.

Shape: an HTML '<p align="center"><h1 ...>' title, a BibTeX block citing the author's thesis (the list's own
boilerplate, not an entry), an overview, then sections each holding one table; every table is wrapped in
HTML comments holding a template row ('<!-- |---|`arXiv`|---|---|---| -->') and a template star badge
(not entries).  Rows: '|2025|`RAL`|[Title](url)|[![Github stars](...)](github) or ---|Note|', the venue in a
code span, the Repository cell a GitHub-stars badge, the Note cell '---', '[website](...)', '*Not-release<br>...'.
Every body row is an entry (dataset papers of the benchmarking table included), except one: the 2022
'`Github`' row '[HKU-Dataset for Event-based VO/VIO/SLAM](https://github.com/...)', a dataset repository
with no paper.  The 'Other Resources' bullets (a course, that dataset repository again, another paper
list, a handbook chapter) are not entries; the 'More related papers' table under them is.  The
EvtSlowTV dataset paper is listed twice in a row with two spellings ('--' and '-'): two entries.
Title = the Paper Title cell's link text.  Ids from the row: the title link first (arXiv pdf, IEEE,
ACM DL 'doi/abs/10.1145/...', Springer, Wiley 'doi/pdf/10.1002/...', Frontiers, SAGE, ...).
Counts: 168 '|' lines - 6 header - 6 separator lines = 156 rows (pose 85, depth 25, features 7, NeRF 5,
datasets 28, more related 6) - 1 (GitHub dataset row) = 155 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "KwanWaiPang__Awesome-Event-based-SLAM__README@7e6d043.md"
PART = "wild17_development"
LINES = read_lines(NAME)
ROW = re.compile(r"\|(\d{4})\|`([^`]+)`\|\s*\[(.+?)\]\((\S+?)\)\s*\|")


def main() -> None:
    papers = []
    rows = 0
    skipped = []
    assert sum(1 for t in LINES if t.startswith("|")) == 168
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|") or text.startswith(("| Year |", "|:")):
            continue
        rows += 1
        m = ROW.match(text)
        assert m, i
        if m.group(2) == "Github":
            skipped.append(i)
            continue
        papers.append(entry(LINES, i, i, m.group(3)))
    assert rows == 156 and len(skipped) == 1, (rows, skipped)
    assert len(papers) == 155
    write_truth(NAME, PART, papers,
                "every body row of the six tables is an entry (dataset papers and the 'More related papers' table"
                " included), except the one GitHub dataset-repository row; commented template rows and Other Resources"
                " bullets are not; title = the Paper Title cell's link text",
                "row count by grep (168 '|' lines - 12 header lines = 156, minus the `Github` row), each table's first and"
                " last rows, the commented template rows, the duplicated EvtSlowTV rows, rows with <br> in the Note cell,"
                " 25 titles over all tables, the ACM/Wiley/Springer/SAGE links giving DOIs")


if __name__ == "__main__":
    main()
