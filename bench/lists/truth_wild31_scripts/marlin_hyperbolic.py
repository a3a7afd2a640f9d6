"""Wild31 truth for marlin-codes/Awesome-Hyperbolic-Representation-and-Deep-Learning README.md:
the "Latest Update" venue list of an awesome list of hyperbolic representation / deep learning papers.

Shape: lines 1-98 are badges, an introduction, an HTML table of contents pointing into papers.md,
a Slack/website note and dated news lines ("- July 28, 2026: add ... papers"); none is an entry.
From line 99 on, bold venue headings (``**AISTATS 2026**``, ``**CVPR2025**``) group numbered
records, every one written ``1. [Title](url), Venue \\`` with a Markdown hard break, followed by one
authors line: italic ``*...*`` up to line 471, plain text from line 478 on, indented by two spaces at
lines 381/384 and by three at lines 478-490.  An entry is one ``1.`` record: the item line plus its
authors line up to the next blank line (every record is two lines); its title is the link text.  The
NeurIPS 2024 record at line 497 also links its slides ("[Slides](...)") on the item line; that stays
in the entry.  The ``---`` rule at line 473 and the venue headings are not entries.  A paper listed
twice would be kept as two entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "marlin-codes__Awesome-Hyperbolic-Representation-and-Deep-Learning__README@b3decc7.md"
PART = "wild31_development"

ITEM = re.compile(r"^1\. \[([^\]]+)\]\([^)]+\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = i
        while last < n and lines[last].strip() and not lines[last].startswith(("1. ", "**")):
            last += 1
        papers.append(entry(lines, i, last, m.group(1)))
    assert len(papers) == 143, len(papers)
    assert all(p["line"] >= 99 and p["end"] == p["line"] + 1 for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered '1. [Title](url), Venue \\' record under a bold venue heading is an entry spanning its item line"
        " and the authors line(s) below it up to the blank line; the title is the link text.",
        "All 143 records checked by eye against the file (spans, titles, ids); the header, TOC table and news lines"
        " 1-98 hold no entry; titles and ids mechanically re-found in each entry's lines.",
    )


if __name__ == "__main__":
    main()
