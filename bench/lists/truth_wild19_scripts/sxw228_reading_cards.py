"""Wild19 truth for sxw228/paper-reading-notes README.md: one researcher's index of their close-reading
cards ('精读卡') on power-electronics real-time simulation, FPGA/HLS compilers and e-graphs, kept with
Zotero; the README is rebuilt by their script from the card files.

Shape: Chinese prose sections ('Agent 访问入口', '检索模式': bullets about the workflow, not entries), then
'## 全部精读卡（375）' with one table '| 年份 | Zotero key | 论文 | DOI |' of 375 rows, then '## 维护' (a
PowerShell block).  Each row is one paper: year (or '—'), the Zotero key in a code span, the card title
linked to 'papers/<key>-<slug>.md', and the DOI as bare text (or '—'; one is a 10.48550/arXiv DOI).
Title = the link text as written, with what the card adds around the paper's title dropped: a card
label after it ('｜论文精读证据卡', ' — 中文深度精读', ' — 中文精读证据卡', '：论文精读', '：中文精读') and an
author prefix before it ('Shiwei Xia et al. (2025) — ', 'Wang et al. 2025：').  Chinese titles are
kept as written: some are Chinese papers' own titles, some may be the writer's Chinese renderings of
English papers ('FireAxe：面向大规模 RTL 设计的...'), which the file does not tell apart.

Counts: 375 rows, as the heading says, checked by grep ('^| (year|—) | `KEY` |': 375) and every row
matched by one pattern; the two prose sections and the maintenance block hold no entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "sxw228__paper-reading-notes__README@0488572.md"
PART = "wild19_development"
LINES = read_lines(NAME)
ROW = re.compile(r"\| (?:(?:19|20)\d\d|—) \| `[A-Z0-9]{8}` \| \[(.+)\]\(papers/[^)]+\.md\) \| (?:—|10\.\S+) \|")
SUFFIXES = ("｜论文精读证据卡", " — 中文深度精读", " — 中文精读证据卡", "：论文精读", "：中文精读")
PREFIXES = ("Shiwei Xia et al. (2025) — ", "Wang et al. 2025：")


def clean_title(t: str) -> str:
    for s in SUFFIXES:
        t = t.removesuffix(s)
    for p in PREFIXES:
        t = t.removeprefix(p)
    return t.strip()


def main() -> None:
    papers = []
    start = LINES.index("## 全部精读卡（375）") + 1
    end = LINES.index("## 维护")
    for i, text in enumerate(LINES, 1):
        m = ROW.fullmatch(text)
        if m:
            assert start < i < end, i
            papers.append(entry(LINES, i, i, clean_title(m.group(1))))
        elif start < i < end and text.startswith("| ") and not text.startswith("| 年份"):
            raise AssertionError(i)
    assert len(papers) == 375, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the '全部精读卡' table is an entry; title = the linked card title without the card"
                " label after it or the author prefix before it; the DOI column gives the DOI",
                "the row count (375, as the heading says) by grep and by the row pattern; every non-ASCII, dashed or"
                " author-prefixed title read (48), 40 other sampled rows' titles and DOIs; the prose sections")


if __name__ == "__main__":
    main()
