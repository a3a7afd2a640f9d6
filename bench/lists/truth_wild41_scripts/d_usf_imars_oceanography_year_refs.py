"""Wild41 truth for USF-IMARS/usf-imars.github.io pages/publications.md (newest commit c08ed2d): the publication
list of the Institute for Marine Remote Sensing (IMaRS, University of South Florida, Frank Muller-Karger's group) --
satellite oceanography, marine biodiversity observation, Cariaco Basin time series, coral reefs, red tides, public
health and sea-level-rise adaptation.

Shape: Jekyll front matter (1-4), ``# PUBLICATIONS`` (6), a note linking the pre-2013 list (10), then ``## In
Press`` (12, a single ``* more coming soon`` placeholder, 14 -- not an entry) and year headings ``## 2020`` ...
``## 2013``.  Every reference is one physical line, hand-typed in mixed citation styles: mostly ``* Authors. Year.
Title. Venue...`` but also ``(Year).`` / ``(Year)`` / ``Year:`` / ``Year,`` after the authors, a quoted title (72),
no year at all before the title (44, 60, 110), the year after the title (74).  Irregular bullets: ``*Name`` with no
space after the star (68, 90, 94 -- renders as a list item in kramdown only sometimes; still a reference) and three
references with no bullet at all (108, 126, 166).  Two lines hold two works each: 118 (Toro-Farmer et al. 2016 in
Remote Sensing, then "Valente, A., et al. 2016. A compilation ..." in ESSD) and 194 (a 2013 IOOS Summit white paper,
then "Muller-Karger, Frank. 2013. Remote Sensing Applications to Ocean and Human Health." in an encyclopedia) --
two entries each, on the same line.  Line 19 is cut off after the venue's first word ("Progress in").

Entries (90: 88 reference lines, two of them holding two works): every reference record -- journal articles, book chapters (27, 58, 62, 84, 86, 92, 126, 142), the
two multi-author assessment reports where the lab head is a contributing author (96 SOCCR-2, 98 USGCRP Climate
Science Special Report: technical reports), newsletter/magazine pieces (88 Eos, 196 OCB News, 198 LOICZ Inprint),
the AGU policy statement (206) and the white paper (194) -- all are the lab's listed publications.  Not entries: the
front matter, headings, the pre-2013 link note, the "more coming soon" placeholder.
Title: the text after the year marker up to the stop (or comma) before the venue; the hand-set titles below (FIX)
are the ones where that rule fails (a title with an inner '?', '.', or ', Place'; no year before the title; a
quoted title; no separator before the venue).  27's "chapter 32 - " prefix is the chapter number (numbering,
dropped).  Ids: the first DOI the line writes (doi.org links, ``doi:`` text, bare ``10.x/...``, ``doI:/10...`` at
38); 23's link ends ``...095150:/`` (URL tail, dropped); 100's nature.com article id is not a DOI; the second work
of 118 gets its own DOI (10.5194/essd-8-235-2016), the first line's DOI belonging to the first work.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "USF-IMARS__usf-imars.github.io__pages__publications@c08ed2d.md"
PART = "wild41_development"

# the year marker after the authors: "(2019). ", "(2019) ", " 2018. ", "2015: ", "2013, "
YEAR = re.compile(r"(?:\((?:19|20)\d\d\)\.?|(?<![\d(])(?:19|20)\d\d[.:,])\s+")
# the title ends at a stop before a capital/parenthesis, or at ", " before a capitalised two-word venue
END = re.compile(r"[.?](?= [A-Z(])|, (?=[A-Z][a-z]+ [A-Z])")

FIX = {
    27: "Molecular approaches for an operational marine biodiversity observation network",
    30: "Who should pay for climate adaptation? Public attitudes and the financing of flood protection in Florida",
    36: ("Water quality observations in the marine aquaculture complex of the Deeba Triangle, Lake Manzala, Egyptian "
         "Mediterranean coast"),
    44: "Essential Ocean Variables for sustained observations of marine biodiversity and ecosystems",
    60: ("Integrating marine omics into the marine biodiversity observation network (MBON) in support of the U.N. "
         "sustainable development goals (SDG) and agenda 2030"),
    70: ("Environmental Factors Correlated with Culturable Enterococci Concentrations in Tropical Recreational Waters: "
         "A Case Study in Escambron Beach, San Juan, Puerto Rico"),
    72: ("A Globally-Deployable Strategy for Co-Development of Adaptation Preferences to Sea-Level Rise: The Public "
         "Participation Case of Santos, Brazil"),
    74: ("An Integrated Framework to Analyze Local Decision Making and Adaptation to Sea Level Rise in Coastal Regions "
         "in Selsey (UK), Broward County (USA), and Santos (Brazil)"),
    86: "Mapping of Benthic Habitats in Komave, Coral Coast Using WorldView-2 Satellite Imagery",
    98: "Climate Science Special Report: Fourth National Climate Assessment, Volume I",
    108: ("Past and future climate variability in the Intra-Americas Sea and its impact on the marine ecosystem and "
          "fisheries"),
    110: ("Decadal variability in the oxygen inventory of North Atlantic Subtropical Underwater captured by "
          "sustained, long-term oceanographic time-series observations"),
    118: "Characterization of Available Light for Seagrass and Patch Reef Productivity in Sugarloaf Key, Lower Florida Keys",
    128: "Phytoplankton adapt to changing ocean environments",
    130: ("Potential impact of climate change on the Intra-Americas Seas: Part-1. A dynamic downscaling of the CMIP5 "
          "model projections"),
    136: ("Potential impact of climate change on the Intra-Americas Seas: Part-2. Implications for Atlantic bluefin "
          "tuna and skipjack tuna adult and larval habitats"),
    146: "Whither the U.S. National Ocean Policy Implementation Plan?",
    148: "Community metabolism in shallow coral reef and seagrass ecosystems, Lower Florida Keys",
    152: ("Atmospheric Correction of AISA Measurements Over the Florida Keys Optically Shallow Waters: Challenges in "
          "Radiometric Calibration and Aerosol Selection"),
    164: "Assessing Climate Variability Effects on Dengue Incidence in San Juan, Puerto Rico",
    168: "Chlorophyll-a patterns and mixing process in the Yucatan Basin, Caribbean Sea",
    194: ("Satellite Remote Sensing in Support of IOOS Remote Sensing Observations for the IOOS Global and Coastal "
          "Ocean Regional Associations"),
}
# the second work written on the same line: (title, its own DOI or None)
SECOND = {
    118: ("A compilation of global bio-optical in situ data for ocean-colour satellite applications",
          "10.5194/essd-8-235-2016"),
    194: ("Remote Sensing Applications to Ocean and Human Health", None),
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[5] == "# PUBLICATIONS" and lines[13] == "* more coming soon"
    papers = []
    for i, ln in enumerate(lines, 1):
        if i <= 16 or not ln.strip() or ln.startswith("#"):
            continue
        assert re.match(r"\*? ?[A-Z]", ln), (i, ln)
        if i in FIX:
            title = FIX[i]
        else:
            m = YEAR.search(ln)
            assert m, (i, ln)
            rest = ln[m.end():]
            e = END.search(rest)
            title = rest[: e.start() + (1 if rest[e.start()] == "?" else 0)] if e else rest
        assert title in ln, (i, title)
        e = entry(lines, i, i, title)
        if i == 23:
            assert "095150:/" in ln
            e["doi"] = "10.1146/annurev-marine-010318-095150"
        papers.append(e)
        if i in SECOND:
            t2, d2 = SECOND[i]
            assert t2 in ln and (d2 is None or d2 in ln), i
            e2 = entry(lines, i, i, t2)
            e2["doi"] = d2
            papers.append(e2)
    t = {(p["line"], p["title"]) for p in papers}
    assert (19, ("The establishment of a pelagic Sargassum population in the tropical Atlantic: biological "
                 "consequences of a basin-scale long distance dispersal event")) in t
    assert (58, "North Atlantic Ocean") in t and (96, "The 2nd State of the Carbon Cycle Report") in t
    d = {p["title"]: p["doi"] for p in papers}
    assert d["Impacts of 40 years of land cover change on water quality in Tampa Bay, Florida"] == "10.1080/23312041.2017.1422956"
    assert d["Evolving Academic Culture to Meet Societal Needs"] is None
    assert d[FIX[118]] == "10.3390/rs8020086"
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 90, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each reference line under the year headings (bulleted, '*Name' without a space, or unbulleted) is an entry "
        "-- articles, chapters, reports, newsletter pieces -- and the two lines holding two works (118, 194) give two "
        "entries each; title = the text after the year marker to the stop/comma before the venue, hand-set where "
        "that fails; ids = the first DOI written (the second work of 118 its own); the 'more coming soon' "
        "placeholder is not an entry.",
        "Whole file (208 lines) read against the -v output: every title's start after the year marker and end before "
        "the venue, the 22 hand-set titles (inner '?', 'U.S.', 'Part-1.', ', Place' endings, no-year 44/60/110, "
        "quoted 72, year-after-title 74, no separator 152), the unbulleted 108/126/166 and '*Name' 68/90/94, the "
        "two-work lines 118 and 194, the truncated 19, every DOI against its line (23's ':/' tail, 38's 'doI:/', "
        "bare DOIs 74/138, 100's Nature id not a DOI).",
    )


if __name__ == "__main__":
    main()
