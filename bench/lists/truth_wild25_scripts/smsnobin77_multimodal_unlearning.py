"""Wild25 truth for smsnobin77/Awesome-Multimodal-Unlearning README.md at HEAD a96528e.

Shape: a survey's companion page (HTML '<h1 align="center">' title with HTML badge links, author
lines with logo '<img>'s, prose, figures in '<p align="center">').  Every listed paper is a row
of a Markdown table whose link cell holds only a badge image link:
'| 2025&#8209;09 | Title | [![arXiv](https://img.shields.io/badge/arXiv-B31B1B?...)](https://arxiv.org/pdf/ID) |'
(the date's hyphen is the entity '&#8209;'; the badge label is 'arXiv', 'paper' or 'OpenReview',
the URL arxiv.org/pdf, openreview.net/pdf or isca-archive.org).  Tables: 'Comparison with Existing
Surveys' (lines 71-79: Date | Title | Authors | Paper | five ✓ columns), three benchmark tables
(lines 103-107, 112-115, 120-127) and the curated list, VLMs (lines 175-231) and DMs (235-292),
all 'Date | Title | Paper'.  Title = the Title cell as written; entry = the row's line.

Entries: every table row.  Papers listed in two tables (e.g. PEBench, CLEAR, Six-CD in a benchmark
table and in the curated list) are separate entries.  Special case: line 79, the comparison
table's last row '| **2026&#8209;01** | **Ours** | - | - | ...' is the list's own survey
written as 'Ours', with no title and no link: an entry whose title is null.
Not entries: the page header (survey title in the '<h1>' and its ACL Anthology / project-page
badges), the boilerplate BibTeX (lines 26-37), the TechRxiv news links, figures, star-history
and visitor badges.
Count check: 7 comparison rows + 4 + 3 + 7 benchmark rows + 55 VLM rows + 56 DM rows (the page
says '111 papers, including 55 on VLMs and 56 on DMs') = 132 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "smsnobin77__Awesome-Multimodal-Unlearning__README@a96528e.md"
PART = "wild25_development"
TABLES = {(73, 79): 7, (105, 108): 4, (114, 116): 3, (122, 128): 7, (177, 231): 55, (237, 292): 56}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for (first, last), n in TABLES.items():
        assert lines[first - 2].startswith("|---"), first
        assert not lines[last].startswith("|"), last
        got = 0
        for i in range(first, last + 1):
            text = lines[i - 1]
            if not text.startswith("| "):
                assert not text.strip(), i
                continue
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            assert re.fullmatch(r"(\*\*)?20\d\d&#8209;\d\d(\*\*)?", cells[0]), i
            got += 1
            if i == 79:
                assert cells[1] == "**Ours**" and cells[3] == "-"
                papers.append(entry(lines, i, i, None))
                continue
            title = cells[1]
            link = cells[3] if first == 73 else cells[2]
            assert re.fullmatch(r"\[!\[\w+\]\(https://img\.shields\.io/badge/[^)]*\)\]\(https?://[^)]+\)", link), i
            papers.append(entry(lines, i, i, title))
        assert got == n, (first, got)
        rows += got
    assert sum(1 for t in lines if re.match(r"\| (\*\*)?20\d\d&#8209;", t)) == rows == 132
    assert len(papers) == 132, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the six Markdown tables (comparison of surveys, three benchmark tables, VLM and"
                " DM curated lists) is an entry; title = the Title cell, the link only in a shields.io badge"
                " link; the comparison table's 'Ours' row (the list's own survey, no title) has title null",
                "all table rows counted per table against the page's own figures (55 VLM + 56 DM); -v output"
                " compared with the file for the first and last row of each table and about 20 more; the"
                " 'Ours' row, the OpenReview/ISCA badge rows and the repeated benchmark papers checked")


if __name__ == "__main__":
    main()
