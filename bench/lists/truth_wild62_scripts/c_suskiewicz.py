"""Wild62 truth for MSuskiewicz/msuskiewicz.github.io _pages/pl/publications.md at 71209fe (2026-03-11): the Polish
"Publikacje" page of a structural biologist's academicpages (Jekyll) site; the list is written by hand as an HTML
``<ol>`` inside the Markdown page.

Shape: 77 lines.  Front matter (1-6), a Polish sentence on the order (8), a Polish legend of markers (10:
``✱`` equal contribution, ``✉`` corresponding author, ``🅡`` review, ``🅝`` news & views, ``🅟`` preprint, ``🅒``
book chapter), ``<ol start="31" reversed>`` (12) with 31 ``<li>`` items on the odd lines 13-73, one reference per
line, blank lines between, ``</ol>`` (74), and a Polish pointer to Google Scholar (77).  Each item is in a
Nature-like style with no markup at all:
``<li>Surname, I., Surname, I.✱, ... & Surname, I.✉ <title>. <journal> <vol>, <pages> (<year>). <marker></li>``.

Special cases:
- The title starts right after the author list, which ends in ``✉`` (the corresponding-author mark), sometimes
  ``✉.`` (27, 31, 33) or `` ✉`` with a space before it (67, 69).  43 is the exception: its last author has no mark
  (``Ahel, D.✉ & Ahel, I. DELTEX E3 ligases ...``), so its title is written by hand.
- Titles contain no ``. ``; they end at the first ``. `` before the journal.  Unicode in titles is kept as written
  (29 ``post‐translational`` with U+2010, 37 ``E2∼SUMO``, 57 ``NAD (P)+``, 13 ``FAM11_B``).
- 15 is a book chapter (``In: SUMO: Methods and Protocols ...``, marker ``🅒``), 27 and 47 are bioRxiv preprints,
  23 is ``accepted``; 17 is the only item that writes a DOI (``doi: 10.1002/prot.26838``).
- The same list exists in _pages/publications.md (English) and _pages/fr/publications.md; only this Polish copy is
  collected.

Decisions:
- Entry = each ``<li>`` (31 entries, one line each); the chapter, preprints and reviews are kept (they are listed
  publications with titles).
- Title = the text after the author list's last ``✉`` (and an optional ``.``) up to the first ``. ``; 43 by hand.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "MSuskiewicz__msuskiewicz.github.io___pages__pl__publications@71209fe.md"
PART = "wild62_held_out"

LI = re.compile(r"^\s*<li>(.*)</li>\s*$")
BY_HAND = {43: "DELTEX E3 ligases ubiquitylate ADP-ribosyl modification on protein substrates"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LI.match(ln)
        if not m:
            continue
        if n in BY_HAND:
            title = BY_HAND[n]
        else:
            rest = m.group(1)[m.group(1).rindex("✉") + 1:].lstrip(". ")
            title = rest.split(". ", 1)[0]
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 31, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == list(range(13, 74, 2)), sorted(on)
    assert on[13]["title"] == "Filament formation and NAD processing by noncanonical human FAM11_B sirtuins", on[13]
    assert on[15]["title"] == "Production and purification of SUMO-UBC9 and SUMO-RANGAP1CTD", on[15]
    assert on[17]["doi"] == "10.1002/prot.26838", on[17]
    assert on[27]["title"] == "Ubiquitylation of nucleic acids by DELTEX ubiquitin E3 ligase DTX3L", on[27]
    assert on[29]["title"].startswith("The logic of protein post‐translational modifications (PTMs): Chemistry"), on[29]
    assert on[43]["title"].startswith("DELTEX E3 ligases ubiquitylate ADP-ribosyl modification on protein"), on[43]
    assert on[57]["title"].startswith("The oxidoreductase PYROXD1 uses NAD (P)+ as an antioxidant"), on[57]
    assert on[67]["title"] == "Structural basis for the disaggregase activity and regulation of Hsp104", on[67]
    assert on[73]["title"] == "Context-dependent resistance to proteolysis of intrinsically disordered proteins", on[73]
    assert sum(1 for p in papers if p["doi"]) == 1 and not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each <li> of the hand-written HTML <ol reversed> is one entry (31 entries, one line each, odd lines"
        " 13-73), including a book chapter, preprints and reviews marked with emoji.  Items are Nature-style"
        " references without markup; title = the text after the author list's final '✉' (corresponding-author"
        " mark, optionally followed by '.') up to the first '. ' before the journal; 43, whose last author has no"
        " mark, is written by hand.  The Polish intro, legend and Scholar pointer are not entries.",
        checked="Read the whole file; compared the -v output with all 31 items: author lists ending in '✉.', ' ✉'"
        " and the unmarked 43, Unicode inside titles (29, 37, 57), the chapter (15), preprints (27, 47) and the single"
        " DOI (17).",
    )


if __name__ == "__main__":
    main()
