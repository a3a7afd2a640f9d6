"""Wild57 truth for jordanbell2357/jordanbell2357.github.io writings.md: a mathematician's "Writings" page: journal
publications (combinatorics, number theory, history of mathematics), one translation of Euler, and two HTML tables of
self-published expository notes in analysis, probability, number theory and the history of mathematics.  The file
was deleted in 736af4e (2022-09-22); the truth is for its last version, commit 323d434 (2022-08-14).

Shape: 277 lines, 33 KB.  Front matter (1-5), a four-bullet table of contents of anchors (7-10), then:
- ``## Publications`` (12-36): 12 bullets in Chicago style, ``- Authors. “Title.” *Journal* vol, no. (year): pages.
  <https://doi.org/...>. [Zbl ...](https://zbmath.org/...)``, blank lines between.
- ``## Translations`` (38-40): one bullet, the book is ``Hawking, Stephen (ed.), *God Created the Integers ...*`` and
  the translated work is ``Leonhard Euler, “On the Sums of Series of Reciprocals (De Summis Serierum
  Reciprocarum)”``.
- ``## Mathematical notes`` (42-185): a sentence, then an HTML ``<table>`` with a header row and 134 one-line rows
  ``<tr><td><a href="/LaTeX/mathematics/x">Title</a></td><td><a href=".../x.pdf">PDF</a></td></tr>`` (51-184).
- ``## Historical and bibliographic notes`` (187-277): an HTML table laid out over several lines, 21 rows of four
  lines each (``<tr>`` / ``<td><a ...>Title</a></td>`` / ``<td>...PDF</td>`` / ``</tr>``, 194-277); the file ends
  without ``</table>``.

Special cases:
- Chicago titles sit in curly quotes with the period inside (``“Cyclotomic Orthomorphisms of Finite Fields.”``):
  quotes and period dropped; italic ``*n*`` inside titles (16, 26, 30, 32, 34) loses its asterisks.
- 40: the entry is Euler's paper in translation; its title is ``On the Sums of Series of Reciprocals``; the Latin
  original title in parentheses and the anthology (``God Created the Integers``) are not part of it.
- Note titles carry MathJax inline math ``\\( ... \\)`` (17 rows: ``\\(C[0,1]\\): the Faber-Schauder basis, ...``, 51;
  ``Harmonic analysis on the \\(p\\)-adic numbers``, 82).  The title is passed as written; the shared ``entry``
  helper removes the Markdown backslash escapes, so the recorded title reads ``(C[0,1]): ...`` / ``the (p)-adic
  numbers`` while ``\\sigma`` keeps its backslash.  243 has ``<i>Elements</i>`` inside the link text, tags removed.
  170 keeps its asterisk (``the weak-* topology``: not italics, not stripped).
- The notes are expository articles published as HTML/PDF on the author's site, not in journals; each is a titled
  written work and counts as an entry (a decision: without them the page lists 13 works).  Some are bibliographies
  (``Bibliography for the history of the Jacobian``, 211): still entries.
- DOIs come from the doi.org links of the publications (8 of 12; 16, 24, 34, 36 have none); zbMATH links are not
  ids.  The table-of-contents bullets and table headers are not entries.

Decisions:
- Entry = each publication bullet (14-36), the translation bullet (40), each mathematical-notes row (51-184, one
  line) and each historical-notes row (a four-line ``<tr>`` block).  168 entries.
- Title = the quoted Chicago title without quotes and final period / the link text of the row's first ``<a>``, HTML
  tags removed; for 40 the quoted English title before the parenthesised Latin one.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "jordanbell2357__jordanbell2357.github.io__writings@323d434.md"
PART = "wild57_development"

PUB = re.compile(r"^- .*?“(.+?)”")
NOTE_ROW = re.compile(r'^<tr><td><a href="/LaTeX/mathematics/[^"]+">(.+?)</a></td><td><a href="[^"]+\.pdf">PDF</a>')
HIST_CELL = re.compile(r'^ {8}<td><a href="/LaTeX/historical/[^"]+">(.+?)</a></td>$')


def clean(t: str) -> str:
    t = re.sub(r"</?i>", "", t).strip()
    return t.removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if 12 <= n <= 40 and ln.startswith("- "):
            m = PUB.match(ln)
            assert m, (n, ln)
            title = m.group(1)
            if n == 40:
                title = title.split(" (De Summis")[0]
            papers.append(entry(lines, n, n, clean(title.replace("*", ""))))
        elif ln.startswith("<tr><td>"):
            m = NOTE_ROW.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, clean(m.group(1))))
        elif ln == "    <tr>" and n > 187 and "<th>" not in lines[n]:
            m = HIST_CELL.match(lines[n])
            assert m and lines[n + 2] == "    </tr>", (n, lines[n])
            papers.append(entry(lines, n, n + 3, clean(m.group(1))))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 168, len(papers)
    assert sum(1 for p in papers if p["line"] <= 40) == 13
    assert sum(1 for p in papers if 51 <= p["line"] <= 184) == 134
    assert sum(1 for p in papers if p["line"] > 187) == 21
    assert by[14]["title"] == "Euler’s Pentagonal Number Theorem and the Rogers-Fine Identity", by[14]
    assert by[14]["doi"] == "10.1007/s00026-012-0139-4", by[14]
    assert by[16]["title"] == "A New Method for Constructing Nonlinear Modular n-Queens Solutions", by[16]
    assert by[16]["doi"] is None, by[16]
    assert by[40]["title"] == "On the Sums of Series of Reciprocals", by[40]
    assert by[51]["title"].startswith("(C[0,1]): the Faber-Schauder basis"), by[51]
    assert by[242]["title"] == "Book IV of Euclid's Elements and ancient Greek mosaics", by[242]
    assert by[242]["end"] == 245, by[242]
    assert by[274]["title"] == "Minoan weights", by[274]
    assert by[170]["title"].endswith("the weak-* topology of their duals"), by[170]
    assert by[28]["doi"] == "10.1080/0025570x.2018.1506656", by[28]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every publication bullet (Chicago style, title in curly quotes), the translation bullet (Euler's"
        " paper, English title without the Latin one in parentheses), every row of the mathematical-notes HTML table"
        " (one line each) and every four-line row of the historical-notes HTML table is one entry: 168.  Title = the"
        " quoted title without quotes and final period, or the link text of the row's first <a> with <i> tags"
        " removed; MathJax \\( \\) passed as written (the helper drops the backslash escapes).  TOC bullets and table headers are not entries.",
        checked="Read the publications and translation bullets one by one against the -v output (titles with *n*,"
        " DOIs from doi.org links, zbMATH not taken); counted the table rows (134 + 21) and compared first, last"
        " and every tenth row, the MathJax titles and the <i>Elements</i> row (243).",
    )


if __name__ == "__main__":
    main()
