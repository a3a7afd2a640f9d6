"""Wild28 truth for UW-Hydro/VIC docs/Documentation/References.md: a hydrology model's reference page.

Shape: '#'/'##'/'###' section headings (VIC model, streamflow routing model, selected
applications, other references), then one paragraph per reference, a blank line between, no
bullets or numbering.  Mostly AGU/AMS style 'Authors, YYYY[a|b]: Title, _Journal_, **vol**(no),
pages, [doi:...](http://dx.doi.org/...).' with variants: line 5 'Authors (1994), Title, _J._';
line 9 Copernicus 'Authors: Title, _Journal_, ..., https://doi.org/..., 2018.'; line 115 APA
'Authors (1997). Title. _Journal_'; line 133 'Authors. 1996. Title. Journal, vol. ...'.
Title = the text after the author/year prefix up to the venue: the first ', _', ',_', '. _' or
'._' (lines 81 and 85 put the comma straight against the underscore).  Special cases, written
out in OVERRIDE and checked to occur in their line: line 31 (title is a link text, then '. In
_Algorithm Theoretical Basis Document_ (unpublished)'), line 95 (book chapter, title ends at
', In: _...'), and the references without any italics: 67, 69, 97, 99, 109, 111, 113, 121, 133.
Entries: every reference paragraph whose subject is a scholarly work: journal articles, the
technical report TR140 (line 35), the unpublished ATBD document (line 31), the AGU book
chapter (line 95), the Colorado State University Hydrology Paper (line 121, Brooks and Corey).
Not an entry: line 119 (Bras 1990, a textbook from Addison-Wesley).  IDs: doi.org links, bare
'doi:' text (lines 63, 65, 99), an https://doi.org URL (line 9); line 23 writes a truncated DOI
'10.1175/1525-7541', kept as written.  Lines 103 and 105 write SICI-style J. Clim. DOIs with
angle brackets ('10.1175/1520-0442(2001)014<1790:GREOSM>2.0.CO;2'); the helper's doi_of stops at
'<', so the script sets the whole DOI as written (FULL_DOI, checked to occur in the line).
Count check: 59 non-blank, non-heading lines from line 5 to 135 (1 + 1 + 16 + 4 + 28 + 9 per section)
= 58 entries + 1 textbook.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "UW-Hydro__VIC__docs__Documentation__References@8f6cc06.md"
PART = "wild28_development"
NOT_PAPERS = {119}
OVERRIDE = {
    31: "Water Budget Record from Variable Infiltration Capacity (VIC) Model",
    67: "Hydrologic impacts of climate change on the Nile River basin: Implications of the 2007 IPCC climate scenarios",
    69: "Effects of a century of land cover and climate change on the hydrology of Puget Sound basin",
    95: "Evaluation of NCEP/NCAR Reanalysis Water and Energy Budgets using Macroscale Hydrologic Simulations",
    97: "Parameterization of Lakes and Wetlands for Energy and Water Balance Studies in the Great Lakes Region",
    99: "Sensitivity of the Water resources of Rio Yaqui Basin, Mexico to agriculture extensification under"
        " multi-scale climate conditions",
    109: "Surface radiative fluxes over the pan-Arctic land region: Variability and trends",
    111: "Drought Monitoring for Washington State: Indicators and Applications",
    113: "Dynamics of terrestrial water storage change from satellite and surface observations and modeling",
    121: "Hydraulic properties of porous media",
    133: "Fractional Coverage of Rainfall Over a Grid: Analyses of NEXRAD data over the southern Plains",
}
FULL_DOI = {
    103: "10.1175/1520-0442(2001)014<1790:GREOSM>2.0.CO;2",
    105: "10.1175/1520-0442(2001)014<3307:PTDOGR>2.0.CO;2",
}
PREFIX = re.compile(r"^.*?(?:\(\d{4}\)[,.]|\b\d{4}[ab]?:|[A-Z]\.:)\s*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not text.strip() or text.startswith("#"):
            continue
        records += 1
        if i in NOT_PAPERS:
            continue
        if i in OVERRIDE:
            title = OVERRIDE[i]
            assert title in text, i
        else:
            m = PREFIX.match(text)
            assert m, i
            rest = text[m.end():]
            e = re.search(r"[,.] ?_", rest)
            assert e, i
            title = rest[: e.start()]
        e = entry(lines, i, i, title)
        if i in FULL_DOI:
            assert f"doi:{FULL_DOI[i]}]" in text, i
            e["doi"] = FULL_DOI[i].lower()
        papers.append(e)
    assert records == 59, records
    assert len(papers) == 58, len(papers)
    write_truth(NAME, PART, papers,
                "every reference paragraph under the headings is an entry except one textbook (line 119); title ="
                " the text between the author/year prefix and the italic venue (', _' or '. _'), written out for the"
                " link-text title, the book chapter and the nine references without italics",
                "all 59 paragraphs read by eye; every title compared with its line; DOIs checked on the lines that"
                " write them (dx.doi.org links, bare doi: text, the SICI-style J. Clim. DOIs with <...> on lines 103"
                " and 105, the truncated DOI on line 23)")


if __name__ == "__main__":
    main()
