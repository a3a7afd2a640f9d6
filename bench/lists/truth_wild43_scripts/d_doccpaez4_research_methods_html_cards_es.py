"""Wild43 truth for doccpaez4-commits/SeminarioIII bibliografia.md (newest commit 45f71c1): the "Bibliografía
recomendada" page (Spanish) of a Colombian university research seminar in the health sciences (Areandina) --
qualitative, quantitative and mixed research methods in public health and medicine: qualitative research
foundations, interviews and ethnography, illness narratives, reporting standards (COREQ, SRQR, STROBE), survey
design, observational designs, statistics reviews.  Same site template as the same teacher's Asigdeterminantes
bibliography (collected separately), with different records and decisions.

Shape: Jekyll front matter (1-4), then raw HTML: an "Actualización 2026" ``<ol>`` (12-13) of
``<li>Authors (Year). Title. <em>Journal, vol</em>, pages. <a href=doi>..</a></li>``, then ``lectura-card`` divs under
``<h3>`` themes, one ``<p><strong>Authors (Year).</strong> ...</p>`` reference per line (25-152): articles write the
title plain and ``<em>Journal, vol</em>(issue), pages``; books are ``<em>Title</em>`` + publisher; chapters are
``Title. En [Editors (Eds.),] <em>Book</em> (pp. ..)`` (69 writes its book "ibid."); 151 is a bare
``<p><em>Atlas.ti — Manuales de uso.</em> ...</p>``; a database paragraph (95) and notes use ``<p style=..>``.

Entries (25): the 22 journal articles (12, 13, 26, 27, 43, 48, 51, 52, 53, 70, 80, 81, 88, 89, 126, 127, 128, 132,
133, 143, 144, 145) and the 3 chapters contributed to edited volumes, whose editors are named "(Eds.)"/"(Ed.)" (44
Bell in the SAGE Handbook, 106 Guba & Lincoln in Denman & Haro's anthology, 107 Mendizábal in Vasilachis de
Gialdino's book).
Not entries: books, manuals and guides (25, 31, 32, 42, 85, 86, 87, 112-116, 146, 150 the JASP guide, and 108/152
which cite a chapter number "(Cap. 1)"/"(Cap. 2)" of a book under the book's title), chapters of the authors' own
books (49 Strauss & Corbin "Codificación abierta / Codificación axial", 50 Coffey & Atkinson, 63 Aldridge, 64 Van
der Gaast et al., 68 and 69 Beuving & De Vries), 151 Atlas.ti manuals, the database paragraph, headings and notes.
Title: 12/13 the text after "(Year). " up to ". <em>"; cards the text between ``</strong>`` and the separator before
the journal or book (``. <em>``, ``? <em>`` with the '?' kept -- 51, 89 -- or ``. En ``); inner full stops are kept
(52 "Narrativa y ciencia. La importancia ...", 80 "... de los datos (I)", 81 "Observational research methods.
Research design II: ...").  Ids: the two DOIs of the update list (12, 13); no card line carries an id.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "doccpaez4-commits__SeminarioIII__bibliografia@45f71c1.md"
PART = "wild43_development"

ARTICLES = {12, 13, 26, 27, 43, 48, 51, 52, 53, 70, 80, 81, 88, 89, 126, 127, 128, 132, 133, 143, 144, 145}
CHAPTERS = {44, 106, 107}  # chapters in edited volumes "(Eds.)"/"(Ed.)"
NOT = {25, 31, 32, 42, 85, 86, 87, 108, 112, 113, 114, 115, 116, 146, 150, 152,  # books, manuals, guides
       49, 50, 63, 64, 68, 69,  # chapters of the authors' own books
       151}  # Atlas.ti manuals
SEP = re.compile(r"(?:\.|(?<=\?)) (?:<em>|En )")  # '?' kept (51, 89)


def title_of(i: int, ln: str) -> str:
    s = ln.strip()
    rest = re.sub(r"^<li>[^<]*?\((?:19|20)\d\d\)\. ", "", s) if i in (12, 13) else s.split("</strong> ", 1)[1]
    return SEP.split(rest, maxsplit=1)[0]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[17] == "## Bibliografía Área Andina" and lines[98] == "## Bibliografía complementaria"
    refs = {i for i, ln in enumerate(lines, 1) if ln.strip().startswith(("<li>", "<p>"))}
    assert refs == ARTICLES | CHAPTERS | NOT, sorted(refs ^ (ARTICLES | CHAPTERS | NOT))
    for i in CHAPTERS:
        assert re.search(r"\(Eds?\.\)", lines[i - 1]), i
    for i in (49, 50, 63, 64, 68, 69):
        assert " En <em>" in lines[i - 1] and "(Ed" not in lines[i - 1], i
    papers = [entry(lines, i, i, title_of(i, lines[i - 1])) for i in sorted(ARTICLES | CHAPTERS)]
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[12] == "Scaling hermeneutics: a guide to qualitative coding with LLMs for reflexive content analysis"
    assert d[12] == "10.1140/epjds/s13688-025-00548-8" and d[13] == "10.1093/ptj/pzad084"
    assert t[44] == "Visual methods for collecting and analysing data"
    assert t[51] == "Illness narratives: fact or fiction?"
    assert t[52] == "Narrativa y ciencia. La importancia de las palabras en la investigación"
    assert t[80] == ("La encuesta como técnica de investigación. Elaboración de cuestionarios y tratamiento "
                     "estadístico de los datos (I)")
    assert t[81] == "Observational research methods. Research design II: cohort, cross sectional, and case-control studies"
    assert t[89] == "Theory and interpretation in qualitative studies from general practice: Why and how?"
    assert t[106] == "Paradigmas en competencia en la investigación cualitativa"
    assert t[127].startswith("Consolidated criteria for reporting qualitative research (COREQ): a 32-item")
    assert sum(1 for p in papers if p["doi"]) == 2 and not any(p["arxiv"] for p in papers)
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each HTML reference line (update-list <li>, attribute-less <p> of the lectura-cards) citing a journal "
        "article or a chapter in an edited volume (editors named '(Eds.)'/'(Ed.)') is an entry on its line; title = "
        "the plain text before the '. <em>' journal/'. En ' book separator ('?' kept); books, manuals, guides, "
        "chapters of the authors' own books and the Atlas.ti manuals are not entries; ids = the two written DOIs.",
        "Whole file read against the -v output: all 48 reference lines classified (22 articles, 3 edited-volume "
        "chapters 44/106/107, 16 books/guides incl. the '(Cap. n)' book citations 108/152, 6 own-book chapters incl. "
        "69 'ibid.', 151 Atlas.ti), every title boundary (51/89 '?', inner full stops in 52/80/81, '(COREQ)' in 127, "
        "&amp; entities in authors only), the 2 DOIs (12, 13).",
    )


if __name__ == "__main__":
    main()
