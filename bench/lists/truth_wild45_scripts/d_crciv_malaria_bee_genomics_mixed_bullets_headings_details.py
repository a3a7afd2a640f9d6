"""Wild45 truth for CRCIV/Genomics_journal_club ``\\btodo.md`` (newest commit a9c88ef, 2022): the unfinished paper
to-do list of a Korean genomics journal club (CRCIV, "note : 정리 다 안됨" -- "not fully organised") -- honey-bee genomics
(Apis cerana / mellifera genome assemblies, QTL for behaviour traits) and malaria (Plasmodium vivax population
genomics, Duffy negativity, transmission-blocking vaccines, epidemiology).  The file name in the repository starts with
a BACKSPACE control character (git path ``"\\btodo.md"``, renamed from ``papers.md``); the saved copy is named
``...__todo@a9c88ef.md`` without it.

Shape: 394 lines (the last blank), LF, UTF-8, mixed shapes that change halfway.  ``# Apis genus`` (4) with ``##`` topics: bullets ``*``
with a plain title (8, 10 and 13; 8 and 10 end with a stray ``]``), an indented DOI badge line under 10 and 13
(``[![doi]()](https://doi.org/...)``, at 14 with doubled parentheses), a dated link bullet ``* 27 May 2022: [Title](url)``
(16), a numbered item (20), link bullets ``* [Title](pubmed/pnas/nature url)`` (24-34, 40), a ``-`` link bullet (38) and an
empty ``-`` bullet (39).  ``# Mosquito/Malaria`` (44): one paper per heading -- mostly ``###``, but 64 is ``##`` -- with
an author line (sometimes "et al." / "..."), a venue line with a zenodo DOI badge linking to doi.org, and some
``<details>`` cards ("Paper summary" bullets, a Background/Methods/Results/Conclusion table, GenBank accession tables, an
image, a 44-row sequencing-data table 225-276); a heading can stand alone (48, title only).  Section headings between
them (``## Polymorphism (**Pf**)`` 50 with three note bullets, ``## Epidemiology / Population``, ``## Review``,
``## Diagnosis``, ``## **Pv** Transmission-blocking vaccines (TBV) Development``, ``## *Pv* | Polymorphosm``).  Then
``# useful sites`` (two web links), a taxonomy table of Plasmodium subgenera (288-307; the "Taxonomy" column holds
taxonomic authorities such as "Telford, 1988", not references), ``# Resources``/``## Glossary`` headings with term
definitions (310-354), and ``# end`` with link-reference definitions (358-392).

Entries (28):
- Apis part: every bullet/numbered item naming a paper -- 8, 10-11, 13-14, 16, 20, 24, 26, 28, 30, 32, 34, 38, 40 (span =
  the item and its indented badge line); title = the item text / link text (16 without the "27 May 2022:" date), a
  trailing stray ``]`` (8, 10) dropped.  Not entries: the empty bullet 39, headings.
- Malaria part: every heading whose text is a paper title (48, 58, 64, 81, 93, 101, 108, 129, 137, 145, 165, 189, 195, 278);
  span = the heading to the last non-blank line before the next heading, so a paper's author/venue lines, ``<details>``
  cards and loose notes belong to it (93-99 takes the bare CDC map URL at 99; 195-276 the two cards).  278 repeats 58
  (same title, badge only) and is a separate entry.  Title = the heading text, a final period dropped (137, 195); 145's
  truncated "immunizatio" is kept as written.
- 87 "WHO World Malaria report 2021" (heading + link to the WHO report PDF) is an agency's annual report (book-length
  statistics), not a scholarly paper: not an entry.  50 "Polymorphism (**Pf**)" is a topic heading with notes, not a
  paper.  The glossary headings (318-352) are terms, not papers.
- 384 ``[https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5201222/]()`` -- a rendered link whose text is a PMC article URL --
  is an entry with a null title (named only by its link).
- The link-reference definitions at 358-392 (``[Snounou et al., 1993]: identification-of-...``, ``[ED Benavente *et
  al*., 2019]: whole-genome-...``) render nothing and are not entries.
Ids: the first DOI in the entry's lines; the zenodo badge image URL comes first (``zenodo.org/badge/doi/10.1038/ng.3599.svg``)
and its ``.svg`` file extension is not part of the DOI (dropped, like ``.pdf``).  PubMed, PNAS ``content``, Nature
``srep27168`` and PMC links carry no DOI.  No arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "CRCIV__Genomics_journal_club__todo@a9c88ef.md"
PART = "wild45_development"

BULLET = re.compile(r"^(?:[*-]|\d+\.)\s+(\S.*?)\s*$")
LINK = re.compile(r"^(?:\d{1,2} \w+ \d{4}: )?\[([^\]]+)\]\([^)]*\)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
MALARIA_PAPERS = [48, 58, 64, 81, 93, 101, 108, 129, 137, 145, 165, 189, 195, 278]
NOT_PAPER_HEADINGS = {87: "WHO annual report"}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 395 and lines[-1] == "", len(lines)
    heads = {i: HEADING.match(ln) for i, ln in enumerate(lines, 1) if HEADING.match(ln)}
    papers = []
    # Apis part (4-43): bullets and the numbered item
    for i in range(5, 44):
        ln = lines[i - 1]
        m = BULLET.match(ln)
        if not m:
            continue
        text = m.group(1)
        lm = LINK.match(text)
        title = lm.group(1) if lm else text.rstrip("]")
        assert "http" not in title and "[" not in title, (i, title)
        last = i
        while last < len(lines) and lines[last].startswith("    [![doi]"):
            last += 1
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 13 and lines[38].strip() == "-", len(papers)  # 39 is an empty bullet
    # Malaria part (44-281): paper headings
    order = sorted(heads)
    for i in MALARIA_PAPERS:
        nxt = next(h for h in order if h > i)
        last = max(j for j in range(i, nxt) if lines[j - 1].strip())
        papers.append(entry(lines, i, last, heads[i].group(2).rstrip(".")))
    # the PMC link at 384
    assert lines[383] == "[https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5201222/]()"
    papers.append(entry(lines, 384, 384, None))
    for p in papers:
        if p["doi"] and p["doi"].endswith(".svg"):
            p["doi"] = p["doi"].removesuffix(".svg")  # zenodo badge image URL: the file extension is not the DOI
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    span = {p["line"]: p["end"] for p in papers}
    # every ##/### heading between 44 and 281 that is not a paper is a topic heading (or the WHO report)
    topic = {i for i in heads if 44 <= i < 282} - set(MALARIA_PAPERS)
    assert topic == {44, 46, 50, 87, 91, 127, 135, 143, 187}, sorted(topic)
    assert set(NOT_PAPER_HEADINGS) <= topic
    assert t[8] == "The draft genome sequence of the Japanese honey bee, Apis cerana japonica (Hymenoptera: Apidae)"
    assert t[10] == "A Chromosome-Scale Assembly of the Asian Honeybee Apis cerana Genome"
    assert t[16] == "Uncovering the novel characteristics of Asian honey bee, Apis cerana, by whole genome sequencing"
    assert t[20] == "Diet-dependent gene expression in honey bees: honey vs. sucrose or high fructose corn syrup"
    assert t[48] == "Plasmodium vivax binds host CD98hc (SLC3A2) to enter immature red blood cells"
    assert t[58] == t[278] == "Genomic analysis of local variation and recent evolution in Plasmodium vivax"
    assert t[137] == ("Identification of the four human malaria parasite species in field samples by the polymerase "
                      "chain reaction and detection of a high prevalence of mixed infections")
    assert t[145].endswith("by DNA immunizatio") and t[384] is None
    assert span[10] == 11 and span[13] == 14 and span[48] == 48 and span[58] == 62 and span[64] == 79
    assert span[93] == 99 and span[108] == 125 and span[145] == 163 and span[195] == 276 and span[278] == 280
    assert d[10] == "10.3389/fgene.2020.00279" and d[13] == "10.3390/insects12070652" and d[16] == "10.1186/1471-2164-16-1"
    assert d[58] == d[278] == "10.1038/ng.3599" and d[64] == "10.1038/ng.3588" and d[93] == "10.4269/ajtmh.2004.70.486"
    assert d[195] == "10.1371/journal.pntd.0008234" and d[145] == "10.1016/j.vaccine.2015.03.008"
    assert sum(1 for v in d.values() if v) == 11, sorted(k for k, v in d.items() if v)
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME, PART, papers,
        "Bee part: each bullet/numbered item naming a paper (with its indented DOI-badge line); malaria part: each "
        "heading whose text is a paper title, spanning to the line before the next heading (author/venue lines, details "
        "cards, notes); plus the bare PMC link at 384 (null title); not the WHO annual report (87), topic/glossary "
        "headings or link-reference definitions; title = item/link/heading text (stray ']' and final period dropped); "
        "DOI = first DOI in the span, the zenodo badge's '.svg' extension dropped.",
        "Whole file read against the -v output: all bee bullets 8-40 (stray ']' at 8/10, badge lines 11/14 with the "
        "doubled parentheses at 14, the dated bullet 16, the numbered item 20, the empty bullet 39), every malaria heading "
        "44-280 classified paper/topic (the ## paper heading 64, the title-only heading 48, the repeated 278), each span "
        "end against the next heading (details cards 70-79, 114-125, 151-163, 171-185, 201-276; the CDC URL 99), the WHO "
        "report 87, the taxonomy table 288-307 (authorities, not references), glossary 316-354, the link-reference "
        "definitions 358-392 and the PMC link 384; DOIs from badges with '.svg' removed (11 entries have one).",
    )


if __name__ == "__main__":
    main()
