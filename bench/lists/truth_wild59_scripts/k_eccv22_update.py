"""Wild59 truth for 52CV/ECCV-2022-Papers update.md at b857024 (2022-11-17): the daily-update log of the Chinese
"我爱计算机视觉" (52CV) ECCV 2022 paper collection.  All structure text is Chinese; the paper titles are English.

Shape: 1081 lines, newest day first.  69 day sections, each a ``## <month>月<day>日更新 N 篇`` heading ("updated N
papers on <date>"; spelled with or without spaces, e.g. ``## 7 月 26 日 更新 38 篇``, ``## 7月21日更新 46 篇。``,
ranges such as ``## 10月6日-10月12日更新 14 篇`` and ``## 8月10、11日更新 6 篇``), separated here and there by
``### ————…`` rules (and one bare ``————…`` line).  Under each heading, Chinese topic bullets (``* 目标检测``,
``* 语义分割``, ``* OD``, ``* 其它`` ...) and under them one line per paper:
``  * [Title](https://arxiv.org/abs/NNNN.NNNNN)<br>:star:[code](github url):house:[project](url)`` (code / project /
video links optional).

Special cases:
- 134 (``## 10月14日更新 1 篇``) lists its only paper as a top-level bullet without a topic bullet.
- 472 is indented with a full-width space (U+3000) instead of two ASCII spaces: still a paper line.
- Every paper link is an arxiv.org/abs address (472 of 472), so each entry has an arXiv id; code/project links are
  GitHub or project pages, not ids.
- Topic bullets are Chinese or abbreviations (OD, VL, VLN) and are not papers.
- The per-day counts in the headings add up to 472 and match the paper lines of every section (checked).

Decisions:
- Entry = every line that is a bullet whose text starts with a Markdown link ``* [Title](url)`` (any indentation,
  ASCII or full-width space); one line each.  Title = the link text.
- Day headings, topic bullets and rules are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "52CV__ECCV-2022-Papers__update@b857024.md"
PART = "wild59_development"

PAPER = re.compile(r"^[ \u3000]*\* \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)")
DAY = re.compile(r"^## .*?(?P<n>\d+) ?篇")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    stated = 0
    for n, ln in enumerate(lines, 1):
        d = DAY.match(ln)
        if d:
            stated += int(d.group("n"))
        m = PAPER.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 472 == stated, (len(papers), stated)
    assert all(p["arxiv"] for p in papers)
    assert by[3]["title"] == "Interclass Prototype Relation for Few-Shot Segmentation", by[3]
    assert by[3]["arxiv"] == "2211.08681", by[3]
    assert by[134]["title"] == "Improving the Reliability for Confidence Estimation", by[134]
    assert by[134]["arxiv"] == "2210.06776", by[134]
    assert by[472]["title"] == (
        "PointTree: Transformation-Robust Point Cloud Encoder with Relaxed K-D Trees"
    ), by[472]
    assert by[472]["arxiv"] == "2208.05962", by[472]
    assert by[1080]["title"] == "SelectionConv: Convolutional Neural Networks for Non-rectilinear Image Data", by[1080]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet line that starts with a Markdown link '* [Title](https://arxiv.org/abs/...)' is one"
        " paper (usually indented two spaces under a Chinese topic bullet; once top-level, 134; once indented with"
        " a full-width space, 472), one line each.  Title = the link text.  Day headings ('## 11月17日更新 1 篇'),"
        " Chinese topic bullets and '———' rules are not entries.",
        checked="Read the whole file; compared the -v output with all paper lines, checked that the 69 day headings'"
        " counts sum to 472 and match each section, the top-level (134) and full-width-indented (472) lines, and"
        " that every entry's arXiv id is the one in its link.",
    )


if __name__ == "__main__":
    main()
