"""Wild29 truth for phil-blain/CICE-Consortium-CICE-wiki "Users,-CICE-v1-through-v5.md": the CICE sea-ice
model wiki page listing, country by country and institution by institution, the papers, theses and
reports that used CICE versions 1-5.

Commit f565972 (2018-04-20) is used because the page was deleted from the wiki afterwards (e3a2107,
"Destroyed Users, CICE v1 through v5"); f565972 is the last commit holding it.

Shape: a trac-wiki page converted to Markdown: "## Country ##" and "### Institution ###" headings, and
under each institution ``* `` bullets, one citation per bullet (one line, except line 799-800 whose
journal wraps onto the next line).  Citation styles are mixed: "Initials Surname, ... . Title. Journal
vol:pages, year." (most), "Authors (YEAR). Title. Journal", "Authors, YEAR: Title. Journal",
"Surname, I., ... , Title, Journal" (title after the last author's comma), an MLA line with a quoted
title (line 886), "(_UAF_)"-style institution tags before the authors (lines 924-929).  Titles end with
". " or ", " before the journal and some have no separator at all (lines 87, 160); trac escapes such as
"!McLaren", "!Nowcast" are kept as written.  The script takes the title with a small author/year rule
and sets it by hand where the rule does not fit (TITLE below).
Decisions:
- HTML comments (``<!---`` ... ``--->``) hold user names and e-mails and are not rendered.  Three of them
  are never closed on their own and swallow what follows up to the next ``-->``: the Danish one (line
  630) hides the whole Finland section (bullet 642), the CMCC one (724) hides Japan (738, 742, 746) and
  the Norwegian one (801) hides Poland (818).  Those five bullets do not show on the rendered page, so
  they are not entries (Markdown/HTML rendering rule).
- Line 222 ("NRL-SSC Transitions New Ice Model to Navy. NRL News Release") is a news release: not an entry.
- Technical reports, NRL reports, a PhD thesis (268), conference papers (212, 214, 223, 367) and chapters
  in AGU monographs (169, 423) are entries.  The same paper listed under two institutions is two entries
  (162/421, 76/586, 113/349).
- Line 924 writes the malformed DOI "doi:101029/2006JC003690" (no dot): no DOI.
Not entries: headings, the country link index (lines 14-34), the NCAR bibliography pointer (153), the
Meteo-France web page link (656-657), the "Institutions participating in EarthClim's NorESM" line (783).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "phil-blain__CICE-Consortium-CICE-wiki__Users,-CICE-v1-through-v5@f565972.md"
PART = "wild29_development"

HIDDEN = {642, 738, 742, 746, 818}  # inside an unclosed HTML comment (see docstring)
NOT_PAPERS = {222}  # news release

TITLE = {
    45: "Impact of aerosol intrusions on Arctic boundary layer clouds. I. 4 May 1998 case",
    46: "Impact of aerosol intrusions on Arctic boundary layer clouds. II. Sea ice melting rates",
    87: "Climate Model Simulations of Effects of Increased Atmospheric CO 2 and Loss of Sea Ice on Ocean"
    " Salinity and Tracer Uptake",
    116: "Improved Parallel Performance of the CICE Model in CESM1",
    156: "The Community Climate System Model",
    160: "Polar ampliﬁcation of climate change in coupled models",
    180: "The Community Climate System Model version 4",
    213: "Validation of the 1/12^o^ Arctic Cap !Nowcast/Forecast System (ACNFS)",
    240: "GFDL's CM2 global coupled climate models. Part II: The baseline ocean simulation",
    348: "Mechanisms in the development of anomalous sea ice extent in the western Arctic: A case study",
    367: "Coupling the CWRF with the CICE for Arctic climate applications",
    423: "Some aspects of uncertainty in predicting sea ice retreat",
    426: "Controls on Arctic sea ice from first-year and multi-year ice survivability",
    428: "The reversibility of sea ice loss in a state-of-the-art climate model",
    431: "Climate Sensitivity of the Community Climate System Model Version 4",
    469: "A sea-ice sensitivity study with a global ocean-ice model",
    471: "ACCESS-OM: the ocean and sea-ice core of the ACCESS coupled model",
    472: "The ACCESS coupled model: description, control climate and evaluation",
    473: "The ACCESS coupled model: documentation of core CMIP5 simulations and initial results",
    474: "Evaluation of ACCESS Climate Model ocean diagnostics in CMIP5 simulations",
    475: "The sea-ice performance of the Australian climate models participating in the CMIP5",
    476: "An assessment of Southern Ocean water masses and sea ice during 1988-2007 in a suite of"
    " inter-annual CORE-II simulations",
    477: "Is realistic Antarctic sea ice extent in climate models the result of excessive ice drift?",
    508: "Simulating the mass balance and salinity of arctic and antarctic sea ice. 1. model description"
    " and validation",
    531: "Sea ice forecast verification in the canadian Global Ice Ocean Prediction System",
    532: "The Regional Ice Prediction System (RIPS): verification of forecast sea ice concentration",
    552: "North Atlantic response to the above-normal export of sea ice from the Arctic",
    658: "A global coupled sea ice-ocean model",
    659: "Description and validation of the CNRM-CM3 global coupled model",
    661: "Natural forcing of climate during the last millennium. Part 1: Fingerprint of solar variability",
    662: "The effect of aggressive mitigation on sea level rise and sea ice changes",
    663: "The role of sea-ice thickness distribution in the Arctic sea-ice potential predictability: A"
    " diagnostic approach with a coupled GCM",
    664: "The CNRM-CM5.1 global climate model: description and basic evaluation",
    677: "On the formulation of sea-ice models. Part 1: Eﬀects of diﬀerent solver implementations and"
    " parameterizations",
    837: "Numerical Modeling of the Arctic Ocean Deepwater Formation: Part I. Idealized Study",
    838: "Numerical Modeling of the Arctic Ocean Deepwater Formation: Part II. Results of Regional and"
    " Global Experiments",
    866: "The !GloSea4 ensemble prediction system for seasonal forecasting",
    868: "Development of the Global Sea Ice 6.0 CICE configuration for the Met Office Global Coupled Mode",
    869: "Recent development of the Met Office operational ocean forecasting system: an overview and"
    " assessment of the new Global FOAM forecasts",
    886: "Processes controlling surface, bottom and lateral melt of Arctic sea ice in a state of the art"
    " sea ice model",
    891: "Impact of a new anisotropic rheology on simulations of Arctic sea ice",
    892: "Impact of variable atmospheric and oceanic form drag on simulations of Arctic sea ice",
}
JOURNAL_AFTER_COMMA = re.compile(r", (?=J\.|Geophys|Ocean|Clim|Climate|Mon|Quat|Paleo)")


def rule_title(text: str) -> str:
    """Title by the common shapes: after '(YEAR)' / ', YEAR:' / the authors' closing '. ', up to '. '."""
    t = re.sub(r"^\(_\w+_\) ", "", text)
    m3 = re.match(r".*?\(\d{4}\): (.*)", t)
    m = re.match(r".*?\(\d{4}\)[.,:]?\s+(.*)", t)
    m2 = re.match(r".*?, \d{4}: (.*)", t)
    if m3:
        rest = m3.group(1)
    elif m:
        rest = m.group(1)
    elif m2:
        rest = m2.group(1)
    else:
        rest = t
        for k in re.finditer(r"([\w!'’\-]+)\. ", t):
            w = k.group(1)
            if w == "al" or (len(w) >= 2 and not re.fullmatch(r"[A-Z][a-z]?", w) and w not in ("et", "Jr", "Sr")):
                rest = t[k.end():]
                break
    return re.split(r"\. ", JOURNAL_AFTER_COMMA.split(rest)[0])[0].strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("* ") or i in HIDDEN or i in NOT_PAPERS:
            continue
        end = i + 1 if i == 799 else i  # the Knudsen citation wraps onto line 800
        title = TITLE.get(i) or rule_title(ln[2:])
        assert title in ln, (i, title)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 206, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each rendered '* ' citation bullet is one entry (reports, a thesis, conference papers and monograph"
        " chapters included; a news release and five bullets swallowed by unclosed HTML comments excluded);"
        " the title is taken by an author/year rule and set by hand for 42 lines it does not fit.",
        "All 206 titles read by eye against the file; the comment regions traced line by line; DOIs of the"
        " 'doi:', 'DOI:', 'Doi:' and dx.doi.org forms checked.",
    )


if __name__ == "__main__":
    main()
