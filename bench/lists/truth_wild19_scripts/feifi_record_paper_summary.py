"""Wild19 truth for FeiF-i/Record Paper-Summary.md: a Chinese reading log of speech papers
(speech enhancement, separation, speaker extraction, VAD, sound detection, ASR, one NLP and one CV
paper), written as notes.

Shape: English section headings ('## Speech Enhancement', '# Sound Detection/Extraction', '# 数据集'),
each paper a top-level bullet 'Title，Venue，category，date read' with full-width Chinese commas
('- DCCRN+: … for Speech Enhancement，Interspeech2021，网络模型，2022/1/17'; venue and category
sometimes swapped, once empty: 'Title，，后处理方法，2022/4/5'), then indented sub-bullets '- 动机：'
(motivation) and '- 方法：' (method) in Chinese with formulas ($$ blocks) and images.

Entry: every top-level bullet (column 0) that holds a full-width comma '，' (41).  Its lines run
from the title bullet to the last non-blank line before the next top-level bullet or heading (the
notes, formulas and images under it).  Title = the text before the first '，' (titles keep their
own ASCII commas: 'Taylor, Can You Hear Me Now? …'; a space before the comma is dropped).  Not
entries: the template bullets '- 题目' (title) with empty '动机'/'方法' under NLP/CV, the category
bullets '- 传统方法' (单通道/多通道), the '# 数据集' bullets (Voice Bank, Demand: datasets, written
with '：'), the empty header table.  No paper links: no ids.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "FeiF-i__Record__Paper-Summary@c0add95.md"
PART = "wild19_development"


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    for i, text in enumerate(lines, 1):
        if not (text.startswith("- ") and "，" in text):
            continue
        last = i
        for j in range(i + 1, n + 1):
            t = lines[j - 1]
            if t.startswith(("- ", "#")):
                break
            if t.strip():
                last = j
        title = text[2:].split("，")[0].strip()
        papers.append(entry(lines, i, last, title))
    # second count: grep -cP '^- .*，' = 41; the other top-level bullets are '- 传统方法', two '- 题目'
    # templates and the two dataset bullets (grep -cP '^- ' = 46)
    assert len(papers) == 41, len(papers)
    write_truth(NAME, PART, papers,
                "every top-level bullet 'Title，venue，category，date' (full-width commas) with its 动机/方法 notes is an"
                " entry, title = the text before the first '，'",
                "all 41 titles read against their lines; counted with grep (41 of the 46 top-level bullets; the others:"
                " '传统方法', two '题目' templates, the Voice Bank and Demand dataset bullets); checked the spans of the"
                " entries before a template or heading, the empty-venue entry, titles with ASCII commas")


if __name__ == "__main__":
    main()
