"""Wild45 truth for Long1988X/Papers_Books_Notes ``Papers/README.md``: an autonomous-driving engineer's list of
papers read (autonomous driving, SLAM, computer vision for stereo and surround-view cameras, motion planning,
tools), with annotated copies kept elsewhere in the repository.

Shape (201 lines): a Typora ``[toc]`` marker and a short introduction (1-7), ``# Lists``, then ``##`` numbered
sections (``## 1. Autonomous Driving`` ... ``## 6. Others``; "5. Control" is empty and "6." is used twice).
Each record is a numbered item whose title is in bold, ``N. **Title** - Date`` (the date in many forms: ``June 30
2021``, ``Dec 2011``, ``2009``, ``18 Mar 2020`` without the dash, or none), sometimes with a reading date
``==20211214==`` and ``:star:`` ratings, then indented ``* author : ...`` and ``* keywords : ...`` sub-bullets
(``-`` in 157-158; ``keyword``/``author:`` spelling varies), with or without blank lines between (the first
record, 13-21, has blank lines and two keyword continuation lines indented with a zero-width space and tabs).
Special forms: the bold run closed after a space (28 ``**Visual Odometry Part II : ... Applications. **- Dec
2011``), a title that is an h5 heading in a code span inside the item (92 ``10. ##### `A compact algorithm for
rectification of stereo pairs` - 2 Mar 2000``), a bold title holding ``A*`` (177), a title cut short as the
file writes it (97 ``Consistent Video Depth Estimati``), three Chinese paper titles (68, 117, 165), authors in
bold (172, 175, 178) and an unclosed bold in keywords (179).

Decisions:
- Entries (40): every numbered record naming a scholarly work: journal and conference papers, the Intel
  RealSense white paper (112), a master's thesis (177), a book chapter on the grid map library (193) and Keshav's
  "How to Read Papers" (199, a CCR editorial note).
- Not entries: the Penn State course lecture notes (122-127, "CSE/EE486 Computer Vision I" with lecture
  sub-bullets) and Andy Giese's web tutorial on Dubins curves (159-161).
- Span: the numbered line to the record's last non-blank line before the next record or heading.
- Title: the bold text (the code span for 92), a final ``.`` dropped (25, 28, 156); dates, reading dates, stars,
  authors and keywords are not part of it.
- Ids: none (no links).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "Long1988X__Papers_Books_Notes__Papers__README@58c8175.md"
PART = "wild45_development"

ITEM = re.compile(r"^ ?\d+\.\s+(?:\*\*(.+?)\s*\*\*|##### `([^`]+)`)")
NOT_PAPERS = {122, 159}


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if re.match(r"^ ?\d+\. ", ln)]
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    papers = []
    for i, n in enumerate(starts):
        m = ITEM.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        stop = min([s for s in starts[i + 1:] + heads if s > n] + [len(lines) + 1])
        last = stop - 1
        while not lines[last - 1].replace("\u200b", "").strip():
            last -= 1
        for k in range(n + 1, last + 1):  # the record's own lines: sub-bullets, continuations, blank lines
            sub = lines[k - 1].replace("\u200b", "").strip()
            assert not sub or sub.startswith(("* ", "- ")) or k in (19, 21), (k, lines[k - 1])
        if n in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, last, m.group(1) or m.group(2)))
    assert len(starts) == 42, len(starts)
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered '**Title** - Date' record with its author/keyword sub-bullets is one work (40, including a"
        " white paper, a master's thesis, a book chapter and a CCR note), not the course lecture notes (122) or the"
        " web tutorial on Dubins curves (159); title = the bold text (the code span of the '#####' item 92), final"
        " dot dropped; no ids.",
        "Script asserts every record line after the first is a sub-bullet, blank, or one of the two zero-width-space"
        " continuation lines (19, 21); all 40 -v lines compared with the file by eye, with every record's span: the"
        " first record's blank-separated sub-bullets (13-21), the space-before-closing bold (28), the heading-in-code"
        " title (92), 'A*' inside bold (177), the truncated title (97), the Chinese titles (68, 117, 165), the"
        " records without a dash before the date (46, 56, 149), the two skipped non-papers (122, 159), and the"
        " sections' first and last records (13, 25, 46, 52, 149, 156, 183, 193, 199).",
    )


if __name__ == "__main__":
    main()
