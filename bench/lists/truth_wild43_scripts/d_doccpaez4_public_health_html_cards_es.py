"""Wild43 truth for doccpaez4-commits/Asigdeterminantes bibliografia.md (newest commit d6e6355): the "Bibliografía
recomendada" page (Spanish) of a Colombian university course site (Areandina) on the social determinants of health --
public health, social epidemiology, health inequalities, ageing, and AI applied to social determinants.

Shape: Jekyll front matter (1-4) and raw HTML throughout, one reference per line, in four settings:
- an "Actualización 2026" ``<ol>`` (12-13): ``<li>Authors (Year). <em>Title</em>. Journal. <a href=doi>..</a></li>``;
- two "lens" boxes (22-50) whose ``lens-detail`` divs hold ``<br>``-separated references (31-33, 45-47) with
  links to WHO pages, Google Books, a DOI and OUP;
- ``lectura-card`` divs under ``<h3>`` themes (60-182): one ``<p><strong>Authors (Year).</strong> ...</p>`` per
  reference; articles write the title plain and the journal/volume in ``<em>``; books, reports and book titles are
  in ``<em>``; chapters write ``Title. En [Editor (Ed.),] <em>Book</em> (pp. ..)``;
- 144 puts the title where the author goes (``<strong>Systems Governance for Health Equity: Critical Reflections
  (2010).</strong>`` then an institution and the journal); 145 has no author or year at all (title, institution,
  ``<em>Revista Cubana de Salud Pública, 38.</em>``).
Several titles are Spanish translations of English papers (68, 85, 120, 126, 127, 160, 172, 173, 178, 179); they are
the titles as the file writes them.

Entries (29): every journal article (12, 13, 46, 68, 74, 85, 86, 91, 120, 121, 125, 126, 127, 139, 140, 144, 145,
160, 172, 173, 177, 178, 179; 171 "SABE Colombia" is an article in the PAHO journal, written "OPS/PAHO."), the WHO
CSDH discussion papers (31 and again 67 "Action on the social determinants of health: learning from previous
experiences", 32 Solar & Irwin "Discussion Paper 2") as technical reports, and the two chapters contributed to
Bonner's edited volume (101 Bambra et al., 102 West, whose book is written "ibid.").  Repeats are separate entries.
Not entries: books and manuals (45, 47 Breilh; 73 Galvão & Finkelman; 75 Martínez-Hernández; 103 Bonner (Ed.); 107
Hernández-Aguado; 109 Córdoba-Sánchez; 155 Krieger), chapters of a single-author book (90 Grossman's "The
Correlation between Health and Schooling" in his own "Determinants of Health: An Economic Perspective"; 108 Humber's
chapter of "Vital Signs"), 33/69 "Comisión sobre Determinantes Sociales de la Salud 2005-2008" (the WHO commission
itself, linked to its web page, not a document), 159 the World Health Report 2008 (a book-length flagship report),
the HiMupAC tool box (54-58), headings and notes.
Title: 12/13/31/32/67 the ``<em>`` text; 46 and the cards the plain text between ``</strong>`` and the separator
before the journal (``. <em>``) or the book (``. En ``), e.g. 140 "Harveian Oration. Health in an unequal world" as
written; 144 the bold text without "(2010)."; 145 the text before ". Universidad"; 171 the text before ". OPS/PAHO".
Ids: the DOIs of 12, 13 and 46; no other line has one (the WHO links carry ISBNs, not DOIs).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "doccpaez4-commits__Asigdeterminantes__bibliografia@d6e6355.md"
PART = "wild43_development"

ARTICLES = {12, 13, 46, 68, 74, 85, 86, 91, 120, 121, 125, 126, 127, 139, 140, 144, 145, 160, 171, 172, 173, 177,
            178, 179}
REPORTS = {31, 32, 67}  # WHO CSDH discussion papers
CHAPTERS = {101, 102}  # chapters in Bonner (Ed.) 2018
NOT = {33, 45, 47, 69, 73, 75, 90, 103, 107, 108, 109, 155, 159}  # books, own-book chapters, commission, WHR
EM = re.compile(r"<em>(.+?)</em>")


def title_of(i: int, ln: str) -> str:
    s = ln.strip()
    if i in (12, 13) or i in REPORTS:
        return EM.search(s).group(1)
    if i == 46:
        return re.search(r"\(2013\)\. (.+?)\. <em>", s).group(1)
    if i == 144:
        return re.search(r"<strong>(.+?) \(2010\)\.</strong>", s).group(1)
    if i == 145:
        return re.match(r"<p>(.+?)\. Universidad", s).group(1)
    rest = s.split("</strong> ", 1)[1]
    return re.split(r"(?:\.|(?<=\?)) (?:<em>|En |OPS/PAHO)", rest, maxsplit=1)[0]  # '?' kept (86)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[59] == "## Bibliografía Área Andina" and lines[131] == "## Bibliografía complementaria"
    refs = set()
    for i, ln in enumerate(lines, 1):  # reference lines: <li>, attribute-less <p>, lens-detail "Author (Year). "
        s = ln.strip()
        if s.startswith(("<li>", "<p>")) or re.match(r"^[A-ZÁÉÍÓÚ][^<]*\((?:19|20)\d\d\)\. ", s):
            refs.add(i)
    assert refs == ARTICLES | REPORTS | CHAPTERS | NOT, sorted(refs ^ (ARTICLES | REPORTS | CHAPTERS | NOT))
    papers = [entry(lines, i, i, title_of(i, lines[i - 1])) for i in sorted(ARTICLES | REPORTS | CHAPTERS)]
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[12] == "Designing a Territorial Composite Vulnerability Index to guide public health action in Cali, Colombia"
    assert d[12] == "10.1371/journal.pone.0332486" and d[13] == "10.61978/medicor.v3i3.1085"
    assert t[31] == t[67] == "Action on the social determinants of health: learning from previous experiences"
    assert t[32] == "A Conceptual Framework for Action on the Social Determinants of Health"
    assert t[46].startswith("La determinación social de la salud como herramienta") and d[46] == "10.17533/udea.rfnsp.16637"
    assert t[68] == "Acción sobre los determinantes sociales de la salud: una perspectiva histórica"
    assert t[86] == "The Social Determinants of Health: Time to Re-Think?"
    assert t[101] == "Geopolitical aspects of health: Austerity and health inequalities"
    assert t[102] == "Health and social care in an age of austerity"
    assert t[140] == "Harveian Oration. Health in an unequal world"
    assert t[144] == "Systems Governance for Health Equity: Critical Reflections"
    assert t[145] == ("Los determinantes sociales, las desigualdades en salud y las políticas, como temas de "
                      "investigación")
    assert t[171] == "Healthy aging determinants and disability among older adults: SABE Colombia"
    assert t[179].startswith("Abuelas que viven con sus nietos")
    assert sum(1 for p in papers if p["doi"]) == 3 and not any(p["arxiv"] for p in papers)
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each HTML reference line (update <ol> items, <br>-separated lens-detail references, <p> lines of the "
        "lectura-cards) that cites a journal article, a WHO CSDH discussion paper or a chapter of an edited volume is "
        "an entry on its line; title = the <em> text (update list, reports) or the plain text between </strong> and "
        "the '. <em>'/'. En ' separator (cards), with the bold-title (144) and author-less (145) records taken as "
        "written; books, manuals, chapters of single-author books, the WHO commission page and the World Health "
        "Report are not entries; ids = the three written DOIs.",
        "Whole file (184 lines) read against the -v output: all 42 reference lines classified one by one (24 "
        "articles incl. 171 in PAHO's journal, 3 CSDH reports incl. the repeat 31/67, 2 edited-volume chapters "
        "101/102 with 'ibid.', 13 non-entries with reasons), every title boundary (Spanish translated titles, 140 "
        "'Harveian Oration.' kept, 144 title in <strong>, 145 no author, 86 '?' kept), the &amp; entities, and the 3 "
        "DOIs (12, 13, 46) vs the ISBN-only WHO links.",
    )


if __name__ == "__main__":
    main()
