"""Wild55 truth for carlos-gg/digitalgarden content/AI4ES/Statistical downscaling.md: one note of a researcher's
Obsidian "digital garden" (published with Quartz) on statistical downscaling of climate data with machine learning
(super-resolution CNNs, GANs, normalizing flows, neural processes for climate fields), newest commit (d169c15,
2022-10-28).

Shape: 258 lines, 34 KB, tab-indented Obsidian Markdown.  YAML front matter (1-3), a ``> See:`` block of ``[[wiki
links]]`` (5-9), ``## Resources`` (11), ``## Talks`` (18), ``## Code`` (33), ``## Books`` (51), ``## References`` (57-258).
Every top-level bullet starts with an Obsidian tag naming its kind: ``- #PAPER [Title (Surname Year)](url)``, ``-
#THESIS/MSC [...]``, ``- #TALK``, ``- #CODE``, ``- #BOOK``, ``- #POSTER``; the author/year sits inside the link text in
parentheses after the title.  Papers are followed by tab-indented notes (``\\t- ...``, deeper ``\\t\\t- ...``): free
text, bare URLs, ``#CODE`` links, ``See [[...]]`` wiki links.

Special cases:
- Obsidian block ids after the link: ``... (Misra 2017)](https://link.springer.com/...) ^72531e`` (72, 80, 138, 149, 197,
  247); at 84 the id sits inside the URL parentheses (``...d30c653a4 ^592e4e)``).
- The author parenthesis varies: ``(Tran Anh 2019)``, ``(Baño-Medina 2020)``, ``(Stengel, 2020)`` (149), two spaces
  before it at 101; titles may hold their own parentheses (``downscaleR package (v3.1.0): ...`` 197, ``(DeepESD)``
  253), which stay.
- Trailing space inside some URLs (``.../s00382-019-04673-9 )`` 123, ``2011.11313v3 )`` 174).
- Nested works inside a paper's notes: 84 ``\\t- #THESIS/PHD [Statistical downscaling of global climate models with
  image super-resolution and uncertainty quantification (Vandal 2018)](...)`` under DeepSD (80), and 125 an untagged
  ``\\t- [Deep Neural Networks for Statistical Downscaling of Climate Change Projections (Baño-Medina 2018)](...)``
  (a CAEPIA 2018 paper) under 124.  Both are entries, with spans inside their parent's span.
- ``#THESIS/MSC`` (115, 131) are research theses: entries.  ``#POSTER`` (252), ``#TALK`` (19-25, 86, 130, 136),
  ``#BOOK`` (52, 54), ``#CODE`` items and resource links are not.
- Ids: arXiv ids from arxiv.org abs/pdf links (``2011.11313v3`` → ``2011.11313``); DOIs from Wiley/AGU/Springer/ACM/
  Frontiers/AIP/IOP URLs (``10.1002/joc.2312`` 58, ``10.1007/s00704-020-03098-3`` from the ``%2F``-encoded URL 135
  decoded); MDPI, GMD, ScienceDirect-pii and Nature links give none.

Decisions:
- Entry = each top-level ``#PAPER`` or ``#THESIS/MSC`` bullet, plus the nested PhD thesis (84) and the nested untagged
  paper link (125): 59 entries.  Span = the bullet line through the last following line indented deeper than it.
- Title = the link text minus the final ``(Author[,] Year)`` parenthesis, trimmed.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "carlos-gg__digitalgarden__content__AI4ES__Statistical downscaling@d169c15.md"
PART = "wild55_development"

ITEM = re.compile(r"^(?P<indent>\t*)- (?:(?P<tag>#[A-Za-z/]+) )?\[(?P<text>[^\]]+)\]\(")
AUTHOR_YEAR = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\)$")
WORKS = {"#PAPER", "#THESIS/MSC", "#THESIS/PHD"}
NESTED_UNTAGGED = {125}


def depth(line: str) -> int:
    return len(line) - len(line.lstrip("\t"))


def main() -> None:
    lines = read_lines(NAME)
    assert lines[56] == "## References", lines[56]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        if m.group("tag") not in WORKS and n not in NESTED_UNTAGGED:
            continue
        title = AUTHOR_YEAR.sub("", m.group("text")).strip()
        d = depth(ln)
        last = n
        for k in range(n, len(lines)):  # lines[k] is line k + 1
            if lines[k].strip() and depth(lines[k]) > d:
                last = k + 1
            else:
                break
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert min(by) == 58 and 252 not in by and 130 not in by, sorted(by)
    assert by[58]["title"] == "A comparison of statistical downscaling methods suited for wildfire applications", by[58]
    assert (by[58]["line"], by[58]["end"], by[58]["doi"]) == (58, 62, "10.1002/joc.2312"), by[58]
    assert by[72]["title"] == (
        "Statistical downscaling of precipitation using long short-term memory recurrent neural networks"), by[72]
    assert (by[80]["line"], by[80]["end"], by[80]["arxiv"]) == (80, 96, "1703.03126"), by[80]
    assert by[84]["title"] == ("Statistical downscaling of global climate models with image super-resolution and"
                               " uncertainty quantification"), by[84]
    assert (by[84]["line"], by[84]["end"]) == (84, 85), by[84]
    assert by[101]["title"] == (
        "Comparison of Different Machine Learning Approaches for Monthly Satellite-Based Soil Moisture Downscaling"
        " over Northeast China"), by[101]
    assert by[115]["title"] == "Exploring Machine Learning Models for Wind Speed Prediction", by[115]
    assert (by[125]["line"], by[125]["end"]) == (125, 125), by[125]
    assert by[125]["title"] == "Deep Neural Networks for Statistical Downscaling of Climate Change Projections"
    assert by[149]["title"] == "Adversarial super-resolution of climatological wind and solar data", by[149]
    assert by[174]["arxiv"] == "2011.11313", by[174]
    assert by[197]["title"] == ("Statistical downscaling with the downscaleR package (v3.1.0): contribution to the"
                                " VALUE intercomparison experiment"), by[197]
    assert by[253]["title"] == ("Downscaling Multi-Model Climate Projection Ensembles with Deep Learning (DeepESD):"
                                " Contribution to CORDEX EUR-44"), by[253]
    assert (by[256]["line"], by[256]["end"]) == (256, 258), by[256]
    assert all(not re.search(r"\((?:19|20)\d\d\)$|\d{4}\)$", p["title"]) for p in papers)
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every top-level '- #PAPER [Title (Surname Year)](url)' and '- #THESIS/MSC [...]' bullet is an entry,"
        " plus the two works nested in another paper's notes: the '#THESIS/PHD' at 84 and the untagged paper link at"
        " 125.  #TALK, #BOOK, #CODE and #POSTER items and resource links are not.  Span = the bullet through the last"
        " following line indented deeper (its tab-indented notes).  Title = the link text minus its final"
        " '(Author[,] Year)' parenthesis; parentheses inside the title stay.",
        checked="Printed every tagged bullet with its tag and indent and compared -v for all 59 entries: titles with"
        " the author-year parenthesis removed (comma variant 149, double space 101, inner parentheses 197/253), spans"
        " over the nested notes (DeepSD 80-96 containing 84-85; 124 containing 125), block ids, the excluded"
        " poster/talks/books, arXiv ids from arxiv.org links (version dropped at 174) and DOIs from publisher URLs.",
    )


if __name__ == "__main__":
    main()
