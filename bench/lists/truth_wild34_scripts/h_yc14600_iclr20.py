"""Wild34 truth for yc14600/ICLR20_NOTES paper_list.md: a PhD student's notes on ICLR 2020 papers.

Shape: `##` topic headings; under each, numbered items `N. [Title](openreview pdf link): note`.  The
numbering is the author's own and is out of order (line 11 restarts at `1.` inside the first section,
line 21 is `6.` after `8.`).  Some link texts are upper-case titles broken over two lines (7-8, 15-16,
18-19, 39-40, 43-44, 46-47, 57-58).  Two items carry a `*` before the link (4, 35).  An entry is one
numbered item; it runs to the line before the next item or heading (trailing blank lines dropped).

Special cases:
- Link text that is only a method nickname names no title: `ProxSGD` (2), `LAMB` (5),
  `SUMO` (33) -> title None.  `META DROPOUT` (69) is the paper's own two-word name and is kept;
  paraphrased link texts such as `Unordered gradient estimator for discrete random variable` (35) are
  kept as written, since that is the title the file gives.
- Papers the notes point to as related work inside an item (line 4: A Convergence Theory ..., Neural
  Tangent Kernel; line 26-27: Nonlinear ICA Using Auxiliary Variables ...; line 65: NTK) are mentions in
  the note's prose, not entries.  The GIN item (26) is cut to its own line 26, because line 27 only holds
  the tail of that related-work link and its arXiv id is not the GIN paper's.
- Line 47's link is left unclosed (`...Hklso24Kwr: proposes`); the title is the bracket text.
- Sub-paragraphs `1).`, `2).` inside items 51 and 57 are notes, not items.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "yc14600__ICLR20_NOTES__paper_list@dc06a45.md"
PART = "wild34_development"
NICKNAMES = {"ProxSGD", "LAMB", "SUMO"}
ITEM = re.compile(r"^\d+\. \*?\[")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i + 1 for i, ln in enumerate(lines) if ITEM.match(ln)]
    bounds = [i + 1 for i, ln in enumerate(lines) if ln.startswith("#")] + [len(lines) + 1]
    papers = []
    for s in starts:
        nxt = min([b for b in starts + bounds if b > s])
        e = nxt - 1
        while not lines[e - 1].strip():
            e -= 1
        if s == 26:
            e = 26  # line 27 is only the tail of the related-work link (not this paper's id)
        text = "\n".join(lines[s - 1 : e])
        m = re.search(r"\[(.+?)\]\(", text, re.DOTALL)
        title = m.group(1) if m else None
        if title in NICKNAMES:
            title = None
        papers.append(entry(lines, s, e, title))
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered item under a topic heading is one entry; its title is the link text (joined when "
        "broken over two lines), None for bare method nicknames (ProxSGD, LAMB, SUMO); related-work links "
        "inside an item's note are not entries.",
        "Read every item of the file by eye against the output: all 23 spans, titles and ids.",
    )


if __name__ == "__main__":
    main()
