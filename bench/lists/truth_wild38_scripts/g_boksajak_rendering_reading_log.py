"""Wild38 truth for boksajak/boksajak.github.io _posts/2022-17-08-ReadingLog.md: a graphics programmer's
"Reading Log" blog post (Jekyll front matter, Liquid tags) listing the rendering / ray-tracing articles he read
week by week from August 2022 to August 2023.

Shape: front matter (1-10), a short intro, then ONE hand-written HTML ``<table>`` (lines 22-947) with a
``Title | Journal | Publication Year`` header.  Body rows are of two kinds:
- week rows ``<tr>`` + ``<td style="color: white;">August 2022 (3/4)</td>`` + two empty cells (a white-text
  week label used as a sub-heading; one reads "Aprl 2023 (3/4) - April 2023 (4/4)");
- item rows ``<tr style="font-weight: normal;">`` spanning eight lines: ``<td>``, the title line ending in
  ``<br />``, the authors in ``<div style="color: white; font-size: 7pt;">...</div>``, ``</td>``, the Journal
  cell, the Year cell, ``</tr>`` (some ``</tr>`` lines carry trailing blanks).  Weeks without reading hold a
  placeholder item row whose title cell is a single ``-`` and whose other cells are empty.
No links, no ids.  Journal cells are abbreviations (RTG1/RTG2 = Ray Tracing Gems I/II, JCGT, CGaA, EGSR, HPG,
"Report", "Tech Report", "Blog", "GPUOpen", one empty).

Decisions:
- An entry is an item row whose title names a scholarly work: journal/conference papers, technical reports
  ("Report", "Tech Report", "GPUOpen" GI-1.0 report), the Ray Tracing Gems chapters (peer-reviewed articles
  in an edited collection, like the handbook chapter of the wild37 hglv truth), the SIGGRAPH 2016 talk
  abstract "GI Next" (published as a written abstract) and "'Practical Path Guiding' in Production" (a written
  chapter of the SIGGRAPH 2019 course notes, authored and titled as a paper).  Span: the row's
  ``<tr style=...>`` line through its ``</tr>`` line.  Title: the text of the title line before ``<br />``,
  as written (quotes in '"Practical Path Guiding" in Production' kept, the en dash of "Ray–Box" kept).
- Not entries: the header row, the week rows, the 11 ``-`` placeholder rows, the seven rows whose Journal cell
  says "Blog" (Jiayin Cao x4, Kostas Anagnostou, Sebastien Lagarde, Joe Schutte), "Introduction to
  Locality-Sensitive Hashing" (Tyler Neylon's 2018 blog post; its Journal cell is empty) and "Basics of
  Physically-based Rendering" (the SIGGRAPH Asia 2012 course itself, course notes).
- Four papers are logged twice (Performance Comparison of BVHs..., Real-Time Polygonal-Light Shading...,
  Geometric Derivation..., Combining Analytic Direct Illumination...): each row is its own entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "boksajak__boksajak.github.io___posts__2022-17-08-ReadingLog@4fb92a2.md"
PART = "wild38_development"

ITEM = '<tr style="font-weight: normal;">'
TITLE = re.compile(r"^\s+(\S.*?)<br />\s*$")
CELL = re.compile(r'^\s+<td style="text-align: center;">(.*)</td>\s*$')
NOT_PAPERS = {
    "Introduction to Locality-Sensitive Hashing",  # blog post (empty Journal cell)
    "Basics of Physically-based Rendering",  # SIGGRAPH Asia 2012 course notes
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    placeholders = blogs = 0
    for n, ln in enumerate(lines, 1):
        if ln.strip() != ITEM:
            continue
        assert lines[n].strip() == "<td>", n
        if lines[n + 1].strip() == "-":  # empty week
            placeholders += 1
            assert lines[n + 5].strip() == "</tr>", n
            continue
        m = TITLE.match(lines[n + 1])
        assert m, n
        assert lines[n + 2].strip().startswith('<div style="color: white; font-size: 7pt;">'), n
        assert lines[n + 3].strip() == "</td>", n
        journal = CELL.match(lines[n + 4]).group(1)
        assert CELL.match(lines[n + 5]), n
        last = n + 7
        assert lines[last - 1].strip() == "</tr>", n
        title = m.group(1)
        if journal == "Blog":
            blogs += 1
            continue
        if title in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, last, title))
    assert placeholders == 11 and blogs == 7, (placeholders, blogs)
    assert len(papers) == 68, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each item row (<tr style=\"font-weight: normal;\">..</tr>) of the single HTML reading-log table whose"
        " title names a paper, tech report, Ray Tracing Gems chapter, SIGGRAPH talk abstract or course-notes"
        " chapter is an entry; title = the title line before <br />; the week-label rows, the '-' placeholder"
        " rows, the seven 'Blog' rows, the LSH blog post and the 'Basics of Physically-based Rendering' course"
        " are not entries; repeated papers are separate entries.",
        "Whole table read (lines 22-947): every item row asserted to have the eight-line shape; the first and"
        " last rows (36-43, 937-944), each week label, all 11 placeholder rows, the seven Blog rows (396-443,"
        " 899-906), the empty-journal LSH row (179-186), the course row (806-813), the four repeated papers"
        " (135/664, 89/820, 113/828, 68/858), the en dash title (694), the quoted title (528) and about 20"
        " random rows compared with the -v output.",
    )


if __name__ == "__main__":
    main()
