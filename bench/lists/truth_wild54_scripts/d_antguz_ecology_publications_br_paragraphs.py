"""Wild54 truth for Antguz/antonioguzman content/publications.md: a tropical-forest ecologist's (J. Antonio Guzmán Q.)
publication list on a Hugo site, newest commit touching it (73f38db, 2021-04-01).

Shape: 79 lines, 5.5 KB.  TOML front matter between ``+++`` (1-3); then 17 citations, one paragraph each, separated
by ``<br/>`` lines (some ``<br/> `` with a trailing space) and blank lines; a closing sentence ``For more details take a
look to my [CV](...)`` (77).  Each citation is ``Authors (the owner in bold, **Guzmán, JA.**) (YEAR) Title. Journal.
vol(issue): pages. [PDF](url)`` or ``[Link](url)``.  The four newest (5-6, 10-11, 15-16, 20-21) put the link on its
own next line and write the year as ``(2021),`` / ``(2020).`` with a comma or period after it; the other 13 are one
line each (25-73, every fourth line).

Special cases:
- Titles with their own punctuation: 15 ``... Using the "Triangle Method"`` (quotes, then ``. Sensors,``), 45 ``...
  with liana abundance?`` followed by ``?. Biogeosciences``, 61 ``Is forest cover conserved and restored by protected
  areas?: The case of ...``; 57/65/69 taxa in parentheses (``(Meliaceae)``); U+2010 hyphens in 10 (``tree‐stand``).
- 69 is a Spanish title (``Efecto de la regeneración del bosque nuboso ...``), kept as written.
- Links: Google Drive PDFs (no id), doi.org (16, 25), an iopscience URL holding the DOI (37), MDPI/OUP/Biogeosciences/
  revistas/redalyc/UNED pages (no id).
- The closing CV sentence (77) is not an entry.

Decisions:
- Entry = each citation paragraph (17), spanning its citation line and, for the newest four, the link line after it.
- Title = the text between ``(YEAR)`` (plus an optional ``,`` / ``.``) and the ``. Journal`` that is followed by its
  volume or pages; closing ``?`` kept, the separating ``.`` dropped.
- Ids from the entry's lines (DOIs as the helper reads them); no arXiv ids.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "Antguz__antonioguzman__content__publications@73f38db.md"
PART = "wild54_development"

CITE = re.compile(r"\((?P<year>(?:19|20)\d\d)\)[.,]?\s+(?P<title>.+?)\.\s+(?P<journal>[A-Z][^.,]*?)[.,]\s*\d")
LINK_LINE = re.compile(r"^\[(?:PDF|Link)\]\([^)]+\)$")
SEPARATOR = re.compile(r"^(?:<br/>\s*)?$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[:3] == ["+++", 'title = "Publications"', "+++"], lines[:3]
    papers = []
    n = 4
    while n <= len(lines):
        ln = lines[n - 1]
        if SEPARATOR.match(ln):
            n += 1
            continue
        if ln.startswith("For more details take a look to my [CV]"):
            assert n == 77, n
            n += 1
            continue
        m = CITE.search(ln)
        assert m, (n, ln)
        end = n + 1 if n < len(lines) and LINK_LINE.match(lines[n]) else n
        papers.append(entry(lines, n, end, m.group("title")))
        n = end + 1
    t = {p["line"]: p for p in papers}
    assert (t[5]["end"], t[5]["title"]) == (6, ("Prediction of leaf traits of lianas and trees via the integration of"
                                            " wavelet spectra in the visible-near infrared and thermal infrared"
                                            " domains")), t[5]
    assert t[10]["title"].startswith("On the relationship of fractal geometry and tree‐stand metrics"), t[10]
    assert (t[15]["title"], t[15]["doi"]) == (
        'Monitoring the Water Stress of an Indoor Living Wall System Using the "Triangle Method"',
        "10.3390/s20113261"), t[15]
    assert t[25]["doi"] == "10.3390/rs11192316", t[25]
    assert t[33]["title"] == "Differences in leaf temperature between lianas and trees in the Neotropical canopy"
    assert t[37]["doi"] == "10.1088/1748-9326/aa838c", t[37]
    assert t[45]["title"].endswith("predict Tropical Dry Forest Succession with liana abundance?"), t[45]
    assert t[61]["title"] == ("Is forest cover conserved and restored by protected areas?: The case of two wild"
                              " protected areas in the Central Pacific of Costa Rica"), t[61]
    assert t[69]["title"].startswith("Efecto de la regeneración del bosque nuboso"), t[69]
    assert sorted(t) == [5, 10, 15, 20] + list(range(25, 74, 4)), sorted(t)
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every citation paragraph between the '<br/>' separators is an entry (17): one line each (25-73), or the"
        " citation line plus the '[PDF](...)'/'[Link](...)' line after it for the newest four (5-6, 10-11, 15-16,"
        " 20-21); title = the text between '(YEAR)' (optional ',' or '.') and the '. Journal' followed by its volume,"
        " own punctuation kept ('\"Triangle Method\"', 'abundance?', 'areas?:'); the front matter and the closing CV"
        " sentence (77) are not entries.",
        "Read all 79 lines; compared -v for all 17 entries: the four two-line entries and their '(2021),' / '(2020).'"
        " year forms, titles with quotes (15), '?.' (45), '?:' (61), U+2010 hyphens (10), the Spanish title (69);"
        " DOIs from doi.org links (16, 25) and the iopscience URL (37), none from Drive/MDPI/OUP/journal pages.",
    )


if __name__ == "__main__":
    main()
