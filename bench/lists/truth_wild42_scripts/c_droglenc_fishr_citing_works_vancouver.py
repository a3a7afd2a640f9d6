"""Wild42 truth for droglenc/fishR exposure/exposure-citations17.md: a page of the fishR web site (Derek
Ogle's site for fisheries stock assessment in R, the FSA package and the IFAR book) listing the 2017
publications that cite the IFAR book, the fishR site or the FSA package -- a package bibliography kept by hand.
The file is from the newest commit of the repository (the ``gh-pages`` branch; ``master`` stopped in 2015).

Shape: 75 lines: Jekyll front matter (1-6), an intro sentence with the count ``<span ...>59</span>`` (8), then
one Markdown ordered list where every item is written ``1.`` (10-71), a ``-----`` rule and an HTML ``<p>``
of year-navigation links (75).  Each item is a reference in a Vancouver-like author style:
``Surname AB, Surname CD. 2017. Title. Journal vol:pages. [Full Text](url) [Method tag]`` -- the link label
varies (``Full Text``, ``Abstract``, ``Summary``, ``Preview``, ``PDF``), sometimes followed by a ``.``, and a
bracketed tag says which FSA method the work used (``[Dunn's Test]``, ``[von Bertalanffy Growth]``, ``[???]``).
Species names are italic inside titles (``*Oreochromis niloticus*``); the site author's name is bold
(``**Ogle DH**``, ``**Ogle DH.**``).  Special cases:
- 29-31: one item broken over three lines in the middle of words (``the S`` / ``aline and Smoky Hill Rivers``,
  ``Cylindr`` / ``ical Papershell``); the lines are lazy continuations of the list item.  62-63: an item
  wrapped after ``Shark``.
- 41: no year (``Mangit F, Korkmaz M, Su, U, Yerli SV. Actual status ...``); 37: ``2017 Use`` (no period
  after the year); 32: ``Kelly FL and 17 others. 2017.``; 49: double spaces after each period.
- Non-article records: M.Sc./M.S. theses and dissertations (18, 20, 21, 28, 29, 33, 37, 60, 62), agency and
  client reports (19, 27, 32, 53, 58 an occasional paper, 54 ICCAT collected papers), three chapters of the
  AFS book "Age and Growth of Fishes" (44, 51, 55, written ``In Quist MC and Isermann DA, editors.``) with no
  link, one software paper in Methods in Ecology and Evolution (43).
Decisions:
- Entry = every list item (59, the number the page states), from its ``1.`` line to its last continuation
  line.  Theses, reports and book chapters are scholarly works: entries.
- Title = the text after the year (``2017.``, ``2017``) -- or, for 41, after the author list -- up to the
  ``. `` that ends it; italic markers and the bold author name are markup.  Hand-set where that cut is wrong:
  titles ending in ``?`` (17, 24, 65), 68 (a question followed by a subtitle), 45 (``sp. cf.`` inside the
  title), 49 (``Pauly et al. (1992)`` inside the title), 11 (``(U.S.A.).``).  29-31 keeps the file's breaks as
  the rendered soft breaks, i.e. ``the S aline`` and ``Cylindr ical`` (the words the page shows), not repaired.
  Typos stay (``measuremetns``, ``Cuks``, ``frag``, ``cardiomyopahty``, ``Lough Deng``).
- Ids: the DOI of the item's first link when the URL contains one (Springer, Wiley ``/doi/...``, BioOne,
  Brill, ``doi.org``, PLOS ``?id=``), by the helper; ScienceDirect ``pii`` links and ResearchGate links give
  none; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "droglenc__fishR__exposure__exposure-citations17@8a2acc7.md"
PART = "wild42_development"

YEAR = re.compile(r"\b20\d\d\.?\s+")
END = re.compile(r"\.\s+")
TITLES = {
    11: "Can back-calculated lengths based on otoliths measuremetns provide reliable estimates of Atlantic halibut "
        "(*Hippoglossus hippoglossus*) growth in the Gulf of Maine (U.S.A.)",
    17: "Age and growth of *Prochilodus lineatus* in a spatially structured population: is there concordance "
        "between otoliths and scales?",
    24: "Bedside identification of patients at risk for PVC-induced cardiomyopahty: Is ECG useful?",
    45: "Densities and Population Sizes of Clinch Dace *Chrosomus* sp. cf. *saylori* in the Upper Clinch River "
        "Basin in Virginia",
    49: "An algorithm for the von Bertalanffy seasonal cessation in growth function of Pauly et al. (1992)",
    65: "Effectiveness of removals of the invasive lionfish: how many dives are needed to deplete a reef?",
    68: "Does morphology predict trophic niche differentiation? Relationship between feeding habits and body shape "
        "in four co-occurring juvenile species (Pisces: Perciformes, Sparidae)",
}


def rule_title(text: str) -> str:
    m = YEAR.search(text)
    if m:
        rest = text[m.end():]
    else:  # 41: no year, the title follows the author list
        rest = text.split(". ", 1)[1]
    e = END.search(rest)
    assert e, text[:80]
    return rest[: e.start()]


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("1. ")]
    papers = []
    for i, first in enumerate(starts):
        last = first
        stop = starts[i + 1] if i + 1 < len(starts) else len(lines) + 1
        for n in range(first + 1, stop):
            if not lines[n - 1].strip():
                break
            last = n
        text = " ".join(lines[first - 1 : last])[3:]
        title = TITLES.get(first) or rule_title(text)
        papers.append(entry(lines, first, last, title))
    spans = {p["line"]: p["end"] for p in papers if p["end"] != p["line"]}
    assert spans == {29: 31, 62: 63}, spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[29].startswith("Post-drought survey of freshwater mussels in the S aline and Smoky Hill Rivers"), t[29]
    assert "Cylindr ical Papershell (Anodontoides ferussacianus)" in t[29], t[29]
    assert t[62] == "Life History and Demographic Modelling of Shark Species Caught in Indo-Pacific Fisheries", t[62]
    assert t[41] == "Actual status of Eber Lake in terms of fish community structure", t[41]
    assert t[37].startswith("Use of vertebral chemistry"), t[37]
    assert t[32] == "Fish stock survey of Lough Deng, June 2016", t[32]
    assert t[44] == "Sampling for Age and Growth Estimation", t[44]
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every item of the '1.' ordered list (59 works citing FSA/fishR/IFAR in 2017: articles, theses, reports, "
        "book chapters) is an entry over its own lines (29-31 and 62-63 wrapped); title = the text after the year "
        "(after the authors for the year-less 41) up to the '. ' that ends it, species italics removed, 7 hand-set "
        "(question titles, 'sp. cf.', 'et al. (1992)', '(U.S.A.)'); 29-31's mid-word breaks kept as rendered "
        "spaces; DOIs from the first link's URL.",
        "Read the whole file and compared all 59 titles of the -v output with their items; checked the mid-word "
        "broken item 29-31 and the wrapped 62-63, the year-less 41, '2017 Use' (37), 'and 17 others' (32), the "
        "double-spaced 49, the three book chapters without links, the theses and reports, the question titles "
        "(17, 24, 65, 68), and each DOI the helper took against the item's first link (Wiley /full and /epdf "
        "tails, Springer, BioOne, Brill, doi.org, PLOS ?id=), ScienceDirect pii and ResearchGate links giving none.",
    )


if __name__ == "__main__":
    main()
