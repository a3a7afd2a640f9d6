"""Wild28 truth for CLIMADA-project/climada_papers README.md: a climate-risk modelling platform's table
of the peer-reviewed papers (and two reports) whose code it archives.

Shape: a heading, prose and a '* ' how-to list (lines 1-12, not entries), then one Markdown pipe
table (header line 14, rule line 15, rows 16-48) with two columns padded with spaces: 'Publication'
(a whole plain-text reference, no markup, no link syntax except row 33's '[ link ]( url )') and
'Code link' (GitHub URLs, Zenodo code/data DOIs, a tutorial note, or empty).  The references mix
styles: Nature ('Authors et al. Title. Journal vol, pages (year). https://doi.org/...', rows 16,
22, 23, 30; 22 and 23 lack the space around the title: 'climate.Sci Rep', 'et al.Uncertainties'),
Copernicus ('Authors: Title, Journal, vol, pages, https://doi.org/..., 2024.', rows 18, 21, 25,
26, 32, 37), 'Authors (2024) Title, Journal' (19, 20, 24), 'Authors, 2023: Title. Journal' (most),
'Meiler et al. Title, https://doi.org/... [PREPRINT]' (17), 'Blass, Robert. Title. ETH Zurich'
(34).  Titles contain commas and colons, so each is written out in TITLES (the file's text, the
final '.' or ',' dropped) and checked to occur in its row's Publication cell.
Entries: all 33 rows: journal papers, an EarthArXiv preprint (17), a MeteoSwiss technical report
(33) and an ETH Zurich report (34).  Not entries: the prose, the how-to bullets, the table header
and rule.
IDs: the DOI is taken from the Publication cell only (doi.org / dx.doi.org URLs); the Code link
cell's Zenodo DOIs (e.g. rows 28, 29: 10.5281/zenodo...) identify code or data, not the paper, so
rows whose reference has no literal DOI (28, 29, 41: nature.com article links; 33: MeteoSwiss
page; 45: an nhess-discuss URL; 46: a jai.pm-research URL) have none.  Row 40 writes '&amp;amp;'
among the authors (not in a title).
Count check: 33 table rows (lines 16-48) = 33 entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import doi_of, entry, read_lines, write_truth

NAME = "CLIMADA-project__climada_papers__README@7161a33.md"
PART = "wild28_development"
TITLES = {
    16: "Impact-based forecasting of tropical cyclone-related human displacement to support anticipatory action",
    17: "Navigating uncertainty and sensitivity analysis of future tropical cyclone risk estimates",
    18: "Projections and uncertainties of winter windstorm damage in Europe in a changing climate",
    19: "Infrastructure failure cascades quintuple risk of storm and flood-induced service disruptions across"
        " the globe",
    20: "OpenStreetMap for multi-faceted climate risk assessments",
    21: "Modelling crop hail damage footprints with single-polarization radar: the roles of spatial resolution,"
        " hail intensity, and cropland density",
    22: "Global multi-hazard risk assessment in a changing climate",
    23: "Uncertainties and sensitivities in the quantification of future tropical cyclone risk",
    24: "An open-source radar-based hail damage model for buildings and cars",
    25: "Global protection from tropical cyclones by coastal ecosystems\u2014past, present, and under climate change",
    26: "Large-scale risk assessment on snow avalanche hazard in alpine regions",
    27: "A Generalized Natural Hazard Risk Modelling Framework for Infrastructure Failure Cascades",
    28: "Increasing countries financial resilience through global catastrophe risk pooling",
    29: "Intercomparison of regional loss estimates from global synthetic tropical cyclone models",
    30: "A generalized framework for designing open-source natural hazard parametric insurance",
    31: "Uncertainty and sensitivity analysis for probabilistic weather and climate-risk modelling: an"
        " implementation in CLIMADA v.3.1.0",
    32: "Strengthening climate-resilient development and transformation in Viet Nam",
    33: "Automatic-generation-of-winter-storm-warnings",
    34: "Coupling Oasis LMF with CLIMADA",
    35: "Projected Impact of Heat on Mortality and Labour Productivity under Climate Change in Switzerland",
    36: "Towards operational impact forecasting of building damage from winter windstorms in Switzerland",
    37: "Globally consistent assessment of economic impacts of wildfires in CLIMADA v2.2",
    38: "Double benefit of limiting global warming for tropical cyclone exposure",
    39: "A framework for building climate storylines based on downward counterfactuals: The case of the European"
        " Union Solidarity fund",
    40: "Addressing the human cost in a changing climate",
    41: "Climate signals in river flood damages emerge under sound regional disaggregation",
    42: "Global warming and population change both heighten future risk of human displacement due to river floods",
    43: "Regional tropical cyclone impact functions for globally consistent risk assessments",
    44: "CLIMADA v1.4.1: Towards a globally consistent adaptation options appraisal tool",
    45: "Comparing an insurer\u2019s perspective on building damages with modelled damages from pan-European winter"
        " windstorm event sets: a case study from Zurich, Switzerland",
    46: "Be prepared \u2013 exploring future climate-related risk for residential and commercial real-estate portfolios",
    47: "Asset exposure data for global physical risk assessment",
    48: "CLIMADA v1: a global weather and climate risk assessment platform",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[13].startswith("| Publication") and set(lines[14].replace("|", "")) == {"-"}
    rows = [i for i, t in enumerate(lines, 1) if t.startswith("|") and i > 15]
    assert rows == list(range(16, 49)), rows
    papers = []
    for i in rows:
        cells = lines[i - 1].split("|")
        assert len(cells) == 4, i
        pub = cells[1]
        title = TITLES[i]
        assert title in pub, i
        e = entry(lines, i, i, title)
        e["doi"] = doi_of(pub)
        papers.append(e)
    assert len(papers) == 33
    assert sum(1 for p in papers if p["doi"]) == 27, sum(1 for p in papers if p["doi"])
    write_truth(NAME, PART, papers,
                "every row of the publications table is an entry (papers, a preprint, a technical report, an ETH"
                " report); title = the reference's title as written in the plain-text Publication cell, written out"
                " per row; DOI from the Publication cell only, not the Zenodo code DOIs of the Code link cell",
                "all 33 rows read by eye (small file): every title against its cell, the DOIs of each Publication"
                " cell, the six rows without a literal paper DOI, the code-only DOIs left out")


if __name__ == "__main__":
    main()
