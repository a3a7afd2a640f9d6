"""Open truth (batch 3) for cjmcv/deeplearning-paper-notes README: an index (in Chinese) of the author's
reading notes, by topic heading and half-year.

Each bullet is a half-year ('* 2018.07-2018.12: || [ICC-CNN](note url) || [Cascade-RCNN](...) ||')
followed by links to the author's note pages, one note per paper.  A bullet naming several papers
gives several entries on the same line; each link is an entry.  The link texts are nicknames
(method names such as 'YOLOv3', 'Focal-Loss', 'BN', 'Xiaomi'), never the paper's title, so every
entry's title is None; no link is an arXiv or DOI link.  Papers noted under two topics (Mask-RCNN,
A-Fast-RCNN, SRGAN, GLN) appear twice and count twice.  Not entries: the '数据集' (datasets) bullet,
whose links are notes on datasets (LFW, COCO, ...), the '基础算法' bullet linking a page of 98
notes on basic algorithms, and the site link and intro bullets at the top.
"""
import re

from _open import Open

NAME = "cjmcv__deeplearning-paper-notes__README@15564c2.md"


def main() -> None:
    t = Open(NAME)
    section = ""
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            section = text
            continue
        if not text.startswith("* ") or "数据集" in section or "基础算法" in section:
            continue
        for m in re.finditer(r"\[([^\]]+)\]\((https://cjmcv\.github\.io/[^)]+\.html)\)", text):
            t.add(i, i, None, own=m.group(2))
    t.write("every note link in the half-year bullets of the paper-notes sections is an entry (several per line);"
            " title None, the link texts being nicknames; the datasets bullet and the basic-algorithms page"
            " link are not entries",
            "every bullet of the file and every link in it: 109 paper-note links in 27 bullets (counted per bullet against the file), the 8 dataset"
            " links, the basic-algorithms link and the intro lines")


if __name__ == "__main__":
    main()
