"""Wild41 truth for robwschlegel/heatwaveR CITATIONS.md (newest commit 1b3a6bf): the "Scientific literature" page
of heatwaveR, an R package that detects marine heatwaves and cold-spells -- the works that cite or use it: marine
ecology (kelp, seagrass, corals, octocorals, fisheries), physical oceanography, lake and river heatwaves,
climatology, a few public-health and hydrology papers.

Shape: ``# Scientific literature`` (1), year headings ``## 2024`` (3) ... ``## 2018`` (419), and under each a
blank-line-separated bullet list ``- Authors (Year). Title. Venue, vol(issue), pages.`` -- Google Scholar's APA
export pasted by hand, with no links or ids anywhere in the file (no DOI, no URL).  Special records:
- theses, written ``Title (Doctoral dissertation, University).`` (19, 83, 97, 105, 121, 175, 227, 261, 353, 399)
  or with no venue at all (63, 135, 145, 189, 211, 243, 245, 367, 371, 403, 415): the "(Doctoral dissertation ...)"
  part is venue, not title;
- 43 (Hanafy et al., a CRC Press book chapter) has no year: the title follows the authors directly;
- 317 is a Google Scholar mis-parse: "Resaikos, V., & Ceccherelli, G. (2022). Patrizia Stipcich1, Eugenia T.
  Apostolaki2, ..." -- the title position holds an affiliation-numbered author list, so the record names no title
  (null);
- titles ending in '?' keep it before the separator '.' (133, 195, 213, 223, 323, 325);
- titles with inner ', 1862 (...)', '(1950–2022)', ': ' are whole up to the '. ' before the venue (89, 33, 57);
- repeated works are kept as written (same title twice, often in two year sections: 157/315, 197/221, 201/307,
  219/321, 223/323, 225/329, 373/407).

Entries (204): every bullet -- journal articles, preprints (bioRxiv/medRxiv), theses, two report-like items
(421 a Pacific cod stock assessment, 423 Beebe's "A Complete Bibliography of Publications in the Journal of Open
Source Software" technical report), a JOSS software paper (417), a book chapter (43).  Not entries: the headings.
Title: the text after "(Year). " up to the first ". " (or final ".") -- the APA separator -- with a trailing
" (Doctoral dissertation ...)" removed.  Ids: none (the file writes none).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "robwschlegel__heatwaveR__CITATIONS@1b3a6bf.md"
PART = "wild41_development"

YEAR = re.compile(r"\(\d{4}\)\. ")
SEP = re.compile(r"\. (?=\S)|\.$")
THESIS = re.compile(r" \(Doctoral dissertation[^)]*\)?$")
NO_YEAR = {43: "Thermal history of coral reefs along the Egyptian coast of the Red Sea"}
NO_TITLE = {317}  # the title position holds "Patrizia Stipcich1, Eugenia T. Apostolaki2, ..." (an author list)


def title_of(i: int, ln: str) -> str | None:
    if i in NO_YEAR:
        return NO_YEAR[i]
    if i in NO_TITLE:
        return None
    m = YEAR.search(ln)
    assert m, (i, ln)
    rest = ln[m.end():]
    e = SEP.search(rest)
    title = rest[: e.start()] if e else rest
    return THESIS.sub("", title)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Scientific literature" and lines[418] == "## 2018"
    assert not any(re.search(r"doi|http|arxiv", ln, re.IGNORECASE) for ln in lines)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert not ln.strip() or ln.startswith("#"), (i, ln)
            continue
        title = title_of(i, ln)
        assert title is None or title in ln, (i, title)
        papers.append(entry(lines, i, i, title))
    t = {p["line"]: p["title"] for p in papers}
    assert t[19] == ("Ekološke karakteristike i uzgojni potencijal preostalih populacija vrste Gongolaria barbata "
                     "(Stackhouse) Kuntze na istarskoj obali"), t[19]
    assert t[121] == ("Forests of the brown macroalgae Gongolaria abies-marina (SG Gemelin) Kuntze: from phenology to "
                      "temporal trends in Gran Canaria Island (eastern Atlantic)"), t[121]
    assert t[133].endswith("Emergence or Introduction of Ostreid herpesvirus-1?"), t[133]
    assert t[89].endswith("Sarcotragus Foetidus Schmidt, 1862 (Porifera, Demospongiae) in the Portofino MPA"), t[89]
    assert t[409] == ("Quantitative modelling of fish habitat under future regulated and hydro-climatically driven "
                      "flow regimes in the Saint John River (New Brunswick, Canada)"), t[409]
    assert t[197] == t[221] and t[317] is None
    assert not any("dissertation" in (p["title"] or "") for p in papers)
    assert len(papers) == 204, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- Authors (Year). Title. Venue...' bullet under the year headings is an entry (articles, preprints, "
        "theses, reports, a chapter, a software paper; repeats kept); title = the text after '(Year). ' to the "
        "first '. ' with a '(Doctoral dissertation ...)' tail removed, hand-set for the yearless 43, null for the "
        "mis-parsed 317; no ids (the file has none).",
        "Every bullet's computed title printed next to the rest of its line (venue) and read: the 21 thesis or "
        "no-venue records, '?'-ending titles (133, 195, 213, 223, 323, 325), titles with inner dates/commas (33, 57, "
        "89, 213, 297, 305), the yearless chapter 43, the garbled 317, the cut-off tails of 89/409; first and last "
        "bullet of every year section (5/139, 143/239, 243/343, 347/395, 399/409, 413/417, 421/423) and ~20 random "
        "ones against the file.",
    )


if __name__ == "__main__":
    main()
