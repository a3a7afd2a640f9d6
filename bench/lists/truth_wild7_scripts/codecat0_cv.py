"""Wild7 truth for codecat0/CV README.md ('CVers 集合!!!'): a Chinese code repository's checklist of
the computer-vision models it studies, one heading per model under four '## ' fields (Image
Classification, Object Detection, Semantic Segmentation, Generative Models).

Shape: '### N. Model' (or '#### N.M Model' under a '### N. Family系列' heading) followed by three
task-list bullets, checked '[x]' with a link or unchecked '[ ]' without: ' - [x] 论文地址：[url](url)'
(paper address), ' - [x] 论文详解: [url](url)' (the author's CSDN blog explanation), ' - [x] 模型代码:
[url](url)' (the model code in this repository).  Colons are ASCII or full-width; the bullets are
indented by one space or none.

Entries: every model heading whose '论文地址' bullet is checked and links the paper (24): the entry runs
from the heading to its last bullet.  Its title is null: the file names each paper only by its model
name ('AlexNet', 'YOLOV3', 'U-Net'), never by title; the blog and code links are not the paper.
Not entries: the family headings '### 6. MobileNet系列', '### 7. ShuffleNet系列', '### 5. YOLO系列' (their
sub-headings are the entries), and the 10 placeholder headings whose three bullets are all unchecked
with no link (Mask R-CNN, DeepLab系列, RCF, and all seven Generative Models: AutoEncoder ... StyleGAN):
a to-do naming a model family or topic, no record of a paper.

Counts: 11 (classification: AlexNet, VGGNet, GoogLeNet, ResNet, DenseNet, MobileNet V1-V3, ShuffleNet
V1-V2, GhostNet) + 9 (detection: R-CNN, Fast R-CNN, Faster R-CNN, SSD, YOLOV1-V4, FPN) + 4
(segmentation: U-Net, FCN, SegNet, PSPNet) = 24; 23 arXiv ids and one CVF link (FCN); grep -c '论文地址'
= 34 = 24 + 10 placeholders.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "codecat0__CV__README@32ce336.md"
PART = "wild7_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    placeholders = 0
    field = ""
    per: dict[str, int] = {}
    heads = [i for i, t in enumerate(lines, 1) if re.match(r"#{2,4} ", t)]
    for k, h in enumerate(heads):
        text = lines[h - 1]
        if text.startswith("## "):
            field = text[3:].strip()
            continue
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        body = [i for i in range(h + 1, stop + 1) if lines[i - 1].strip()]
        if not body:
            assert "系列" in text, text  # a family heading over sub-headings
            continue
        paper_line = next(i for i in body if "论文地址" in lines[i - 1])
        if not re.search(r"\[x\] 论文地址[:：]\s*\[", lines[paper_line - 1]):
            assert all("[ ]" in lines[i - 1] for i in body), text
            placeholders += 1
            continue
        papers.append(entry(lines, h, body[-1], None))
        per[field] = per.get(field, 0) + 1
    assert per == {"Image Classification": 11, "Object Detection": 9, "Semantic Segmentation": 4}, per
    assert placeholders == 10 and len(papers) == 24
    assert sum(1 for t in lines if "论文地址" in t) == 34
    assert sum(1 for p in papers if p["arxiv"]) == 23
    write_truth(NAME, PART, papers,
                "every model heading whose '[x] 论文地址' (paper address) bullet links the paper is an entry, from"
                " the heading to its last checklist bullet; title null (papers named only by model name);"
                " family headings ('...系列') and placeholder headings with all bullets unchecked and no link"
                " are not entries",
                "all 34 model headings one by one: 24 with a paper link (line spans and ids, the CVF link of"
                " FCN without id), 10 placeholders skipped, 3 family headings skipped; full-width and ASCII"
                " colons, bullets indented or not")


if __name__ == "__main__":
    main()
