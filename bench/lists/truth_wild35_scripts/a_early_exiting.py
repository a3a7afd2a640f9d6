"""Wild35 truth for txsun1997/awesome-early-exiting README.md: a curated list of early-exiting papers (NLP).

Shape: numbered items whose first line is ``N. **Title.** Venue Year.`` (sometimes ``**Title**.``), then a
blank line, then an indented line ``*Authors.* [[pdf](url)]``.  An entry spans the numbered line to its
author/link line.  Special cases: the Benchmarks section gives one paper as a bare bold title
paragraph after an image (lines 28-30, the ELUE paper, repeated later as Dynamic item 20 at
129-131: two entries); the bold method names in the Introduction prose (lines 20, 22) are not entries;
item 20 (line 129) follows item 19's author line with no blank line.  The
website link of ELUE and the Contributing section are not entries.  28 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "txsun1997__awesome-early-exiting__README@c3cefc6.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = []
    for i, ln in enumerate(lines, 1):
        if re.match(r"^(\d+\. )?\*\*", ln) and i > 25:
            starts.append(i)
    for s in starts:
        # the entry ends at the next line holding a [pdf] link
        e = s
        while "pdf](" not in lines[e - 1]:
            e += 1
        m = re.search(r"\*\*(.+?)\*\*", lines[s - 1])
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "Each bold-title paragraph (numbered item or the Benchmarks paper) through its author/[pdf] line is an entry; title is the bold text.",
                "All 28 entries checked by eye against the file, including the ELUE paper twice (28-30 and 129-131).")


if __name__ == "__main__":
    main()
