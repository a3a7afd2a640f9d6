"""Wild55 truth for icopy-site/awesome-cn docs/awesome/awesome-deep-learning-papers.md: a machine translation into Chinese
of terryum's "Awesome - Most Cited Deep Learning Papers", mirrored by a bot site that republishes awesome lists in
Chinese (newest commit 81ef4b6, 2023-03-21).  Most paper titles themselves are translated into Chinese.

Shape: 377 lines, 43 KB.  A GitHub widget div (1), Chinese intro, criteria (22-34: numbered rules and ``- **2016**：+60
次引用`` bold bullets, not papers), a table of contents (52-55), then the Top-100 sections ``### Understanding /
Generalization / Transfer`` (59) ... ``### More Papers from 2016`` (181-196) with HTML-comment ``<!---[Key researchers]``
lines between them.  Top-100 items are ``- **Title**（2015 年），G. Hinton 等人.  [[pdf]](url)`` (bold title; year in
full-width ``（2015 年）`` or ASCII ``(2014)``; ``等人``/``等`` for et al.; leading space before ``-`` on most lines).
Then plain (not bold) items: ``### New papers`` (203-218), ``### Old Papers`` (223-238), ``### HW / SW / Dataset``
(242-249), ``### Book / Survey / Review`` (253-262), ``### Video Lectures / Tutorials / Blogs`` (264-285, not papers)
and ``### Appendix: More than Top 100`` (289-366, under ``*(2016)*``, ``*(2015)*``, ``*(~2014)*``), written
``- 卷积序列到序列学习 (2017)，Jonas Gehring 等人.  [[pdf]](url)``.

Special cases:
- Titles are Chinese translations (``**在神经网络中提炼知识**`` = Distilling the Knowledge in a Neural Network), sometimes
  half-translated (``MobileNets：...``), sometimes left English (``**Going deeper with convolutions**``, 228, 294, 364).
- The translation moved the year (and once the authors) into the title: 255 ``神经机器翻译和序列到序列模型（2017）：教程``,
  324 ``使用 LSTM (2015) 对视频表示进行无监督学习``, 345 ``使用 Stack Long Short-Term Memory（2015）的基于转换的依赖解析``, 362
  ``使用 dropconnect (2013)，L. Wan 等人对神经网络进行正则化``: title = the text with the year (and authors) taken out.
- 225 ``自然语言处理（几乎）从零开始（2011 年）``: the first full-width parentheses belong to the title.
- No year: 114 (bold anyway), 235, 245, 302, 344 (title ends at ``，``), 366 ``A Fast and Accurate Dependency Parser using
  Neural Networks. Chen and Manning.`` (ends at ``. ``).  352 ``(2014, C. Dong et al.`` has an unclosed parenthesis.
- 256 and 257 are books (Nielsen; Goodfellow et al.): not entries.  The HW/SW/Dataset items (SQuAD, gym, TensorFlow,
  Theano, Torch7, MatConvNet, ILSVRC, Caffe) are technical papers/reports and are entries.
- 211 Mask R-CNN links ``https://128.84.21.199/pdf/1703.06870`` (arXiv's address by IP): arXiv id set by hand.

Decisions:
- Entry = each bold Top-100 item (59-196) and each item of New/Old/HW-SW-Dataset/Book-Survey (minus the two books)/
  Appendix; one line each.
- Title = the bold text for Top-100 items; for plain items the text before the year ``（2016 年）``/``（2017）``/
  ``(2016)``/``(2014,``, or, without a year, before the first ``，`` (366: before ``. ``); the four reordered
  translations above by hand.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "icopy-site__awesome-cn__docs__awesome__awesome-deep-learning-papers@81ef4b6.md"
PART = "wild55_development"

BOLD = re.compile(r"^\s*- \*\*(?P<title>.+?)\*\*")
PLAIN = re.compile(r"^\s*-\s+(?P<text>.+)$")
YEAR = re.compile(r"\s*(?:（\d{4}(?: 年)?）|\(\d{4}[),])")
BY_HAND = {
    255: "神经机器翻译和序列到序列模型：教程",
    324: "使用 LSTM 对视频表示进行无监督学习",
    345: "使用 Stack Long Short-Term Memory的基于转换的依赖解析",
    362: "使用 dropconnect 对神经网络进行正则化",
}
PLAIN_RANGES = [(203, 218), (223, 238), (242, 249), (253, 262), (289, 366)]
BOOKS = {256, 257}


def plain_title(text: str) -> str:
    text = text.split(" [[")[0].strip()
    m = YEAR.search(text)
    if m:
        return text[: m.start()].strip()
    if "，" in text:
        return text.split("，")[0].strip()
    return text.split(". ")[0].strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[58] == "### Understanding / Generalization / Transfer", lines[58]
    assert lines[286] == "### Appendix: More than Top 100", lines[286]
    papers = []
    for n in range(59, 197):
        m = BOLD.match(lines[n - 1])
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    top = len(papers)
    for a, b in PLAIN_RANGES:
        for n in range(a, b + 1):
            m = PLAIN.match(lines[n - 1])
            if not m or n in BOOKS:
                continue
            papers.append(entry(lines, n, n, BY_HAND.get(n) or plain_title(m.group("text"))))
    by = {p["line"]: p for p in papers}
    assert top == 100, top
    assert by[211]["arxiv"] is None, by[211]
    by[211]["arxiv"] = "1703.06870"  # Mask R-CNN, linked as https://128.84.21.199/pdf/1703.06870 (arXiv by IP)
    assert len(papers) == 221, len(papers)
    assert (by[60]["title"], by[60]["arxiv"]) == ("在神经网络中提炼知识", "1503.02531"), by[60]
    assert by[97]["title"] == "Going deeper with convolutions", by[97]
    assert by[114]["title"] == "使用深度卷积网络和完全连接的 CRF 进行语义图像分割", by[114]
    assert by[145]["title"] == "Sequence to sequence learning with neural networks", by[145]
    assert (by[203]["title"], by[203]["arxiv"]) == ("MobileNets：用于移动视觉应用的高效卷积神经网络", "1704.04861"), by[203]
    assert by[225]["title"] == "自然语言处理（几乎）从零开始", by[225]
    assert by[235]["title"] == "使用神经网络降低数据维度", by[235]
    assert by[242]["title"] == "SQuAD: 100,000+ Questions for Machine Comprehension of Text", by[242]
    assert by[245]["title"] == "Theano：用于快速计算数学表达式的 Python 框架", by[245]
    assert by[309]["title"] == "什么是有效的检测建议？", by[309]
    assert by[337]["title"] == "通过指数线性单元 (ELUS) 快速准确地进行深度网络学习", by[337]
    assert by[352]["title"] == "Learning a Deep Convolutional Network for Image Super-Resolution", by[352]
    assert by[366]["title"] == "A Fast and Accurate Dependency Parser using Neural Networks", by[366]
    assert 256 not in by and 257 not in by and 267 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: the 100 bold Top-100 items of 59-196 and the plain items of New papers (203-218), Old Papers"
        " (223-238), HW / SW / Dataset (242-249), Book / Survey / Review (253-262, minus the books 256-257) and the"
        " Appendix (289-366); lectures, tutorials, blogs and the criteria bullets are not.  Title = bold text, or for"
        " plain items the (mostly Chinese, machine-translated) text before the year '（2016 年）'/'(2016)', else before"
        " '，' (366 before '. '); the four items whose translation moved the year/authors into the title (255, 324,"
        " 345, 362) have them taken out by hand.",
        checked="Read every item line against -v: bold cut for all 100, year cuts in both full-width and ASCII forms,"
        " 225's inner （几乎）, no-year items 235/245/302/344/366, 309's '？  (2016)', 337's '(ELUS)', 352's unclosed"
        " '(2014,', the four hand titles, books 256-257 left out, arXiv ids from the [[pdf]] links (211 by hand).",
    )


if __name__ == "__main__":
    main()
