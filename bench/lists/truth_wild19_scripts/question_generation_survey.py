"""Wild19 truth for iamnitinsharma2024/Awesome-Question-Generation-Survey README.md: HTML tables, one cell per line.

Shape: a Markdown README that is mostly a raw HTML page (<!DOCTYPE>, <nav> table of contents, two
</body></html> closings in the middle) with 20 <table border="1"> blocks under <h1>/<h2> headings.
Each body row is '<tr>' on its own line, one '<td>...</td>' per line, then '</tr>' (7 or 8 lines).
Columns: SN | Time (YYYY/MM) | Title (plain text, no link) | Inline Citation ('Maheen et&nbsp;al.,
2022') | Venue | Link of PDF ('<a href=...>PDF</a>'); the table under '8. Code Repository/ GitHub
Link' has five cells, the last one a GitHub link instead of venue and PDF.

Entry: every body row (lines '<tr>'..'</tr>') whose Title cell names a paper; title = the Title
cell as written (a nickname the list appends in brackets, '(EDGE)', '(RAST)', '(Distinct-n)', is
kept: the file writes it as part of the cell; a closing '.' is dropped).  Decisions: the rows of
the Datasets table are the papers that introduced the datasets (title, authors, venue, PDF): entries.
The 25 rows of the Code Repository table name a paper by title and author-year and give its code:
the record is the paper (with its code), so entries, repeating papers of the other tables as
separate entries.  Not entries: the four rows whose Venue cell says 'Book' ('Statistical Methods
for Research Workers', 'Statistical Methods for Speech Recognition', 'Content Analysis ...',
'Introduction to Information Retrieval (Ch. 8: Evaluation)') and the ITU-T P.800 recommendation
(a standard), all in the Evaluation Metrics table; the <nav> table of contents; the 'Articles'
link at the end.  Ids come from the row's PDF link (arXiv pdf/abs, ACL Anthology, doi.org,
dl.acm.org/doi/pdf, Springer content/pdf, PLOS 'file?id=10.1371/...', Royal Society doi/pdf; an AIP
article-pdf URL whose file-id tail after '10.1063/5.0199032' is dropped).

Counts: 210 body rows (185 of six cells, 25 of five) by a line scan of <tbody>..</tbody>; each
table's SN cells run 1..n without a gap (second check of the per-table counts below); 210 - 5 =
205 entries.
"""
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "iamnitinsharma2024__Awesome-Question-Generation-Survey__README@45ece3a.md"
PART = "wild19_development"

#: rows per table, in file order (heading just above the table)
EXPECTED = [11, 7, 5, 11, 10, 9, 4, 5, 5, 7, 5, 7, 4, 9, 12, 12, 11, 19, 23, 25, 9]
#: Title cells of rows that are not papers (books, a standard)
NOT_PAPERS = {
    "Statistical Methods for Research Workers",
    "Statistical Methods for Speech Recognition",
    "Content Analysis: An Introduction to Its Methodology (2nd ed.)",
    "Introduction to Information Retrieval (Ch. 8: Evaluation)",
    "ITU-T P.800: Methods for Subjective Determination of Transmission Quality",
}


def cell(text: str) -> str:
    m = re.fullmatch(r"\s*<td>(.*)</td>\s*", text)
    assert m, text
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    tables: list[list[tuple[int, int, list[str]]]] = []
    rows: list[tuple[int, int, list[str]]] = []
    body = False
    start = 0
    for i, text in enumerate(lines, 1):
        s = text.strip()
        if s == "<tbody>":
            body, rows = True, []
        elif s == "</tbody>":
            body = False
            tables.append(rows)
        elif body and s == "<tr>":
            start = i
        elif body and s == "</tr>":
            rows.append((start, i, [cell(t) for t in lines[start : i - 1]]))
        elif body:
            assert s.startswith("<td>"), (i, s)
    assert [len(t) for t in tables] == EXPECTED, [len(t) for t in tables]
    papers = []
    dropped = []
    for rows in tables:
        assert [int(r[2][0]) for r in rows] == list(range(1, len(rows) + 1))  # SN runs 1..n
        for first, last, cells in rows:
            assert len(cells) in (5, 6), first
            title = html.unescape(cells[2])
            if title in NOT_PAPERS:
                dropped.append(title)
                continue
            assert "<" not in cells[2] and title, first
            e = entry(lines, first, last, cells[2])
            if e["doi"] and e["doi"].startswith("10.1063/"):
                # AIP article-pdf URL: '/doi/10.1063/5.0199032/19984173/050035_1_5.0199032.pdf', the tail is a file id
                e["doi"] = re.match(r"10\.1063/[^/]+", e["doi"]).group(0)
            papers.append(e)
    assert sorted(dropped) == sorted(NOT_PAPERS)
    assert len(papers) == 205
    write_truth(NAME, PART, papers,
                "every body row (<tr>..</tr>) of the 21 HTML tables is an entry except four books and the ITU-T"
                " P.800 standard; title = the plain Title cell as written (a bracketed nickname the list appends is"
                " kept); the Code Repository table's rows (paper title, author-year, GitHub link) are entries too",
                "row count by a line scan of <tbody> (210 rows, 185 of six cells and 25 of five), SN numbering 1..n"
                " in every table, every Venue cell read for books and standards, the Datasets, Evaluation Metrics,"
                " Code Repository and Survey tables read whole, ~25 other rows sampled (titles with '&amp;', '’',"
                " a closing '.', appended nicknames)")


if __name__ == "__main__":
    main()
