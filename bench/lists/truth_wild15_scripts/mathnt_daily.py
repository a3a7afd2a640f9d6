"""Wild15 truth for bguanmath/ArXiv_MathNT README: a generated daily arXiv digest (math.NT, math.RT).

Shape: after a short preamble ('# Daily Papers', last update, categories) the file is 100 cards
separated by '---' lines.  Each card is a heading
'### \\[<a href='https://arxiv.org/abs/ID'>ID</a>\\]&nbsp; **Title**', a meta line
'&nbsp;|&nbsp;**Date:** ... **Authors:** ... **Category:** ...', sometimes a '> **Comment:** ...'
quote line, and a one-line '<details><summary>Abstract</summary>...</details>'.

Entry: every card (all are arXiv papers); lines = the heading through the card's abstract line.
Title: the bold text of the heading, as written (LaTeX such as '$\\mathrm{GL}(3, \\mathbb{Q})$' kept).
The arXiv id comes from the heading's link (version dropped by the helper).  Nothing else in the
file is an entry (the preamble names no paper).

Count checks: 100 headings start with '### \\[<a href=', every '###' line is such a heading,
and there are 100 '<details><summary>Abstract' lines and 100 '**Authors:**' meta lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "bguanmath__ArXiv_MathNT__README@19f94ef.md"
HEAD = re.compile(r"^### \\\[<a href='https://arxiv\.org/abs/[^']+'>[^<]+</a>\\\]&nbsp; \*\*(.+)\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if HEAD.match(t)]
    assert len(starts) == 100, len(starts)
    assert sum(1 for t in lines if t.startswith("###")) == 100
    papers = []
    for k, s in enumerate(starts):
        stop = starts[k + 1] - 1 if k + 1 < len(starts) else len(lines)
        ends = [j for j in range(s, stop + 1) if lines[j - 1].startswith("<details><summary>Abstract")]
        assert len(ends) == 1, (s, ends)
        meta = [j for j in range(s, ends[0]) if "**Authors:**" in lines[j - 1]]
        assert len(meta) == 1, s
        title = HEAD.match(lines[s - 1]).group(1)
        papers.append(entry(lines, s, ends[0], title))
    assert all(p["arxiv"] for p in papers)
    write_truth(
        NAME, "wild15_development", papers,
        "every '### \\[<a href=arXiv>id</a>\\]&nbsp; **Title**' card is an entry, lines = heading through its"
        " <details> abstract line, title = the heading's bold text",
        "count against grep of the 100 headings, 100 abstract lines and 100 Authors lines; first, last and"
        " 20 cards spread through the file read by eye, every title holding LaTeX compared with the heading",
    )


if __name__ == "__main__":
    main()
