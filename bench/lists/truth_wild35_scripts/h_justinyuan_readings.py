"""Wild35 truth for Justin-Yuan/Papers notion_data/Misc .../Readings ....md: a student's Notion export of papers read.

Shape: each paper is a `### Title` heading followed by `link: [url](url)`, sometimes `code:` and
`project link:` lines and (first record only, lines 5-38) problem/method/results/thoughts notes; records
are separated by `---` lines.  Every heading is a paper (36).  Notion wrapped six long titles onto a
second line right under the heading (lines 60-61, 67-68, 92-93, 153-154, 184-185, 231-232): the second
line is part of the title and is joined to it.  "Hopfield Networks is All You Need" (line 42) has no
link.  "Hybrid Discriminative-Generative Training ..." (line 231) has a bare link without `link:`.  An
entry runs from its heading to its last non-blank line before the next `---`.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Justin-Yuan__Papers__notion_data__Misc bf992729cce94196a96d29c9a95fc9b9__Readings db98853836be4c9cbd9540873f4f0891@c72a073.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("### ")]
    for h in heads:
        title = lines[h - 1][4:].strip()
        nxt = lines[h] if h < len(lines) else ""
        if nxt.strip() and not re.match(r"^(link:|\[|---)", nxt.strip()):
            title += " " + nxt.strip()  # title wrapped onto a second line
        end = h
        j = h + 1
        while j <= len(lines) and lines[j - 1].strip() != "---":
            if lines[j - 1].strip():
                end = j
            j += 1
        papers.append(entry(lines, h, end, title))
    assert len(papers) == 36, len(papers)
    write_truth(NAME, PART, papers,
                "Each ### heading is one paper (title = heading text joined with a wrapped second line), the entry running to its last line before the next --- separator.",
                "All 36 records checked by eye against the file, including the six two-line titles, the link-less Hopfield record and the long notes under the first record.")


if __name__ == "__main__":
    main()
