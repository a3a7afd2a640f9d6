"""Wild19 truth for huiyang-yi/Awesome-Causality-and-ML-Papers README: numbered
'N. Venue Year [Title](url)(Chinese note). [[Slides]](url)' lines.

Shape: a TOC of anchor links, then '#'/'##' sections of numbered items; each item starts with a
venue-and-year tag in plain text ('NIPS 2018 Spotlight', 'Journal of Causal Inference 2018'),
then the linked title, then a parenthesised Chinese summary and optional [[Slides]] /
[[Reading Notes]] links to the maintainer's own material.

Entries: every numbered item whose subject is a paper: Differentiable causal discovery (7),
... from heterogeneous/nonstationary/scale-change data (7), Traditional causal discovery (6),
... from heterogeneous/nonstationary data (6), Invariant learning (4), Machine learning items 2-4
(GAN, VAE, Transformer) = 33.  Not entries: the TOC; 'Basis of causal inference' (a YouTube
course and an MIT Press book); Machine learning item 1 (a bilibili Tensorflow video).  Title =
the link text; the venue tag, the Chinese note and the slide links are dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "huiyang-yi__Awesome-Causality-and-ML-Papers__README@fc829dd.md"
LINES = read_lines(NAME)
NOT_PAPERS = ("YouTube 2020 ", "The MIT Press 2017 ", "bilibili 2020 ")


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text.lstrip("#").strip()
            continue
        m = re.match(r"(\d+)\. (.*?)\[(.+?)\]\((\S+?)\)\(", text)
        if not m:
            assert not re.match(r"\d+\. ", text), text
            continue
        if m.group(2).startswith(NOT_PAPERS):
            continue
        per[section] = per.get(section, 0) + 1
        papers.append(entry(LINES, i, i, m.group(3)))
    assert list(per.values()) == [7, 7, 6, 6, 4, 3], per
    assert len(papers) == 33
    write_truth(NAME, "wild19_development", papers,
                "every numbered 'Venue Year [Title](url)(note)' item whose subject is a paper is an entry, title = the link"
                " text; the course video, the MIT Press book and the bilibili video are not entries",
                "all 36 numbered lines against the file (33 entries: titles, arXiv ids incl. old-style math/0510436,"
                " ACM/Elsevier DOIs in dl.acm.org URLs; 3 left out by name); per-section counts 7/7/6/6/4/3 by eye")


if __name__ == "__main__":
    main()
