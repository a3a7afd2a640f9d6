"""Wild21 truth for pprp/SimpleCVPaperReading '深度学习检测网络论文阅读50篇--第三章.md': chapter three of
a Chinese reading series on object-detection papers (GiantPandaCV), one ``##`` section per paper.

Shape: Chinese prose throughout.  Each paper is a section ``## 第N篇 <nickname>`` followed by a
line ``《English title》`` (papers 1-6), or a heading that carries the title itself,
``## 第N篇《English title》`` (papers 7-21); twice the heading's title wraps onto the next line
(第十九篇, 第二十一篇).  Under it: 提出时间 (year), 针对问题 (problem), 创新点 (contribution), an
image and a 详解博客 (explainer blog) URL.  Paper 5 (YOLO9000) is written twice: after its section
the whole record is repeated as a plain paragraph starting '第五篇《YOLO9000:…》' (no heading).  The
chapter closes with '# 本章总结' (summary) prose naming paper numbers only.

Entry: each ``## 第…篇`` section (21) and the repeated plain '第五篇《…》' record (a second record of
the same paper: a separate entry), each running from its first line to its last non-blank line
before the next record or heading.  The blog links are explainer posts, not papers; no entry links
the paper itself, so no arXiv id or DOI.

Title: the text inside 《》 (lines of a wrapped heading joined by a space), kept as written
('DSSD : Deconvolutional…', 'YOLO9000:Better, Faster, Stronger', 'MASK R-CNN').  第十四篇《YOLOv3》
names only the model (the paper is 'YOLOv3: An Incremental Improvement'): title null.

Counts: 22 《 in the file = 21 sections + the repeated record; 21 '## 第' headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "pprp__SimpleCVPaperReading__md__目标检测__目标检测算法50篇速览__深度学习检测网络论文阅读50篇--第三章@e1101ba.md"
PART = "wild21_development"
NICKNAME_ONLY = {"YOLOv3"}


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if re.match(r"^(## )?第[一二三四五六七八九十]+篇", t)]
    assert sum(1 for t in lines if t.startswith("## 第")) == 21
    assert len(starts) == 22, starts
    summary = next(i for i, t in enumerate(lines, 1) if t.startswith("# 本章总结"))
    papers = []
    for k, first in enumerate(starts):
        stop = starts[k + 1] - 1 if k + 1 < len(starts) else summary - 1
        last = stop
        while not lines[last - 1].strip():
            last -= 1
        block = "\n".join(lines[first - 1:last])
        m = re.search(r"《(.+?)》", block, re.DOTALL)
        title = " ".join(part.strip() for part in m.group(1).split("\n"))
        papers.append(entry(lines, first, last, None if title in NICKNAME_ONLY else title))
    assert sum(1 for t in lines if "《" in t) == 22
    write_truth(NAME, PART, papers,
                "each '## 第N篇' paper section and the repeated plain '第五篇《…》' record is an entry, to its last"
                " non-blank line; title = the 《》 text (on the line under the heading or in the heading, wrapped"
                " headings joined); the nickname-only 《YOLOv3》 has title null; explainer-blog links are not entries",
                "every section of the file against the output (22 entries): first/last lines, the wrapped titles at"
                " 298-299 and 331-332, the repeated YOLO9000 record at 89, the null YOLOv3 title, that no entry"
                " takes lines of '# 本章总结'")


if __name__ == "__main__":
    main()
