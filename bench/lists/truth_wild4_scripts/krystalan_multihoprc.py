"""Wild4 truth for krystalan/Multi-hopRC README.md: a Chinese reading list on multi-hop reading
comprehension ('多跳阅读理解相关论文').

A table of contents, then one section per topic ('## 综述', '## 工具', '## 1.数据集' … '## 19.Code',
'### 16.1/16.2' under '## 16.KD'), each with an optional '>' note and a table
'| 序号 | 论文 | 发表会议 | 备注 |' (NMN's table has an extra 'repo' column), then '## [PLAN]'
with a table '| 论文 | 发表会议 | 备注 |' (no number column) and '## A.Leaderboard of HotpotQA'.

Entries: every data row of the paper tables from '## 综述' to the end of '## [PLAN]' (173 rows),
one line each.  Rows numbered '3*' ('*' = only in this category) are ordinary entries; a paper
listed in two categories gives two entries.
Title: the 论文 cell's link text, whitespace collapsed, as written ('QASC:A dataset for …' kept);
the one row without a link (14.1, line 252, BM25) gives the cell text.  Six rows name the paper
only by its dataset/system nickname as link text ('ExpMRC' twice, 'QASPER', 'QAConv', 'CoSQA' twice,
'CoDesc', 'SuQA'): title null.  '[InfographicVQA]' is kept as a title: it is that paper's whole
title (arXiv 2104.12756), not a nickname.
Ids: the entry's first arXiv or DOI link (the 论文 cell comes first; links in the 备注 cell are
repos, Lucene, or the venue page).  doi.org and dl.acm.org/doi links give DOIs; ACL Anthology,
OpenReview, Semantic Scholar PDF and Tsinghua PDF links give no id.
Not entries: the TOC, the '>' notes, the '(*代表仅属于本分类下的工作)' notes, the prose paragraph under
16.1 naming ALBERT and other BERT compressions inline, the leaderboard tables (model results that
point to the papers above by section number, e.g. 'DFGN (ACL 2019) | 3.2') and the A.3 tally.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "krystalan__Multi-hopRC__README@84993d4.md"
PART = "wild4_development"

NICKNAMES = {"ExpMRC", "QASPER", "QAConv", "CoSQA", "CoDesc", "SuQA"}


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 综述")
    stop = lines.index("## A.Leaderboard of HotpotQA")
    papers = []
    nulls = []
    for i in range(start + 1, stop + 1):
        text = lines[i - 1]
        if not text.startswith("|"):
            continue
        c = cells(text)
        if c[0] in ("序号", "论文") or re.fullmatch(r":?-+:?", c[0]):
            continue
        if re.fullmatch(r"\d+\*?", c[0]):
            paper = c[1]
        else:  # [PLAN] table: no number column
            assert lines.index("## [PLAN]") < i, (i, text)
            paper = c[0]
        m = re.fullmatch(r"\[([^\]]+)\]\(([^)]+)\)", paper)
        if m:
            title = " ".join(m.group(1).split())
            if title in NICKNAMES:
                nulls.append(i)
                title = None
        else:
            assert i == 252 and "](" not in paper, (i, paper)
            title = paper
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 173, len(papers)
    assert nulls == [61, 62, 63, 64, 272, 273, 323, 324], nulls
    write_truth(
        NAME, PART, papers,
        "every data row of the topic tables and the [PLAN] table is an entry, title = the 论文 cell's link text"
        " (plain cell text for the one unlinked row; null for bare dataset/system nicknames); leaderboard rows,"
        " notes and inline prose mentions are not entries",
        "173 data rows between '## 综述' and the leaderboard (counted by awk/grep, asserted); every 论文 cell is a"
        " single [text](url) link except line 252 (asserted); the 8 nickname rows listed and asserted; first and last"
        " row of each of the 24 tables and ~20 others compared with the file by eye; ids spot-checked (doi.org and"
        " dl.acm.org rows, semantic scholar PDF row without id); leaderboard, PLAN and 16.1 prose checked",
    )


if __name__ == "__main__":
    main()
