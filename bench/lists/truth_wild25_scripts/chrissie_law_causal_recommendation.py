"""Wild25 truth for Chrissie-Law/Causal-Inference-for-Recommendation README.md at HEAD 074d2e3.

Shape: a survey's companion list (causal inference for recommender systems).  One Markdown table
of surveys (lines 75-81: header, separator, five rows '| Year | **Title** | Venue | [Link](url) |
[Link](code) |'), then eleven HTML '<table>'s under '###'/'####' headings (lines 111-1161), one
'<tr>' ... '</tr>' block per paper with one '<td>' per line: Year, Model (a nickname or '-'),
Title (plain text, no link), Venue, [Issue of concern,] Causal inference method, Base/Backbone
model, Paper Link ('<a href=URL>Link</a>'), Code Link ('<a>Link</a>' or '-').  The first seven
tables have 9 columns, the last four (General Counterfactuals) 8; one cell spans five rows
('<td rowspan="5">Uplift</td>', line 353), so the four rows after it (lines 359-398) have 8 cells.
Year, Model and Title are always the first three cells, so title = the third '<td>' of the row.
Entry lines: the '<tr>' line to the '</tr>' line; for the survey rows, the row's line.

Entries: every survey row and every HTML table row (each names one paper).  Special case: line 77,
the list's own survey, writes '**A Survey on Causal Inference for Recommendation (Ours)**'; the
'(Ours)' tag is the list's annotation, not title text, and is dropped.  Its row links both a
doi.org DOI and an arXiv PDF; both ids are kept.
Not entries: the boilerplate BibTeX of the list's own survey (lines 15-27, its 'cite us' block),
the prose links to The Innovation and arXiv (line 28), the bookmarks, figures and 'Back' links.
Note: this HEAD version has no 'Approach with IPS' table (an older commit had one); the file is
taken as it is.
Count check: 86 "<tr" lines in the HTML tables = 11 header rows + 75 paper rows (6+10+5+6+4+6+22+4+5+4+3); + 5 survey rows
= 80 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "Chrissie-Law__Causal-Inference-for-Recommendation__README@074d2e3.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # the survey table (Markdown)
    for i in range(77, 82):
        cells = [c.strip() for c in lines[i - 1].strip().strip("|").split("|")]
        assert re.fullmatch(r"20\d\d", cells[0]), i
        m = re.fullmatch(r"\*\*(.+?)\*\*", cells[1])
        assert m, i
        title = m.group(1)
        if i == 77:
            assert title.endswith(" (Ours)")
            title = title.removesuffix(" (Ours)")
        papers.append(entry(lines, i, i, title))
    assert lines[82].startswith("### Distinctive")
    # the HTML tables
    headers = rows = 0
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith("<tr"):
            first = i + 1
            j = i
            while lines[j].strip() != "</tr>":
                j += 1
            last = j + 1
            cells = [ln.strip() for ln in lines[i + 1 : j]]
            if cells[0].startswith("<th"):
                headers += 1
            else:
                rows += 1
                assert all(c.startswith("<td") and c.endswith("</td>") for c in cells), first
                assert len(cells) in (8, 9), first
                assert re.fullmatch(r"<td>20\d\d</td>", cells[0]), first
                m = re.fullmatch(r"<td>([^<>]+)</td>", cells[2])
                assert m, first
                papers.append(entry(lines, first, last, m.group(1)))
            i = j
        i += 1
    assert headers == 11, headers
    assert rows == 75, rows
    assert len(papers) == 80, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the survey Markdown table (title = the bold cell, '(Ours)' dropped) and every"
                " paper row of the eleven HTML tables (title = the plain-text third <td>, after Year and"
                " Model) is an entry; the list's own boilerplate BibTeX is not",
                "every row read by eye against the -v output (80 entries, small file): titles, the rowspan"
                " block at lines 348-398, the 8-column tables, the survey row with both a DOI and an arXiv"
                " link; ACM DL / doi.org DOIs spot-checked")


if __name__ == "__main__":
    main()
