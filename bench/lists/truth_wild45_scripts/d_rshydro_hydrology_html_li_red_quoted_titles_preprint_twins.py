"""Wild45 truth for 12530/rshydro publications.md (newest commit e810858, 2023): the publication page of a hydrologist's
Jekyll site (Liguang Jiang; satellite altimetry of lakes and rivers, hydrodynamic modelling, hydrochemistry of the
Tibetan Plateau) -- earth science.

Shape: 106 lines (the last blank), LF, UTF-8.  YAML front matter (1-6), a Kramdown image line (7), ``<p>Peer-reviewed articles (*
indicating corresponding author)</p>`` (8), then raw HTML: ``<hr>`` rules and one ``<h3>YEAR</h3>`` + ``<ul>`` block per
year (2023 at 11, 2022 at 32, 2021 at 44, 2020 at 57, 2019 at 69, 2017 at 78, 2016 at 87, 2015 at 96), one
``<li>`` per paper on one line (some ``<li>`` lines flush left, 72-73; blank or whitespace-only lines between the 2023
items): authors with the site owner in ``<b>`` and ``*`` marking corresponding authors, the title in double quotes
inside ``<font color="red">`` (curly quotes at 51), the journal as a link (to the article, the journal home page, or at
47 a Copernicus payment form), year/volume/pages, then ``DOI: <a href="https://doi.org/...">DOI</a>``.  Special cases:
preprints listed beside their published versions -- 36 (EGUsphere preprint) of 23, 37 (ESSD Discussions) of 34, 48 (HESS
Discussions, a different title) of 47 -- and two preprints without a published twin (17 ESSD Discussions "in review",
35 "Submitted manuscript" with an ESS Open Archive DOI); 40 gives a Chinese title after the quoted English one (National
Remote Sensing Bulletin, in Chinese); 50 "International Altimetry Team incl. ..."; 63 ends with "Feature paper (free of
charge)"; broken links: 23's DOI href doubles the prefix (``doi.org/10.5194/10.5194/hess-27-1011-2023``, the link text is
right), 47's link text has a stray leading ``1`` (``110.5194/...``, the href is right), 80's DOI anchor is misspelt
``hrer=``, 98's DOI href is 90's DOI (the link text and the Springer journal link give the right one), 40's DOI href
(jors.cn) differs from its text.

Entries (42): every ``<li>`` (9 + 7 + 6 + 6 + 3 + 3 + 3 + 5), one line each; preprint and published versions are
separate entries (repeated records).  Title = the quoted text inside ``<font color="red">`` without the quotes; at 40 the
Chinese title that follows the quoted English one is not part of it (the list quotes the English title as the title).
Ids: the first DOI the line gives (journal link URL or the ``DOI:`` link) -- except 23, whose first DOI-like string is the
broken href with a doubled ``10.5194/`` prefix: its id is the DOI the line writes in the link text,
``10.5194/hess-27-1011-2023``.  17 and 48 link only Copernicus preprint pages (no DOI).  No arXiv ids.  Not entries: front
matter, image, the ``<p>`` note, headings, rules.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "12530__rshydro__publications@e810858.md"
PART = "wild45_development"

LI = re.compile(r"^\s*<li>.*</li>\s*$")
TITLE = re.compile(r'<font color="red">\s*["“](.+?)["”]')


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 107 and lines[-1] == "", len(lines)
    years = {i: ln for i, ln in enumerate(lines, 1) if ln.startswith("<h3>")}
    assert list(years) == [11, 32, 44, 57, 69, 78, 87, 96]
    papers = []
    per_year: dict[int, int] = {}
    year = None
    for i, ln in enumerate(lines, 1):
        if i in years:
            year = i
            continue
        if "<li>" not in ln:
            continue
        assert LI.match(ln) and year, (i, ln)
        m = TITLE.search(ln)
        assert m, i
        p = entry(lines, i, i, m.group(1))
        if i == 23:
            assert p["doi"] == "10.5194/10.5194/hess-27-1011-2023"  # the broken href
            p["doi"] = "10.5194/hess-27-1011-2023"  # the DOI the link text writes
        papers.append(p)
        per_year[year] = per_year.get(year, 0) + 1
    assert list(per_year.values()) == [9, 7, 6, 6, 3, 3, 3, 5], per_year
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[13] == ("Improvements in mountain lake monitoring from satellite altimetry over the past 30 years – "
                     "lessons learned from Tibetan lakes")
    assert t[23] == t[36] == "River hydraulic modelling with ICEsat-2 land and water surface elevation"
    assert t[34] == t[37]
    assert t[40] == "Monitoring lakes and reservoirs based on satellite radar altimetry: theory, methods and progresses"
    assert t[51] == "Polar drift in the 1990s explained by terrestrial water storage changes"
    assert t[72] == ("How do GPM IMERG precipitation estimates perform as hydrological model forcing? Evaluation for "
                     "300 catchments across Mainland China")
    assert t[102] == "Spatial-temporal patterns of major ion chemistry and its controlling factors in the Manasarovar Basin, Tibet"
    assert d[17] is None and d[48] is None
    assert d[23] == "10.5194/hess-27-1011-2023" and d[36] == "10.5194/egusphere-2022-377"
    assert d[35] == "10.1002/essoar.10512270.1" and d[37] == "10.5194/essd-2021-470"
    assert d[40] == "10.11834/jrs.20221221" and d[47] == "10.5194/hess-25-6359-2021"
    assert d[80] == "10.1016/j.rse.2017.08.015" and d[98] == "10.1007/s11069-014-1569-6"
    assert sum(1 for v in d.values() if v) == 40
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each one-line HTML <li> under the <h3> year headings is an entry (preprint and published versions separately); "
        "title = the quoted text in <font color=\"red\"> (not the Chinese title after it at 40); id = the first DOI the "
        "line gives (journal URL or the DOI link), except 23 whose doubled-prefix href is broken and whose link text "
        "DOI is taken; 17 and 48 have none.",
        "Whole file (106 lines) read against the -v output: the eight year blocks and their counts (9/7/6/6/3/3/3/5), "
        "the flush-left items 72-73, the preprint twins (23/36, 34/37, 47/48) and lone preprints (17, 35), the Chinese "
        "title at 40, the curly quotes at 51, the 'International Altimetry Team' item (50), and every DOI against the "
        "line: 23's doubled prefix (text DOI used), 47's '110.' link text (href used), 80's 'hrer' anchor, 98's wrong "
        "href (Springer URL first), 40's mismatched jors.cn href (ygxb URL first).",
    )


if __name__ == "__main__":
    main()
