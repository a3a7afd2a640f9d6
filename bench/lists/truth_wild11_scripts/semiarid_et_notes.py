"""Wild11 truth for rayniP2342/ECOSTRESS_Chapter1 Docs/LitReview/Semi-Arid ET.md: one section per paper.

Shape: a literature-review notes page.  A fenced ```markdown template (lines 4-19) shows the record
form; under '## Papers' each paper is a '### Author et al., Year' heading, a '**Citation:** *...*'
line with the full reference (Harvard 'Authors, Year. Title. Journal', APA 'Authors (Year). Title.
Journal', AGU 'Authors (Year), Title, Journal', Elsevier 'Authors. Title, Journal, ..., Year'), a
'**DOI:**' line and '**Findings:**' / '**Additional Notes:**' bullets.

Entry: every record heading after the fence, 29 in all: 27 '### ' lines plus '###Yamanaka and
Yonetani, 1999' (line 533, no space after the hashes) and ' ### Yi et al, 2024' (line 567, indented
one space, its field lines too).  Line 385 keeps the template's '[Author Last Name] et al., [Year]'
heading but its citation is a real paper (Royer et al. 2012), so it is an entry.  Wilcox et al.
2006 is written twice (429, 475), identical; each record is an entry.  The template inside the
fence is not.  Entry lines: the heading to the last non-blank line before the next record heading
(the findings belong to the paper).  Title: typed from the Citation line (the heading names only
authors and year) and asserted to occur in it; as written, so Brandes and Wilcox keep the
footnote digit the journal's title page carried ('... ponderosa pine hillslope 1') and 'remote‐
sensing‐based' keeps its U+2010 hyphens.  Shuttleworth 1991 is a book chapter, kept as one scholarly
work.  DOI lines: links, bare '10.…', empty, the template placeholder, a ScienceDirect pii URL and
one malformed '10Ð1029/…' (gives no DOI).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "rayniP2342__ECOSTRESS_Chapter1__Docs__LitReview__Semi-Arid ET@5ed9cf8.md"

TITLES = [
    "Soil water evaporation during the dry season in an arid zone",
    "Evapotranspiration and soil moisture dynamics on a semiarid ponderosa pine hillslope 1",
    ("Evapotranspiration partitioning in semiarid shrubland ecosystems: a two-site evaluation of soil"
    " moisture control on transpiration"),
    ("A comprehensive evaluation of five evapotranspiration datasets based on ground and grace satellite"
    " observations: Implications for improvement of evapotranspiration retrieval algorithm"),
    "An overview of models of stomatal conductance at the leaf level",
    "Complexity and predictability of daily actual evapotranspiration across climate regimes",
    ("Effects of Distinguishing Vegetation Types on the Estimates of Remotely Sensed Evapotranspiration in"
    " Arid Regions"),
    "Evaluation of the temporal variability of the evaporative fraction in a tropical watershed",
    ("Actual evapotranspiration in drylands derived from in-situ and satellite data: Assessing biophysical"
    " constraints"),
    ("Evapotranspiration comparisons between eddy covariance measurements and meteorological and"
    " remote\u2010sensing\u2010based models in disturbed ponderosa pine forests"),
    "Transpirational cooling and physiological responses of trees to heat",
    "Ecohydrological implications of woody plant encroachment",
    ("Canopy temperature is regulated by ecosystem structural traits and captures the ecohydrologic"
    " dynamics of a semiarid mixed conifer forest site"),
    ("Seasonal and interannual variations in ecosystem respiration in relation to temperature, moisture,"
    " and productivity in a temperate semi-arid shrubland"),
    ("Dynamics of evapotranspiration in semiarid grassland and shrubland ecosystems during the summer"
    " monsoon season, central New Mexico"),
    ("Examination of evaporative fraction diurnal behaviour using a soil-vegetation model coupled with a"
    " mixed-layer model"),
    ("Partitioning evapotranspiration in semiarid grassland and shrubland ecosystems using time series of"
    " soil surface temperature"),
    "Ecohydrology: A hydrologic perspective of climate-soil-vegetation dynamics",
    ("Density-dependent ecohydrological effects of pinon\u2013juniper woody canopy cover on soil microclimate"
    " and potential soil evaporation"),
    ("Using watershed water balance to evaluate the accuracy of eddy covariance evaporation measurements"
    " for three semi arid ecosystems"),
    "Evaporation models in hydrology",
    "Long-term water balance in semiarid shrubland",
    ("Primary roles of soil evaporation and vegetation in driving terrestrial evapotranspiration across"
    " global drylands"),
    "Long-term water balance in semiarid shrubland",
    ("Evapotranspiration partitioning for multiple ecosystems within a dryland watershed: Seasonal"
    " variations and controlling factors"),
    "Environmental control on transpiration: A case study of a desert ecosystem in Northwest China",
    "Dynamics of the evaporation zone in dry sandy soils",
    "Heat stress decreased transpiration but increased evapotranspiration in gerbera",
    "Challenges and future directions in quantifying terrestrial evapotranspiration",
]


def main() -> None:
    lines = read_lines(NAME)
    fence_end = [i for i, t in enumerate(lines, 1) if t.startswith("```")][1]
    heads = [i for i, t in enumerate(lines, 1) if i > fence_end and re.match(r"\s?###", t)]
    assert len(heads) == 29 == len(TITLES), len(heads)
    assert sum(1 for t in lines if t.startswith("### ")) == 28  # 27 records + the template's heading
    papers = []
    for k, (i, title) in enumerate(zip(heads, TITLES)):
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        cit = lines[i + 1]
        assert "**Citation:**" in cit, (i, cit)
        assert title in cit, (i, title)
        papers.append(entry(lines, i, end, title))
    write_truth(NAME, "wild11_development", papers,
                "every record heading after the fenced template ('### Author, Year', also '###Name' and an"
                " indented ' ###') is an entry running to its last non-blank line; title typed from its"
                " '**Citation:**' line and asserted to occur there",
                "all 29 records read: headings found by grep '^\\s\\?###' (30 with the template's), each title"
                " against its citation line, the placeholder heading at 385, the duplicate Wilcox 2006 at"
                " 429/475, entry ends before the next heading, DOI lines (bare, link, empty, malformed 303)")


if __name__ == "__main__":
    main()
