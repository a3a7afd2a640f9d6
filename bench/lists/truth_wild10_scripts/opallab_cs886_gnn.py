"""Wild10 truth for opallab/cs886-winter-2024 README.md: the syllabus of a graduate seminar on graph
neural networks (Waterloo CS 886, Winter 2024).

Shape: a pipe table '| Week | Date | Topic | Readings | Slides |' (lines 21-48, one lecture per
line; some rows write '|' without spaces) whose Readings cell holds several '[Title](url)' links
joined by ' and ', '<br/>', '1) ... 2)' or prose ('This lecture is based on ...', 'Related material
are: ...', 'A free alternative to the blogpost: ...'), beside links to code, videos, blog posts
and book chapters; then bullet sections 'Readings' (books and one survey), 'Other courses',
'Online reading seminars', 'Code', 'Competitions', 'Datasets' and course rules.

Entry = a link in a Readings cell (or a '+ [Title](url), Authors, Year' bullet of '## Readings')
whose subject is a paper: arXiv, OpenReview, PMLR, JMLR, NeurIPS and IEEE links, including the
arXiv 'Geometric Deep Learning' proto-book (a preprint; read by chapter here) and the Distill
article 'A Gentle Introduction to Graph Neural Networks' (a peer-reviewed journal article).  Not
entries: towardsdatascience.com and irregulardeep.org blog posts, YouTube/Zoom videos, code links
(GitHub, PyTorch Geometric docs), the slide links of the Slides column, the book chapters of
graph-neural-networks.github.io ('The Expressive Power of Graph Neural Networks (Chapter 5.3)',
'(Chapter 5.4, ...)', 'Chapter 11: ...'), the books of '## Readings' (the geometricdeeplearning.com
site, Hamilton's 'Graph Representation Learning Book', Wu et al.'s 'Graph Neural Networks') and
the courses, seminars, code, competitions and datasets sections.  A paper assigned in several
rows (Jegelka's 'Theory of Graph Neural Networks: Representation and Learning' 4 times with the
Readings bullet, 'Geometric Deep Learning' 3 times) is an entry each time.

Several entries share one line; each entry's line is its row's line, its title the link text
('(Chapter 5.5)' dropped from 'Geometric Deep Learning (Chapter 5.5)'), and its ids come from its
own link only, not from the whole row.

Count check: paper links per row counted by eye from a dump of every link of the Readings column
(2+3+2+3+1+2+2+1+1+2+3+1+3+2+1+2+2+2+1+2+2+2+3 = 45 in the table) + 1 Readings bullet = 46.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "opallab__cs886-winter-2024__README@a4a120e.md"
PART = "wild10_development"
LINES = read_lines(NAME)

PAPER_HOSTS = ("arxiv.org", "openreview.net", "proceedings.mlr.press", "jmlr.org", "proceedings.neurips.cc",
               "papers.nips.cc", "ieeexplore.ieee.org", "distill.pub")
PER_ROW = {23: 2, 24: 3, 25: 2, 26: 3, 27: 1, 28: 2, 29: 2, 30: 1, 31: 1, 32: 2, 33: 3, 34: 1, 37: 3, 38: 2,
           39: 1, 40: 2, 41: 2, 42: 2, 43: 1, 44: 2, 45: 2, 46: 2, 47: 3}
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def add(papers: list, i: int, text: str, url: str, seg: str) -> None:
    title = re.sub(r"\s*\(Chapter [\d.]+\)$", "", text)
    p = entry(LINES, i, i, title)
    p["arxiv"], p["doi"] = arxiv_of(seg), doi_of(seg)
    papers.append(p)


def main() -> None:
    papers: list = []
    counts: dict[int, int] = {}
    for i in range(23, 49):
        cells = LINES[i - 1].split("|")
        assert LINES[i - 1].startswith("| "), i
        readings = cells[4]
        for m in LINK.finditer(readings):
            text, url = m.group(1), m.group(2)
            if not any(h in url for h in PAPER_HOSTS):
                continue  # blogs, videos, code, book chapters
            add(papers, i, text, url, m.group(0))
            counts[i] = counts.get(i, 0) + 1
    assert counts == PER_ROW, counts
    # '## Readings' bullets: only Jegelka's arXiv survey is a paper
    start = LINES.index("## Readings") + 1
    for i in range(start + 1, start + 6):
        m = LINK.search(LINES[i - 1])
        if m and "arxiv.org" in m.group(2):
            add(papers, i, m.group(1), m.group(2), m.group(0))
    assert len(papers) == 46, len(papers)
    assert sum(1 for p in papers if p["title"] == "Theory of Graph Neural Networks: Representation and Learning") == 4
    write_truth(NAME, PART, papers,
                "every paper link (arXiv, OpenReview, PMLR, JMLR, NeurIPS, IEEE, Distill) in the Readings cell of the"
                " syllabus table is an entry on its row's line, title = the link text ('(Chapter 5.5)' dropped), ids"
                " from its own link; plus the arXiv survey among the '## Readings' books; blog posts, videos, code,"
                " book chapters, books, courses and datasets are not entries",
                "a dump of every link of the Readings column row by row (23 rows, 45 paper links and the excluded"
                " blogs, videos, code and book chapters), all 46 titles and arXiv ids against the file, the rows"
                " written with '|' and no spaces (lines 27, 28, 30), the repeated Jegelka and Geometric Deep"
                " Learning entries, the books and resource sections below the table")


if __name__ == "__main__":
    main()
