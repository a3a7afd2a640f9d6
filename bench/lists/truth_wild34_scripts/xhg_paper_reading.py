"""Wild34 truth for xh-g/paper_reading 论文阅读.md: a Chinese personal reading log ("记录我读过的论文") of
LLM / RL papers under Chinese topic headings (大模型训练与微调, 模型决策, 强化学习, ...).

Shape: one list item per paper, `- **<title>**[link](url)` (the link often glued to the bold text, line 23
has a space, lines 12, 17, 20 have no link at all), optionally followed by indented `  - ` sub-bullets with
Chinese notes or images (lines 6, 9-10, 18-19, 24, 29-30, 33-34, 36-37, 45).  Special cases inside the
bold text: a rating suffix `重要指数[N]` ("importance [N]") glued to the title (lines 8, 12, 17, 35, 44),
which is not part of the title; a reading-status prefix `正在阅读：` ("currently reading:") on line 13, not
part of the title; a separator dot after the bold on lines 11 and 35.  Line 44 is an EMNLP tutorial
abstract in the ACL Anthology, kept as a paper.  The Nature link on line 38 gives an article id, not a
DOI.  The entry runs from its item line through its indented sub-bullets (line 34 is an empty sub-bullet
of the entry on line 32).  20 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "xh-g__paper_reading__论文阅读@351be8a.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    i = 0
    while i < n:
        ln = lines[i]
        if ln.startswith("- **"):
            s = i + 1
            e = s
            j = i + 1
            while j < n and lines[j].startswith("  "):
                e = j + 1
                j += 1
            m = re.match(r"- \*\*(.+?)\*\*", ln)
            t = m.group(1)
            t = re.sub(r"重要指数\[\d\]$", "", t)
            t = re.sub(r"^正在阅读：", "", t)
            papers.append(entry(lines, s, e, t))
            i = j
        else:
            i += 1
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- **title**' item with its indented sub-bullets is one paper; the title is the bold text without "
        "the rating suffix 重要指数[N] and the status prefix 正在阅读：.",
        "All 20 records read by eye against the file: titles, rating suffixes and status prefix removed, spans "
        "including sub-bullets, arXiv ids from the glued [link] URLs.",
    )


if __name__ == "__main__":
    main()
