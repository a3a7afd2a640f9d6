"""Wild38 truth for amireson/MWS _projects/2019/AmyCook/references.md (newest commit 3123684): the reference
list of a 2019 student project report (river-ice jams and ice-jam flooding on the Hay River, NWT) in a
water-security master's course site (hydrology / cold-regions earth science).

Shape: empty Jekyll front matter, ``# References``, then one unbulleted paragraph per reference, blank-line
separated, alphabetical, in loosely APA-like styles that vary from line to line: "Authors (year). Title.
_Journal_, vol(issue), pages." with the venue in underscores, "Authors, year. Title. _Journal_ ..." (12, 18,
25, 27, 71, 79), chapters "Title. In Book. _Series_ (pp.) Publisher", a thesis, reports, R packages, web
pages and a news story.  Lines 18 and 19 have no blank line between them (one Markdown paragraph holding two
references); several references end in a stray ")" (10, 45, 71).  Only 21, 23, 43 and 53 carry URLs.

Entries (30): every reference to a scholarly work -- journal articles, conference papers (45), book chapters
in edited volumes (33, 51, 73: Hicks & Beltaos "River ice", Mahabir et al., White et al.), technical reports
(12 CRREL Report 80-6, 41 a territorial flood-damage technical committee review), theses (18 De Coste's
master's thesis; 69 Watson 2011 and 77 Zhao 2012, named with no venue, are theses), the JOSS paper about the
weathercan package (43, a journal article).  Not entries: the R packages tidyhydat, CRHMr and dplyr (6, 65,
75; software), the textbook (19 Dingman), the edited national climate report (16, a 444-page government
book), the Government of Canada and Environment Canada web pages (21, 53) and the CBC news story (23).
Each entry is its own line (18 as well: its paragraph goes on with the book on 19).
Titles: the text after the year up to the full stop before the venue (or the end), as written -- the
"mid‐winter" and "river‐ice" hyphens (U+2010), "RIVICE—a ..." and "...Oder River—Requirements ..." em
dashes, 61's "Part II: Snow ablation", 41's place-name list after the colon.  Ids: only 43 gives one (the
``<doi:10.21105/joss.00571>`` autolink).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "amireson__MWS___projects__2019__AmyCook__references@3123684.md"
PART = "wild38_development"

TITLES = {
    8: "Climate impacts on extreme ice-jam events in Canadian rivers",
    10: "Effects of climate on mid\u2010winter ice jams",
    12: "Maximum thickness and subsequent decay of lake, river and fast sea ice in Canada and Alaska",
    14: "Applicability of 2-D modeling for forecasting ice jam flood levels in the Hay River Delta, Canada",
    18: "Modelling flood levels associated with ice consolidation events triggered by upstream ice jam release "
        "waves in the Hay River Delta, NWT",
    25: "Experimental study of ice jam formation dynamics",
    27: "Experimental study of ice jam thickening under dynamic flow conditions",
    29: "Finite element modeling of surge propagation and an application to the Hay River, NWT",
    31: "Suitability of HEC-RAS for flood forecasting",
    33: "River ice",
    35: "Investigating the spatial distribution of water levels in the Mackenzie Delta using airborne LiDAR",
    37: "Hydrogeological processes in seasonally frozen northern latitudes: understanding, gaps and challenges",
    39: "Ice-jam flood delineation: Challenges and research needs",
    41: "Historical Flood Review: Fort Simpson, Fort Norman, Fort Good Hope, Fort McPherson, Aklavik, Fort Liard, "
        "Nahanni Butte",
    43: "Weathercan: Download and format weather data from Environment and Climate Change Canada",
    45: "Ice jam flood hazard assessment and mapping of the Peace River at the Town of Peace River",
    47: "RIVICE\u2014a non-proprietary, open-source, one-dimensional river-ice model",
    49: "Development of an Ice Jam Flood Forecasting System for the Lower Oder River\u2014Requirements for Real-Time "
        "Predictions of Water, Ice and Sediment Transport",
    51: "Regression and fuzzy logic based ice jam flood forecasting",
    55: "Climatic control of river\u2010ice hydrology: a review",
    57: "Rain on snow: little understood killer in the north",
    59: "Trends in the timing and magnitude of ice-jam floods in Canada",
    61: "The synoptic climate controls on hydrology in the upper reaches of the Peace River Basin. Part II: Snow "
        "ablation",
    63: "Modeling ice jam release waves with consideration for ice effects",
    67: "Ice jam flood forecasting: Hay River, NWT",
    69: "Observations and modeling of ice jam release events on the Hay River, NWT",
    71: "Review of prediction methods for breakup ice jams",
    73: "Studies of ice jam flooding in the United States",
    77: "River ice breakup forecasting using artificial neural networks and fuzzy logic systems",
    79: "Applicability of multilayer feed-forward neural networks to model the onset of river breakup",
}
NOT_ENTRIES = {6: "tidyhydat", 16: "Changing Climate Report", 19: "Physical hydrology", 21: "Government of Canada",
               23: "cbc.ca/news", 53: "ec.gc.ca", 65: "CRHMr", 75: "dplyr"}


def main() -> None:
    lines = read_lines(NAME)
    refs = [i for i, ln in enumerate(lines, 1) if i > 4 and ln.strip()]
    assert sorted([*TITLES, *NOT_ENTRIES]) == refs, refs
    for n, key in NOT_ENTRIES.items():
        assert key in lines[n - 1], n
    papers = []
    for n, title in TITLES.items():
        assert title in lines[n - 1], (n, title)
        papers.append(entry(lines, n, n, title))
    dois = {p["line"]: p["doi"] for p in papers if p["doi"] or p["arxiv"]}
    assert dois == {43: "10.21105/joss.00571"}, dois
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each reference paragraph (one line each, 18 and 19 sharing a paragraph) to a scholarly work is an entry: "
        "articles, conference papers, chapters in edited volumes, technical reports, theses and the JOSS paper; "
        "title = the text after the year up to the stop before the venue; R packages, the textbook, the edited "
        "national climate report, web pages and the news story are not entries.",
        "All 38 references read one by one against the -v output and classified by hand (30 entries, 8 not): the "
        "chapters 33/51/73, the reports 12 and 41, the theses 18/69/77, the two-reference paragraph 18-19, the "
        "stray ')' endings 10/45/71, the U+2010 hyphens at 10 and 55, the em dashes at 47 and 49, the two-part "
        "title at 61; every title checked to occur in its line; the only DOI (43) checked.",
    )


if __name__ == "__main__":
    main()
