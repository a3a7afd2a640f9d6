"""Wild49 truth for GSansigolo/ser-350 bibliografia.md: the Portuguese reading list ("Bibliografia") of INPE's
graduate GIS course SER-350 (Introdução ao Geoprocessamento), a just-the-docs page, newest commit (211b6d3,
2026-03-06).  Earlier commits the same day wrote every reference as a one-cell pipe row ``| ... |``; the newest turns
them into bullets.

Shape: 59 lines, 4 KB, no trailing newline.  Front matter (1-5), ``# **BIBLIOGRAFIA**`` (7), then bold ``###``
sections: ``BIBLIOGRAFIA BÁSICA`` (9; bullets 11-24), ``BIBLIOGRAFIA DE APOIO`` (28; 30-34), ``HISTÓRIA DO GIS /
SIG`` (38) with ``#### **Um Pouco de Brasil**`` (40; 41-46) and ``#### **Um Pouco do Mundo**`` (48; 49-52), and
``Links Úteis e Repositórios`` (56; 58-59, two site links).  Two bullet shapes:
- plain references ``* Authors. “Title”. Venue (year).`` with curly quotes around article titles, and books with
  the title unquoted (``* Burrough, P. et al. Principles of Geographical Information Systems. Oxford University
  Press, 2015.``);
- bold links ``* [**Title (year)**](pdf) - Author, year.`` (42-52), some wrapping a whole book reference
  (23, 31, 34: ``[**Câmara, G. et al. Anatomia de Sistemas de Informação Geográfica. Sagres Editora, 1997.**](...)``).

Special cases:
- Books are not entries: 14 ``“Moving Objects Databases”. Morgan Kaufmann`` (a book despite the quotes), 22-24,
  30-34, and 51 ``Charting the Unknown: How Harvard became GIS`` (Chrisman's book; the link is a chapter PDF but the
  item names the book).
- 16 ``CONCAR. “Perfil de Metadados Geoespaciais do Brasil (Perfil MGB)”`` is a national metadata standard, not a
  research work: not an entry.
- 42 ``... (Palestra)`` is a talk: not an entry.  58-59 are site links.
- Kept as entries: the book chapter 41 (``“Geomorfologia e Geoprocessamento”. Bertrand Brasil``), the 1962 and 1967
  Tomlinson reports (49, 50) and the NRC report 52 ``Beyond Mapping: Meeting National Needs (2006)``.
- Titles as written, shortened ones included (17 ``Sensors: the world of volunteered geography``, 44 ``Networks of
  innovation and SDI in Brazil``); a trailing ``(1962)``/``(1967)``/``(2006)`` year inside the bold link is dropped.

Decisions:
- Entry = every bullet naming a paper, chapter or report (17); title = the text in “...” for plain references, the
  bold link text (minus a trailing ``(year)``) for link bullets.  No arXiv/DOI ids in the file.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "GSansigolo__ser-350__bibliografia@211b6d3.md"
PART = "wild49_development"

BULLET = re.compile(r"^\* (?P<body>.+)$")
QUOTED = re.compile(r"“(?P<title>[^”]+)”")
BOLD_LINK = re.compile(r"^\[\*\*(?P<text>.+?)\*\*\]\((?P<url>[^)]+)\)(?: - (?P<who>.+))?$")
YEAR_TAIL = re.compile(r"\s*\(\d{4}\)$")
NOT_ENTRIES = {
    14: "book (Güting & Schneider)",
    16: "CONCAR metadata standard",
    22: "book (Burrough)",
    23: "book (Câmara, Introdução à Ciência da Geoinformação)",
    24: "book (Longley)",
    30: "book (Assad & Sano)",
    31: "book (Câmara, Anatomia)",
    32: "book (Chrisman)",
    33: "book (Hornsby & Yuan)",
    34: "book (Fuks)",
    42: "talk (Palestra)",
    51: "book (Chrisman, Charting the Unknown)",
    58: "site link",
    59: "site link",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "# **BIBLIOGRAFIA**"
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        bullets += 1
        if n in NOT_ENTRIES:
            continue
        body = m.group("body")
        q = QUOTED.search(body)
        b = BOLD_LINK.match(body)
        if q:
            title = q.group("title")
        else:
            assert b, (n, body)
            title = YEAR_TAIL.sub("", b.group("text"))
        papers.append(entry(lines, n, n, title))
    assert bullets == 31, bullets
    assert len(papers) == 17, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[11]["title"] == "Earth Observation Data Cubes for Brazil: Requirements, Methodology and Products", t[11]
    assert t[17]["title"] == "Sensors: the world of volunteered geography", t[17]
    assert t[41]["title"] == "Geomorfologia e Geoprocessamento", t[41]
    assert t[43]["title"] == "Geomorfologia, Analise Ambiental e Geoprocessamento", t[43]
    assert t[49]["title"] == "Computer Mapping", t[49]
    assert t[50]["title"] == "Intro to the GIS of the Canada Land Inventory", t[50]
    assert t[52]["title"] == "Beyond Mapping: Meeting National Needs", t[52]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet naming a journal/conference paper, book chapter or report is an entry (17 of 31 bullets):"
        " title = the text inside “...” for plain references (11-21, 41), the bold link text without a trailing"
        " '(year)' for '[**...**](pdf) - Author' bullets (43-52).  Not entries: books (14 'Moving Objects Databases',"
        " 22-24, 30-34, 51 Charting the Unknown), the CONCAR metadata standard (16), the talk marked '(Palestra)' (42),"
        " the two site links (58-59).",
        "Read all 59 lines; compared -v for all 17 entries against their bullets (quoted titles incl. the shortened"
        " 17 'Sensors: ...', bold-link titles with '(1962)'/'(1967)'/'(2006)' dropped at 49/50/52, the chapter 41);"
        " checked each of the 14 excluded bullets by hand (books with quoted or unquoted titles, standard, talk,"
        " links); no ids in the file.",
    )


if __name__ == "__main__":
    main()
