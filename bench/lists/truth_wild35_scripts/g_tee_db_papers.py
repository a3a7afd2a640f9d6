"""Wild35 truth for FumiyukiKato/tee-db-papers README.md: papers on databases and query systems inside trusted
execution environments (Intel SGX).

Shape: sections (KVS, RDB SQL, Indexing, Uncategorized, Security) each split into year buckets ("- 2019") with
the papers as second-level items: optional "(Venue 'YY)" prefix, bold title, then "[[link]](url)" and sometimes
"[[web]]" / "[[source code]]" links. Some papers have a deeper-indented note item under them ("- in memory
key-value store", "- overview [[blog]](...)" at line 32, "- network coding"): the note belongs to the entry above
and is inside its span. Line 29 has no space between the venue prefix and the bold title; line 51 no space before
"[[link]]". Year items, the table of contents and "Other Materials" (a slide deck, line 68) are not entries.
Title = the bold text.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "FumiyukiKato__tee-db-papers__README@ee0ea34.md"
PART = "wild35_development"

ITEM = re.compile(r"^  - (?:\([^)]*\) ?)?\*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        m = ITEM.match(lines[n - 1])
        if not m:
            n += 1
            continue
        end = n
        while end < len(lines) and re.match(r"^ {4,}- ", lines[end]):
            end += 1
        papers.append(entry(lines, n, end, m.group(1)))
        n = end + 1
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each second-level item with a bold title under a year bucket is an entry, spanning its deeper-indented note"
        " items; title is the bold text without the venue prefix.",
        "Every line of the file read by eye; all 21 entries, their spans, titles and ids checked; year items, TOC"
        " and the slide deck under Other Materials confirmed as non-entries.",
    )


if __name__ == "__main__":
    main()
