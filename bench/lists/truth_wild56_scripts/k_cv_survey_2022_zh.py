"""Wild56 truth for extreme-assistant/survey-computer-vision-2022 README.md: a Chinese-language digest of 2022
computer-vision survey papers (极市平台), one card per survey with a Chinese translation of the title, the arXiv link,
authors, affiliation, notes and a Chinese abstract; newest commit (24d37d1, 2022-09-09).

Shape: 1739 lines, 231 KB.  A download link (1), ``# 目录`` with 25 anchor bullets (5-30), then per category an
``<a name="..."/>`` anchor and a heading (``## **分类|识别相关**`` at 37, ``# **检测相关**`` at 219, ... ``# **其他**``
at 1359; only the first is ``##``).  Each card, numbered per category with full-width brackets:

    【1】 A Survey on Long-Tailed Visual Recognition<br>
    **标题**：长尾视觉识别研究综述<br>
    **链接**：https://arxiv.org/abs/2205.13775<br>
    (blank)
    **作者**：Lu Yang,He Jiang,Qing Song,Jun Guo<br>
    **机构**： Beijing University of Posts and Telecommunications(priv<br>
    **备注**：Accepted for publication in International Journal of Computer Vision (IJCV)<br>
    **摘要**：对数据的严重依赖是...

then a blank line and ``<br><br>``.  The English title is the text of the 【N】 line; ``**标题**`` ("title") holds the
Chinese translation of it.

Special cases:
- ``**标题**：`` is a translated title, not the paper's title: the title is the English 【N】 line (the brief: translated
  titles are not part of the title).
- Cards without authors and abstract (【4】 at 70 in 分类|识别相关, 【16】 at 1506 in 其他) or without authors (【5】 at
  1325 in 其他神经网络|深度学习|模型|建模) are shorter;
  ``**机构**`` and ``**备注**`` are optional.  The last card (【40】 at 1734, 其他) ends the file without ``<br><br>``.
- Numbering restarts in every category (【1】..【18】, 【1】..【17】, ...); the 目录 counts ``(15篇)`` for the first
  category, which really has 18 cards.  The anchors and the 目录 bullets name no papers.
- Every card has exactly one ``**链接**：https://arxiv.org/abs/NNNN.NNNNN<br>`` line, so every entry has an arXiv id.

Decisions:
- Entry = one card: from its 【N】 line through its last non-blank line before the next ``<br><br>``, 【 line, anchor,
  heading or the end of the file: 164 entries.
- Title = the text of the 【N】 line between ``】 `` and ``<br>``.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "extreme-assistant__survey-computer-vision-2022__README@24d37d1.md"
PART = "wild56_development"

CARD = re.compile(r"^【(?P<num>\d+)】 (?P<title>.+?)<br>$")
STOP = re.compile(r"^(?:<br><br>|【|<a name=|#)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        last = n
        for k in range(n, len(lines)):  # lines[k] is line k + 1
            if STOP.match(lines[k]):
                break
            if lines[k].strip():
                last = k + 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    cards = sum(1 for ln in lines if ln.startswith("【"))
    assert len(papers) == cards == 164, (len(papers), cards)
    by = {p["line"]: p for p in papers}
    assert by[39]["title"] == "A Survey on Long-Tailed Visual Recognition", by[39]
    assert (by[39]["line"], by[39]["end"]) == (39, 46), by[39]
    assert by[39]["arxiv"] == "2205.13775", by[39]
    assert lines[39] == "**标题**：长尾视觉识别研究综述<br>", lines[39]
    assert all(p["arxiv"] for p in papers), [p for p in papers if not p["arxiv"]]
    assert by[1734]["title"] == (
        "All One Needs to Know about Priors for Deep Image Restoration and Enhancement: A Survey"
    ), by[1734]
    assert by[1716]["title"] == "VLP: A Survey on Vision-Language Pre-training", by[1716]
    assert by[1734]["end"] == 1739 and lines[1738].startswith("**摘要**"), by[1734]
    assert (by[70]["end"], by[1325]["end"], by[1506]["end"]) == (72, 1329, 1508), (by[70], by[1325], by[1506])
    short = [p for p in papers if p["end"] - p["line"] < 4]
    assert len(short) == 2, short
    write_truth(
        NAME,
        PART,
        papers,
        method="Each full-width-numbered card '【N】 English title<br>' is an entry, spanning its **标题** (Chinese"
        " translation), **链接** (arXiv), **作者**, **机构**, **备注** and **摘要** lines up to the '<br><br>'"
        " separator (or the next card, anchor, heading or end of file).  Title = the English text of the 【N】 line"
        " between '】 ' and '<br>'; the **标题** line is a translated title and not used.  The 目录 and anchors name no"
        " papers.",
        checked="Checked the card layout over the whole file (every 【 line ends with <br>, every card has one"
        " **标题** translation and one arXiv **链接**), the -v output's 164 titles against the 【N】 lines, the spans of"
        " the short cards without authors/abstract (70, 1325, 1506) and of the last card at"
        " the end of the file, and one arXiv id per entry.",
    )


if __name__ == "__main__":
    main()
