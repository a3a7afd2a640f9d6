"""Wild8 truth for sauterto/hackathon_2022 docs/references.md: a climate / glaciology hackathon's
reference list (Jupyter Book page), one unlinked reference paragraph per line under '# References',
blank lines between, alphabetical by first author.

Shape: author-first references in mixed styles copied from several sources: APA from Google
Scholar ('Authors (Year). Title. Journal, vol(issue), pages.'), Copernicus/AMS ('Authors (Year).
Title, J. Clim., vol, pages, doi:...'), EGU ('Authors (Year): Title, Journal, ..., https://doi.org/...'),
one with the year after the authors without brackets ('..., and Vitart, F. 2011. Title, Q. J. Roy.
Meteor. Soc., ...') and one with the year at the end ('Sauter, T., Arndt, A., and Schneider, C.:
COSIPY v1.2 – ..., in review, 2020.').  No Markdown links; some give 'doi:' text or a doi.org URL.

Title: the text after the year marker up to the first '. ' (APA); where the style puts the title
before ', <abbreviated journal>' (or the title holds '. Part II:' / ': 1. Stratosphere') the title is
written out in TITLES below and asserted to occur in its line.  A '?' before the closing '.' stays.

Entries: every reference paragraph except the data sets and the book: ERA5 from the Copernicus
CDS (line 29), ERA5 at NCAR's RDA (41), GHCN-M Version 3 (77), the RSS DMSP environmental suite
(219) are data sets without a paper; Kendall's 'Rank Correlation Methods' (79) is a book.  The
IPCC AR5 WG1 report (Stocker et al., 177) is kept as a report, its title the part before the
'Contribution of working group I ...' series line, as the reference splits it; Christensen et al.
(27) cites chapter 14 of that report without the chapter's title: an entry with a null title.
Line 189 holds two references run together ('...895-899.Trenberth, K. E., ...'): two entries on
the same line, each with its own DOI (Thompson & Solomon gives none).  COSIPY v1.2 is listed twice
(145, 157): two entries.

Count check: 113 non-blank lines after the heading (odd lines 3-227), minus 5 non-entries, plus the
second reference of line 189 = 109 entries.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import doi_of, entry, read_lines, write_truth

NAME = "sauterto__hackathon_2022__docs__references@f63ffaa.md"
PART = "wild8_development"

NOT_ENTRIES = {29: "ERA5 data set (CDS)", 41: "ERA5 data set (RDA)", 77: "GHCN-M data set",
               79: "book (Kendall)", 219: "RSS DMSP data set"}

TITLES = {
    35: "The ERA-Interim reanalysis: Configuration and performance of the data assimilation system",
    37: "Overview of the integrated global radiosonde archive",
    47: "Large-scale control on the Patagonian climate",
    51: "The Andes climate and weather",
    55: "The Low-Level Jet off the West Coast of Subtropical South America: Structure and Variability",
    73: "Effective diffusivity as a diagnostic of atmospheric transport: 1. Stratosphere",
    75: "Robust Responses of the Hydrological Cycle to Global Warming",
    113: "The Signature of Southern Hemisphere Atmospheric Circulation Patterns in Antarctic Precipitation",
    129: "Dynamics of the Low-Level Jet off the West Coast of Subtropical South America",
    143: "Identifying Human Influences on Atmospheric Temperature",
    145: "COSIPY v1.2 – An open-source coupled snowpack and ice surface energy and mass balance model",
    147: "Revisiting extreme precipitation amounts over southern South America and implications for the"
         " Patagonian Icefields",
    149: "Effects of local advection on the spatial sensible heat flux variation on a mountain glacier",
    157: "COSIPY v1.2 – An open-source coupled snowpack and ice surface energy and mass balance model",
    159: "Water vapor and the dynamics of climate changes",
    161: "Weather Observations Across the Southern Andes at 53°S",
    187: "Annular modes in the extratropical circulation. Part II: Trends",
    201: "Response of the Large-Scale Structure of the Atmosphere to Global Warming",
    203: "Orographic effects of the subtropical and extratropical Andes on upwind precipitating clouds",
    211: "Impact of two conceptual precipitation downscaling schemes on mass-balance modeling of Gran Campo"
         " Nevado ice cap, Patagonia",
    215: "A 17-year Record of Meteorological Observations Across the Gran Campo Nevado Ice Cap in Southern"
         " Patagonia, Chile, Related to Synoptic Weather Types and Climate Modes",
    217: "Surface cyclones in the ERA-40 dataset (1958–2001). Part I: Novel identification method and global"
         " climatology",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# References"
    paras = [i for i, t in enumerate(lines, 1) if i > 1 and t.strip()]
    assert len(paras) == 113 and all(i % 2 == 1 for i in paras), len(paras)
    papers = []
    for i in paras:
        text = lines[i - 1]
        if i in NOT_ENTRIES:
            continue
        if i == 27:  # IPCC AR5 chapter 14, no chapter title written
            assert text.startswith("Christensen, J. H. et al. in Climate Change 2013")
            papers.append(entry(lines, i, i, None))
            continue
        if i == 189:
            first, second = text.split("895-899.", 1)
            for title, own in (("Interpretation of recent Southern Hemisphere climate change", first),
                               ("Trends and variability in column-integrated atmospheric water vapor", second)):
                assert title in own
                p = entry(lines, i, i, title)
                p["doi"] = doi_of(own)
                papers.append(p)
            continue
        if i in TITLES:
            title = TITLES[i]
            assert title in text, i
        else:
            m = re.search(r"\(\d{4}[ab]?\)[.:]?\s+", text)
            rest = text[m.end():]
            title = rest[: re.search(r"\.\s", rest).start() + 1]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 109, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 1
    write_truth(
        NAME, PART, papers,
        "every reference paragraph under '# References' is an entry except four data sets and one book;"
        " title = text after '(Year).' up to the first '. ' (APA), or written out where the style ends"
        " the title with ', <journal abbreviation>' or the title holds '. Part II:'; the IPCC chapter"
        " reference without a chapter title has title null; line 189 (two references run together) is"
        " two entries",
        "all 109 titles read against their lines; paragraph count by grep -c . (114 with the heading);"
        " the five non-entries, the run-together line 189 and its two DOIs, the '?.' endings (lines 9,"
        " 13), the EGU/AMS styles with the title before the journal abbreviation, every doi: text and"
        " doi.org URL",
    )


if __name__ == "__main__":
    main()
