"""Wild33 truth for ma-xu/DNN PaperList.md: "CV Paper List ... papers that I have read", a personal list.

Shape: four `##` sections of `+ [Name](url)` items, each followed by a tab-indented
`<br><sub>note</sub>` line (the note is part of the entry, `-` when empty): 42 entries, lines i..i+1.
Most link texts are model nicknames, not titles (AlexNet, VGG, ResNet, YOLO V1, SSD, "Identity ResNet",
"ResNet Behaves like ensemble", "dilated convolutions", ...): title None.  The rule used: the link text is
the title only when it is the paper's full title as published (case aside, line 100 written with
"neural networks" as the list writes it): "Network in Network" (22), "Fast R-CNN" (41), "Non-local
Neural Networks" (59), "Object Detection Networks on Convolutional Feature Maps" (61), "Spatial
transformer networks" (63), "Learning Deep Features for Discriminative Localization" (65), "Mask R-CNN"
(83), "Bag of Freebies for Training Object Detection Neural Networks" (96), "Visualizing and
understanding convolutional neural networks" (100).  A method name that is only the part before the
title's colon is a nickname too (Faster R-CNN 43, R-FCN 51, Inside-outside net 73, Generalized
Intersection over Union 75, Cascade R-CNN 77, U-Net 85, Dropout 94): None.  Line 67 writes a nickname and
the full title in parentheses, "RetinaNet(Focal Loss for Dense Object Detection)": the title is the
parenthesised part.  Line 10's link carries a Markdown link title `"VGG16"` (not a title of the paper).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "ma-xu__DNN__PaperList@c05bba7.md"
PART = "wild33_development"

TITLED = {22, 41, 59, 61, 63, 65, 83, 96, 100}
SPECIAL = {67: "Focal Loss for Dense Object Detection"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^\+ \[(.+?)\]\(", ln)
        if not m:
            continue
        assert "<sub>" in lines[i], i
        if i in SPECIAL:
            title = SPECIAL[i]
        elif i in TITLED:
            title = m.group(1)
        else:
            title = None
        papers.append(entry(lines, i, i + 1, title))
    assert len(papers) == 42, len(papers)
    write_truth(NAME, PART, papers,
                "Every '+ [Name](url)' item with its '<br><sub>' note line is an entry; the link text is the "
                "title only where it is the paper's full published title (9 items, plus the parenthesised "
                "title on line 67), model nicknames give None.",
                "All 42 entries read by eye against the file and the papers' published titles; ids of all "
                "42 links (arXiv where the link is arXiv, none for the NIPS/CVF/JMLR links).")


if __name__ == "__main__":
    main()
