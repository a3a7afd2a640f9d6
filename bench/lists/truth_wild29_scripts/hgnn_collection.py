"""Wild29 truth for PolarisRisingWar/HGNN_Collection README.md: a Chinese student's collection of
heterogeneous-graph-neural-network papers (with datasets and one tool), kept while reading.

Shape: section `# 论文` (lines 38-228) has bold year lines (`**2023年**`), Chinese topic lines ending in
a colon (`通用节点嵌入：`), and numbered items `N. (Venue) Title：Chinese note`.  The numbering is
careless (repeats and jumps: lines 42-46, 66-92), so the number is never used.  The venue in
parentheses before the title is optional (lines 45, 46, 55, 86-92, 154, 155, 161, 181, 228) and may
be a note rather than a venue ("(被ICLR 2021拒了)" line 156, "(ICLR 2022被拒+撤回投稿)" line 134,
"(南洋理工大学硕士论文)" = an NTU master thesis, line 75, kept as an entry).  The title is either a
link `[Title](url)` or plain text; a plain title ends at the full-width colon "："
that opens the Chinese note (titles themselves use ASCII ": ", e.g. "Megnn: Meta-path ..." line 70,
"Are Meta-Paths Necessary?: Revisiting ..." line 191), or at the end of the line.  Notes on lines
119, 151 and 202 end with a link to the author's CSDN blog post about the paper; that link is part of
the entry's own line (it carries no id).  Line 181 links arXiv with a version (1911.08538v5).
Not entries: the dataset table (lines 15-29: datasets, its 出处 column names source papers of
datasets), the blog-post links on lines 35-36, the dataset sheet link (line 32), the table of
contents (lines 9-11) and the toolkit repository under `# 工具` (line 231).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "PolarisRisingWar__HGNN_Collection__README@c6740c4.md"
PART = "wild29_development"

ITEM = re.compile(r"^\d+\.\s+(?:\(([^()]*)\)\s*)?(.*)$")
LINK = re.compile(r"^\[([^\]]+)\]\([^)]*\)")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# 论文") + 1
    stop = lines.index("# 工具")
    papers = []
    for n in range(start, stop):
        ln = lines[n]
        m = ITEM.match(ln)
        if not m:
            continue
        rest = m.group(2)
        lk = LINK.match(rest)
        if lk:
            title = lk.group(1)
        else:
            title = rest.split("：", 1)[0]
        papers.append(entry(lines, n + 1, n + 1, title.strip()))
    assert len(papers) == 109, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item under '# 论文' is one entry; its title is the link text when the item opens "
        "with a link, else the plain text after the optional '(venue)' up to the full-width colon '：'.",
        "Every entry checked by eye (titles, dropped venue prefixes, notes cut at '：', ids); dataset table, "
        "blog links and the tool line confirmed excluded.",
    )


if __name__ == "__main__":
    main()
