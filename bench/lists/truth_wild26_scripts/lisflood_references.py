"""Wild26 truth for ec-jrc/lisflood-code docs/0_references/index.md: the reference list of a hydrological
model's documentation (earth science).

Shape: after a '[//]: # (References)' comment on line 1, one plain paragraph per reference, blank lines
between, no Markdown list markers and almost no links.  Two citation styles are mixed: Elsevier style
'Author, I., Year. Title. Journal vol, pages.' and Copernicus style 'Author, I., and Author, I.: Title,
Journal, vol, pages, year, doi'.  Four records start with a leftover citation key glued to the authors
('Anderson, 2006Anderson, E., 2006.' line 5; 'Hock, 2003Hock, R.' line 31; 'Viviroli et al.,
2009Viviroli, D.' line 80; 'Vogt et al., 2007Vogt, J.' line 82).  Titles are sometimes in italics (lines 5,
9, 82), the model-manual records carry version and issue words inside their title sentence (kept, lines
17, 23, 41, 45, 53), two titles contain '. ' (line 61 'CGMS. Volume 1: ...', line 96 '2010: 2. the ...'),
line 41 escapes an apostrophe ('User\\'s'), line 84 adds an English translation of a German title in
parentheses (dropped), and line 69's record wraps onto line 70 ('88\\npp.').
Title = the title sentence as the file writes it, read by eye from each record and asserted to occur in
its line(s); no authors, year, venue, report numbers or 'available online' notes.
Entries: every record whose subject is one scholarly work: journal articles, a preprint (line 25),
conference papers and book chapters (lines 47, 55, 57, 84, 98), technical and JRC reports (including the
model user manuals published as reports with EUR or JRC numbers, and the WMO operational report, line
88).  Not entries (6 records): textbooks, monographs and handbooks (lines 21 Chow, 29 Goudriaan, 39
Maidment (ed.)), edited volumes whose record names editors as its authors (63 Supit & van der Goot (eds.),
94 Young (ed)), and one record marked '[Dataset]' (line 51, GHS-POP grid).
Count check: 48 reference paragraphs (non-blank lines from 3 to 98, line 70 being the tail of line 69)
= 42 entries + 6 not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "ec-jrc__lisflood-code__docs__0_references__index@fe94c33.md"
PART = "wild26_development"
NOT_ENTRIES = {21: "textbook", 29: "monograph", 39: "handbook (ed.)", 51: "dataset", 63: "edited volume (eds.)",
               94: "edited volume (ed)"}
TITLES = {
    3: "FAO Irrigation and Drainage Paper No. 56: Crop Evapotranspiration (guidelines for computing crop water"
       " requirements)",
    5: "Snow Accumulation and Ablation Model -- SNOW-17",
    7: "Rainfall interception by eight small trees",
    9: "Development of a data set for continental hydrologic modelling",
    11: "Copernicus Global Land Cover Layers - Collection 2",
    13: "A pan-European Data Set for hydrological modelling",
    15: "LISFLOOD - Distributed Water Balance and Flood Simulation Model - Revised User Manual",
    17: "CORINE Land Cover Product User Manual – Final draft, Version 1.2",
    19: "Development of new open and free multi-temporal global population grids at 250 m resolution",
    23: "LISFLOOD, a Distributed Water-Balance, Flood Simulation, and Flood Inundation Model, User Manual version 1.2",
    25: "SoilGrids 2.0: producing quality-assessed soil information for the globe",
    27: "Wasserstandsvorhersage mit dem Prgramm ELBA",
    31: "Temperature index melt modelling in mountain areas",
    33: "RiceAtlas, a spatial database of global rice calendars and production",
    35: "Development and validation of a global database of lakes, reservoirs and wetlands",
    37: "Development and test of the distributed HBV-96 hydrological model",
    41: "Snowmelt Runoff Model (SRM) User's Manual (Updated Edition 1998, Version 4.0)",
    43: "A note on the interception loss equation",
    45: "CLC2018 / CLCC1218 VALIDATION REPORT, Issue 1.3",
    47: "A continuous frozen ground index for flood forecasting",
    49: "A simplified model for predicting daily transmission losses in a stream channel",
    53: "Copernicus Global Land Operations ”Vegetation and Energy”: Product User Manual, Issue 1.33",
    55: "Runoff forecasting for reservoir operations -- the past and the future",
    57: "Simulation of the soil water balance",
    59: "Soil evaporation: test of a practical approach under semi-arid conditions",
    61: "System description of the Wofost 6.0 crop simulation model implemented in CGMS. Volume 1: Theory and"
        " Algorithms",
    65: "The ARNO rainfall-runoff model",
    67: "New generation of hydraulic pedotransfer functions for Europe",
    69: "LISFLOOD -- Distributed Water Balance and Flood Simulation Model, User Manual",
    72: "LISVAP-- Evaporation Pre-Processor for the LISFLOOD Water Balance and Flood Simulation Model, Revised"
        " User Manual",
    74: "LISFLOOD -- Distributed Water Balance and Flood Simulation Model, Revised User Manual",
    76: "LISFLOOD: A GIS-based distributed model for river basin scale water balance and flood simulation",
    78: "A closed-form equation for predicting the hydraulic conductivity of unsaturated soils",
    80: "An introduction to the hydrological modelling system PREVAH and its pre- and post-processing-tools",
    82: "A pan-European River and Catchment Database",
    84: "Die Interzeption des Niederschlags in landwirtschaftlichen Pflanzenbeständen",
    86: "Integrating dynamic environmental models in GIS: The development of a Dynamic Modelling language",
    88: "Intercomparison of models of snowmelt runoff",
    90: "MERIT Hydro: A high-resolution global hydrography map based on latest topography datasets",
    92: "A high-accuracy map of global terrain elevations",
    96: "A cultivated planet in 2010: 2. the global gridded agricultural production maps",
    98: "The Xinanjiang model",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "[//]: # (References)"
    records = []
    i = 2
    while i <= len(lines):
        text = lines[i - 1]
        if text.strip():
            last = i
            while last < len(lines) and lines[last].strip():  # a record wrapped onto the next line
                last += 1
            records.append((i, last))
            i = last + 1
        else:
            i += 1
    assert len(records) == 48, len(records)
    assert [r for r in records if r[0] != r[1]] == [(69, 70)]
    papers = []
    for first, last in records:
        if first in NOT_ENTRIES:
            continue
        title = TITLES[first]
        own = " ".join(lines[first - 1:last]).replace("\\'", "'").replace("*", "")
        assert title in own, first
        # the title follows the authors (and year) and is followed by a separator
        assert re.search(re.escape(title) + r"(\.|,| \(|$)", own), first
        papers.append(entry(lines, first, last, title))
    assert set(TITLES) | set(NOT_ENTRIES) == {r[0] for r in records}
    assert len(papers) == 42, len(papers)
    write_truth(NAME, PART, papers,
                "every reference paragraph whose subject is one scholarly work is an entry (articles, a preprint,"
                " conference papers, book chapters, technical/JRC reports including the model user manuals issued"
                " as EUR/JRC reports); title = the title sentence as written (italics and the escaped apostrophe"
                " removed, the English translation in parentheses on line 84 dropped); 3 textbooks/handbooks,"
                " 2 edited volumes and 1 '[Dataset]' record are not entries",
                "all 48 records read by eye and sorted (42 entries, 6 not); every title checked against its"
                " record; glued citation keys (lines 5, 31, 80, 82), titles containing '. ' (61, 96), the wrapped"
                " record 69-70 and the DOIs (doi.org, dx.doi.org, 'doi:' and 'DOI:' text; lines 11, 25, 33, 35,"
                " 90, 92, 96) checked in the -v output")


if __name__ == "__main__":
    main()
