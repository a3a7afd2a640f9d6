"""Wild62 truth for murufeng/awesome_lightweight_networks README.md at 3917c7f: a Chinese README of a PyTorch
package of lightweight CNNs; each network gets a section with its paper, a Chinese explanation, a figure and a
``python`` code block.

Shape: 658 lines.  Chinese intro (1-24), install (25-30), a table of contents made of ``### [<分类>](#anchor)``
headings (31-59), then sections ``### MobileNets系列`` (80), ShuffleNet (184), ``### 华为诺亚方舟系列`` (226),
``### 注意力系列`` (274), ``### 移动端部署CPU网络架构`` (401), ``### Transformer轻量级网络结构`` (436),
``### Inception系列`` (463), ``### 轻量级图像分割网络架构`` (601).  Most of the file is Chinese prose, figures and
code blocks (``from light_cnns import ...``).

The paper of a section is written in four different ways:
- a heading that is itself a link: 61 ``### [Bag of Tricks ...](https://arxiv.org/abs/1812.01187v2)``;
- a bullet link under a ``#### <Net> 网络模块`` heading: 90, 108, 166, 191, 209, 232, 254, 277;
- a plain title line followed by ``- 论文地址：<url>`` (133-134, 297-299, 322-324, 351-353, 375-377, 404-405,
  438-440, 605-607);
- a ``####`` heading that is the paper title, followed by ``- 论文地址：<url>`` or ``论文地址：<url>`` (465-466,
  487-489, 533-534, 551-553, 576-578) or by nothing (631, ESPNetv2, no link at all).

Special cases:
- 402 is a heading linking a Zhihu blog post (``移动端的最强轻量级网络架构来啦！...``): not an entry; the paper is
  404-405 (``PP-LCNet: ...``).  603 ``#### [ESPNet系列：...]()`` is a series heading with an empty link: not an
  entry; the paper is 605-607.
- 438 writes MobileViT as ``MobileViT: 一种更小，更快,高精度的轻量级Transformer端侧网络架构`` (a Chinese gloss instead
  of the English title ``Light-weight, General-purpose, and Mobile-friendly Vision Transformer``); the title is kept
  as the file writes it.
- 465 ``Going Deeper with Convolutions (GoogleNet)`` and 576 ``...Dilation Search（CVPR2021 oral）``: the model
  nickname / venue in parentheses are not part of the title.
- 511 ``Inception Net v3 整合了...`` describes Inception v3 (same paper as 487) without naming a paper: not an entry.
- 322-324 ResNeSt links a PDF on hangzhang.org (no arXiv id).  arXiv ids with versions (209 ``v1``, 607 ``v2``) are
  taken without version by the helper.
- TOC headings (31-59) and the sub-TOC bullets (``- [MobileNetV1](#mbv1)`` 82-85, 185-186, 227-228) are not entries.

Decisions:
- Entry = one paper per section as listed above; the span covers the title line and its ``论文地址`` line.
- Title = link text, plain title line or heading text, without ``- `` and without trailing parenthesised
  nickname/venue.  23 entries.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "murufeng__awesome_lightweight_networks__README@3917c7f.md"
PART = "wild62_held_out"

# (first, last) of each entry; titles are read from the first line.
SPANS = [
    (61, 61), (90, 90), (108, 108), (133, 134), (166, 166), (191, 191), (209, 209), (232, 232), (254, 254),
    (277, 277), (297, 299), (322, 324), (351, 353), (375, 377), (404, 405), (438, 440), (465, 466),
    (487, 489), (533, 534), (551, 553), (576, 578), (605, 607), (631, 631),
]
LINK = re.compile(r"\[([^\]]+)\]\(")
TRAIL = re.compile(r"\s*(\((GoogleNet)\)|（CVPR2021 oral）)$")


def title_of(line: str) -> str:
    m = LINK.search(line)
    if m:
        return m.group(1).strip()
    t = re.sub(r"^(#+|-)\s*", "", line).strip()
    return TRAIL.sub("", t)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in SPANS:
        papers.append(entry(lines, first, last, title_of(lines[first - 1])))
    # The PDF-link ResNeSt entry and the link-less ESPNetv2 heading are already in SPANS; check the shapes.
    assert lines[401].startswith("##### [移动端"), lines[401]
    assert lines[602].startswith("#### [ESPNet系列"), lines[602]
    by = {p["line"]: p for p in papers}
    assert len(papers) == 23, len(papers)
    assert by[61]["title"] == "Bag of Tricks for Image Classification with Convolutional Neural Networks"
    assert by[61]["arxiv"] == "1812.01187", by[61]
    assert by[133]["title"] == "Searching for MobileNetV3" and by[133]["arxiv"] == "1905.02244", by[133]
    assert by[209]["arxiv"] == "1807.11164", by[209]
    assert by[322]["title"] == "ResNeSt: Split-Attention Networks" and by[322]["arxiv"] is None, by[322]
    assert by[404]["title"] == "PP-LCNet: A Lightweight CPU Convolutional Neural Network", by[404]
    assert by[438]["title"].startswith("MobileViT: 一种更小"), by[438]
    assert by[465]["title"] == "Going Deeper with Convolutions", by[465]
    assert by[551]["title"] == "Xception: Deep Learning with Depthwise Separable Convolutions"
    assert by[551]["arxiv"] == "1610.02357", by[551]
    assert by[576]["title"] == "Inception Convolution with Efficient Dilation Search", by[576]
    assert by[605]["arxiv"] == "1803.06815", by[605]
    assert by[631]["title"].startswith("ESPNetv2: A Light-weight") and by[631]["arxiv"] is None, by[631]
    for n in (402, 511, 603, 82):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="One entry per paper section of the Chinese README: a link heading (61), a bullet link under a"
        " '#### <Net> 网络模块' heading, a plain title line followed by '- 论文地址：<url>', or a '####' heading that is"
        " the title (with or without a 论文地址 line).  Title = link text / title line / heading text without the"
        " bullet dash and without a trailing '(GoogleNet)' or '（CVPR2021 oral）'; 438 keeps the file's Chinese gloss"
        " 'MobileViT: 一种更小...'.  The Zhihu blog heading (402), the ESPNet series heading (603), the Inception v3"
        " prose (511) and the TOC are not entries.  23 entries.",
        checked="Read the whole file (all section headings, prose and code blocks); compared every -v line with"
        " the section it comes from, the arXiv ids (versions dropped at 209 and 607, none for ResNeSt and"
        " ESPNetv2) and that no TOC, blog or series heading became an entry.",
    )


if __name__ == "__main__":
    main()
