"""Wild61 truth for weatherml/weatherml.github.io docs/papers.md at a03d30b (2026-07-16): the generated "papers"
page of weatherml.github.io, a weekly arXiv-harvested collection of machine-learning papers on weather
forecasting, climate modelling and atmospheric science (earth science), built with Zensical / MkDocs-Material.

Shape: 1607 lines.  Front matter hiding the navigation (1-4), then eight category headings with counts:
``## Global Models (23)`` (6), ``## Nowcasting (27)`` (264), ``## Downscaling (16)`` (586), ``## Data
Assimilation (26)`` (770), ``## Ensembles (9)`` (1050), ``## Climate Modeling (27)`` (1160), ``## Extreme
Weather (3)`` (1460), ``## Other (9)`` (1500).  Each category is a raw ``<div class="grid cards" markdown>``
... ``</div>`` block whose body is a Markdown list of cards, one card per paper::

    -   #### <Title>
    <blank>
        ---
    <blank>
        *Author, Author, ... et al.* · 2026
    <blank>
        <span class="abstract-snippet" id="snip-2604.04998">...</span><span class="abstract-full" ... hidden>...
    <blank>
        [:material-file-document: 2604.04998](https://arxiv.org/abs/2604.04998v1) · [...: BibTeX](bibtex/...){ .bibtex-link }
    <blank>
        <span class="md-tag">CNN</span> <span class="md-tag">recurrent</span>      (optional)

Special cases:
- The title is a level-4 ATX heading inside a list item inside an HTML div (Material "grid cards").
- Some cards add a GitHub link between the arXiv and BibTeX links (e.g. 346); some have no tag line, so a
  card ends either on its tag line or on its link line.
- 338 and 350 are the same paper (arXiv 2605.30122) listed twice in Nowcasting, once with the v2 and once with
  the v1 link; both are entries.
- 62 (card 56, FuXiWeather2): the full abstract quotes a Zenodo DOI of its code/data
  (``10.5281/zenodo.18872728``); it is not the paper's DOI, so the entry's DOI is set to None by hand (no card
  has a paper DOI).
- 882 keeps BibTeX braces from arXiv metadata: ``The Ensemble Schr{ö}dinger Bridge filter ...``; 646 a missing
  space (``Arbitrary-ResolutionAtmospheric``); titles are kept as written.
- Abstracts contain LaTeX (``$0.05^\\circ$``) and URLs; the span ids repeat the arXiv id (``snip-2604.04998``).

Decisions:
- Entry = every ``-   #### `` card (140, matching the category counts 23+27+16+26+9+27+3+9), spanning from the
  heading line to the last non-blank line before the next card or ``</div>``.
- Title = the heading text after ``#### ``, as written.  arXiv id = the id of the card's arxiv.org link without
  version; it is checked against the helper and set from the link if the helper disagrees.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "weatherml__weatherml.github.io__docs__papers@a03d30b.md"
PART = "wild61_development"

CARD = re.compile(r"^-   #### (.+?)\s*$")
LINK = re.compile(r"\]\(https://arxiv\.org/abs/(\d{4}\.\d{4,5})v\d+\)")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if CARD.match(ln)]
    papers = []
    fixed = 0
    for i, s in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(lines) + 1
        last = s
        for k in range(s, stop):
            if lines[k - 1].strip() == "</div>" or lines[k - 1].startswith("## "):
                break
            if lines[k - 1].strip():
                last = k
        p = entry(lines, s, last, CARD.match(lines[s - 1]).group(1))
        ids = {m.group(1) for ln in lines[s - 1 : last] for m in LINK.finditer(ln)}
        assert len(ids) == 1, (s, ids)
        (aid,) = ids
        if p["arxiv"] != aid:
            p["arxiv"] = aid
            fixed += 1
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 140, len(papers)
    assert len(papers) == 23 + 27 + 16 + 26 + 9 + 27 + 3 + 9
    assert fixed == 0, fixed
    t10 = "El Nino Prediction Based on Weather Forecast and Geographical Time-series Data"
    assert by[10]["title"] == t10 and by[10]["arxiv"] == "2604.04998", by[10]
    assert by[338]["title"] == by[350]["title"] and by[338]["arxiv"] == by[350]["arxiv"] == "2605.30122"
    assert [(p["line"], p["doi"]) for p in papers if p["doi"]] == [(56, "10.5281/zenodo.18872728")]
    by[56]["doi"] = None  # a Zenodo code/data DOI quoted in the abstract, not the paper's DOI
    assert all(p["end"] > p["line"] + 5 for p in papers)
    assert by[882]["title"] == "The Ensemble Schr{ö}dinger Bridge filter for Nonlinear Data Assimilation"
    assert by[1594]["title"] == "Graph-based Neural Space Weather Forecasting" and by[1594]["end"] == 1604
    assert all("#" not in p["title"] and "*" not in p["title"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every Material grid-card list item '-   #### <Title>' inside the per-category '<div class=\"grid"
        " cards\" markdown>' blocks is one entry (140), spanning from the heading line to the card's last"
        " non-blank line (tag line or link line).  Title = the heading text as written.  arXiv id = the card's"
        " arxiv.org link without version (agrees with the helper); no DOI (the Zenodo code DOI quoted in card"
        " 56's abstract is removed by hand).  Category headings and the abstract / tag"
        " spans are not separate entries; the paper listed twice (338/350) gives two entries.",
        checked="Checked the card structure of all 140 cards by script (heading, '---', italic author line);"
        " read the -v output against the file for every category, the duplicated card (338/350), cards with a"
        " GitHub link or without tags, and sampled arXiv ids against the links.",
    )


if __name__ == "__main__":
    main()
