"""Wild50 truth for achael/achael.github.io _pages/pubs.md: the publication page of an astrophysicist's
minimal-mistakes Jekyll site (Andrew Chael: black hole accretion simulations and Event Horizon Telescope imaging),
newest commit (920b21f, 2025-04-28, "updated cv").

Shape: 276 lines, 16 KB.  Front matter (1-15), an ADS/arXiv pointer (17), then four kinds of content:
- ``### Dissertation`` (19) with one prose sentence (21): ``[Here](/assets/pdfs/...pdf) is a link to my thesis,
  "Simulating and Imaging Supermassive Black Hole Accretion Flows".``
- ``### First Author and Primary Collaboration Papers`` (23, 15 items), ``### Student papers`` (85, 2),
  ``### EHT Collaboration Paper Collections`` (94, 2) and ``### Other Selected Papers`` (104, 42): ``* `` bullets of
  three lines, ``* Authors.`` / `` "Title". _Venue_ vol, year.`` / `` [_Journal_](url) | [_ArXiv_](url)``, separated by
  lines holding only spaces; two items wrap the venue onto a line of its own (243-244, 256-257).
- A closing ``<br/><br/>`` (276).
The title is the double-quoted text on the item's second line, with its final dot inside the quotes or outside.

Special cases:
- 70: the title closes with two apostrophes instead of a quote, ``... Sagittarius A*''. _MNRAS_ 478``.
- 215: no dot between the closing quote and the venue; 123: TeX in a title, ``870 $\\mu$m`` (kept as written).
- 96-102: the two "paper collections" (``"First Sagittarius A* Event Horizon Telescope Results. I--VIII"``, ``"First M87
  Event Horizon Telescope Results. I--IX"``) each name a numbered series of collaboration papers as one item, linked to
  a journal focus page: one entry each, title as written.
- 21: the thesis is named in prose under its own heading: an entry (a research work with its title), no ids.
- Link oddities kept as the file has them: 47 ``https://doi.org/%2010.3847/...`` (an encoded space before the DOI),
  220 ``https://doi.org/doi:10.1126/sciadv.aaz1310``, 51 an arXiv ``/pdf/2106.00683.pdf`` link under an ``_MNRAS_``
  label; copy-paste slips in the file give 67 (EHT IV) the Sgr A* III DOI of 47, 164 the Galaxies DOI of 156 and 253
  (Akiyama 2017) the arXiv id of 274 (1206.0428): the truth records the ids the lines carry.
- Student and EHT items sometimes lack the two-space line break (``* Z Gelles, **A Chael**, E Quataert. `` 86); items of
  the other sections indent their link line by one or two spaces.

Decisions:
- Entry = every ``* `` bullet (61) plus the thesis sentence (21): 62; an item spans its bullet line through its last
  non-blank continuation line (links included).
- Title = the quoted text of the second line (to the first ``"`` or ``''``), final dot dropped; for the thesis the
  quoted title in the sentence.
- Not entries: the ADS/arXiv library pointer (17), headings, front matter, ``<br/>``.
- Ids: arXiv abs/pdf links, DOIs from doi.org and IOPscience ``/article/10.3847/...`` links; none from OUP article
  numbers, CVF or the IOP focus pages.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "achael__achael.github.io___pages__pubs@920b21f.md"
PART = "wild50_development"

BULLET = re.compile(r"^\* \S")
CONT = re.compile(r"^ +\S")
QUOTED = re.compile(r'^ "(?P<t>.+?)(?:"|\'\')')
THESIS = re.compile(r'is a link to my thesis, "(?P<t>[^"]+)"\. $')
SECTIONS = {
    "### First Author and Primary Collaboration Papers": "first",
    "### Student papers": "student",
    "### EHT Collaboration Paper Collections": "collections",
    "### Other Selected Papers": "other",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "title: Publications"
    papers = []
    counts: dict[str, int] = {}
    section = None
    for n, ln in enumerate(lines, 1):
        if ln in SECTIONS:
            section = SECTIONS[ln]
            counts[section] = 0
            continue
        t = THESIS.search(ln)
        if t:
            papers.append(entry(lines, n, n, t.group("t")))
            continue
        if not BULLET.match(ln):
            continue
        last = n
        while last < len(lines) and CONT.match(lines[last]):
            last += 1
        assert 3 <= last - n + 1 <= 4, (n, last)
        m = QUOTED.match(lines[n])
        assert m, (n, lines[n])
        papers.append(entry(lines, n, last, m.group("t")))
        counts[section] += 1
    assert counts == {"first": 15, "student": 2, "collections": 2, "other": 42}, counts
    assert len(papers) == 62, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[21]["title"], t[21]["doi"]) == ("Simulating and Imaging Supermassive Black Hole Accretion Flows", None)
    assert (t[25]["arxiv"], t[25]["doi"]) == ("2501.12448", None), t[25]
    assert t[45]["doi"] == "10.3847/2041-8213/ac6429", t[45]
    assert t[49]["arxiv"] == "2106.00683", t[49]
    assert t[69]["title"] == (
        "The role of electron heating physics in images and variability of the Galactic Center black hole"
        " Sagittarius A*"), t[69]
    assert t[96]["title"] == "First Sagittarius A* Event Horizon Telescope Results. I--VIII", t[96]
    assert t[122]["title"] == "First Very Long Baseline Interferometry detections at 870 $\\mu$m", t[122]
    assert t[214]["title"].endswith("at an extreme 20 microarcsecond resolution"), t[214]
    assert t[218]["doi"] == "10.1126/sciadv.aaz1310", t[218]
    assert (t[242]["end"], t[242]["title"]) == (245, "Dynamical imaging with interferometry"), t[242]
    assert t[251]["arxiv"] == t[272]["arxiv"] == "1206.0428"
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet of the four paper sections is an entry (15 first-author/primary + 2 student + 2 EHT"
        " collections + 42 other selected = 61), spanning its bullet line through its last non-blank continuation"
        " (venue, links); title = the double-quoted text of the second line (closing quote, or '' on 70), final dot"
        " dropped. The thesis named in prose under 'Dissertation' (21) is a 62nd entry with its quoted title. The two"
        " EHT 'paper collections' (96, 100) are one entry each, titled as written. The ADS/arXiv pointer is not an"
        " entry.",
        "Read all 276 lines; compared -v for all 62 entries: spans (4-line items 242-245, 255-258), the '' closing 70,"
        " TeX title 122, dot-less 214, quoted titles with the dot inside vs outside; ids checked against the links"
        " incl. the %20-prefixed DOI 45-47, 'doi:' inside a doi.org URL 218, arXiv pdf link 49, IOP article-URL DOIs"
        " (33, 37, 87...), no DOI from OUP/CVF/focus pages, and the file's own copy-paste id slips (65 vs 45, 162 vs"
        " 154, 251 vs 272) recorded as written.",
    )


if __name__ == "__main__":
    main()
