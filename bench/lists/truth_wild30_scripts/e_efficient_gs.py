"""Wild30 truth for CMLab-Korea/Awesome-Efficient-GS README.md: the paper list of the survey
"SUCCESS-GS" on compactness and compression of static (3D) and dynamic (4D) Gaussian Splatting.

Shape: sections 3 (STATIC) and 4 (DYNAMIC), lines 110-1492, hold 18 HTML ``<table>``s.  A body row is
``<tr>``, ``<td align="left">``, ``<a href="URL">`` on its own line, the title alone on the next line,
``</a>``, ``</td>``, then venue, year and (in some tables) a tag cell, and ``</tr>``.  Each body row is
one paper; the entry spans the row and its title is the line between ``<a ...>`` and ``</a>``.  The same
paper is listed again under several sub-sections (LightGaussian, MesonGS, MEGS^{2}, ...): each listing is
its own entry.  Special cases: the Pup 3D-GS row (lines 180-188) has no ``</tr>`` and ends where the next
``<tr>`` opens (line 189); the row "Fully Explicit Dynamic Gaussian Splatting" (lines 1368-1376) has no
opening ``<tr>`` and starts at its ``<td align="left">``.  Titles keep the file's text, e.g.
``MEGS^{2}: ...``.  Header rows (``<th>``) are not entries.  Not entries either: the survey's own
BibTeX and arXiv links (lines 55-70, 95), the dataset tables of section 5.1 (datasets, lines 1500-1514)
and section 5.2's metric table and metric glossary (lines 1523-1569), whose records name evaluation
metrics (PSNR, SSIM, LPIPS, model size, FPS), not papers.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "CMLab-Korea__Awesome-Efficient-GS__README@b7a469b.md"
PART = "wild30_development"
LAST_PAPER_LINE = 1492  # the last </table> of section 4


def main() -> None:
    lines = read_lines(NAME)
    rows = []  # (first, last)
    start = None
    for i, ln in enumerate(lines[:LAST_PAPER_LINE], 1):
        s = ln.strip()
        if s.startswith("<tr"):
            if start is not None:  # a row left open: it ends before this one
                rows.append((start, i - 1))
            start = i
        elif s.startswith('<td align="left">') and start is None:  # a row without its <tr>
            start = i
        elif s == "</tr>" and start is not None:
            rows.append((start, i))
            start = None
        elif s.startswith("</tbody>") and start is not None:
            rows.append((start, i - 1))
            start = None
    papers = []
    for first, last in rows:
        block = [b.strip() for b in lines[first - 1 : last]]
        k = next((j for j, b in enumerate(block) if b.startswith('<td align="left">')), None)
        if k is None:
            continue
        assert block[k + 1].startswith("<a href") and block[k + 3] == "</a>", (first, block)
        papers.append(entry(lines, first, last, block[k + 2]))
    assert len(papers) == 121, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each body row of the section-3/4 HTML tables (title on its own line inside the link) is one paper, repeated listings separately; rows missing <tr> or </tr> are bounded by their neighbours; dataset and metric records of section 5 are not papers.",
        "First and last row of every table, both malformed rows (180-188, 1368-1376), repeated papers and a sample of 25 rows checked against the file; datasets/metrics sections excluded.",
    )


if __name__ == "__main__":
    main()
