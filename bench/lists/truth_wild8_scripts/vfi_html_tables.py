"""Wild8 truth for CMLab-Korea/Awesome-Video-Frame-Interpolation README: raw HTML tables, one row
per paper: '<tr><td align="left"><a href="url">Title</a></td><td align="center">Venue</td>
<td align="center">Year</td></tr>'.

Shape: a survey companion whose paper list is 20 HTML '<table>'s (Title | Publication | Date)
under '##'/'###' headings (2.1 Motion Compensation-based ... 6.5 Point Clouds, 3.4 Loss
Functions, 5.1 Datasets, 5.3 Evaluation Metrics).  Each row starts a line with
'<tr><td align="left"><a href=...>'; seven rows wrap their title over two lines (the row ends on
the next line), a few omit the closing '</a>', one ends '</tr' without '>'.

Entries: every such row whose link is a paper (the dataset and metric tables' rows are the papers
that introduced them).  Not entries: the 5.1 row 'Xiph.org Video Test Media (derf's Collection)'
(a media web page, no paper); the two Markdown pipe tables of datasets under 'Datasets &
Benchmarks' (dataset names, venue tags and dataset-page links, no title of a paper); the
'Evaluation Metrics' bullet glossary at the end (each bullet names a metric, e.g. 'SSIM
(Structural Similarity Index)', links its paper or Wikipedia and describes it; the papers behind
them are listed with their titles in the 5.3 table); the list's own survey (badges, the
'arXiv:2506.01061' line, the citation BibTeX).  Repeated papers (XVFI, Deep Voxel Flow, ...) in
several tables are separate entries.

Title: the text of the row's first cell (the <a> text), joined over the wrapped line.

Count check: 255 lines start '<tr><td align="left"><a href' (grep), 274 '</tr>' = 255 rows + 20
header rows - 1 row ending '</tr'; minus Xiph = 254 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "CMLab-Korea__Awesome-Video-Frame-Interpolation__README@38f2700.md"
PART = "wild8_development"
NOT_PAPER = "Xiph.org Video Test Media"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, t in enumerate(lines, 1) if t.startswith('<tr><td align="left"><a href')]
    assert len(starts) == 255, len(starts)
    wrapped = 0
    for i in starts:
        end = i
        while "</tr" not in lines[end - 1]:
            end += 1
        wrapped += end > i
        row = "\n".join(lines[i - 1 : end])
        cell = re.match(r'<tr><td align="left">(.*?)</td>', row, re.DOTALL).group(1)
        title = re.sub(r"</?a\b[^>]*>", "", cell)
        if NOT_PAPER in title:
            continue
        papers.append(entry(lines, i, end, title))
    assert wrapped == 7, wrapped
    assert len(papers) == 254, len(papers)
    write_truth(NAME, PART, papers,
                "every '<tr><td align=\"left\"><a href=...>' row of the 20 HTML tables is an entry (rows may wrap"
                " onto a second line), except the Xiph.org media page; title = the first cell's link text; the"
                " Markdown dataset tables and the metric glossary bullets are not entries",
                "the row count (255 row lines, 274 '</tr>', 20 tables), every wrapped row (7), rows without"
                " '</a>', the '</tr' row, the dataset and metric tables, the Xiph row, 25 rows spread over all"
                " tables (title, lines, arXiv id and ACM DOI against the link)")


if __name__ == "__main__":
    main()
