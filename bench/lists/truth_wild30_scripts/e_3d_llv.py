"""Wild30 truth for CMLab-Korea/Awesome-3D-Low-Level-Vision README.md: the paper list of the survey
"R3eVision" on robust rendering, restoration and enhancement for 3D low-level vision.

Shape: sections 4.1-4.5 (lines 96-1277) hold thirteen HTML ``<table>``s.  Every body row spans ten lines:
``<tr>``, ``<td align="left">``, ``<a href="URL">`` on its own line, the title alone on the next line,
``</a>``, ``</td>``, then venue, year and tag cells and ``</tr>``.  Each body row is one paper (98 rows);
the entry spans ``<tr>``..``</tr>`` and its title is the line between ``<a ...>`` and ``</a>``.
Special cases: stray extra ``</tr>`` lines (141, 249) close nothing and are ignored; the row at
lines 327-336 has a malformed ``<a href=https:"https://arxiv.org/pdf/2512.02172">`` whose arXiv id is
still written in the row (the same paper is also the row at 194-203: two entries); the row at 216-225
(SRSplat) has two URLs glued into one href (line 218), so its first written id, 2512.15048, is the one
of the row above (MVGSR, 205-214) and is kept as written.  Header rows (``<th>``) are not entries.  Not entries either: the survey's own
BibTeX and arXiv links (lines 55-62, 87), the dataset table of section 5.1 (datasets, lines 1287-1301)
and section 5.2's metric table and metric bullet glossary (lines 1313-1392), whose records name
evaluation metrics (PSNR, SSIM, CLIP-IQA, ...) linking to Wikipedia, GitHub or the metric's source
and describe the metric, not a paper.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "CMLab-Korea__Awesome-3D-Low-Level-Vision__README@e9a8300.md"
PART = "wild30_development"
LAST_PAPER_LINE = 1277  # the last </table> of section 4


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    for i, ln in enumerate(lines[:LAST_PAPER_LINE], 1):
        s = ln.strip()
        if s.startswith("<tr"):
            start = i
        elif s == "</tr>" and start is not None:
            block = [b.strip() for b in lines[start - 1 : i]]
            if block[1].startswith('<td align="left">') and block[2].startswith("<a href") and block[4] == "</a>":
                papers.append(entry(lines, start, i, block[3]))
            start = None
    assert len(papers) == 98, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each body row of the section-4 HTML tables (<tr>..</tr>, title on its own line inside the link) is one paper; title = that line; dataset and metric records of section 5 are not papers.",
        "All 98 rows checked by eye (spans, titles, ids), the malformed href rows 327-336 and 216-225 and the stray </tr> lines; datasets/metrics sections excluded.",
    )


if __name__ == "__main__":
    main()
