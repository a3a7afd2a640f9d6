"""Wild14 truth for AntNLP/seminar 2018Spring/README.md: a lab's weekly paper-reading seminar agenda.

Shape: a page of instructions for presenters ('Please format Paper fields with *[venue+year]title*
(e.g. [ACL17]A Good Paper)', line 30: an example, not an entry), then '## Agenda' with a pipe table
without outer pipes, 'Week | Speaker | Paper | Slides' (lines 41-77), one row per talk slot; the
Paper cell holds the link(s) '[[EMNLP17]Title](url)' (one row, line 48, has no venue tag), two
papers in one cell joined by '<br/>' (lines 44, 64, 66, 71) or ';' (lines 50, 51); ten slots are
empty.  The Slides cell links the speakers' slides (not entries).  A F.A.Q. after the table links a
GitHub help page.

Entry: every link of a Paper cell; title = its link text with the '[VENUE]' tag dropped.  Because
up to two papers share one line, an entry's ids come from its own link only (not the whole row, so
that the second paper's arXiv link is not given to the first); the entry's lines are the row's line.
A GitHub-hosted PDF named '1704.04920.pdf' (line 65) is not an arXiv link, so gives no id.

Count check: 28 rows have a paper, six of them two (grep of '<br/>' and ';[' / '; [' in the Paper
cells), 34 in all; 33 of the link texts start with a '[VENUE]' tag (grep -o '\\[\\[' | wc -l = 33).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "AntNLP__seminar__2018Spring__README@519b60a.md"
PART = "wild14_development"
LINES = read_lines(NAME)

LINK = re.compile(r"\[((?:\[[^\]]*\])?[^\[\]]*)\]\(([^)\s]*)\)")
TWO_PER_CELL = {44, 50, 51, 64, 66, 71}


def main() -> None:
    papers = []
    rows = 0
    tagged = 0
    for i in range(43, 78):
        cells = LINES[i - 1].split("|")
        assert re.fullmatch(r"\s*\d+\s*", cells[0]), i
        paper_cell = cells[2]
        links = LINK.findall(paper_cell)
        if not links:
            assert paper_cell.strip() == "", i
            continue
        rows += 1
        assert len(links) == (2 if i in TWO_PER_CELL else 1), (i, links)
        for text, url in links:
            m = re.match(r"\[([A-Za-z]+\d{2})\]\s*(.+)$", text)
            if m:
                tagged += 1
                title = m.group(2)
            else:
                title = text
            p = entry(LINES, i, i, title)
            p["arxiv"] = arxiv_of(url)
            p["doi"] = doi_of(url)
            papers.append(p)
    assert rows == 28, rows
    assert tagged == 33, tagged
    assert len(papers) == 34, len(papers)
    write_truth(NAME, PART, papers,
                "every link of the Paper cell of the agenda table (lines 43-77) is an entry, title = the link"
                " text without its '[VENUE]' tag; two links in one cell (joined by '<br/>' or ';') are two"
                " entries on the same line, each with the ids of its own URL only; slides, empty slots and the"
                " '[ACL17]A Good Paper' format example are not entries",
                "every row of the table by eye against the -v output (34 titles, the 6 two-paper cells, the"
                " untagged 'Beyond Sparsity' link, the 9 arXiv ids and the GitHub-hosted '1704.04920.pdf' that"
                " gives none)")


if __name__ == "__main__":
    main()
