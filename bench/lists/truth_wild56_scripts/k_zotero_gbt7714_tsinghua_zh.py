"""Wild56 truth for zotero-chinese/styles tests/styles/413tsinghua-university-numeric/README.md: the generated example
page of the Tsinghua University (清华大学) numeric citation style, a Chinese GB/T 7714 bibliography of 34 deliberately
varied references rendered as CSL HTML inside Markdown.  The file was deleted in f3b3f0f5 (2024-06-14, repository
merge); this is the newest version, 59b19d3 (2024-04-26).

Shape: 46 lines, 12 KB.  ``# 413tsinghua-university-numeric.csl 示例`` (1), a Chinese "generated file, do not edit"
HTML comment (3), ``## 引注`` (5) with ``<sup>[1–34]</sup>`` (7), ``## 参考文献表`` (9), then
``<div class="csl-bib-body second-field-align-flush">`` (11) and one line per reference (12-45):

    <div class="csl-entry">[7]<TAB>Merkt F, Mackenzie S R, Softley T P. Rotational autoionization dynamics in high
    rydberg states of nitrogen[J/OL]. The Journal of chemical physics, 1995, 103: 4509-4518. DOI:<a
    href="https://doi.org/10/c3dxcn">10/c3dxcn</a>.</div>

Authors, ``. ``, title, a GB/T document-type code in brackets ([J] journal article, [C] conference paper, [M] book,
[D] thesis, [S] standard, [P] patent, [R] report, [N] newspaper, [EB] web page, [CP] software; ``/OL`` = online),
then the source.  Chinese and English references are mixed.

Special cases:
- Papers ([J] and [C] articles): 1 (Chinese journal), 3 ([C]// in a proceedings), 7-16 (journal articles, 10 of
  them; 10 is Chinese), 27 ([C]// a paper in 职工教育研究论文集).  13 entries.
- [J] at 28-30 (``中国地质学会. 地质评论[J]. 1936, 1(1).``, ``图书馆学通讯[J]``, ``Science[J]. 1883, 1(1)``) cite a whole
  periodical, not an article: not entries.
- Not papers: books [M] (2, 17-20, 22, 24) and book chapters [M]// (25, 26), thesis [D] (4), standards [S] (5, 21),
  patent [P] (6), report [R] (23), newspaper [N/OL] (31), web pages [EB/OL] (32, 33), software [CP] (34).
- The only DOIs are ShortDOI aliases (``DOI:<a href="https://doi.org/10/c3dxcn">10/c3dxcn</a>``) in 7-9 and 11-16;
  they are not ``10.NNNN/...`` DOIs, the helper reads none and none is set by hand (doi None).  No arXiv ids.
- Title ends at the type code; titles may contain `` - `` (8) or Greek/super-script-less formulas (13 ``1Σg+``, 14
  ``a 3Πu–X 1Σg+``) which are kept as written.

Decisions:
- Entry = one ``csl-entry`` line whose type code is [J] or [J/OL] for an article, or [C]: 13 entries, one line each.
- Title = the text between the first ``. `` after the authors (``等. `` / ``et al. `` included) and the ``[`` of the
  type code.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "zotero-chinese__styles__tests__styles__413tsinghua-university-numeric__README@59b19d3.md"
PART = "wild56_development"

REF = re.compile(r'^  <div class="csl-entry">\[(?P<num>\d+)\]\t(?P<authors>.+?)\. (?P<title>[^\[]+)\[(?P<kind>[A-Z]+)'
                 r"(?:/OL)?\](?P<rest>.*)</div>$")
WHOLE_PERIODICAL = re.compile(r"^\. \d{4}[,.]")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[8] == "## 参考文献表", lines[8]
    papers = []
    kinds = {}
    for n, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if not m:
            continue
        num = int(m.group("num"))
        kind = m.group("kind")
        kinds[num] = kind
        if kind == "C" or (kind == "J" and not WHOLE_PERIODICAL.match(m.group("rest"))):
            papers.append(entry(lines, n, n, m.group("title").strip()))
    assert sorted(kinds) == list(range(1, 35)), sorted(kinds)
    by = {int(lines[p["line"] - 1].split("[", 1)[1].split("]", 1)[0]): p for p in papers}
    assert sorted(by) == [1, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 27], sorted(by)
    assert by[1]["title"] == "机器人柔性手腕的球面齿轮设计研究", by[1]
    assert by[3]["title"] == (
        "Bone marrow transplantation in severe combined immunodeficiency with an unrelated MLC compatible donor"
    ), by[3]
    assert by[11]["title"] == "Two-step polarization-labeling spectroscopy of excited states of Na2", by[11]
    assert by[13]["title"] == "A study of the excited 1Σg+ states in Na2", by[13]
    assert by[27]["title"] == "论职工教育的特点", by[27]
    assert by[10]["title"] == "利用 REMPI 方法测量 BaF 高里德堡系列光谱", by[10]
    assert [kinds[k] for k in (28, 29, 30)] == ["J", "J", "J"]
    assert by[1]["line"] == 12 and by[27]["line"] == 38, (by[1], by[27])
    write_truth(
        NAME,
        PART,
        papers,
        method="Each csl-entry line of the 参考文献表 whose GB/T type code marks an article is an entry: [J]/[J/OL]"
        " journal articles (except 28-30, which cite a whole periodical, 'Title[J]. 1936, 1(1).') and [C]"
        " conference/collection papers.  Books and book chapters [M], thesis [D], standards [S], patent [P],"
        " report [R], newspaper [N/OL], web pages [EB/OL] and software [CP] are not papers.  Title = the text"
        " between the '. ' that ends the author list and the '[' of the type code.",
        checked="Read all 34 references and the -v output: the 13 article titles (Chinese and English, Greek-letter"
        " state names kept), the three whole-periodical [J] items and the 21 non-article types left out, one line"
        " per entry, and that the ShortDOI aliases give no DOI.",
    )


if __name__ == "__main__":
    main()
