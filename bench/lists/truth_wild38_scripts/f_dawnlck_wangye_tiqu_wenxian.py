"""Wild38 truth for DawnLck/DNNSpider 论文阅读.md: a Chinese student's literature summary for a
web-data-extraction crawler project, "【算法研究】网页信息提取 文献总结-差异和对比" (2019): numbered
reading notes per method family, with the sources given as reference-style links.

Shape: 273 lines.  Chinese "## 零、..." .. "## 七、..." sections with "### 手动方法 / 半自动方法 /
全自动方法 / 4.3 / 4.4" subsections; records are numbered items "N. [YEAR_《Title》][k]" whose note runs
on indented continuation lines (plain sentences, "- " bullets, nested "1." lists, blank lines
inside), and the link definitions "[1]: url" .. "[26]: url" close the file (248-273).  The label
forms vary: "2002\\_《Title》" (escaped underscore, Chinese title marks), "2013*IEEE*《Title》" (31, an
italic venue between year and title), "2000_Title" (52, no title marks), "2003-Title" (153-170),
"2013_Title" (202).
Entry = each item whose subject is one paper, its lines from the item line to its last non-blank
continuation line; ids come from the item's link definition, resolved as Markdown renders it (the
entry's own lines carry only "[k]"): Springer chapter/article URLs give DOIs (34, 133, 141); ACM
"citation.cfm?doid=565117.565137"-style ids, IEEE document numbers, ScienceDirect pii and the Baidu
Xueshu search links are not DOIs.  Special cases:
- not entries: item 7 "Fundamentals of Database Systems (5th Edition)" (a textbook) and item 28 "Web
  Data Mining" (Bing Liu's Springer book, link.springer.com/book/...);
- 65 "5. 2018_User-Friendly and Extensible Web Data Extraction" has no link -- an entry all the same;
- 85 "3. 叶子节点融合的相关算法" names its paper on the next line in backticks and title marks
  ("`《Web Content Information Extraction Based on DOM Tree and Statistical Information》`") and its
  bullets describe that paper's algorithm -- an entry (85-89), title the backticked name;
- 219, under "### 4.4 基于机器学习进行区域定位", is a stand-alone backticked "《Deep web data extraction
  based on visual information processing》" followed by three bullets on its method -- a reference line
  with its notes, an entry (219-223);
- the unnumbered 4.3/5/6/7 sections (208-246) are prose bullets naming no paper.
Title = the text inside 《》 when present, else the label after the year and its "_" / "-" separator;
as written ("Vips: a vision-based page segmentation algorithm", lower-case titles).  27 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "DawnLck__DNNSpider__论文阅读@1a83788.md"
PART = "wild38_development"

NOT_PAPERS = {7: "textbook", 28: "book"}
ITEM = re.compile(r"^\d+\.\s+(.*?)\s*$")
LINKED = re.compile(r"^\[(.+)\]\[(\d+)\]$")
LABEL = re.compile(r"^(?:19|20)\d\d(?:\\?_|-|\*IEEE\*)(.+)$")
MARKED = re.compile(r"《(.+)》")
BACKTICKED = {85: 86, 219: 219}


def title_of(label: str) -> str:
    m = MARKED.search(label)
    if m:
        return m.group(1)
    m = LABEL.match(label)
    assert m, label
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    defs = {}
    for text in lines:
        m = re.match(r"^\[(\d+)\]: (\S+)$", text)
        if m:
            defs[int(m.group(1))] = m.group(2)
    assert sorted(defs) == list(range(1, 27)), sorted(defs)
    first_def = min(i for i, t in enumerate(lines, 1) if re.match(r"^\[\d+\]: ", t))

    papers = []
    items = 0
    used = set()
    for n, text in enumerate(lines[: first_def - 1], 1):
        m = ITEM.match(text)
        if n not in BACKTICKED and not m:
            continue
        if m:
            items += 1
        end = n
        k = n
        while k < first_def - 1 and (not lines[k].strip() or lines[k].startswith(" ")):
            k += 1
            if lines[k - 1].strip():
                end = k
        if n == 219:
            end = 223
            assert all(lines[i - 1].startswith("- ") for i in range(221, 224)) and not lines[223].strip()
        if n in NOT_PAPERS:
            continue
        ref = None
        if n in BACKTICKED:
            title = MARKED.search(lines[BACKTICKED[n] - 1]).group(1)
        else:
            label = m.group(1)
            linked = LINKED.match(label)
            if linked:
                label, ref = linked.group(1), int(linked.group(2))
                used.add(ref)
            title = title_of(label)
        p = entry(lines, n, end, title)
        if ref is not None:
            p["arxiv"] = p["arxiv"] or arxiv_of(defs[ref])
            p["doi"] = p["doi"] or doi_of(defs[ref])
        papers.append(p)

    assert used | {1, 4} == set(defs), sorted(set(defs) - used)
    assert items == 28, items
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered item whose subject is one paper ('N. [YEAR_《Title》][k]' and its variants, the unlinked "
        "65, the backticked-title item 85) and the stand-alone backticked reference 219 with its bullets are "
        "entries, ids taken from the resolved '[k]: url' definitions; title = the text in 《》 or the label after "
        "the year and its '_'/'-' separator; the textbook (7) and Bing Liu's book (28) are not entries.",
        "Read all 273 lines: every numbered item of the eight sections, its continuation lines (blank lines "
        "inside items, nested lists of 104 and 170) and end line against the -v output; the label variants "
        "(31 *IEEE*, 52 no title marks, 153-170 hyphen, 202 underscore), the unlinked 65, the backticked 85-86 "
        "and 219-223, the two books 7 and 28, and all 26 link definitions for DOIs (Springer 34, 133, 141 only).",
    )


if __name__ == "__main__":
    main()
