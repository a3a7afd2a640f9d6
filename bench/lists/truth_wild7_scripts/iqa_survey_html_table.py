"""Wild7 truth for 11xiaoyi11/IQA-Survey README.md: one HTML <table> of IQA methods inside Markdown.

Shape: a survey companion README (intro in English and Chinese, links to the survey itself and
two Chinese write-ups, a table of contents), then one raw HTML '<table>' (lines 59-665) written
one '<td>' per line: a header row 'Metrics | Citation number | Earliest publication time |
With/Without reference | Paper name', twelve section rows ('<td colspan="5">' with an '<a id>'
anchor and a '📖' section name), and one '<tr>...</tr>' row per method whose fifth cell links the
paper ('<a href="...">Paper title</a>'; once the anchor sits on its own line inside the cell).

Entry: every data row whose fifth cell holds a paper link (77).  Not entries: the header row,
the section rows, and the three rows naming a metric with an empty paper cell (SNR, PSNR, MSE:
no scholarly work named), the survey's own arXiv link and the two Chinese blog links above the
table (the list's own paper and write-ups), the contributors and the cite-us BibTeX at the end.
An entry spans its '<tr>' to '</tr>' lines.  Title: the anchor text of the paper cell (the first
cell's metric name, e.g. 'DISTS', is a label, not part of the title).  Ids: the arXiv abs links;
one dl.acm.org/doi link gives a DOI; IEEE Xplore document numbers, ScienceDirect pii and
ResearchGate links are not DOIs.
Count checks: 93 '<tr>' rows = 1 header + 12 section rows + 3 paperless rows + 77 entries;
77 = the number of '<a href' in the paper column counted with grep over lines 59-665.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "11xiaoyi11__IQA-Survey__README@ef577f2.md"
PART = "wild7_development"
LINES = read_lines(NAME)

CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.DOTALL)
LINK = re.compile(r'^\s*<a href="[^"]+">(.+?)</a>\s*$', re.DOTALL)


def main() -> None:
    start = LINES.index("<table>") + 1
    end = LINES.index("</table>") + 1
    rows, cur = [], None
    for i in range(start, end + 1):
        t = LINES[i - 1]
        if t.strip().startswith("<tr>"):
            assert cur is None, i
            cur = i
        if "</tr>" in t:
            rows.append((cur, i))
            cur = None
    assert len(rows) == 93, len(rows)
    papers, header, sections, empty = [], 0, 0, []
    for a, b in rows:
        cells = CELL.findall("\n".join(LINES[a - 1 : b]))
        if len(cells) == 1:
            assert "colspan" in LINES[a] and "📖" in cells[0], a
            sections += 1
            continue
        assert len(cells) == 5, a
        if cells[4] == "Paper name":
            header += 1
            continue
        if not cells[4].strip():
            empty.append(cells[0])
            continue
        m = LINK.match(cells[4])
        assert m, a
        papers.append(entry(LINES, a, b, m.group(1)))
    assert (header, sections) == (1, 12)
    assert empty == ["signal-to-noise ratio (SNR)", "peak SNR (PSNR)", "mean squared error (MSE)"], empty
    assert len(papers) == 77, len(papers)
    assert sum(ln.count("<a href") for ln in LINES[start - 1 : end]) == 77
    write_truth(NAME, PART, papers,
                "every <tr> row of the HTML table whose Paper-name cell links a paper is an entry (its <tr>..</tr>"
                " lines), title = that link's text; header, 12 colspan section rows and the 3 metric rows with an"
                " empty paper cell (SNR, PSNR, MSE) are not entries, nor the survey's own links above the table or"
                " the cite-us BibTeX",
                "93 rows sorted by cell count into header, sections, paperless and 77 entries; 77 against the grep"
                " count of '<a href' inside the table; every entry's title read against its row by eye, the"
                " multi-line SSIM cell, the dl.acm.org DOI and the arXiv ids")


if __name__ == "__main__":
    main()
