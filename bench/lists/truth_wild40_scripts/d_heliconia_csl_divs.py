"""Wild40 truth for BrunaLab/HeliconiaSurveys docs/publications/publications.md (newest commit 0b999f6): the
"HDP Publications & Data Sets" page of the Heliconia Demography Project (Emilio Bruna's lab) -- tropical plant
ecology, forest fragmentation in central Amazonia, population demography, seed dispersal, plant genetics.

Shape: a setext title (1-2), ``## Publications`` (4), a bold note linking a .bib file (6-7), then pandoc citeproc
output kept as raw HTML: ``<div id="refs" class="references csl-bib-body hanging-indent" ...>`` (9-10) holding 29
``<div id="ref-KEY" class="csl-entry">`` blocks (the opening tag sometimes wrapped over two lines, e.g. 81-82), each
with one blank-line-separated reference paragraph hard-wrapped at ~72 columns, then ``</div>``.  References are
Ecology (ESA) style: "Authors. Year[a-c]. [Title](https://doi.org/...). *Journal* vol: pages." -- the title is the
DOI link's text when there is a DOI, plain text otherwise (32, 56, 64, 84, 94, 147); two are book chapters
"Title. Pages 85–90 *in* editors. Book. Publisher." (32, 64).  The list has near-duplicates from two merged .bib
sources (WOS keys and citation keys): 84/128, 94/137, 147/156, 245/254, 263/272 name the same papers, sometimes
with and without a DOI -- separate entries, as the file lists them.  One title is in capitals as written (217,
"LONGEVITY CAN BUFFER ..."); 23-25's DOI carries pandoc's bracket escape ``{[}`` ("...084{[}0932:APPIFH]2.0.CO;2").
After the references: ``## Data Sets`` (284) with a bold .bib note and four ``1.`` items -- three figshare datasets
and a GenBank archive of microsatellite markers "from Côrtes et al. 2009" -- not entries (datasets; the paper is only
named inline as the source).

Entries (29): every csl-entry reference (27 journal articles, 2 book chapters); an entry spans its reference
paragraph (the div tags and blank lines excluded).  Title: the text after "Year. " up to the full stop before the
venue (the link text when linked), markup removed.  Ids: the DOI link; for 23-25 the script sets the DOI with the
escape undone (10.1890/0012-9658(2003)084[0932:appifh]2.0.co;2), since ``{[}`` is pandoc's rendering of ``[``
and the helper would cut the DOI at the brace.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "BrunaLab__HeliconiaSurveys__docs__publications__publications@0b999f6.md"
PART = "wild40_development"

YEAR = re.compile(r"\. (\d{4}[a-c]?)\. ")
ESCAPED_DOI = {23: "10.1890/0012-9658(2003)084[0932:appifh]2.0.co;2"}


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of the reference paragraph inside each csl-entry div."""
    out = []
    for i, ln in enumerate(lines, 1):
        if 'class="csl-entry"' in ln:
            first = i + 1
            while lines[first - 1].strip():
                first += 1  # skip the rest of a wrapped opening tag
            first += 1
            last = first
            while lines[last].strip():
                last += 1
            assert lines[last + 1] == "</div>", (i, lines[last + 1])
            out.append((first, last))
    return out


def title_of(text: str) -> str:
    m = YEAR.search(text)
    assert m, text
    rest = text[m.end():]
    if rest.startswith("["):
        return rest[1:rest.index("](")]
    end = re.search(r"\. (?:\*|Pages )", rest)
    assert end, rest
    return rest[: end.start()]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3] == "## Publications" and lines[283] == "## Data Sets"
    paras = paragraphs(lines)
    assert len(paras) == 29, len(paras)
    assert all(b < 284 for _a, b in paras)
    papers = []
    for first, last in paras:
        text = re.sub(r"\s+", " ", " ".join(lines[first - 1 : last]))
        e = entry(lines, first, last, title_of(text))
        if first in ESCAPED_DOI:
            assert "084{[}0932:APPIFH]2.0.CO;2" in text
            e["doi"] = ESCAPED_DOI[first]
        papers.append(e)
    t = {p["line"]: p["title"] for p in papers}
    assert t[32] == "Biological impacts of deforestation and fragmentation", t[32]
    assert t[64] == "Forest fragments and tropical plant reproduction in Amazonian Brazil", t[64]
    assert t[56] == ("Edge effects on growth and biomass partitioning of an Amazonian understory herb (Heliconia "
                     "acuminata; Heliconiaceae)"), t[56]
    assert t[263] == ("Effects of forest fragmentation on the seedling recruitment of a tropical herb: Assessing seed "
                      "vs. Safe-site limitation"), t[263]
    assert t[84] == t[128] and t[94] == t[137] and t[147] == t[156] and t[245] == t[254] and t[263] == t[272]
    d = {p["line"]: p["doi"] for p in papers}
    assert [ln for ln, v in d.items() if v is None] == [32, 56, 64, 84, 94, 147], d
    assert d[14] == "10.1002/ecy.2706" and d[23].endswith("[0932:appifh]2.0.co;2"), (d[14], d[23])
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each pandoc citeproc <div class=\"csl-entry\"> reference (29: journal articles and two book chapters, "
        "near-duplicates kept) is an entry spanning its wrapped reference paragraph; title = the text after "
        "'Year. ' to the stop before the venue (the DOI link text when linked); ids = the DOI link (the {[}-escaped "
        "DOI set with '['); the Data Sets items are not entries.",
        "All 29 references read against the -v output (title start after the year with its a/b/c suffix, end "
        "before *Journal* or 'Pages ... *in*'), the unlinked titles 32, 56, 64, 84, 94, 147, the chapters 32 and "
        "64, the capitalised title 217, the five duplicate pairs, the wrapped opening div tags, the escaped DOI of "
        "23-25; the four Data Sets items (288-294) checked and excluded.",
    )


if __name__ == "__main__":
    main()
