"""Wild32 truth for smwesten-usgs/swb2 doc_src/pages/02_method_documentation/17_references/index.md: the
reference list of the USGS Soil-Water-Balance (SWB2) hydrology model documentation.

The file exists only at commit 0e77e48 (2019-02-01); the next commit deleted it, so that commit is used.
Shape: a "title: References" front line, then one paragraph per reference in USGS style, wrapped over
2-6 lines: "Authors, Year, Title: Venue, v. n, no. n, p. a–b." with no quotes or italics around the
title; the title ends at the colon before the venue, or at ", *in*" / " *in*" before a proceedings
(lines 84, 113, 119).  Em dashes join subtitle parts inside titles ("Crop evapotranspiration—Guidelines
...", "MODFLOW—A modular ..."), but in Veihmeyer 1938 (line 104) "—Transactions" starts the venue.
Books (publisher and page count, no journal: Dunne & Leopold 28, Hawkins et al. 55, Meeus 77, Mishra &
Singh 80) are not entries; reports (FAO-56 line 3, TR-55 line 16, USGS TWRI/T&M lines 72, 108) and
proceedings papers are.  Only two records carry a URL (16, 59); line 59's encodes the DOI 10.1175/1520-0493(1919)47<603:RI>2.0.CO;2
(percent-encoded; written out in full, since the id helper stops at "<").  Titles are
written out by hand per record (the colon rule fails where the venue itself has a colon).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "smwesten-usgs__swb2__doc_src__pages__02_method_documentation__17_references__index@0e77e48.md"
PART = "wild32_development"

TITLES = {
    3: "Crop evapotranspiration—Guidelines for computing crop water requirements",
    8: "Rational use of the FAO Blaney‐Criddle Formula",
    12: "Modified runoff curve numbers for sugarcane and pineapple fields in Hawaii",
    16: "Urban hydrology for small watersheds—Technical Release 55",
    23: "A simple daily soil–water-balance model for estimating the spatial and temporal distribution of "
        "groundwater recharge in temperate humid areas",
    31: "An analytical model of rainfall interception by forests",
    35: "Estimating sparse forest rainfall interception with an analytical model",
    39: "An application of the Rutter model to the estimation of the interception loss from Thetford forest",
    43: "Runoff curve numbers for Northern Plains rangelands",
    47: "Reference crop evapotranspiration from temperature",
    51: "Runoff curve numbers for the Southern High Plains",
    59: "Rainfall interception",
    64: "Simple method for estimating groundwater recharge on tropical islands",
    68: "Estimating evapotranspiration from solar radiation",
    72: "MODFLOW—A modular three-dimensional finite-difference ground-water flow model",
    84: "A continuous frozen ground index for flood forecasting",
    89: "The extraction of drainage networks from digital elevation data",
    93: "The importance of interception and why we should delete the term evapotranspiration from our vocabulary",
    97: "An approach toward a rational classification of climate",
    100: "Instructions and tables for computing potential evapotranspiration and the water balance",
    104: "Evaporation from soils and transpiration",
    108: "SWB—A modified Thornthwaite-Mather soil-water-balance code for estimating groundwater recharge",
    113: "Runoff curve number method—Examination of the initial abstraction ratio",
    119: "Refinement in empirical functions for realistic soil-moisture regimes under forest cover",
}
BOOKS = {28, 55, 77, 80}


def main() -> None:
    lines = read_lines(NAME)
    paras = []
    cur = None
    for no in range(3, len(lines) + 1):
        if lines[no - 1].strip():
            cur = [no, no] if cur is None else [cur[0], no]
        elif cur is not None:
            paras.append(cur)
            cur = None
    if cur is not None:
        paras.append(cur)
    assert len(paras) == 28, len(paras)
    assert {p[0] for p in paras} == set(TITLES) | BOOKS
    papers = []
    for first, last in paras:
        if first in BOOKS:
            continue
        title = TITLES[first]
        text = " ".join(lines[first - 1:last])
        assert title in text.replace("\u00a0", " "), (first, title)
        e = entry(lines, first, last, title)
        if first == 59:  # the percent-encoded AMS DOI holds "<" and ">", which the id helper stops at
            assert e["doi"] == "10.1175/1520-0493(1919)47", e["doi"]
            e["doi"] = "10.1175/1520-0493(1919)47<603:ri>2.0.co;2"
        papers.append(e)
    assert len(papers) == 24, len(papers)
    write_truth(NAME, PART, papers,
                "Each USGS-style reference paragraph is an entry except the four books; titles (text between the year "
                "and the venue) written out per record.",
                "All 28 paragraphs read by eye: books, reports, proceedings papers, em-dash titles and the two URL "
                "records checked.")


if __name__ == "__main__":
    main()
