"""Wild62 truth for xmu-xiaoma666/External-Attention-pytorch README.md at d75848e (2024-12-06): the Chinese README
(``简体中文 | [English](./README_EN.md)``) of the "FightingCV" code base of attention / backbone / MLP /
re-parameterisation / convolution modules; every module's paper is listed twice, once in a series list and once in
its usage section.

Shape: 2620 lines.  Chinese intro (1-69: ``Hello，大家好，我是小马``, WeChat group, star history), install and demo
(75-135), ``# 目录`` (136-304, anchor links only), then five series: ``# Attention Series`` (305), ``# Backbone
Series`` (1406), ``# MLP Series`` (2088), ``# Re-Parameter Series`` (2254), ``# Convolution Series`` (2464), and
``## 其他项目推荐`` (2602, Chinese promotion of other repositories).  Each series starts with a list of bullets
``- Pytorch implementation of ["<title>---<venue or arXiv date>"](url)`` (73 in all, three followed by an indented
``[【论文解析】](zhihu/weixin url)`` line: 339-340, 343-344, 347-348), then numbered sections ``### N. <Module> Usage``
with ``#### N.1. Paper`` followed (after 0-2 blank lines) by the paper link ``["<title>"](url)``, an overview figure
and a ``python`` usage block.

Special cases:
- Quotes are inconsistent: ``["Title---venue"]``, ``[Title---venue]``, and a closing quote only (766 ``[VOLO: Vision
  Outlooker for Visual Recognition"]``); the ``---<venue / date>`` suffix (``---arXiv 2021.05.05``, ``---CVPR2016 Best
  Paper``, ``---ICLR2022 (Under Review)``, `` ---CVPR 2021`` with a space) is not part of the title.
- Section 3 (Simplified Self Attention) has ``#### 3.1. Paper`` followed by ``[None]()`` (437): no paper, not an
  entry.
- Some links carry another paper's arXiv id (MobileViT at 1109, 1412 and 1514 -> 2103.02907, Coordinate
  Attention's id; UFO-ViT 1169 -> 2110.07641, Non-deep Networks' id): ids are recorded as the file gives them.
- Most papers appear twice (series bullet + section; a few only in a section, e.g. PVT v2 1660); every mention is an entry.  The TOC, the Chinese intro, the
  ``[【论文解析】]`` Zhihu/WeChat analysis links, images, code and the recommended repositories are not entries.

Decisions:
- Entry = each ``Pytorch implementation of`` bullet (span includes its ``【论文解析】`` line) and each paper link line
  of a ``#### N.1. Paper`` section.  Title = link text without quotes and without the ``---`` suffix.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "xmu-xiaoma666__External-Attention-pytorch__README@d75848e.md"
PART = "wild62_held_out"

SERIES = re.compile(r"^- Pytorch implementation of \[(.+?)\]\(")
PAPER_HEAD = re.compile(r"^#### \d+\.\d+\. Paper\s*$")
LINK = re.compile(r"^\[(.*?)\]\(")


def clean(t: str) -> str:
    t = t.strip().strip('"')
    t = t.split("---")[0]
    return t.strip().strip('"').strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        ln = lines[n]
        m = SERIES.match(ln)
        if m:
            last = n + 1
            if last < len(lines) and lines[last].startswith("  [【论文解析】]"):
                last += 1
            papers.append(entry(lines, n + 1, last, clean(m.group(1))))
        elif PAPER_HEAD.match(ln):
            k = n + 1
            while not lines[k].strip():
                k += 1
            lm = LINK.match(lines[k])
            assert lm, (k + 1, lines[k])
            if lm.group(1) != "None":
                papers.append(entry(lines, k + 1, k + 1, clean(lm.group(1))))
        n += 1
    papers.sort(key=lambda p: p["line"])
    by = {p["line"]: p for p in papers}
    assert len(papers) == 148, len(papers)
    assert sum(1 for p in papers if p["line"] < 390) == 35, sum(1 for p in papers if p["line"] < 390)
    assert by[307]["title"] == "Beyond Self-attention: External Attention using Two Linear Layers for Visual Tasks"
    assert by[307]["arxiv"] == "2105.02358", by[307]
    assert by[336]["title"] == "An Attention Free Transformer", by[336]
    assert by[339]["end"] == 340 and by[339]["title"] == "VOLO: Vision Outlooker for Visual Recognition", by[339]
    assert by[370]["title"] == "Coordinate Attention for Efficient Mobile Network Design", by[370]
    assert by[394]["title"] == "Beyond Self-attention: External Attention using Two Linear Layers for Visual Tasks"
    assert 437 not in by
    assert by[766]["title"] == "VOLO: Vision Outlooker for Visual Recognition", by[766]
    assert by[1109]["arxiv"] == "2103.02907", by[1109]
    assert by[1554]["title"] == "Patches Are All You Need?" and by[1554]["arxiv"] is None, by[1554]
    assert by[2503]["title"] == "Efficientnet: Rethinking model scaling for convolutional neural networks"
    for k in (40, 138, 340, 2604):
        assert k not in by, k
    write_truth(
        NAME,
        PART,
        papers,
        method="Two mentions per module paper: each series bullet '- Pytorch implementation of [\"title---venue\"](url)'"
        " (span includes a following indented '[【论文解析】](...)' line) and the link line after each '#### N.1. Paper'"
        " heading of the usage sections.  Title = link text without quotes and without the '---<venue/date>'"
        " suffix.  The '[None]()' of section 3 (437) is not an entry; nor are the TOC, the Chinese intro and"
        " promotion, analysis links, figures and code.  ids are taken from each link as written (two links carry"
        " another paper's arXiv id).  148 entries (73 series bullets + 75 sections).",
        checked="Counted the 73 'implementation of' bullets and 76 '#### N.1. Paper' headings (one '[None]()');"
        " compared -v titles with both series lists and sections, the quote/suffix variants (336, 339, 766, 1554),"
        " the 【论文解析】 spans (339-340, 343-344, 347-348), and the wrong-id links 1109/1169.",
    )


if __name__ == "__main__":
    main()
