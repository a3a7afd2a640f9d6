"""Wild58 truth for nuclearslippers/paper_summary summary.md at 986ae6e (2025-11-11): a Chinese multi-object-tracking
(MOT) reading summary ("📚 多目标追踪论文总结").  It has two parts: a table of contents naming each paper only by
its method nickname, then one card per paper headed by the paper's full title, with Chinese notes.

Shape: 374 lines (no final newline).  "## 目录表格" (3) with a six-column pipe table ``| 简称 | 发表信息 | 核心贡献描述 | 具体信息 |
传感器 | 其他 |`` (4-5 header/separator, rows 6-37): ``| SORT | ICIP2016 | Chinese one-line contribution | [查看](#sort)
| camera | - |``.  Then 21 cards (39-374), each ``<a id="..."></a>`` / ``## Full Title`` / ``### 🌟 基本信息`` (bullets
开源地址 = code URL, 发表信息 = venue) / ``### 🎯 核心内容`` / ``### 💡 学习收获`` ... and a black ``<hr ...>`` rule.

Special cases:
- The table's first cell is a nickname (``SORT``, ``ys_tracker``, ``Co-MOT-tits``, ``sambamotr``): the paper's
  title is not written there, so table-row entries have title None.  Its 具体信息 cell links to the card by anchor
  (``[查看](#sort)``) or is an empty link (``[查看]()``, 15, 16, 19, ...) for papers without a card.
- Each card heading holds the full title as written: lower case kept (``Simple online and realtime tracking`` 40,
  ``3d multi-object tracking: A baseline and new evaluation metrics`` 65), a double space after ``##`` at 106
  (stripped).
- 21 papers therefore appear twice (table row + card), 11 only in the table (MOTR, StrongSORT, MOTRv2, DiffMOT,
  FastPOLY, FastTrack, MMTracker, MCTrack, ERMOT, MMFJDT, sambamotr).
- Card anchors do not always match the table (table ``POLY-MOT`` -> ``#ploymot``; ``STT`` row links ``(STT)``
  without ``#``); the MambaTrack card (300-317) is kept as written.
- Cards have a 开源地址 code link or ``未开源`` (not open-sourced), Chinese notes, figures ``![基本框架](...)``; no
  other paper is named inside a card.

Decisions:
- Entry = every body row of the 目录表格 table (32 entries, one line each, title None) and every card (21 entries,
  span = the ``## Title`` heading to the last non-blank line before the card's ``<hr>`` rule or the end of file,
  title = the heading text): 53 entries.  A paper in both places is listed twice because the file lists it twice
  in two different shapes.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "nuclearslippers__paper_summary__summary@986ae6e.md"
PART = "wild58_development"

SEP = re.compile(r"^\|[\s\-|:]+\|?\s*$")
HEADING = re.compile(r"^##\s+(.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    in_table = False
    while n <= len(lines):
        ln = lines[n - 1]
        if ln.startswith("|") and "简称" in ln:
            in_table = True
        elif in_table and ln.startswith("|"):
            if not SEP.match(ln):
                papers.append(entry(lines, n, n, None))
        else:
            in_table = False
        h = HEADING.match(ln)
        if h and not ln.startswith("###") and h.group(1) != "目录表格":
            last = n
            k = n + 1
            while k <= len(lines) and not lines[k - 1].startswith("<hr") and not lines[k - 1].startswith("<a id"):
                if lines[k - 1].strip():
                    last = k
                k += 1
            papers.append(entry(lines, n, last, h.group(1)))
        n += 1
    rows = [p for p in papers if p["title"] is None]
    cards = {p["line"]: p for p in papers if p["title"] is not None}
    assert len(rows) == 32, len(rows)
    assert [p["line"] for p in rows] == list(range(6, 38)), [p["line"] for p in rows]
    assert len(cards) == 21, sorted(cards)
    assert cards[40]["title"] == "Simple online and realtime tracking", cards[40]
    assert cards[65]["title"] == "3d multi-object tracking: A baseline and new evaluation metrics", cards[65]
    assert cards[106]["title"] == (
        "DeepFusionMOT: A 3D Multi-Object Tracking Framework Based on Camera-LiDAR Fusion With Deep Association"
    ), cards[106]
    assert cards[292]["title"] == (
        "Co-MOT: Exploring the Collaborative Relations in Traffic Flow for 3D Multi-Object Tracking"
    ), cards[292]
    assert cards[361]["title"] == "Focusing on Tracks for Online Multi-Object Tracking", cards[361]
    assert 3 not in cards
    write_truth(
        NAME,
        PART,
        papers,
        method="Chinese MOT reading summary in two parts.  (1) The 目录表格 table (rows 6-37): one entry a row, title"
        " None because the row names the paper only by its nickname (SORT, ByteTrack, Co-MOT-tits, ...).  (2) One"
        " card a paper (39-374): entry span = the '## Full Title' heading to the last non-blank line before the"
        " card's <hr> rule, title = the heading text.  32 + 21 = 53 entries; the 21 papers with a card are listed"
        " twice, as the file lists them twice.",
        checked="Read the whole file; compared the -v output with all 32 table rows and all 21 card headings (lower-"
        " case titles at 40/54/65/145, double space after ## at 106), checked the card spans end before each <hr>,"
        " and that no '###' sub-heading or the 目录表格 heading is listed.",
    )


if __name__ == "__main__":
    main()
