"""Wild56 truth for wangsx-cn/wangsx-cn.github.io _pages/publications.md: the publications page (Chinese UI,
"出版物") of Shixiong Wang's personal academic site (statistical signal processing; academicpages/Minimal Mistakes
Jekyll), newest commit a6edbda (2026-02-28).

Shape: 264 lines.  Front matter (1-6, ``title: "出版物"``), then raw HTML inside ``<html><body>``: a topic index of
anchor links (10-19, ``按主题查找``), then topic headings ``<h2 id="ssp">统计信号处理</h2>`` (20) with sub-topics
``<h3 id="se">&emsp;状态估计</h3>`` (21), ``无线通信与感知`` (78), ``时间序列`` (133), ``定位和跟踪`` (146),
``<h2>统计机器学习`` (159) / ``<h3>鲁棒性和泛化`` (160), ``<h2>智能交通`` (173) and ``<h2>预印本`` (preprints, 220).
Under each, ``<ol reversed>`` with one ``<li>`` per item spread over 8-12 lines: the title as link text
``<a href="...">Title</a>``, ``<br>``, authors with ``<b>Shixiong Wang</b>``, ``<br>``, venue line ("IEEE Transactions
on Signal Processing, Vol. 71, pp. 3835-3851, Oct 2023" or "Under Submission"), ``<br>`` and Chinese-labelled links
``[论文]`` (paper), ``[补充材料]`` (supplement), ``[源代码]`` (code), ``[演示视频]`` (demo video).

Special cases:
- 186-196 is a patent (``System for Managing Interconnected Objects``, "WIPO PCT Patent", link ``[专利原文]``): not a
  paper, not an entry.
- 222-230: a preprint ``<li>`` (``Distributional Robustness Bounds Generalization Errors``, arXiv 2212.09962) is inside
  ``<!-- ... -->``: not an entry.
- 120-131 (Huawei Research invited article, "(邀稿)") has four extra PDF links whose file names repeat the title
  (English and Chinese versions): still one entry.
- The preprints carry a ``<!--Submitted on 8 Nov 2023-->`` comment inside the item; DOIs appear nowhere (IEEE Xplore
  document links only); arXiv ids only in the three preprints.

Decisions:
- Entry = each uncommented ``<li>`` of a publication ``<ol>`` (span = ``<li>`` through ``</li>``), except the patent:
  19 entries.
- Title = the text of the first ``<a>`` in the item.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "wangsx-cn__wangsx-cn.github.io___pages__publications@a6edbda.md"
PART = "wild56_development"

LI = re.compile(r"^\s*<li>\s*$")
LINK = re.compile(r"<a href=\"[^\"]*\">(?P<t>[^<]+)</a>")


def in_comment(lines: list[str], n: int) -> bool:
    """True when line n (1-based) lies inside an HTML comment."""
    text = "\n".join(lines[: n - 1])
    return text.rfind("<!--") > text.rfind("-->")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not LI.match(ln) or in_comment(lines, n):
            continue
        e = n
        while "</li>" not in lines[e - 1]:
            e += 1
        blk = "\n".join(lines[n - 1 : e])
        if "Patent" in blk:
            continue
        m = LINK.search(blk)
        assert m, (n, blk)
        papers.append(entry(lines, n, e, m.group("t").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 19, len(papers)
    assert sorted(by) == [23, 34, 45, 56, 67, 80, 90, 100, 111, 120, 135, 148, 162, 175, 197, 208, 231, 239, 247]
    assert by[23]["title"] == "Distributionally Robust State Estimation for Jump Linear Systems", by[23]
    assert (by[23]["line"], by[23]["end"]) == (23, 33), by[23]
    assert by[120]["title"] == (
        "Machine Learning in Communications: A Road to Intelligent Transmission and Processing"
    ), by[120]
    assert (by[120]["line"], by[120]["end"]) == (120, 131), by[120]
    assert by[197]["title"] == "ROPHS: Determine Real-Time Status of a Multi-Carriage Logistics Train at Airport"
    assert by[231]["title"] == "Uncertainty-Aware Bayes' Rule and Its Applications", by[231]
    assert by[231]["arxiv"] == "2311.05532", by[231]
    assert by[247]["arxiv"] == "2602.09848", by[247]
    assert 186 not in by and 223 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Each uncommented <li> of the topic <ol reversed> lists is an item spanning <li> through </li>; the"
        " title is the text of the item's first <a href=...> link.  The WIPO patent item (186-196) is not a paper and"
        " the commented-out preprint (222-230) is not listed; the topic index links (10-19) name no papers.",
        checked="Read the whole file and compared all 21 <li> items with the -v output: 19 entries with their link"
        " titles and spans, the patent and the commented preprint left out, arXiv ids of the three live preprints.",
    )


if __name__ == "__main__":
    main()
