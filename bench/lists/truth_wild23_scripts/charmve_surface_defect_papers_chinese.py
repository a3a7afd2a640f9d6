"""Wild23 truth for Charmve/Surface-Defect-Detection Papers/README_Chinese.md: a Chinese reading
diary of surface-defect-detection papers (industrial inspection, 2019).

Shape: Chinese prose.  Under '## 2019.MM' month headings, one record per paper: a '### [n]...'
heading that mostly gives a Chinese one-line description of the method ('CNN做分类', "CNN for
classification"), then a title field '**论文题目**：English title' ("paper title"), then a Chinese
(translated) or English abstract ('**摘要**：' / '**论文摘要**：' or unlabelled) and often a
'**个人总结**：' ("personal summary") with CSDN blog links.  No paper links, no ids at all.  The
entry spans the '### [n]' heading to the last non-blank line before the next heading (or the
'<br>' that precedes the closing e-mail line).  Title = the English text after the full-width
colon of the title field, wherever it is written:
- in its own line, bold ('**论文题目**：', most records) or plain ('论文题目：', lines 145, 182, 188,
  195, 203; '题目：' without 论文, line 216);
- inside the heading itself ('### [3] 论文题目：...', lines 68, 95, 101, 108, 130, 136, 152): the
  heading then carries no Chinese description.
Special cases: line 101's title wraps onto line 102 ('... Using Deep' + 'Convolutional Neural
Network'), joined with a space, and keeps the file's 'theCatenary'; line 182's title is cut short
in the file ('... method for steel') and is kept as written; line 118 ends with
'industrial inspection' (no final period).  The Chinese headings are descriptions, not titles.
Count check: 25 '### [' headings = 25 entries, all with a title, no arXiv id, no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "Charmve__Surface-Defect-Detection__Papers__README_Chinese@d46cc89.md"
PART = "wild23_development"
FIELD = re.compile(r"^(?:###\s*\[\d+\]\s*)?(?:\*\*)?(?:论文)?题目(?:\*\*)?：\s*(.+?)\s*$")
WRAPPED = {101}


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("### [")]
    assert len(heads) == 25, len(heads)
    papers = []
    for k, i in enumerate(heads):
        stop = len(lines) + 1
        for j in range(i + 1, len(lines) + 1):
            t = lines[j - 1]
            if t.startswith(("#", "<br>")):
                stop = j
                break
        end = stop - 1
        while not lines[end - 1].strip():
            end -= 1
        title = None
        for j in range(i, end + 1):
            m = FIELD.match(lines[j - 1])
            if m:
                title = m.group(1)
                if j in WRAPPED:
                    title = title + " " + lines[j].strip()
                break
        assert title, i
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 25
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "each '### [n]' record (heading, title field, abstract and personal summary) is an entry; title ="
                " the English text after '论文题目：' / '题目：' (bold or plain, on its own line or inside the"
                " heading), the line-101 title joined with its wrapped second line; the Chinese headings are"
                " method descriptions, not titles",
                "every one of the 25 records read by eye: title field position (own line bold/plain or in the"
                " heading), spans up to the next heading and the closing '<br>', the wrapped title at lines"
                " 101-102 and the truncated one at line 182")


if __name__ == "__main__":
    main()
