"""Wild46 truth for martirez/martirez.github.io publist.md: the publication list (2012-2021) of John Mark P. Martirez,
a computational chemist (Carter group: NiOOH water oxidation, plasmonic N2 dissociation, embedding theory,
ferroelectric oxide surfaces), from his GitHub Pages site.

Shape (215 lines): two Markdown headings holding raw HTML lists.  ``## Patents`` (1-16) is an ``<ol reversed>`` of
four patents and provisional applications.  ``## Publications`` (18-215) is one ``<ol reversed>`` with ``<h3>2021</h3>``
.. ``<h3>2012</h3>`` year headings placed inside the list (no 2013) and one ``<li> ... </li>`` per paper.  A record is
``Authors, Title. <a href="https://doi.org/...">Journal, vol, pages (Year)</a>``: the ``<li>`` either opens the line
of the reference or stands alone on the line before it (13, 145, 160, 164, 171, 180, 183, 189, 195, 202, 205, 212);
the closing ``</li>`` is on its own line, sometimes indented; many records carry a table-of-contents picture in a
``<p align="center"><img ...></p>`` block between the reference and the ``</li>`` (34-36, 53-55, ...).  The title ends
with a full stop or a comma (30, 33, 39, 45) before the venue link; one author list wraps (97-98 ``P. \\nNordlander``);
authors are ``J. M. P. Martirez`` style with ``and`` before the last (or not: 88, 161), ``J.J. Urban`` without spaces,
``J.E. Spanier and A. M. Rappe`` without a comma, ``J. K. Nørskov``.  Titles carry ``<sub>2</sub>`` (152), Greek
``β`` (72, 78, 85, 101, 121), a question mark (69 ``Why do we use ... water splitting?``), commas (30 ``Temperature,
Pressure, and pH``, 172 ``(M= Fe, Co, Ni and Mo)``), a colon (48, 85, 101, 172), ``(√5× √5) R26.6°`` (213).  Every
paper links its DOI through doi.org; no arXiv.

Decisions:
- Entries (37): every ``<li>`` under ``## Publications``; each is one journal article (ACS, APS, PNAS, Nature
  journals, an Annual Review).  The four patents (4, 7, 10, 13-14) are not scholarly papers: not entries.
- Span: from the ``<li>`` line to the ``</li>`` line (the TOC picture inside is part of the record; it holds no id).
- Title: the text before the ``<a`` link, markup removed, with the leading author names taken off (comma-separated
  items that are initials plus a surname, ``and`` allowed), the final full stop or comma dropped.
- Ids: the DOI of the record's link (the helper's first DOI).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "martirez__martirez.github.io__publist@cec578c.md"
PART = "wild46_development"

NAME_RE = r"(?:[A-Z]\.[ -]?)+ ?[A-Z][\w'-]+(?: [A-Z][\w-]+)?"
AUTHOR = re.compile(rf"^(?:and )?{NAME_RE}(?: and {NAME_RE})?$")


def strip_authors(text: str) -> str:
    items = text.split(", ")
    k = 0
    while k < len(items) and AUTHOR.match(items[k]):
        k += 1
    assert 1 <= k < len(items), (k, text)
    return ", ".join(items[k:])


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Publications") + 1
    papers = []
    years: dict[str, int] = {}
    year = ""
    n = start
    while n < len(lines):
        n += 1
        ln = lines[n - 1].strip()
        if ln.startswith("<h3>"):
            year = re.sub(r"<[^>]+>", "", ln).strip()
            continue
        if not ln.startswith("<li"):
            continue
        last = n
        while "</li>" not in lines[last - 1]:
            last += 1
        text = " ".join(lines[n - 1 : last])
        before = text.split("<a ", 1)[0]
        flat = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", before)).strip()
        title = strip_authors(flat).rstrip(" .,")
        years[year] = years.get(year, 0) + 1
        papers.append(entry(lines, n, last, title))
        n = last
    assert years == {
        "2021": 9, "2020": 7, "2019": 3, "2018": 5, "2017": 3, "2016": 3, "2015": 3, "2014": 3, "2012": 1,
    }, years
    assert len(papers) == 37, len(papers)
    assert all(p["doi"] for p in papers) and not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each <li>..</li> of the '## Publications' <ol> (under <h3> year headings 2021..2012) is one journal article"
        " (37); the four patents in '## Patents' are not entries; title = the text before the <a> venue link, tags"
        " removed, the leading author names (initials + surname items, 'and' allowed) taken off, the final '.' or ','"
        " dropped; span <li> to </li> including the TOC picture; ids = the doi.org link.",
        "Whole file read (215 lines); the script asserts the year counts (9, 7, 3, 5, 3, 3, 3, 3, 1) and that every"
        " record has a DOI.  All 37 -v titles compared with the file by eye: the first and last record of each year"
        " (24, 58, 63, 88, 97, 109, 118, 134, 139, 152, 160, 171, 180, 189, 195, 205, 212), the wrapped author list"
        " 97-98, the records with '<li>' alone on its line (145, 160, 164, 171, 180, 183, 189, 195, 202, 205, 212),"
        " the comma-ended titles (30, 33, 39, 45), titles with commas or brackets of their own (30, 172, 213), 69 ('?'"
        " kept), 152 (<sub> removed -> 'N2'), 181 ('J.E. Spanier and A. M. Rappe' taken as authors), 131 (Nørskov);"
        " spans checked to end at each '</li>' after the TOC picture blocks (e.g. 33-37, 51-56, 78-83); DOIs checked on"
        " 24, 27, 51, 118 (10.1149/2.0101811jes), 128 (upper-case C8CP02849D lower-cased), 213; the patents 4-14 left"
        " out.",
    )


if __name__ == "__main__":
    main()
