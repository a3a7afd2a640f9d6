"""Wild51 truth for Dejavu-h/RVOS ``相关工作.md`` ("related work"): a Chinese student's notes on semi-supervised
referring video object segmentation (RVOS), newest commit (b2107d6, 2024-08-21; the file was created the day before
and rewritten once).  The field labels and prose are Chinese, the paper titles English.

Shape: 380 lines, 23 KB.  ``# Semi-Supervised-RVOS`` (1), a Chinese intro and key-word line (2-5), then a bold
``**【目录】**`` (7) table of contents (8-42): nested ``- [Text](#anchor)`` links, the section names and, indented six
spaces, the 25 paper titles again as in-page anchors.  The body (44-380) has ``##`` topics (Video Object Segmentation
44, Refer Video Object Segmentation 229, Semi-Supervised Learning 307), ``###`` sub-sections ``--经典工作`` ("classic
work") and ``--2023-2024工作``, and under them one ``#### Title`` card per paper (25 cards, 48-369), each a
``* **label**: value`` field list: ``作者`` (authors), ``发表时间`` (year), ``发表于`` (venue), ``标签`` (tags),
``概述`` (summary), ``链接`` (link), ``相关数据集`` (data sets, with an indented sub-list), ``是否有开源代码`` (code?
``有 [GitHub](...)`` or ``暂无``).  Cards are closed by a ``---`` rule, by blank lines, or both (233-253 have no rule, only a blank
line before the next ``####``).

Special cases:
- The 链接 link text is a nickname or ``PDF`` / ``... Paper``, not the title (``[FEELVOS](...)``, ``[PDF](https://
  example.com/mose2023.pdf)``); nine cards of the 2023-2024 VOS section (109-226) link to ``example.com`` placeholders.
- Several headings end with two trailing spaces (60, 72, 84, 95); the heading text is the title.
- Nickname prefixes are part of the written titles and kept (``FEELVOS: ...``, ``STCN: ...``, ``Ref-Clip: ...``).
- 261 links ``https://dl.acm.org/doi/10.1007/978-3-030-60457-8_3`` (a Springer DOI behind an ACM URL): the DOI is taken.
- Some cards are plainly LLM-written (titles or authors that do not match the linked paper, e.g. 311 STCN with
  authors ``Cheng, Z., Wang, J.`` and 341 Ref-Clip with a CVPR 2023 label); the truth follows the file as written.

Decisions:
- Entry = each ``####`` card (25), spanning its heading to its last field line (rules and blank lines after it
  excluded); title = the heading text, trailing spaces dropped.
- Not entries: the table of contents 8-42 (in-page anchor links repeating the card headings, navigation rather than
  mentions; its section links are not papers either), the ``##``/``###`` section headings, the data-set sub-lists
  and GitHub links inside cards.
- Ids from the card lines: arXiv from ``arxiv.org/abs`` and ``arxiv.org/pdf`` links; the DOI of 261; none from CVF,
  example.com or GitHub links.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "Dejavu-h__RVOS__相关工作@b2107d6.md"
PART = "wild51_development"

CARD = re.compile(r"^#### (?P<title>\S.*?)\s*$")
HEADING = re.compile(r"^#{1,4} ")
TOC_PAPER = re.compile(r"^      - \[(?P<title>[^\]]+)\]\(#[^)]+\)$")
FIELD = re.compile(r"^\* \*\*(?P<label>[^*]+)\*\*:")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Semi-Supervised-RVOS"
    assert lines[6] == "**【目录】**"
    heads = [n for n, ln in enumerate(lines, 1) if HEADING.match(ln)]
    toc = [TOC_PAPER.match(ln).group("title") for ln in lines[7:42] if TOC_PAPER.match(ln)]
    papers = []
    for n in heads:
        m = CARD.match(lines[n - 1])
        if not m:
            continue
        nxt = next((h for h in heads if h > n), len(lines) + 1)
        last = nxt - 1
        while lines[last - 1].strip() in ("", "---"):
            last -= 1
        labels = [FIELD.match(ln).group("label") for ln in lines[n:last] if FIELD.match(ln)]
        assert labels == ["作者", "发表时间", "发表于", "标签", "概述", "链接", "相关数据集", "是否有开源代码"], (n, labels)
        papers.append(entry(lines, n, last, m.group("title")))
    assert len(papers) == 25, len(papers)
    assert toc == [p["title"] for p in papers], "TOC differs from the cards"
    t = {p["line"]: p for p in papers}
    assert (t[48]["title"], t[48]["end"], t[48]["arxiv"]) == ("Video Instance Segmentation", 58, "1905.04804"), t[48]
    assert t[60]["title"] == "FEELVOS: Fast End-to-End Embedding Learning for Video Object Segmentation", t[60]
    assert (t[109]["end"], t[109]["arxiv"]) == (119, None), t[109]
    assert (t[233]["end"], t[233]["arxiv"]) == (242, "1803.07485"), t[233]
    assert (t[255]["end"], t[255]["doi"]) == (264, "10.1007/978-3-030-60457-8_3"), t[255]
    assert t[341]["title"] == "Ref-Clip: A Universal Teacher for Weakly Supervised Referring Expression Comprehension"
    assert (t[369]["end"], t[369]["arxiv"]) == (379, "2304.09821"), t[369]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '#### Title' card (25, lines 48-369) is an entry, spanning its heading to its last '* **label**:' field"
        " line; title = the heading text (trailing spaces dropped, nickname prefixes kept); the table of contents"
        " 8-42 (in-page anchor links repeating the 25 headings) and the section headings are not entries.",
        "Read all 380 lines; compared -v for all 25 cards: heading titles, spans (cards closed by '---', by blanks only"
        " at 233-253), that every card has the same eight Chinese field labels, that the TOC lists"
        " exactly the same 25 titles in order; ids: arXiv from abs/pdf links, none from the example.com placeholders"
        " of 109-226 or CVF links, the Springer DOI behind the ACM link at 261.",
    )


if __name__ == "__main__":
    main()
