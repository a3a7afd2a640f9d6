"""Wild34 truth for shining1984/PL-Compiler-Resource Papers.md: papers on compilers and PL (Chinese author).

Shape: numbered Markdown items, one paper each, ``N. [*Title*](url) --Authors. Year`` under nested
``##``/``###``/``####`` topic headings.  Every numbered item is an entry (lines 5-177), including the
items of "The History of Programming Languages" (HOPL IV papers and Ritchie's HOPL II paper).
Special cases:
- Indented sub-lines that cite a second paper are entries of their own: line 71 ``core algorithm:
  [*On the Geographical Problem of the Four colours*]`` and line 87 ``related: [*Algorithms for
  Minimum Coloring, ...*]()`` (empty link); their label is not part of the title.
- Lines 127-131 write ``1.[*...*]`` without a space (renders as a paragraph, still one record each).
- Lines 34 and 38 ``[Lazy code motion](...)`` have no italics; lines 105 and 107 have no link at all.
- Line 7 puts the venue into the italic title (``... Form - CC 2013``): the venue is dropped.
- Line 105 ``Allocation de registres et vidage en memoire(Master's thesis)``: the type label is dropped.
- Note lines under an item (20, 23, 26, 59, and the indented paragraph 117) belong to that item's span;
  line 103 (``Note: Any of ...``) and line 175 (``Notes: 2-20为HOPL IV ...``) are section notes, not entries.
- Repeated papers (SSA form at 5 and 19, Code Selection at 50 and 56, Optimistic Register
  Coalescing at 77/79, the C++ HOPL paper at 139 and 177, Lazy code motion 34/38) are separate entries.
- Line 28, John Rose's ``Thinking About Intermediate Representations`` (a draft technical essay on
  cr.openjdk.java.net), is listed as a paper and counted as one.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "shining1984__PL-Compiler-Resource__Papers@070af44.md"
PART = "wild34_development"

ITEM = re.compile(r"^\s*(?:\d+\.\s*|core algorithm:\s*|related:\s*)\[\*?(.+?)\*?\](?:\(|\s|$)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = []
    for i, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            starts.append((i, m.group(1)))
    for i, title in starts:
        end = i
        # continuation notes: plain indented/flush text lines right after the item (no link, not a new item)
        j = i + 1
        while j <= len(lines):
            nxt = lines[j - 1]
            if nxt.strip() == "":
                # an indented paragraph after one blank line still belongs to the item (line 117)
                if j + 1 <= len(lines) and re.match(r"^\s{2,}\S", lines[j]) and not ITEM.match(lines[j]):
                    j += 1
                    continue
                break
            if ITEM.match(nxt) or nxt.startswith("#"):
                break
            end = j
            j += 1
        title = re.sub(r"\s+-\s+CC 2013$", "", title)
        title = re.sub(r"\(Master's thesis\)$", "", title)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 69, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every numbered item and every 'core algorithm:'/'related:' sub-citation is one paper; the title is the "
        "bracketed (italic) link text without venue or type labels; note lines under an item are in its span.",
        "All 69 entries checked by eye against the file, including the sub-citations at 71 and 87, the link-less "
        "items 105/107, the no-space items 127-131 and the repeated papers.",
    )


if __name__ == "__main__":
    main()
