"""Wild61 truth for ZhaoF-i/Record Paper-Summary.md at 0a357b7 (2022-05-22): a personal reading log of speech
processing papers (speech enhancement, separation, speaker extraction, VAD, sound detection, ASR, plus one NLP and
one CV paper), written in Chinese around English paper titles.

Shape: 397 lines.  ``# [Paper Summary](...)`` (3), an empty template table ``| 题目 | 会议/期刊 | 分类 | 时间 |``
(5-6) and template bullets ``* 动机`` / ``* 方法`` (8-9); then ``#``/``##`` topic headings (11-375) under which each
paper is a top-level bullet ``- <title>，<venue>，<category>，<date read>`` separated by FULLWIDTH commas (U+FF0C),
followed by indented Chinese notes ``- 动机：...`` (motivation) / ``- 方法：...`` (method), images (``![](picture/..)``,
``<img ...>``) and LaTeX ``$$`` blocks; ``# 数据集`` (385) lists two datasets.

Special cases:
- The order of the comma-separated fields varies: venue before category (25) or category before venue (78, 105,
  199, 206, 239); 157 has an empty venue (``，，``); 100 has a space before the fullwidth comma.
- Some bullets have two spaces after the dash (192, 199, 206, 234, 239, 256, 269, 329).
- Titles keep the list's capitalisation (many ALL CAPS: 44, 53, 70, 117, 149, 206, 227, ...); a title may contain
  ASCII commas (199 ``Taylor, Can You Hear Me Now? ...``, 269 ``... ECHO CANCELLATION, SPEECH ENHANCEMENT AND
  SPEECH SEPARATION``); only the fullwidth comma ends the title.
- 53's title starts with ``ICASSP 2021 DEEP NOISE SUPPRESSION CHALLENGE:`` - that is the paper's real title, kept.
- Template bullets ``- 题目`` ("title") with empty ``动机``/``方法`` children (359-361, 369-371), the category bullets
  under Speech Enhancement (``- 传统方法`` 14-23: traditional methods, no papers) and the dataset bullets
  ``- Voice Bank：纯净语音数据集`` (387, 394, fullwidth colon) are not entries.
- No entry has a link, arXiv id or DOI.

Decisions:
- Entry = every top-level bullet (``-`` at column 0) that contains a fullwidth comma (41 entries).
- Span = the bullet line through the last non-blank line before the next top-level bullet or heading (the notes,
  images and formulas belong to the entry; 197 ``![...]`` at column 0 belongs to 192).
- Title = the text before the first fullwidth comma, stripped.
"""
from _wild61 import entry, read_lines, write_truth

NAME = "ZhaoF-i__Record__Paper-Summary@0a357b7.md"
PART = "wild61_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("- ") and "\uff0c" in ln]
    stops = {n for n, ln in enumerate(lines, 1) if ln.startswith(("- ", "#"))}
    papers = []
    for first in starts:
        last = first
        n = first + 1
        while n <= len(lines) and n not in stops:
            if lines[n - 1].strip():
                last = n
            n += 1
        title = lines[first - 1][2:].split("\uff0c", 1)[0].strip()
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 41, len(papers)
    assert by[25]["title"] == "A Convolutional Recurrent Neural Network for Real-Time Speech Enhancement", by[25]
    assert by[53]["title"].startswith("ICASSP 2021 DEEP NOISE SUPPRESSION CHALLENGE: DECOUPLING"), by[53]
    assert by[100]["title"] == "Masked multi-head self-attention for causal speech enhancement", by[100]
    assert by[157]["title"] == "Perceptual Contrast Stretching on Target Feature for Speech Enhancement", by[157]
    assert by[199]["title"] == "Taylor, Can You Hear Me Now? A Taylor-Unfolding Framework for Monaural Speech Enhancement"
    assert by[269]["title"].endswith("ECHO CANCELLATION, SPEECH ENHANCEMENT AND SPEECH SEPARATION"), by[269]
    assert by[363]["title"] == "Attention Is All You Need", by[363]
    assert by[375]["title"] == "Scaling Up Your Kernels to 31x31: Revisiting Large Kernel Design in CNNs", by[375]
    for n in (5, 8, 14, 359, 369, 387, 394):
        assert n not in by, n
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every top-level bullet '- <title>，<venue>，<category>，<date>' (fields split by FULLWIDTH commas) is one"
        " entry (41); the span runs from the bullet to the last non-blank line before the next top-level bullet or"
        " heading, so the Chinese motivation/method notes, images and formulas belong to it.  Title = text before"
        " the first fullwidth comma (ASCII commas inside titles are kept).  Template bullets '- 题目', the"
        " '传统方法' category bullets and the dataset bullets (fullwidth colon) are not entries.",
        checked="Read the whole file; compared the -v output with every top-level bullet: field order variants"
        " (78, 105, 199, 206, 239), empty venue (157), space before the comma (100), ASCII commas in titles (199,"
        " 269), ALL-CAPS titles, spans ending before the next bullet, and the excluded template/dataset bullets.",
    )


if __name__ == "__main__":
    main()
