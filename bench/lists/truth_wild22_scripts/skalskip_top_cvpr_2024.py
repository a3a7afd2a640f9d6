"""Wild22 truth for SkalskiP/top-cvpr-2024-papers README.md: a hand-picked list of CVPR 2024 papers as HTML cards.

Shape: after a centred <div> header, a hello paragraph and an HTML comment, 13 '### topic'
headings (lines 31-523) each hold one to four cards.  A card is a '<p align="left">' ... '</p>'
block (13 to 16 lines): an optional thumbnail (<a href=poster png><img alt=Title></a>, 3 lines), then
'<a href="paper url" title="Title">' with the title on its own line as
'<strong>[🔥 ]Title</strong>', then an authors line, then '[<a>paper</a>] [<a>code</a>] ...'
links, then '<strong>Topic:</strong>' and '<strong>Session:</strong>' lines.
Entry: every card (all are conference papers).  Title = the first <strong> span of the card, the
'🔥 ' highlight marker (explained on line 24, '🔥 - highlighted papers') dropped.  Lines = '<p'
to '</p>'.  Ids: arXiv abs or pdf links (Florence-2 on line 94 uses arxiv.org/pdf); three cards
(lines 267, 366, 386) link only CVF open-access pages (no id, no DOI).  The poster png links
(cvpr.thecvf.com/media/PosterPDFs) come first in a card but hold no id.
Not entries: the header links to the 2023/2025/2026 sister lists, the CVPR accepted-papers link
(line 20), the contribution section.
Count check: 30 '<p align="left">' lines = 30 '</p>' lines = 30 entries; 13 topic headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "SkalskiP__top-cvpr-2024-papers__README@66dffdc.md"
PART = "wild22_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    headings = sum(1 for t in lines if t.startswith("### "))
    for i, text in enumerate(lines, 1):
        if text.startswith('<p align="left">'):
            assert start is None, i
            start = i
        elif text.startswith("</p>"):
            assert start is not None, i
            block = lines[start - 1:i]
            titles = [m.group(1) for t in block for m in [re.search(r"<strong>(.+?)</strong>", t)] if m]
            title = titles[0]
            assert titles[-2:] != [] and titles[1] == "Topic:", (start, titles)
            title = re.sub(r"^🔥\s*", "", title)
            papers.append(entry(lines, start, i, title))
            start = None
    assert headings == 13, headings
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "every '<p align=\"left\">' card under the 13 topic headings is an entry (one CVPR 2024 paper);"
                " title = the card's first <strong> span with the '🔥 ' highlight marker dropped",
                "all 30 cards read by eye against the -v output: titles, arXiv ids (one arxiv.org/pdf link),"
                " the three CVF-only cards without id, first and last card of each topic")


if __name__ == "__main__":
    main()
