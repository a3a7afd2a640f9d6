"""Wild40 truth for Delvis/delvis.github.io content/publications.md: the publications page of a
biological anthropologist / palaeoanthropologist (João d'Oliveira Coelho: forensic anthropology, machine
learning for fossil-site discovery, Gorongosa), the Markdown source of his Jekyll site.

Version: the repository's newest commit (41775e3, 2025-04-01); the file was last changed in 80e14ba
(2024-10-08, "new speleology paper").

Shape: front matter (1-9), then four ``##`` sections of one-paragraph references separated by blank
lines, each on one (long) line in a Vancouver-like style: ``Surname IN, **d'Oliveira Coelho J**, ... YEAR.
Title. *Journal*, **vol**(issue):pages. <a href = "URL" target = "_blank">DOI-as-text</a>``.
- ``## Scientific Articles`` (11): 17 records, 13-45.  Line 13 ends the author list with ``, 2024.``
  instead of ``. 2024.``; line 33 writes the owner's name without bold and a straight apostrophe; the
  visible link text is the DOI, while the ``href`` is a publisher URL that may hold it (Wiley, SAGE,
  Springer) or not (ScienceDirect ``pii`` 17, 27, 31, 35, 39, 45; PeerJ 21; a BCRA download 13 and a
  Jimdo page 33 with the text "(PDF 46.1MB)" / "Download" and no DOI at all).
- ``## Book Chapters`` (47): 3 records (49, 51, 53) with ``*In*: Editors (Eds.), *Book*``.  49 is the
  owner's own essay in the anthology *30 Anos, 30 Antropólogos*, titled with his name in capitals
  ("JOÃO COELHO"), year in parentheses ``(2023).``; its DOI text is the whole volume's.
- ``## Conference Papers`` (55): 2 IEEE proceedings papers; 57 puts the title BEFORE the year
  (``... Wasterlain S. Morphological analysis ... ancestry estimation. 2018. *22nd International ...``).
- ``## Published Abstracts (Society Meetings)`` (61): 5 meeting abstracts published in journal
  supplements (AJPA/AJBA ``(S73)``, Folia Primatologica, La Revue de Médecine Légale), each with a DOI.

Decisions:
- Entries: every reference paragraph: 17 articles, 3 chapters, 2 conference papers and the 5 published
  abstracts (citable publications with their own DOIs in journals): 27.  The chapter 49 is kept with the
  other chapters (a signed contribution to an edited university-press volume), title "JOÃO COELHO" as
  written.  Each is one line.
- Title: the text after the year (``YEAR. `` / ``(YEAR). `` / ``, YEAR. ``) up to the first italic
  (`` *``) journal, book (``*In*``) or proceedings; for 57 the text between the author list and ``.
  2018.``.  The final '.' is dropped, the '?' of 69 kept.
- Ids: the first DOI in the line, from the URL when it holds one, else the link text (doi_of reads both);
  none for 13 and 33.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "Delvis__delvis.github.io__content__publications@41775e3.md"
PART = "wild40_development"

YEAR = re.compile(r"(?:\. |, |\()(?:19|20)\d\d\)?\. ")
SECTIONS = {"## Scientific Articles": 17, "## Book Chapters": 3, "## Conference Papers": 2,
            "## Published Abstracts (Society Meetings)": 5}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    for i, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln
            counts[section] = 0
            continue
        if i <= 9 or not ln.strip():
            continue
        assert section, i
        if i == 57:
            title = ln[ln.index("Wasterlain S. ") + len("Wasterlain S. ") : ln.index(" 2018. *")]
        else:
            y = YEAR.search(ln)
            assert y, i
            title = ln[y.end() : ln.index(" *", y.end())]
        papers.append(entry(lines, i, i, title))
        counts[section] += 1
    assert counts == SECTIONS, counts
    t = {p["line"]: p["title"] for p in papers}
    assert t[13] == "Caves of Inhaminga: the speleological heritage of the Cheringoma Plateau, Mozambique", t[13]
    assert t[19] == "DXAGE 2.0 — adult age at death estimation using bone loss in the proximal femur and the second " \
        "metacarpal", t[19]
    assert t[33] == "New data about sex and age-at-death based on the postcranial skeleton of the enslaved adult " \
        "Africans found at Lagos, Portugal (15th-17th centuries)", t[33]
    assert t[49] == "JOÃO COELHO", t[49]
    assert t[53] == "Chapter 5.1 - Osteomics: Decision support systems for forensic anthropologists", t[53]
    assert t[57] == "Morphological analysis of 3D skull models for ancestry estimation", t[57]
    assert t[69] == "Experimental burning and real fire scenarios: Are they comparable in terms of chemical " \
        "anthropology?", t[69]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[13] is None and d[33] is None, d
    assert d[17] == "10.1016/j.isci.2023.107644" and d[27] == "10.1016/j.forsciint.2019.109873", d
    assert d[37] == "10.5744/fa.2018.0003" and d[49] == "10.14195/978-989-26-2476-1", d
    assert d[67] == "10.1159/000502392" and d[57] == "10.1109/iv.2018.00104", d
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each one-line reference paragraph under the four ## sections is an entry (17 articles, 3 book chapters, "
        "2 conference papers, 5 published meeting abstracts); title = the text after the year up to the first "
        "italic journal/book/proceedings (for 57, where the title precedes the year, the text before '. 2018.'), "
        "final '.' dropped; ids = the first DOI in the line (publisher URL or the DOI written as link text).",
        "All 71 lines read; every title compared with the -v output and the line, including the ', 2024.' author "
        "end (13), the unbolded owner (33), the capitalised essay title (49), the 'Chapter 5.1 -' title (53), "
        "the title-before-year conference paper (57) and the '?' abstract (69); DOIs of all 27 checked against "
        "the link texts and URLs (pii, PeerJ, BCRA, Jimdo, Brill links holding none).",
    )


if __name__ == "__main__":
    main()
