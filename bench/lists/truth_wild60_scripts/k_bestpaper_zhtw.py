"""Wild60 truth for kancheng/kan-cs-report-in-2021 SQRM/research/init.md at fa9aac5 (2021-11-05): a course report
(Traditional Chinese, "歷年會議的最佳論文獎，並附件部分中文") listing the best-paper awards of CVPR, ICCV and NeurIPS
in three pipe tables, the CVPR titles followed by a Chinese translation.

Shape: 103 lines.  Heading and Chinese intro (1-9); ``### CVPR ...`` table ``| 年代 | 論文名 | 研究者 |`` (13-45),
``### ICCV ...`` table with a fourth column 舉辦地 (venue city, in Chinese) (50-68), ``### NeurIPS ...`` table
(73-93); a ``## Reference`` numbered list of three URLs (97-103).  One body row per paper:
``| 2019 | [A Theory of Fermat Paths ...<br />非視線形狀重建的費馬路徑理論](https://...) | 辛書冕 (Shumian Xin), ... |``.

Special cases:
- CVPR 2000-2020 rows (15-36) put the English title, an HTML ``<br />`` and a Chinese translation inside the link
  text; the translation is not part of the title.  31 has a space before ``<br />``.
- The two 2008 rows (28, 29) carry each other's Chinese translation (swapped): only the English part is the title.
- CVPR 1988-1999 rows (37-45) have a plain title without link.
- The author cell uses ``<br />`` between authors and gives Chinese names for some (``何凱明(Kaiming He)``).
- Links go to Semantic Scholar or to a Google Scholar search whose URL spells the title again (``as_epq=...``,
  89 with parentheses); only 76 links arXiv (2002.09073).  No DOI.
- Titles keep their characters: ``A* Sampling`` (90), ``... (ALSH) ... (MIPS)`` (89), ``What is a Light Source?``.
- Same year several times (1991 x3, 2003 x3 in ICCV, 2013 x3 in NeurIPS): every row is its own paper.

Decisions:
- Entry = every body row of the three tables (a row starting with ``| <year> |``), one line each.
- Title = the second cell: the link text when it is a link, else the cell; cut at the first ``<br />``, stripped.
- The Reference list (Jeff Huang's best-paper page, CVF, a Chinese blog) is not an entry.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "kancheng__kan-cs-report-in-2021__SQRM__research__init@fa9aac5.md"
PART = "wild60_development"

ROW = re.compile(r"^\| (\d{4}) \| (.+?) \| ")
LINK = re.compile(r"^\[(.+?)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        cell = m.group(2)
        lm = LINK.match(cell)
        text = lm.group(1) if lm else cell
        title = text.split("<br />")[0].strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 67, len(papers)
    assert [n for n in by if n < 47] == list(range(15, 46))
    assert [n for n in by if 47 < n < 70] == list(range(52, 69))
    assert [n for n in by if n > 70] == list(range(75, 94))
    assert by[15]["title"] == "Unsupervised Learning of Probably Symmetric Deformable 3D Objects from Images in the Wild"
    assert by[28]["title"] == "Beyond Sliding Windows: Object Localization by Efficient Subwindow Search", by[28]
    assert by[29]["title"] == "Global Stereo Reconstruction under Second Order Smoothness Priors", by[29]
    assert by[31]["title"] == "Putting Objects in Perspective", by[31]
    assert by[39]["title"] == "What is a Light Source?", by[39]
    assert by[53]["title"] == "Mask R-CNN", by[53]
    assert by[76]["arxiv"] == "2002.09073", by[76]
    assert by[89]["title"] == "Asymmetric LSH (ALSH) for Sublinear Time Maximum Inner Product Search (MIPS)", by[89]
    assert by[90]["title"] == "A* Sampling", by[90]
    assert sum(1 for p in papers if p["arxiv"]) == 1 and not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the three best-paper tables (CVPR 31, ICCV 17, NeurIPS 19 rows, each starting"
        " '| <year> |') is one paper, one line each.  Title = the 論文名 cell (the link text when linked), cut at the"
        " first '<br />': the Chinese translation that follows it in the CVPR rows is not part of the title (the"
        " 2008 rows even carry each other's translation).  Author cells, the venue-city column and the Reference"
        " URL list are not entries.  Only row 76 links arXiv.",
        checked="Read the whole file; compared the -v output with all 67 rows, the <br /> translations of CVPR"
        " 2000-2020, the swapped 2008 translations, linkless rows 37-45, titles with '?', '*' and parentheses,"
        " the arXiv link of 76 and the Google Scholar search URLs (no ids).",
    )


if __name__ == "__main__":
    main()
