"""Wild31 truth for CherryJoshi/RL-IR readme.md: papers of a survey on reinforcement learning for
image restoration, in multi-line HTML tables.

Shape: the "Paper List" (lines 43-1118) has one raw ``<table>`` per sub-category; after the header,
every ``<tr> ... </tr>`` block (14 lines) is one paper: a Name cell holding only
``<a href="paper url">`` around a nickname or "Author et al." (lines of its own), a Title cell with
the plain title text (not linked), venue, year, tags, and a code cell (a "github" link or the bare
word "github").  An entry spans its ``<tr>`` to its ``</tr>``; the title is the Title cell, not the
linked Name cell.  Special cases: the same paper appears in several sub-categories (e.g. RL-Restore
at 63 and 583, "Xu et al." three times at 464, 535 and 639) -- each record is an entry; some rows
link the wrong paper in the Name cell (MAIR at 1071 reuses RestoreAgent's arXiv link, AdaptiveISP at
909 reuses RealSR-R1's, Rafailov et al. at 716 reuses MRI-RL's AAAI link) -- the ids are what the
row's own lines give; line 520 writes ``DP<sup>2</sup>O-SR`` (rendered DP2O-SR); row 478 opens with
an indented ``  <tr>``; several code cells close a link that was never opened (``github</a></td>``,
e.g. 476) or leave one unclosed (``<a href=...>github</td>``, e.g. 291).  Not entries: the Datasets tables and the Performance
Evaluation tables after line 1120 (dataset links and method names in running tables), the survey's
own abstract and news.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "CherryJoshi__RL-IR__readme@f1c5289.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    end = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## Datasets"))
    papers = []
    start = None
    for i, ln in enumerate(lines[: end - 1], 1):
        s = ln.strip()
        if s.startswith("<tr"):
            start = i
        elif "</tr>" in s and start is not None:
            block = "\n".join(lines[start - 1 : i])
            cells = re.findall(r"<td[^>]*>(.*?)</td>", block, re.DOTALL)
            if cells:
                assert len(cells) == 6 and "<a " in cells[0], (start, block)
                papers.append(entry(lines, start, i, cells[1]))
            start = None
    assert len(papers) == 61, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row (<tr>..</tr>) of the Paper List tables is one entry; the title is the plain Title "
        "cell, not the linked nickname/author cell; repeated rows in other sub-categories are separate entries.",
        "All 61 rows checked by eye (title cell, span, ids), including the repeated papers, the mislinked "
        "rows and the <sup> title; Datasets/Performance tables confirmed "
        "excluded.",
    )


if __name__ == "__main__":
    main()
