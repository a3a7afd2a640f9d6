"""Wild33 truth for Badstu/paper-note "paper list.md": a Chinese reading list on demosaicing / ISP.

Shape: task-list items ``- [ ]`` / ``- [x]`` under ``##``/``###`` headings (综述, 中文文献, 英文文献,
去摩尔纹, ISP类), no links at all.  Each item names one paper (Chinese theses and journal papers, English
papers) followed by a backtick span with year or venue+year (lines 7-57).  Every task item is an entry
(35).  Title: the item text without the checkbox and without the backtick span; the Chinese items append
the author after an underscore (``…研究_卡姆兰``, line 14; ``…硬件实现_浙江大学 丁文``, line 18, school and
author) and that suffix is dropped; line 32 appends `` – Evan Fletcher`` (author) and that is dropped too.
Line 23 (``基于深度学习的RGB-NIR图像去马赛克``) has no author suffix.  Line 47 puts school, author and year
into the backtick span (dropped).  Line 41 has no backtick span.  No ids anywhere.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "Badstu__paper-note__paper list@ab9ceba.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^- \[[ x]\] (.+)$", ln)
        if not m:
            continue
        t = re.sub(r"\s*`[^`]*`\s*$", "", m.group(1)).strip()
        if re.search(r"[\u4e00-\u9fff]", t) and "_" in t:
            t = t.rsplit("_", 1)[0]
        t = re.sub(r"\s+–\s+Evan Fletcher$", "", t)
        papers.append(entry(lines, i, i, t))
    assert len(papers) == 35, len(papers)
    write_truth(NAME, PART, papers,
                "Every task-list item is one paper; title is the item text without checkbox, backtick year/venue span, "
                "the '_author' suffix of Chinese items and the ' – author' suffix of line 32.",
                "All 35 entries checked by eye against the file (every line).")


if __name__ == "__main__":
    main()
