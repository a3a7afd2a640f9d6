"""Wild59 truth for felixbaral/bresinsky.github.io schriftverzeichnis_d1.markdown at e18af76: a German Jekyll page
("Schriftenverzeichnisse 1958 – 1999") of the memorial site for the mycologist and botanist Andreas Bresinsky,
listing a selection of his papers 1958-1999 grouped by theme.  The file is ``.markdown`` in the repository; it is
stored here under the usual ``@commit.md`` name with the extension dropped.

Shape: 151 lines, German.  YAML front matter (1-7), headings ``# D) Schriftenverzeichnisse`` (9) and ``## D1) ...``
(11), a "siehe auch" pointer (13), then ``###`` themes: Nachträge (15), Auf dem Weg zum Bayerischen Florenatlas
(21), ``### **Arbeiten zur Chemie der Pilze**:**`` (65, broken bold), Arbeiten zur Polyploidie und DNA-Analytik
(123).  Each work is a paragraph (blank line between) in German author-year style:
``Surname, I., Surname, I. und Surname, I. (Year) [*Title.*](https://epub.uni-regensburg.de/NNNNN/) Journal Vol,
S. pages.``  -- the title is an italic link to the Regensburg repository, with the period inside the italics.

Special cases:
- 17 has no link and no italics: ``Bresinsky, A. (1989): Artenschutz Niederer Pflanzen. Laufener Seminarbeiträge
  2: 49-58``; the title is the sentence after the colon.
- 97-99: one paper broken over two paragraphs -- the title link on 97 ends at ``"Gyrodon lividus"*](...)`` and 99
  continues with a second link ``[*(Boletales).*](same url)`` and the journal.  One entry 97-99, title joined.
- 117-119: the author list breaks after ``Steglich,`` and 119 continues ``W. (1989) [*Flavomentine ...*]``: one
  entry 117-119.
- Titles keep inner quotes around taxa (``"Sorbus aria" agg.`` 45, ``("Gyroporus cyanescens")`` 75, ``"Rhizopogon"``
  71), the en dash at 29, ``s.l.`` / ``s. str.`` abbreviations, ``fam. nov.`` (105) and the misspelling
  ``Phyllogenetic`` (147).  Only the final period is dropped (at 45 this is also the abbreviation period of
  ``agg.``; the helper strips a final period in any case).
- 45 and 95 have no space between the link and the journal (``...)Hoppea``).
- 19 (congress abstracts volume), 63 (the Bavarian distribution atlas, ``Herausg.``, ISBN), 87 / 103 / 137 (chapters
  and conference abstracts ``In: ... (eds.)``) are not journal articles but are items of the list with a title.
- 13 ``siehe auch Hoppea, ... 61: 9-26, 2000 (H. Besl, P. Schönfelder)`` points to another bibliography and names
  no title.

Decisions:
- Entry = every work paragraph: a paragraph starting with ``Surname, I.`` (the list's author pattern), plus the
  continuation paragraphs 99 and 119 merged into the entries above them: 63 entries.  Title = the text of the
  italic link (both links at 97/99 joined with a space), without the final period; 17 by hand.
- Books, edited volumes, chapters and abstracts in the list are entries like the articles: the page lists them as
  Bresinsky's works with a title.  The "siehe auch" pointer (13) is not an entry.
- No DOI or arXiv id is written anywhere in the file.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "felixbaral__bresinsky.github.io__schriftverzeichnis_d1@e18af76.md"
PART = "wild59_development"

AUTHOR = re.compile(r"^[A-ZÄÖÜ][^\s,]+, [A-Z]\.")
TITLE = re.compile(r"\[\*(?P<title>.+?)\*\]\(")
CONTINUED = {97: 99, 117: 119}  # entry start -> line of its continuation paragraph


def clean(text: str) -> str:
    return text.strip().rstrip(".").strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not AUTHOR.match(ln):
            continue
        last = CONTINUED.get(n, n)
        parts = [m.group("title") for k in range(n, last + 1) for m in TITLE.finditer(lines[k - 1])]
        if parts:
            title = clean(" ".join(p.strip() for p in parts))
        elif n == 17:
            title = "Artenschutz Niederer Pflanzen"
        else:
            raise AssertionError((n, ln))
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 63, len(papers)
    assert min(by) == 17 and max(by) == 151, (min(by), max(by))
    assert 13 not in by and 99 not in by and 119 not in by
    assert by[17]["title"] == "Artenschutz Niederer Pflanzen", by[17]
    assert by[23]["title"] == "Neue Methoden zur floristischen Erforschung Bayerns", by[23]
    assert by[29]["title"] == "Bericht zum Fortschritt der Kartierung der Flora Bayerns in der Vegetationsperiode 1973 –" \
        " Anregung für 1974", by[29]
    assert by[45]["title"] == (
        'Ziele, Probleme und Ergebnisse der Floristischen Kartierung Bayerns, dargestellt am Beispiel von "Sorbus aria"'
        " agg"
    ), by[45]
    assert by[97]["end"] == 99 and by[97]["title"] == (
        'Chamonixin und Involutin, zwei chemosystematisch interessante Cyclopentandione aus "Gyrodon lividus"'
        " (Boletales)"
    ), by[97]
    assert by[117]["end"] == 119 and by[117]["title"] == (
        'Flavomentine und Spiromentine, neue Terphenylchinon-Derivate aus "Paxillus atrotomentosus" und "P. panuoides"'
        " (Boletales)"
    ), by[117]
    assert by[127]["title"] == 'Speciation in "Pleurotus"', by[127]
    assert by[151]["title"] == 'Speciation and phylogenetic distances within "Paxillus" s. str. (Basidiomycetes, Boletales)'
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every work paragraph of the German publication list is one entry: paragraphs starting with an author"
        " 'Surname, I.' (17-151), with the continuation paragraphs 99 (rest of the title link) and 119 (rest of the"
        " author list) merged into the entries at 97 and 117.  Title = the text of the italic link [*Title.*](url)"
        " without the final period (97+99 joined); 17 has no link and its title is the sentence after '(1989):'."
        "  Books, edited volumes, chapters and abstracts of the list count like articles; the 'siehe auch' pointer"
        " (13) is not an entry.",
        checked="Read the whole file; compared the -v output with all 63 work paragraphs, the split entries 97-99 and"
        " 117-119, the link-less 17, inner quotes around taxa (45, 71, 75, 127, 151), the en dash at 29 and the"
        " missing space before the journal at 45 / 95, and that 13 is left out.",
    )


if __name__ == "__main__":
    main()
