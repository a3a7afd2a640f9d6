"""Wild24 truth for VirtualPatientEngine/literatureSurvey docs/Koopman_Theory.md (commit 84b688d):
a generated literature-survey page on Koopman operator theory (data-driven dynamical systems,
learned simulators) for the team's MkDocs site.

Why this commit: at the snapshot's HEAD the topic pages are gone (removed in the merge f688c41 of
2024-03-19; HEAD only has per-article recommendation pages of 7-10 rows each); 84b688d is the
last commit holding this page.

Shape: a whole HTML document inside the Markdown file (YAML front matter 'hide: navigation',
'<!DOCTYPE html>', <head>, <body>), a table of contents of four links, the search query in <i>,
an empty Plotly <div>, then two HTML tables of papers found by Semantic Scholar search, and a
<script> with the chart data at the end.  Table 1 'Most cited articles' (lines 38-1151): each
'<tr>' holds a '<script> // alert (N) </script>' with the citation count (three lines), then five
'<td>' cells: '<a href="https://www.semanticscholar.org/paper/<40 hex>">Title</a>', authors,
date, venue, citation count; 100 rows of 10 lines.  Table 2 'Latest articles' (lines 1156-1969):
the same cells without the script, 100 rows of 7 lines.  Entry = one row, '<tr>'..'</tr>'.
Title = the link text of the first cell; a final '.' that Semantic Scholar's title carries
('Hamiltonian Systems and Transformation in Hilbert Space.', 'Entanglement renormalization.',
about 40 rows) is dropped, a final '?' kept.  No arXiv ids or DOIs are written (Semantic Scholar
paper links only).
The search returns many off-topic works (Koopmans' theorem in quantum chemistry, medicine,
geopolitics); they are still scholarly works listed by the page, so entries.  Not entries: the
TOC links, the table headers, the chart script.
Count check: 100 + 100 rows = 200 '<td><a href=' title cells = 200 entries; a paper in both
tables would be two entries.
"""
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "VirtualPatientEngine__literatureSurvey__docs__Koopman_Theory@84b688d.md"
PART = "wild24_development"
TABLES = ((48, 1150, 10), (1166, 1968, 7))  # tbody start, tbody end, lines per row


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for start, stop, size in TABLES:
        assert lines[start - 1].strip() == "<tbody>" and lines[stop - 1].strip() == "</tbody>"
        rows = 0
        for n in range(start, stop + 1):
            if lines[n - 1].strip() != "<tr>":
                continue
            end = n + size - 1
            assert lines[end - 1].strip() == "</tr>", n
            cell = [t for t in lines[n - 1:end] if "<td><a href=" in t]
            assert len(cell) == 1, n
            m = re.fullmatch(r'\s*<td><a href="https://www\.semanticscholar\.org/paper/[0-9a-f]{40}">([^<]+)</a></td>',
                             cell[0])
            assert m, n
            title = html.unescape(m.group(1)).strip()
            title = title.removesuffix(".")
            papers.append(entry(lines, n, end, title))
            rows += 1
        assert rows == 100, (start, rows)
    assert sum(1 for t in lines if "<td><a href=" in t) == 200
    assert len(papers) == 200, len(papers)
    write_truth(NAME, PART, papers,
                "every <tr> of the two HTML result tables (most cited, latest) is an entry, lines <tr>..</tr>;"
                " title = the Semantic Scholar link text of the first cell, a final '.' dropped; off-topic search hits"
                " are still scholarly works and count",
                "the page structure read by eye (front matter, TOC, query, two tables, chart script); the script checks"
                " every row's shape (10 and 7 lines) and the single link cell; by eye the first and last rows of both"
                " tables, about 20 rows across them, every title ending in '.' or '?', that no arXiv/DOI is written")


if __name__ == "__main__":
    main()
