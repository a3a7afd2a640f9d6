"""Wild35 truth for thomaslin1990/Multi-View-Clustering-Papers README.md: a personal list of
multi-view clustering (and related multi-view learning) papers.

Shape: one paper per list line: a bracketed venue tag (`[IJCAI 2019]`, `[NeurIPS]`, even an empty
`[    ]` on line 32), the bare title in plain text, then a `Paper` link, written either as Markdown
(`[Paper](url)`, survey lines 24-26) or as raw HTML (`<a href="url">Paper</a>`, elsewhere), sometimes a
`Code` link.  Survey papers are a numbered list (lines 23-26), the rest are bullets under `##`/`####`
headings (lines 30-78).  The title is the text between the venue tag and the first link.  Line 49 is
an empty bullet (`- `), not an entry.  Lines 30 and 34 list the same paper with two links (separate
entries).  Not entries: the intro and to-do list (lines 1-19), the Baidu link (l.82) and the data-set
table (lines 86-107), whose rows are data sets even where a `ref` link points at a paper.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "thomaslin1990__Multi-View-Clustering-Papers__README@cf6f17e.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not (21 <= i <= 79):
            continue
        m = re.match(r"(?:- |\d+\. )\[[^\]]*\] (.+?) (?:<a href|\[Paper\])", ln)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 40, len(papers)
    write_truth(NAME, PART, papers,
                "Every numbered or bulleted line with a [venue] tag and a Paper link (lines 23-78) is one paper; "
                "its title is the plain text between the tag and the first link; the empty bullet and the "
                "data-set table are not entries.",
                "All 40 entries compared with the file by eye, including the empty venue tag (l.32), the empty "
                "bullet (l.49) and the repeated paper on lines 30/34.")


if __name__ == "__main__":
    main()
