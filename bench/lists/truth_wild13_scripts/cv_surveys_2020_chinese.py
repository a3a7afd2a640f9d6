"""Wild13 truth for extreme-assistant/survey-computer-vision-2020 README.md: a Chinese digest of computer-vision
survey papers of 2020 (object detection, segmentation, medical imaging, tracking, faces), one survey per
heading with a Chinese summary.

Shape: a recommendation quote, '#' title, a Chinese TOC bullet list, then '## ' sections and one
'### 综述一' / '### 综述二' ... heading per survey (the heading is only 'Survey <Chinese numeral>').  Under it,
'<br>'-terminated label lines and then Chinese paragraphs and '[figure caption](sinaimg url)<br>' links.
The English title is written in three ways, by section:
- detection, segmentation, medical imaging (31): '**标题：English Title**（中文译名）<br>' or
  '**标题**：English Title（中文译名）<br>' (once the translation inside the bold, once no '<br>'), then
  '作者：' / '**作者**：' authors, optional '单位：' affiliation, '链接：' arXiv URL;
- tracking (2): '【1】 English Title<br>' on its own line, then '**标题**:中文译名<br>' and authors / link;
- faces (13): '**English Title**<br>' on its own line, then '**标题：** 中文译名<br>' and authors / link
  (twice a figure image glued to the end of the link line).

What is an entry: every '### 综述' heading section (46: 5 + 5 + 21 + 2 + 13), each one arXiv survey.
Lines: the heading through the last line with content before the next heading or '<a name>' anchor (a
closing '<br><br>' line is not content).  Title: the English title as written, without the label, the
'【n】' numbering and the Chinese translation in full-width brackets (the convention drops a translated
title); an English title's own ASCII brackets are kept ('(COVID-19)'), '\\--' renders as '--'.
Ids: the arXiv abs link of each section.
Counts: grep -c '^### 综述' = 46; grep -c '标题' = 46; grep -c 'arxiv.org/abs' = 46, one per section.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "extreme-assistant__survey-computer-vision-2020__README@9a6aa93.md"
PART = "wild13_development"
LINES = read_lines(NAME)

EMPTY = re.compile(r"^(\s|<br>)*$")


def english_title(body: list[str]) -> str:
    """The English title of one survey section (its lines after the heading)."""
    label = next(t for t in body if "标题" in t)
    # shape 1: the title follows the label, the Chinese translation after it in full-width brackets
    m = re.match(r"^\*\*标题：(.+?)\*\*（.*<br>$", label) or re.match(r"^\*\*标题：(.+?)（.*\*\*<br>$", label)
    if not m:
        m = re.match(r"^\*\*标题\*\*：\s*(.+?)（", label)
    if m:
        return m.group(1)
    # shapes 2 and 3: the label holds the translation only; the English title is an earlier line
    before = [t for t in body[: body.index(label)] if t.strip()]
    assert len(before) == 1, before
    m = re.match(r"^【\d+】 (.+)<br>$", before[0]) or re.match(r"^\*\*(.+)\*\*<br>$", before[0])
    assert m, before
    return m.group(1)


def main() -> None:
    heads = [i for i, t in enumerate(LINES, 1) if t.startswith("### 综述")]
    assert len(heads) == 46
    papers = []
    per_section: dict[str, int] = {}
    section = None
    stops = {i for i, t in enumerate(LINES, 1) if t.startswith(("#", "<a name="))}
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text
        if i not in heads:
            continue
        nxt = min([s for s in stops if s > i] + [len(LINES) + 1])
        last = max(j for j in range(i, nxt) if not EMPTY.match(LINES[j - 1]))
        body = LINES[i : last]
        title = english_title(body)
        assert not re.search(r"[\u4e00-\u9fff（）]", title), (i, title)
        assert sum("arxiv.org/abs/" in t for t in body) == 1, i
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(LINES, i, last, title))
    assert list(per_section.values()) == [5, 5, 21, 2, 13], per_section
    assert len(papers) == 46
    write_truth(
        NAME,
        PART,
        papers,
        "every '### 综述N' heading section is an entry (one arXiv survey each); title = the English title: after"
        " the '标题：' label (the full-width-bracketed Chinese translation dropped) in the detection,"
        " segmentation and medical sections, or the '【n】 Title' / '**Title**' line above a translation-only"
        " label in the tracking and face sections",
        "all 46 sections read against the output (titles, line ranges ending before the '<br><br>' separators,"
        " the title with the translation inside the bold, the one without '<br>', the '\\--' title, the"
        " '(COVID-19)' title, the two link lines with a glued image); every arXiv id checked against its"
        " section's link; TOC, intro quote and figure-caption links checked to give no entry",
    )


if __name__ == "__main__":
    main()
