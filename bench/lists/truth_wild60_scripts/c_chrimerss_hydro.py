"""Wild60 truth for chrimerss/homepage _pages/publications.md at 9e0be6f (2021-12-06): the publication page of a
hydrology PhD student's Jekyll site (flood / precipitation remote sensing), kept by hand in several citation styles.

Shape: 53 lines.  Front matter (1-6), then ``## Published Research Articles`` (8) with 11 paragraphs (10-33),
``# Articles in progress`` (35) with 4 (37-43), ``## Book chapter`` (46) with 1 (48) and ``## Conferences`` (51) with
1 (53).  One blank-line-separated paragraph per publication, no bullets, no numbering; the owner's name is bold with
underscores (``__Li, Z.__``, ``__Li, Zhi,__``).

The paragraphs mix at least five citation styles:
- APA ``Authors (YYYY). Title. Journal, vol(issue), pages.`` (10, 12, 16, 18, 20, 22, 29, 53),
- Copernicus ``Authors: Title, Journal, vol, pages, https://doi.org/..., YYYY.`` (14),
- MDPI with semicolons, the entry wrapped over four lines with growing indentation (24-27:
  ``__Li, Z.__; Chen, M.; ...`` / `` Cross-Examination of ...`` / ``  Measuring ...`` / ``   Collocation. Remote Sens.
  2020, ...``) and MDPI on one line without a year before the title (31),
- ``Authors, YYYY. TITLE IN CAPITALS, JOURNAL`` (33) and ``Authors, YYYY. Title, Books, AGU.`` (48),
- manuscripts ``__Li, Zhi__, ..., Hong, Y , Title, Journal, in revision.`` where a comma, not a period, ends the
  author list (37-43).

Special cases:
- 16 writes the model version with a stray space inside the title: ``CREST-iMAP v1. 0: A fully coupled ...``.
- 22 ends the title with ``explainable?.``; the ``?`` is kept, the period dropped.
- 18 and 53 are the same study (journal article and its AGU conference presentation): two entries.
- 43 is "In preparation" and has no venue; it is still a titled item of the list.
- DOIs: 14 (essd), 22 (2020EA001423) and 53 (``doi:http://dx.doi.org/10.1002/essoar.10504885.1``); the MDPI link of
  27 has no DOI.

Decisions:
- Entry = every paragraph under the four headings (17), spanning its lines (24-27 is one entry).  Book chapter,
  conference presentation and manuscripts in progress count: they are the page's publication items.
- Titles are written out below from the file (the styles are too mixed for one rule) and checked to occur in the
  entry's text (lines joined with single spaces); markup is not part of any title.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "chrimerss__homepage___pages__publications@9e0be6f.md"
PART = "wild60_development"

TITLES = {
    10: "Spatiotemporal variability of global river extent and the natural driving factors revealed by decades of"
    " Landsat observations, GRACE gravimetry observations, and land surface model simulations",
    12: "Monitoring Drought through the Lens of Landsat: Drying of Rivers during the California Droughts",
    14: "A multi-source 120-year US flood database with a unified common format and public access",
    16: "CREST-iMAP v1. 0: A fully coupled hydrologic-hydraulic modeling framework dedicated to flood inundation"
    " mapping and prediction",
    18: "Two-decades of GPM IMERG early and final run products intercomparison: Similarity and difference in"
    " climatology, rates, and extremes",
    20: "A comprehensive flood inundation mapping for Hurricane Harvey using an integrated hydrological and"
    " hydraulic model",
    22: "Advancing satellite precipitation retrievals with data driven approaches: is black box model explainable?",
    24: "Cross-Examination of Similarity, Difference and Deficiency of Gauge, Radar and Satellite Precipitation"
    " Measuring Uncertainties for Extreme Events Using Conventional Metrics and Multiplicative Triple Collocation",
    29: "CREST/EF5 capacity building to enhance resilience to hydrodynamic disasters in emerging regions",
    31: "Ground Validation and Error Sources Identification for GPM IMERG Product over the Southeast Coastal"
    " Regions of China",
    33: "BIBLIOMETRIC ANALYSIS OF RESEARCH ON FISH METAL FROM 1997 TO 2016",
    37: "Ground Validation of GPM IMERG and its Constellations in Extreme Events over the Conterminous United States",
    39: "Can re-infiltration be ignored in extreme events?",
    41: "Flashier floods under a warmer climate in the conterminous US",
    43: "Systematic evaluation of GPM DPR and WSR-88D over the contiguous United States",
    48: "Multi-sensors remote-sensing and multi-dimensional modeling of extreme flood events: a case study of"
    " Hurricane Harvey triggered floods at Houston, TX",
    53: "Two-decades of GPM IMERG early and final run products intercomparison: Similarity and difference in"
    " climatology, rates, extremes and hydrologic utilities",
}


def paragraphs(lines: list[str], lo: int) -> list[tuple[int, int]]:
    out, start = [], None
    for n in range(lo, len(lines) + 1):
        ln = lines[n - 1].strip()
        if ln and not ln.startswith("#") and start is None:
            start = n
        if (not ln or ln.startswith("#")) and start is not None:
            out.append((start, n - 1))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in paragraphs(lines, 8):
        text = re.sub(r"\s+", " ", " ".join(lines[n - 1] for n in range(first, last + 1)))
        title = TITLES[first]
        assert title in text, (first, title)
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert sorted(by) == sorted(TITLES), sorted(by)
    assert by[24]["end"] == 27, by[24]
    assert by[14]["doi"] == "10.5194/essd-13-3755-2021", by[14]
    assert by[22]["doi"] == "10.1029/2020ea001423", by[22]
    assert by[53]["doi"] == "10.1002/essoar.10504885.1", by[53]
    assert all(p["arxiv"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every blank-line-separated paragraph under the four headings (Published Research Articles,"
        " Articles in progress, Book chapter, Conferences) is one entry (17), spanning its lines (the MDPI entry"
        " 24-27 wraps over four lines).  Title = the paper title as written between the author list and the"
        " venue, in APA, Copernicus, MDPI and comma-separated styles; set by hand per entry and checked to occur in"
        " the entry text.",
        checked="Read all 53 lines; compared each of the 17 titles with its paragraph (the 'v1. 0' title, the"
        " '?.' ending, the capitalised 33, the comma-ended author lists of 37-43, the four-line MDPI entry) and"
        " the three DOIs.",
    )


if __name__ == "__main__":
    main()
