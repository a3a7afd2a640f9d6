"""Wild25 truth for dwoiwode/awesome-neural-cellular-automata Readme.md at e73fab6 (Jan 2026).

Why this commit: the snapshot's HEAD (a7735b4) Readme is no list any more (the list moved to a
github.io page on 2026-01-25, commit 76fdfed cut the Readme to 77 lines); e73fab6 is the last
commit whose generated Readme holds the list (its line 52: "a total of 116 publications").

Shape: HTML cards generated from a YAML file.  Each record is one '<tr>' of an HTML '<table>'
(one table for the seminal paper, lines 17-42, then one per year '### 2025' ... '### 2020'):
a first '<td width="150px">' holding a thumbnail '<a href=URL><img ...></a>', then a second
'<td>' holding Markdown: a heading ('### Title' for the seminal card at line 26, '#### Title'
for the others), 'Published on **date** by', an author line with bold surnames, a link line
'[Arxiv](...) | [Paper](...) | [Code](...) | [Project Page](...)' and a '<details>' abstract.
Rows are joined as '</tr><tr>' on one line.  Entry lines = from the '<td width="150px">' line
to the second '</td>' after it (thumbnail link included, so the first id is often the
thumbnail's arxiv.org/pdf link, which is the same paper).  Title = the heading text.

Entries: every card whose subject is a scholarly work: arXiv/bioRxiv preprints, journal and
conference papers, ALIFE/ISAL proceedings, Distill articles (a peer-reviewed journal: lines 26,
2285, 2348, 2458, 2521; the seminal card at line 26 and the 2020 card at line 2521 are the same
paper, kept as two entries), ReScience's '[Re] Variational Neural Cellular Automata' (line 1456,
'[Re]' is part of that paper's real title, kept), an Imperial MSc project report (line 2117,
thesis-like report), a paper listed with only a Code link (line 556, authors and an abstract of
a paper), and line 2479 'Image segmentation via Cellular Automata' (the Sandler et al. paper,
whose links point at a colab and the Distill MNIST article).
Not entries (8 cards, NOT_PAPERS): blog posts and web reports (1239 Bhargava blog, 1860 CLIP
guided NCA post, 1881 Greydanus 'Studying Growth' post, 1902 wandb report, 2138 Minecraft
challenge blog, 2306 StampCA blog post), a code repository with extended experiments (1755
PWhiddy) and a demo project page with no paper (2500 Neural Cellular Maze Solver).
Also not entries: the 'Implementations' and 'Further Reading' bullets (code, videos, courses).
Count check: 117 '<td width="150px">' cards = 117 'Published on' lines (116 in the year
tables, matching line 52, + the seminal card) = 109 entries + 8 non-papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "dwoiwode__awesome-neural-cellular-automata__Readme@e73fab6.md"
PART = "wild25_development"
# heading line -> why the card is not an entry
NOT_PAPERS = {
    1239: "blog post",
    1755: "code repository / extended experiments",
    1860: "blog post",
    1881: "blog post",
    1902: "wandb report",
    2138: "blog post, challenge submission",
    2306: "blog post",
    2500: "demo project page",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    cards = 0
    seen_not = set()
    i = 0
    while i < len(lines):
        if lines[i] != '<td width="150px">':
            i += 1
            continue
        first = i + 1
        closes = [j for j in range(i, min(i + 60, len(lines))) if lines[j] == "</td>"]
        last = closes[1] + 1
        heads = [j + 1 for j in range(i, last) if re.match(r"#{3,4} ", lines[j])]
        assert len(heads) == 1, first
        head = heads[0]
        assert lines[head].startswith("Published on **"), head
        cards += 1
        i = last
        if head in NOT_PAPERS:
            seen_not.add(head)
            continue
        title = re.sub(r"^#{3,4} ", "", lines[head - 1])
        papers.append(entry(lines, first, last, title))
    assert cards == 117, cards
    assert seen_not == set(NOT_PAPERS), seen_not
    assert len(papers) == 109, len(papers)
    write_truth(NAME, PART, papers,
                "each HTML table card (thumbnail cell + Markdown cell) whose subject is a scholarly work is an"
                " entry, lines from the thumbnail '<td>' to the closing '</td>' of the text cell; title = the"
                " '###'/'####' heading; 8 blog posts, a code repo and a demo page are not entries",
                "all 117 card headings with their link lines listed and sorted by eye (the 14 doubtful ones read"
                " in full); -v output compared with the file for the first and last card of each year table and"
                " about 20 more; arXiv ids, bioRxiv/ACM/Springer/MIT Press/PLOS DOIs spot-checked")


if __name__ == "__main__":
    main()
