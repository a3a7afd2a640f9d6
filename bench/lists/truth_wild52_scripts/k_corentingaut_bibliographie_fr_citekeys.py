"""Wild52 truth for CorentinGaut/Thesis-organisation Bibliographie.md: a French PhD student's annotated bibliography
(tangible city models, space-time visualisation of urban data, digital twins), in the repository where he organises
his thesis; newest (and only) commit holding the file, 1a475a7 (2025-06-06, "Init project").

Shape: 25 lines, 5.5 KB, a blank first line, then five ``## `` sections (Tangible Table 2, Temporal visualisation 6,
Data Structure 17, Stylization 21, Digital twins 24), each with ``- `` bullets followed by a French comment on the
same line.  Three bullet forms:
- ``- [Title, Author Year](url) : comment`` (3, 4, 22): the link text carries the title and then ``, Salim 2014`` /
  ``, Knecht et König `` / ``, Trapp et al. 2008``; 4 is in capitals; 25 is a link with the title only.
- ``- [@citekey](./Projets/EvolutionTemporelle/Temporal.bib) comment`` (7-15): a pandoc/BibTeX citation key linked to
  the repository's .bib file, no title written.  Line 9 holds two keys, the second without its ``@``
  (``[@kwan2004geovisualization](...),[shaw2009gis](...) ces deux approches ...``); line 15 holds two keys in one
  bracket (``[@de_luca_iconography-based_2010,schindler_4d_2012]``).
- ``- [@citekey] comment`` (18, 19): a bare pandoc citation, no link.

Special cases:
- 14 ``@sachsische_landesbibliothek_-_..._slub_4d-browser_2022`` names a library but the .bib entry is an @article
  (Bruschke, Kröber, Niebling 2022, "Ein 4D-Browser für historische Fotografien..."): a paper, an entry.
- Citation-key entries have no title in the file (title None); the key is not a title.
- No arXiv id or DOI in the file (the MDPI link 25 is ``/2071-1050/15/3/2297``, not a DOI).

Decisions:
- Entry = each cited work: one per link-titled bullet, one per citation key (so 9 and 15 give two entries each on the
  same line).  17 entries.
- Title = the link text up to the ``, Author Year`` tail (3, 4, 22) or the whole link text (25); None for keys.
- Not entries: the section headings and the French comments.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "CorentinGaut__Thesis-organisation__Bibliographie@1a475a7.md"
PART = "wild52_development"

LINKED = re.compile(r"^- \[(?P<text>[^@\]][^\]]*)\]\(https?://[^)]+\)\s?:")
KEYS = re.compile(r"\[@?(?P<keys>[A-Za-z][\w\-]*(?:,[A-Za-z][\w\-]*)*)\](?:\(\./Projets/[^)]+\.bib\))?")
TAIL = re.compile(r", (?:Salim 2014|Knecht et König |Trapp et al\. 2008)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == "## Tangible Table"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert ln == "" or ln.startswith("## "), (n, ln)
            continue
        m = LINKED.match(ln)
        if m:
            title = TAIL.sub("", m.group("text"))
            papers.append(entry(lines, n, n, title))
            continue
        assert ln.startswith("- [@"), (n, ln)
        head = re.match(r"^(?:\[@?[^\]]+\](?:\([^)]+\))?,?)+", ln[2:])
        assert head, (n, ln)
        keys = [k for g in KEYS.finditer(head.group(0)) for k in g.group("keys").split(",")]
        assert keys, (n, ln)
        for _ in keys:
            papers.append(entry(lines, n, n, None))
    assert len(papers) == 17, len(papers)
    t = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert t[3][0]["title"] == "Tangible 3D Urban Simulation Table", t[3]
    assert t[4][0]["title"] == ("AUGMENTED URBAN MODEL: BRIDGING THE GAP BETWEEN VIRTUAL AND PHYSICAL MODELS TO SUPPORT"
                                " URBAN DESIGN"), t[4]
    assert len(t[9]) == 2 and len(t[15]) == 2 and all(p["title"] is None for p in t[9] + t[15])
    assert t[22][0]["title"] == "3D Generalization Lenses for Interactive Focus + Context Visualization of Virtual City Models"
    assert t[25][0]["title"] == ("A Low-Cost Gamified Urban Planning Methodology Enhanced with Co-Creation and"
                                 " Participatory Approaches"), t[25]
    assert sum(p["title"] is None for p in papers) == 13
    write_truth(
        NAME,
        PART,
        papers,
        "Every cited work is an entry (17): the four bullets whose link text is a title (3, 4, 22, 25; title = link"
        " text without the ', Author Year' tail) and each pandoc/BibTeX citation key (7-15, 18-19; title None), two"
        " keys on line 9 ('[@kwan...](bib),[shaw2009gis](bib)', second without '@') and two in one bracket on line 15;"
        " headings and the French comments are not entries.",
        "Read all 25 lines; compared -v with each bullet: tails ', Salim 2014' / ', Knecht et König ' / ', Trapp et"
        " al. 2008' dropped, capitals kept (4), the 2-key lines 9 and 15 give two None entries each, the SLUB key 14"
        " checked against the repo's Temporal.bib (an @article, so an entry), no ids in the file.",
    )


if __name__ == "__main__":
    main()
