"""Wild38 truth for howardisaacson/Intro-to-Astro-2021 Reading_list.md (newest commit 3109d0c, 2022-05-11):
the reading list of a summer programme that introduces undergraduates to astronomy research (exoplanets).

Shape: a ``##`` heading and a sentence, then ``Readings by assigned week :`` with eight one-line bullets
``* WeekN: <reading> - Author (year)`` (lines 6-13), then four top-level category bullets (``* Astronomy``,
``* Statistics``, ``* Data Analysis and Tools``, ``* Examples of undergraduate research papers:``) and a
``* Resources:`` bullet.  Under a category every reading is a nested bullet whose text is a label (or a
quoted title plus the undergraduate author), and its link is a bare URL in a deeper bullet on the next line
(arxiv.org abs/pdf, ui.adsabs.harvard.edu, nature.com, science.sciencemag.org, annualreviews.org).

Entries (23): every nested bullet that names a paper, from its label line to its URL line:
- the four papers of the weekly list: Week1 "Explanets Review, by Lee" (6), Week3 Quintana et al. 2014 (8),
  Week4 Zeng (2019) (9), Week7 Arnold (2005) (12);
- Astronomy: 24, 26, 28, 30 (reviews and papers), the three sub-bullets of "Exoplanet Discovery:" (33-35,
  each one paper on one line, the label bullet 32 is a group heading), and 36-37 (an Annual Reviews review);
- Statistics: 43-44 (ARA&A review) and 45-46 (a Handbook of Exoplanets review chapter, taken as a paper);
- Data Analysis: 53-54 (Hogg's arXiv note on fitting);
- the eight undergraduate research papers 57-72.
Not entries: the books (18-23 Seager's two books and Protostars and Planets, 41-42 Bevington, 51-52 the
Python book), Week2 Huang's "Life Outside the Solar System" (a 1960 Scientific American magazine piece,
not a scholarly paper), Week5 "Whistling Vivaldi" (a book), Week6 "Imaging paper?" (no paper named),
Week8, and the Resources bullet (a software tutorial site).

Titles: the label the list writes in the title position, as written (typos kept: "Explanets",
"Atomospheres", "Baysian", "occurrance"), without the trailing colon, a parenthetical note ("(concise
Review)", "(suprisingly advanced)", "(Advanced)"), the " - Author (year)" / ", by Lee" / "(Quintana et al.
2014)" credit, or the undergraduate credit after a quoted title; the surrounding double quotes are dropped
(61 keeps the inner 0.8" of its title).  The three "... discovery paper" sub-bullets only say which
discovery the paper reports, so their title is None.  Ids: arXiv abs/pdf links give arXiv ids (24, 30, 35,
53, 61); the annualreviews URL gives a DOI (36); ADS bibcode links give no id, even those that encode an
arXiv number (2018arXiv180408149F, 2012arXiv1207.6212C).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "howardisaacson__Intro-to-Astro-2021__Reading_list@3109d0c.md"
PART = "wild38_development"

# first line -> (last line, title as written)
ENTRIES = {
    6: (6, "Explanets Review"),
    8: (8, "An Earth-sized Planet in the Habitable Zone of a Cool Star"),
    9: (9, "Planet Size Distribution"),
    12: (12, "Transit Lightcurves of Artificial Objects"),
    24: (25, "Small Exoplanets Occurrence and Envelope Structure"),
    26: (27, "Exoplanet Atmospheres Review"),
    28: (29, "Planet formation of Super Earths, Review"),
    30: (31, "Exoplanet Atomospheres at High Resolution"),
    33: (33, None),
    34: (34, None),
    35: (35, None),
    36: (37, "Planetary Systems - what they look like and how (often) they occur"),
    43: (44, "Baysian Statistics in Astronomy"),
    45: (46, "Planet occurrance"),
    53: (54, "Fitting data to a line"),
    57: (58, "A Search for Planets around Barnard's star"),
    59: (60, "Systemic Radial Velocities for ~2000 Planet Search Stars"),
    61: (62, 'Detection of Stars within 0.8" of Kepler Objects of Interest'),
    63: (64, "Precision Stellar Characterization of FGKM Stars using an Empirical Spectral Library"),
    65: (66, "HAT-P-11: Discovery of a Second Planet and a Clue to Understanding Exoplanet Obliquities"),
    67: (68, ("Orbits for the Impatient: a Bayesian Rejection-sampling Method for Quickly Fitting the Orbits of "
              "Long-period Exoplanets")),
    69: (70, "Kepler-1649b: An Exo-Venus in the Solar Neighborhood"),
    71: (72, "A Case for an Atmosphere on Super-Earth 55 Cancri e"),
}

EXPECTED_IDS = {
    24: ("1404.2960", None),
    26: (None, None),
    30: ("1806.04617", None),
    33: (None, None),
    35: ("1404.5667", None),
    36: (None, "10.1146/annurev-astro-082214-122246"),
    53: ("1008.4686", None),
    59: (None, None),
    61: ("1412.5259", None),
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, (last, title) in ENTRIES.items():
        own = " ".join(lines[first - 1:last])
        if title is not None:
            assert title in own, (first, title)
        if last > first:  # the URL sub-bullet under the label
            assert lines[last - 1].lstrip().startswith(("* http", '* "http')), last
        papers.append(entry(lines, first, last, title))
    # the weekly bullets that are not entries, and the book bullets
    assert "Su-Shu Huang" in lines[6] and "Vivaldi" in lines[9] and "Imaging paper?" in lines[10]
    assert "Bevington" in lines[40] and "Python analysis book" in lines[50]
    ids = {p["line"]: (p["arxiv"], p["doi"]) for p in papers}
    for n, want in EXPECTED_IDS.items():
        assert ids[n] == want, (n, ids[n])
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bullet naming a paper is an entry: the weekly-reading bullets for Lee's review, Quintana 2014, Zeng "
        "2019 and Arnold 2005, and every nested reading bullet under the categories from its label line to its "
        "bare-URL sub-bullet (the three 'discovery paper' sub-bullets one line each); title = the label as written "
        "without colon, parenthetical note or author credit (None for the 'discovery paper' descriptions); books, "
        "the Scientific American piece, 'Whistling Vivaldi', 'Imaging paper?' and the resources bullet are not "
        "entries.",
        "All 77 lines read against the -v output: the eight weekly bullets (6-13) one by one, each category's "
        "first and last reading, the book bullets 18-23, 41-42 and 51-52, the group label 32 and its three "
        "sub-bullets, the handbook chapter 45-46, all eight undergraduate papers 57-72 (quoted titles, the inner "
        "0.8\" at 61, the stray quote before the URL at 66), and every URL's id (arXiv abs/pdf, the annualreviews "
        "DOI, ADS bibcodes giving none).",
    )


if __name__ == "__main__":
    main()
