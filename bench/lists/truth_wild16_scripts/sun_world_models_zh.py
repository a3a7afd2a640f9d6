"""Wild16 truth for sun254667/awesome-world-models README.zh-CN.md: the Chinese edition of an awesome
list of world-model papers (2026 arXiv papers mostly), English titles with Chinese notes.

Shape: an HTML banner, badges, a Chinese blurb and a numbered table of contents (links to headings
only: not entries), then '##'/'###' topic sections.  Most records are four-line bullets:
    - **English title**
      - 发表：arXiv 2026            (venue)
      - 亮点：<Chinese highlight>    (description)
      - 论文链接：[arXiv](url)       (paper link; once a GitHub link)
Section 8 (数据集与基准测试, datasets and benchmarks) holds five tables
'| **Name** | year | scale | task | [arXiv](url) |', one benchmark per row.

Entries: (a) every '- **...**' bullet followed by a '  - 发表：' line (101), lines bullet..link line;
(b) every benchmark table row whose link cell links an arXiv paper (14).  The benchmark rows are
benchmark papers (each links its arXiv paper; several repeat papers listed above, kept as separate
records).  Not entries: the table row 'RoboWM-Bench', whose only link is the Semantic Scholar home
page (no paper named or linked); the eight '- **<Chinese term>** — ...' bullets of 关键研究挑战 (key
research challenges: prose, no paper); the TOC, headers, contact and licence lines.

Title: the bold text.  A trailing parenthesised nickname is dropped ('Advancing Open-source World
Models (LingBot-World)' -> 'Advancing Open-source World Models'; also WanderDream, LingBot-VA 2.0,
RAW-Dream, PaW, PhyGenesis, CUWM, CompACT, 'LingBot-World 2.0 / LingBot-World-Infinity'); in the two
bullets written nickname-first with the paper title in parentheses (lines 288 and 293, 'LingBot-World
(Advancing Open-source World Models)') the title is the parenthesised text.  Nicknames written into the
title with a colon ('WEAVER: Better, Faster, Longer: ...', 'DiM-WAM: Diverse Historical Event Memory')
are kept.  Table rows: the bold name cell ('Omni-WorldBench', or a full title for the
physics-grounded benchmark).

Count check: grep -c '^- \\*\\*' = 109 = 101 paper bullets + 8 challenge bullets; every paper bullet's
fourth line is '  - 论文链接：'; table rows: 7 + 2 + 2 + 3 + 1 = 15, one without an arXiv link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "sun254667__awesome-world-models__README.zh-CN@8df9f52.md"
REVERSED = {288, 293}


def bullet_title(n: int, bold: str) -> str:
    m = re.match(r"(.+?) \(([^()]+)\)$", bold)
    if not m:
        return bold
    return m.group(2) if n in REVERSED else m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    challenge = 0
    rows_seen = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"- \*\*(.+?)\*\*(.*)$", text)
        if m:
            if i < len(lines) and lines[i].startswith("  - 发表："):
                assert m.group(2) == "", i
                assert lines[i + 2].startswith("  - 论文链接："), i
                papers.append(entry(lines, i, i + 3, bullet_title(i, m.group(1))))
            else:
                assert m.group(2).startswith(" — "), i
                challenge += 1
            continue
        m = re.match(r"\| \*\*(.+?)\*\* \|", text)
        if m:
            rows_seen += 1
            if "arxiv.org/abs/" in text:
                papers.append(entry(lines, i, i, m.group(1)))
            else:
                assert m.group(1) == "RoboWM-Bench", i
    assert challenge == 8, challenge
    assert rows_seen == 15, rows_seen
    assert len(papers) == 101 + 14, len(papers)
    write_truth(
        NAME, "wild16_development", papers,
        "every '- **Title**' bullet with its '发表/亮点/论文链接' sub-bullets (101) and every benchmark table row"
        " linking an arXiv paper (14) is an entry; title = the bold text without a trailing parenthesised"
        " nickname (the parenthesis when the bullet is written nickname-first), or the bold name cell of a row",
        "every bullet with parentheses or a colon nickname, the first and last entry of each section, all 15"
        " table rows (RoboWM-Bench has no paper link: not an entry), the 8 research-challenge bullets (not"
        " entries), the GitHub-only 'Latent Spatial Memory' entry (no id), and export.arxiv.org ids",
    )


if __name__ == "__main__":
    main()
