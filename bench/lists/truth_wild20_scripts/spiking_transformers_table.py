"""Wild20 truth for Bennie123-byte/Toward_Large-scale_Spiking_Neural_Networks_Survey README: one HTML
table of spiking-transformer papers, one `<tr>` per paper, cells one per line.

Shape: a header with the list's own survey (blockquote link and its BibTeX: the list's own
boilerplate, not entries), then '# List of Spiking Transformers' and a `<table>` whose columns are
Category, Paper, Date, Param. Size, Code Link, Venue, Group, Comment.  The Category cell spans the
rows of its group (`rowspan="3"` etc., a `<br>` before the name) and sits in the first row of each
group only.  The Paper cell is '<td align="center"><a href="url">Title</a></td>'.  One row (the
QKFormer row, line 93) lacks its opening `<tr>`: the previous row's `</tr>` is followed directly by
its cells.

Entries: every `<tr>` of `<tbody>` (36; the header rows are in `<thead>`), each from its `<tr>` line
(or, for the QKFormer row, its first cell) to its `</tr>`.  Title = the Paper cell's link text.  Ids
come from the row's lines; the Code Link cells link GitHub only, so they add none.  The Frontiers URL
'.../10.3389/fnins.2024.1371290/full' gives the DOI without '/full'; the SciEngine URL
'.../doi/10.1007/s11432-024-4101-6' gives its DOI; ScienceDirect 'pii' URLs give none.  Line 121
('Event-based human pose tracking ...') links arXiv 2303.09681, as written.

Count checks: 36 Paper cells (grep '<td align="center"><a href=' minus empty-href and GitHub code
cells), and rowspans 3+4+5+6+4+4+5+5 = 36.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "Bennie123-byte__Toward_Large-scale_Spiking_Neural_Networks_Survey__README@e01a81a.md"

PAPER_CELL = re.compile(r'^\s*<td align="center"><a href="([^"]+)">(.+?)</a></td>\s*$')
ROWSPAN = re.compile(r'rowspan="(\d+)"><br>')


def main() -> None:
    lines = read_lines(NAME)
    body = next(i for i, x in enumerate(lines, 1) if x.strip() == "<tbody>")
    end = next(i for i, x in enumerate(lines, 1) if x.strip() == "</tbody>")
    papers, spans = [], 0
    i = body + 1
    while i < end:
        text = lines[i - 1].strip()
        first = i
        if text == "<tr>":
            i += 1
        elif not text.startswith("<td"):
            raise AssertionError((i, text))
        # cells of one row up to its </tr>
        j = i
        title = None
        while lines[j - 1].strip() != "</tr>":
            m = ROWSPAN.search(lines[j - 1])
            if m:
                spans += int(m.group(1))
            m = PAPER_CELL.match(lines[j - 1])
            if m and title is None and "github.com" not in m.group(1):
                title = m.group(2)
            j += 1
        assert title, first
        papers.append(entry(lines, first, j, title))
        i = j + 1
    assert len(papers) == 36 and spans == 36, (len(papers), spans)
    for p in papers:
        if p["doi"] and p["doi"].endswith("/full"):
            p["doi"] = p["doi"].removesuffix("/full")
    write_truth(NAME, "wild20_development", papers,
                "every row of the HTML table's <tbody> is an entry, from its <tr> (or first cell when"
                " the <tr> is missing) to its </tr>; title = the link text of the Paper cell; the list's"
                " own survey link and BibTeX are not entries",
                "all 36 rows against the file (each title, the rowspan group sizes summing to 36, the"
                " row without <tr> at line 93, the rows with empty code links), the DOI of every"
                " doi.org/Frontiers/SciEngine link and the arXiv ids")


if __name__ == "__main__":
    main()
