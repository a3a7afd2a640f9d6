"""Wild41 truth for mdozmorov/Microbiome_notes README.md (newest commit 280bd72): Mikhail Dozmorov's "A continually
expanding collection of microbiome analysis tools" -- 16S/metagenomics pipelines, taxonomy, phylogenetics,
differential abundance, microbiome studies and databases (microbiology, microbial ecology, human gut microbiome).

Shape: a title and intro (1-5), a ``* [Section](#anchor)`` table of contents (7-16) and a stray first bullet
(18, the "awesome-microbes" list), then ``## Pipelines`` (20), ``## Downstream analysis`` (62, with ``###
Integrative analysis`` 89), ``## Taxonomy`` (95), ``## Phylogenetics`` (110), ``## Differential analysis`` (119),
``## Data`` (131), ``## Misc`` (153) and ``# Local files and folders`` (174).  Each record is a top-level ``- ``
bullet (a tool, study or database with a long description and URLs) optionally followed by its paper: a
``<details><summary>Paper</summary>`` card (22-25) or, mostly, an indented ``    - `` sub-bullet (one with five
spaces, 160).  The references are in several styles:
- Chicago with the title in curly quotes ``Authors. “Title.” Journal ... https://doi.org/...`` (most; 165's
  title ends with a comma inside the quotes);
- 30: "ATLAS: a Snakemake workflow for ... metagenome sequence data Silas Kieser, Joseph Brown, ... bioRxiv 737528;
  August 2019 doi: https://doi.org/10.1101/737528" -- title first, authors run on with no separator;
- 42: "Simon LM., et al., Theis FJ. MetaMap: an atlas of ... RNA-seq data. Gigascience, Jun 1 (2018) <OUP URL>" --
  Vancouver-like, no DOI (the academic.oup.com URL holds none);
- 65: "Xu, Z.Z., ... et al. (2019). Calour: an Interactive, Microbe-Centric Analysis Tool. MSystems 4, e00269-18."
  -- Cell style, no DOI.
The MetaMap atlas paper is cited twice (records 41-42 and 162-163, in two styles): separate entries.

Entries (37): every record whose bullet or sub-bullet cites a paper, spanning the bullet and its reference lines.
Not entries: records with no paper -- tools/resources given only by URL (27 MicrobiotaProcess, 59
microbial-rnaseq, 112 iTOL, 117 phyloT, 171 PathSeq, 176 LogMPIE), link collections (18 awesome-microbes, 155 Yu's
bookmarks, 157 the metagenomics blog and Google Doc), 72 microbiomeSeq, and 70 the ``microbiome`` R package whose
inline citation "Leo Lahti, Sudarshan Shetty et al. (2017). Tools for microbiome analysis in R. Version 1.5.23.
URL: ..." is a software manual, not a paper; the TOC.
Title: the curly-quoted title (markup removed, final '.'/',' dropped); for 30, 42 and 65 the title as the
reference writes it (hand-set below, checked to occur in the line).  Ids: the first DOI in the entry's lines.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "mdozmorov__Microbiome_notes__README@280bd72.md"
PART = "wild41_development"

CURLY = re.compile(r"“(.+?)”")
UNQUOTED = {  # record's first line -> the title its reference writes without quotes
    29: "ATLAS: a Snakemake workflow for assembly, annotation, and genomic binning of metagenome sequence data",
    41: "MetaMap: an atlas of metatranscriptomic reads in human disease-related RNA-seq data",
    64: "Calour: an Interactive, Microbe-Centric Analysis Tool",
}
NOT_ENTRIES = {18, 27, 59, 70, 72, 112, 117, 155, 157, 171, 176}


def records(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of each top-level bullet with its indented/<details> continuation lines."""
    out, cur = [], None
    for i, ln in enumerate(lines, 1):
        if i < 18:
            continue
        if ln.startswith("- "):
            if cur:
                out.append(cur)
            cur = [i, i]
        elif ln.startswith("#") or not ln.strip():
            if cur:
                out.append(cur)
            cur = None
        elif cur:
            cur[1] = i
    if cur:
        out.append(cur)
    return [(a, b) for a, b in out]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[19] == "## Pipelines" and lines[173] == "# Local files and folders"
    papers, skipped = [], []
    for a, b in records(lines):
        text = "\n".join(lines[a - 1 : b])
        titles = CURLY.findall(text)
        if a in UNQUOTED:
            assert not titles and UNQUOTED[a] in lines[b - 1], a
            titles = [UNQUOTED[a]]
        if not titles:
            skipped.append(a)
            continue
        assert len(titles) == 1, (a, titles)
        papers.append(entry(lines, a, b, titles[0]))
    assert set(skipped) == NOT_ENTRIES, skipped
    t = {p["line"]: p["title"] for p in papers}
    assert t[165] == ("MetaMap, an Interactive Webtool for the Exploration of Metatranscriptomic Reads in Human "
                      "Disease-Related RNA-Seq Data"), t[165]
    assert t[44] == "BioBakery: A Meta’omic Analysis Environment", t[44]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[29] == "10.1101/737528" and d[41] is None and d[64] is None, (d[29], d[41], d[64])
    assert {(p["line"], p["end"]) for p in papers} >= {(22, 25), (29, 30), (159, 160), (168, 169)}
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each top-level bullet whose <details> card or indented sub-bullet cites a paper is an entry spanning the "
        "bullet and its reference; title = the curly-quoted Chicago title, or for the three unquoted references "
        "(run-on ATLAS, Vancouver-like MetaMap, Cell-style Calour) the title as written; ids = first DOI; tool/"
        "link bullets without a paper and the microbiome R package's software-manual citation are not entries.",
        "Whole file (177 lines) read record by record against the -v output: all 48 top-level bullets (37 entries, "
        "11 non-entries listed in the docstring, each checked to cite no paper), the <details> card 22-25, the "
        "five-space sub-bullet 160, the unquoted titles 30/42/65 and their ids (30's 'doi: https://doi.org/', 42's "
        "OUP URL without DOI, 65 none), comma-ending 165, repeated MetaMap paper 41/162, every DOI against its line.",
    )


if __name__ == "__main__":
    main()
