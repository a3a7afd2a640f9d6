"""Wild29 truth for PolarisRisingWar/Math_Word_Problem_Collection README.md: a Chinese graduate
student's collection on math word problems (MWP) and numerical reasoning: her results table,
dataset tables, a year-by-year paper list, and tools.

Shape: the paper list is section `# 论文` (lines 75-263): year headings (`## 2024年`, later
`**2022年**`), then numbered items at two levels.  A top-level item is either a paper or a topic
label (`1. 数值推理`, `2. MWP`, `2. 几何题`, `3. 数值表征`, `4. 集合推理`, `3. 金融`, `2. 数值常识`,
`1. 数值抽取`) whose indented sub-items are papers; numbering is careless (repeats, jumps).
A paper item is `N. (Venue) [Title](url)：Chinese note` (venue optional, sometimes an affiliation
such as "(清华)" or "(耶鲁&卡梅)"), or `N. (Venue) Title` with no link (lines 93-95, 114).  The title
is the link text; three links go to the author's CSDN blog posts and their text is
"ReNN：读论文 NICK Title" (lines 77 PRP, 233 DNS, 251 ARIS): the title is what follows the nickname.
An item's own text continues on the next lines when they are not items (official GitHub links,
notes: lines 166, 171-172, 174, 185-187, 197, 213, 225, 227-228), and item 105 has a to-do
sub-item "1. [ ] 代码：GSM8K数据集" (line 106) that belongs to it; spans include these lines.
Line 226 carries footnote [^1], whose text (lines 278-279, two blog posts) is not an entry.
Repeated papers (lines 126 and 129) are separate entries.
Also entries: the results-table notes 4 and 5 (lines 37, 38), list items that each name one
paper with its link (Self-Consistency; PRP through its blog post).
Not entries: the dataset tables (lines 49-71: each row is a dataset; its 出处 column cites the
dataset's source paper), results-table notes 1-3 (line 36 links a WeChat article), line 263
"Computers and thought" (1963, an edited book), the tools list (lines 264-272: websites), badges.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "PolarisRisingWar__Math_Word_Problem_Collection__README@697e9cb.md"
PART = "wild29_development"

ITEM = re.compile(r"^(\s*)\d+\.\s+(.*)$")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
VENUE = re.compile(r"^(?:\[[ x]\]\s+)?(?:\([^()]*\)\s*)?")
LABELS = {"数值推理", "MWP", "几何题", "数值表征", "集合推理", "金融", "数值常识", "数值抽取"}
BLOG = {77: "PRP ", 233: "DNS ", 251: "ARIS ", 38: "PRP "}
BOOK = {263}


def title_of(no: int, text: str) -> str:
    m = LINK.search(text)
    if m:
        t = m.group(1)
        t = re.sub(r"^Re ?\d+：(?:读论文 )?", "", t)
        if no in BLOG:
            assert t.startswith(BLOG[no]), (no, t)
            t = t[len(BLOG[no]):]
        return t
    return VENUE.sub("", text, count=1)


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# 论文")
    stop = lines.index("# 工具")
    papers = []
    n = start + 1
    while n < stop:
        no = n + 1
        m = ITEM.match(lines[n])
        if not m or no in BOOK or no == 106:
            n += 1
            continue
        text = m.group(2).strip()
        if text in LABELS:
            n += 1
            continue
        # continuation lines: non-blank, not an item, not a heading/year line
        last = n
        while last + 1 < stop:
            nxt = lines[last + 1]
            if not nxt.strip() or nxt.startswith(("#", "**")):
                break
            if ITEM.match(nxt) and last + 2 != 106:
                break
            last += 1
        papers.append(entry(lines, no, last + 1, title_of(no, text).strip()))
        n = last + 1
    for no in (37, 38):  # results-table notes naming one paper each
        text = ITEM.match(lines[no - 1]).group(2)
        text = re.sub(r"^(SC \(self-consistency\)|PRP：)\s*", "", text)
        papers.append(entry(lines, no, no, title_of(no, text).strip()))
    assert len(papers) == 125, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered paper item of '# 论文' (topic-label items skipped), with its continuation lines, is one "
        "entry, plus results notes 4-5; the title is the link text (blog prefix 'ReNN：读论文 NICK' removed) "
        "or the plain text after the venue; dataset-table rows are datasets, not entries.",
        "Every entry checked by eye: labels vs papers, continuation-line spans, the to-do sub-item of 105, "
        "blog-prefixed titles, plain-title items, the duplicate at 126/129, ids; tables, tools, the 1963 book "
        "and footnote text confirmed excluded.",
    )


if __name__ == "__main__":
    main()
