"""Wild13 truth for stephenZkang/recommended-paper-weekly-reading README.md: one person's weekly digest of recommender-system papers, in Chinese.

Shape: month headings ('## 202603') and, under each, one heading per week
'## a. 论文周报[0309-0315] (11篇)' (weekly report, date range, declared paper count; '###' for the
oldest three weeks), each followed by a pipe table
'| # | [Title](https://arxiv.org/abs/…)<br/>论文核心：<one-line Chinese summary> | First author, 2025 | ✅ 已读 / ⬜️ 未读 | [笔记](notes/…) |'.
A Chinese preface and a 'how to use' numbered list come first.

Entry: every body row of the 25 weekly tables (374), title = the link text at the start of the
title cell (a leading space dropped; the '论文核心' summary after '<br/>' is not part of it).  Links
are arXiv abstracts except four rows: three dl.acm.org/doi links and one doi.org link (DOIs
10.1109/tkde.2025.3548160, 10.1145/3779442, 10.1145/3778863, 10.1145/3777377).  A paper listed in
two weeks is an entry each time.
Not entries: the table of contents, the usage steps, the header and separator rows.
Taken at commit f9b58d8 (2026-03-23), not the newest: the newest README (3f6eeae, 2026-04-22) lists
443 papers, over the set's 400 limit; f9b58d8 is the last commit with fewer than 400 rows.
Checks: every week's row count equals the count its heading declares ('(11篇)' ... '(36篇)'),
25 weeks, 374 rows in all.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "stephenZkang__recommended-paper-weekly-reading__README@f9b58d8.md"
PART = "wild13_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    declared: dict[str, int] = {}
    found: dict[str, int] = {}
    week = None
    for i, text in enumerate(LINES, 1):
        m = re.match(r"#{2,3} [a-z]\. 论文周报\[(\d{4}-\d{4})\] \((\d+)篇\)$", text)
        if m:
            week = m.group(1)
            declared[week], found[week] = int(m.group(2)), 0
            continue
        if not re.match(r"\| *\d+ *\|", text):
            continue
        cell = text.split("|")[2].strip()
        t = re.match(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", cell)
        assert t, i
        found[week] += 1
        papers.append(entry(LINES, i, i, t.group(1).strip()))
    assert len(declared) == 25 and declared == found, (declared, found)
    assert len(papers) == 374
    write_truth(NAME, PART, papers,
                "every body row of the 25 weekly-report tables is an entry, title = the link text at the start of the"
                " title cell (the Chinese one-line summary after <br/> left out)",
                "each week's row count against the count its heading declares (25 weeks, 374 rows), every title cell's"
                " link parsed, the four non-arXiv links (ACM/DOI), 25 random rows read against the file, the first and"
                " last row of every week")


if __name__ == "__main__":
    main()
