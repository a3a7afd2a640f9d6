"""Truth for guangxiangdebizi/paper-reading-notes ViT家族拓展阅读路线图.md (commit a1a47ea): a personal
Chinese reading roadmap ("ViT family extended reading map") of 2021-2025 vision-transformer papers.

Shape: a blockquote preamble, a numbered ``来历说明`` (history notes, prose), a fenced ASCII tree of the five
branches (nicknames only), then five ``## 📋 支线…`` sections, each a Markdown table
``| # | 论文 | 发表 | arXiv | 一句话 | 层级 |`` with one paper per row (36 rows numbered 1-36): the 论文 cell is
``**Nickname**：Title`` (full-width colon; the title is often shortened from the real one), the arXiv cell
``[2111.09883](https://arxiv.org/abs/2111.09883)（已核对）``.  Then ``## 🔗 推荐精读链``, a numbered list of
eight "core" papers named by bold nickname with a Chinese reason, a prose line, and an empty 精读记录 table.

Decisions:
- Each of the 36 table rows is an entry.  Title = the 论文 cell with markup removed (``Swin V2：Scaling Up
  Capacity and Resolution``): the bold nickname is written into the title text and kept, as the
  conventions do for ``DDPM: …``.  Rows 11 and 12 put a Chinese version note between nickname and colon
  (``**EfficientViT**（MIT Han Lab 版）：…``); their title is the text after the colon.  Rows 20, 33 and 34
  name the paper only by nickname (``**DINOv3**``, ``**FlashAttention-2/3**``): title None.
- Row 26 (AIM) has no arXiv id (``arXiv 编号待核对``): arxiv None.
- The eight ``推荐精读链`` items (lines 122-129) each recommend one paper, named only by nickname: entries
  with title None (repeats of table rows, kept as separate entries).
- Not entries: the numbered 来历说明 notes (prose about the map's history, even where one mentions
  LAST-ViT's title and arXiv id), the ASCII tree in the code fence, line 131's prose list of nicknames,
  the empty 精读记录 table row ``（暂无）`` and the table header/separator rows.
"""

from __future__ import annotations

import re

from _wild45 import entry, read_lines, write_truth

NAME = "guangxiangdebizi__paper-reading-notes__ViT家族拓展阅读路线图@a1a47ea.md"
PART = "wild45_development"

ROW = re.compile(r"^\| (\d+) \| (?P<paper>[^|]+?) \| ")
CORE = re.compile(r"^[1-8]\. \*\*[^*]+\*\*：")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_core = False
    for n, line in enumerate(lines, 1):
        if line.startswith("## "):
            in_core = "推荐精读链" in line
        m = ROW.match(line)
        if m:
            cell = m.group("paper")
            if re.fullmatch(r"\*\*[^*]+\*\*", cell):  # nickname only
                title = None
            elif "）：" in cell:  # **EfficientViT**（… 版）：Title
                title = cell.split("）：", 1)[1]
            else:
                title = cell
            papers.append(entry(lines, n, n, title))
        elif in_core and CORE.match(line):
            papers.append(entry(lines, n, n, None))
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 36 numbered table rows is an entry with title = the 论文 cell without markup "
        "('Nickname：Title', the text after '）：' for the two EfficientViT rows, None for nickname-only "
        "cells); the eight 推荐精读链 items are entries with title None; history notes, the ASCII tree and "
        "prose are not entries.",
        "All 36 table rows read against the -v output (titles, the two EfficientViT rows, the three "
        "nickname-only rows 20/33/34, row 26 without arXiv id, every other row's arXiv id equal to its "
        "cell), the eight 推荐精读链 items, and the skipped history notes (lines 11-15), tree and line 131.",
    )


if __name__ == "__main__":
    main()
