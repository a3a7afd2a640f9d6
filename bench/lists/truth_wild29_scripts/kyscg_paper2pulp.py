"""Wild29 truth for kyscg/Paper2Pulp README.md: one person's log of notes on things read, by month.

Shape: ``### Month Year`` headings over ``- `` items, one line each: ``[Name](link to my note)``
followed by shields.io badges linking the source (``[![Paper](...arXiv-2009.06489...)](https://arxiv.org/abs/2009.06489)``,
``[![Video](...)](youtube)``).  An entry is an item whose subject is a scholarly paper; it spans its one line.
Title: the note link's text when it is the paper's title as written (line 39 keeps the file's
"Generalizations"); None when the link text is only a nickname (AttentionOCR, CGAN's, ZFNet, GAN's,
DCGAN's, YOLO, OverFeat, GoogLeNet, ResNet, VGG-16, AlexNet) or a label (line 67 "NIPS 2016 GAN's
Tutorial" for the arXiv tutorial paper 1701.00160).
Not entries: line 13 podcast notes, line 15 a Nature news feature (d41586 news article), line 19 a book,
lines 25, 53, 54 lecture playlists, line 49 a note on a proof.  Line 41 is a BMJ research paper (entry,
no DOI written).  The arXiv id comes from the badge's arxiv.org link (the badge image text is not an id).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "kyscg__Paper2Pulp__README@e343fde.md"
PART = "wild29_development"

NOT_PAPERS = {13, 15, 19, 25, 49, 53, 54}
NICKNAME = {43, 58, 64, 65, 66, 67, 71, 72, 73, 74, 75, 76}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- [") or i in NOT_PAPERS:
            continue
        name = re.match(r"- \[(.*?)\]\(", ln).group(1)
        papers.append(entry(lines, i, i, None if i in NICKNAME else name))
    assert len(papers) == 21, len(papers)
    write_truth(NAME, PART, papers,
                "Each one-line '- [Name](note) [badge](source)' item about a scholarly paper is one entry (podcasts, "
                "lectures, a book, a news feature and a proof note are not); title is the link text unless it is a nickname.",
                "All 28 items of the file read by eye: paper/non-paper decisions, nickname titles set to None, arXiv ids "
                "against each badge link.")


if __name__ == "__main__":
    main()
