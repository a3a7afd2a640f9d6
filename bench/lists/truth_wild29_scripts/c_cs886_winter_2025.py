"""Wild29 truth for opallab/cs886-winter-2025 README.md: Waterloo CS 886 "Graph Neural Networks"
(Winter 2025) graduate seminar page.

Shape: a Markdown schedule table (lines 42-67; columns Week | Date | Topic | Readings | Slides);
the Readings cell lists several items "- [Title](url)" separated by "<br/>", so one table row
(one line) holds several entries; 50 and 65 join two links with "and".  Below the table,
"## Readings" (75-78), "## Competitions" (103-105) and other "+ [Name](url), ..." lists follow.

Entries: each reading link that points to a scholarly work: conference/journal papers, arXiv
preprints, the arXiv "Geometric Deep Learning" proto-book text (42, arXiv 2104.13478, read as its
preprint), Jegelka's survey (43, 44, 76), the Distill article "A Gentle Introduction to Graph
Neural Networks" (42), and the two CLRS benchmark papers (104, 105).  Not entries: Medium/TDS
blog posts (42, 117), irregulardeep.org blog posts (50), YouTube videos, code links (GitHub,
PyTorch Geometric docs), the book chapters "The Expressive Power of Graph Neural Networks
(Chapter 5.x)" of the GNN book (46, 47), the books at 75, 77, 78, courses, reading groups,
libraries and datasets.  Several entries share one line; each entry's ids are taken from its own
link only (the script sets arxiv/doi from that link's URL), since the row's other links belong to
other entries.  Title: the link text; notes outside the link such as "(Chapter 1)" are dropped.
Repeated papers (Jegelka's survey at 43, 44 and 76) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "opallab__cs886-winter-2025__README@4f776b6.md"
PART = "wild29_development"

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
NOT_PAPER_URL = re.compile(
    r"towardsdatascience\.com|youtube\.com|youtu\.be|github\.com|pytorch-geometric|irregulardeep\.org"
    r"|graph-neural-networks\.github\.io"
)
EXTRA_LINES = {76, 104, 105}  # papers in the lists below the table


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if 42 <= i <= 67 and ln.startswith("| "):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            assert len(cells) >= 4, (i, cells)
            readings = cells[3]
        elif i in EXTRA_LINES:
            readings = ln
        else:
            continue
        for m in LINK.finditer(readings):
            title, url = m.group(1), m.group(2)
            if NOT_PAPER_URL.search(url):
                continue
            p = entry(lines, i, i, title)
            p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
            papers.append(p)
    for p in papers:
        assert p["title"] in lines[p["line"] - 1], p
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper link in the schedule table's Readings cells (several per row) and the paper links in the "
        "Readings/Competitions lists is an entry titled by its link text, with ids from its own URL; blog "
        "posts, videos, code, book chapters, books, courses and datasets are not.",
        "Every table row (42-67) and every list line below it checked by eye: 47 table entries, 3 list "
        "entries; excluded links (blogs, videos, code, GNN-book chapters, books, datasets) reviewed; per-entry "
        "arXiv ids compared with each link.",
    )


if __name__ == "__main__":
    main()
