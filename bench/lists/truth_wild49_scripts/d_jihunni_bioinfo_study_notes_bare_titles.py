"""Wild49 truth for jihunni/Bioinformatics README.md: a Korean bioinformatics student's study notes, mostly bare
paper titles as bullets under biology topics, mixed with lecture notes, tool and database names; newest commit
(5e0554a, 2022-01-27).

Shape: 125 lines, 8 KB, no front matter.  ``# Topic`` / ``## subtopic`` headings (COVID19 1, RNA biolgoy 5, General
Cancer Biology 9, liver cancer 17, prostate cancer 19, Molecular Biology 29, Cell Metabolism 33, Evolutionary Biology
40, Aging 49, Drug discovery 62, OMICS Bioinformatics 75, ``##sequencing`` 84 without a space, single cell omics 88,
chromosome structure 98, tool 101, Database 107, medical bioinformatics 123).  Papers are ``- `` bullets with the
title alone (most: no authors, no link), or ``Title | Venue, Year | [paper](url)`` (3, 30, 82, 89, 90), or
``Title [paper](url)`` (2), or a linked title ``[Title](url)`` (102).  Kind tags precede some titles: ``[review]`` /
``[Review]`` (6, 7, 10) and backticked ``review`` / ``paper`` / ``protocol`` (34-36, 50, 60, 81); one trails as
``(Review)`` (11).  Between the papers are plain notes (20-27 prostate cancer, 44-47 findings under a paper, 51-54,
57-59, 63-73 a drug-discovery lecture, 85-87 sequencing prose), empty bullets ``- `` (4, 31, 100), bare URLs
(92, 95-96), tool names (edgeR, DESeq2, TCGAbiolinks 103-105) and databases (108-121).

Special cases:
- Titles are kept as written, typos included: ``...Alkylating Agents1`` (12, a footnote mark copied along),
  ``Allosteric Pocke`` (37, cut), ``The Hallmarks of Agin`` (50), ``apporach`` (125), ``non- canonical`` (7).
- Nested papers: 55 (``Artificial Mitochondria Transfer: ... | 2017`` under the note ``aging in MT``) and 60
  (``Organoids-on-a-chip`` four levels deep under the paper of 56); both are entries.
- 113 ``Before and After: Comparison of Legacy and Harmonized TCGA Genomic Data Commons' Data`` (a Cell Systems
  paper) sits under the database TCGA next to ``GDC Data User's Guide`` (112, documentation, not an entry).
- Not entries: 16 ``Cancer Evolution | Nature collection | 2017`` (a journal collection, not one paper), 18 a Korean
  liver-cancer clinical guideline (a guideline document, not a research paper), 80 ``iHepatocytes2322`` (a model's
  name), the notes, URLs, tools and databases above.

Decisions:
- Entry = each bullet naming one paper by its title (41); one line each (the notes indented below a paper are not
  taken into its span).
- Title = the bullet text without the kind tag (``[review]``, ```review```, ``(Review)``), without everything from
  the first `` | `` (venue, year, links) and without a trailing ``[paper](url)``; for 102 the link text.
- Ids: only the few links give any; DOI-less publisher URLs (nature.com/articles, cell.com, pnas.org) give none.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "jihunni__Bioinformatics__README@5e0554a.md"
PART = "wild49_development"

PAPER_LINES = [2, 3, 6, 7, 10, 11, 12, 13, 14, 15, 30, 34, 35, 36, 37, 39, 41, 42, 43, 50, 55, 56, 60,
               76, 77, 78, 79, 81, 82, 83, 89, 90, 91, 93, 94, 99, 102, 106, 113, 124, 125]
BULLET = re.compile(r"^\s*-\s+(?P<text>\S.*)$")
KIND = re.compile(r"^(?:\[[Rr]eview\]|`(?:review|paper|protocol)`)\s+")
LINKED = re.compile(r"^\[(?P<title>[^\]]+)\]\(https?://[^)]+\)\s*$")


def title_of(text: str) -> str:
    text = KIND.sub("", text.strip())
    m = LINKED.match(text)
    if m:
        return m.group("title")
    text = text.split(" | ")[0]
    text = re.sub(r"\s*\[paper\]\([^)]+\)$", "", text)
    text = re.sub(r"\s*\(Review\)$", "", text)
    return text.strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# COVID19"
    papers = []
    for n in PAPER_LINES:
        m = BULLET.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        title = title_of(m.group("text"))
        assert title and not re.search(r"[\[\]`|]|http", title), (n, title)
        papers.append(entry(lines, n, n, title))
    # every other non-empty bullet is a note, URL, tool, database or non-paper document
    others = [n for n, ln in enumerate(lines, 1) if BULLET.match(ln) and n not in PAPER_LINES]
    assert 16 in others and 18 in others and 80 in others and 112 in others, others
    t = {p["line"]: p for p in papers}
    assert t[2]["title"] == "A metabolic handbook for the COVID-19 pandemic", t[2]
    assert t[6]["title"] == "RNA-based recognition and targeting: sowing the seeds of specificity", t[6]
    assert t[11]["title"] == "Recent advances in the molecular mechanism of sex disparity in hepatocellular carcinoma"
    assert t[12]["title"].endswith("Alkylating Agents1"), t[12]
    assert t[34]["title"] == "Glutamine reliance in cell metabolism", t[34]
    assert t[50]["title"] == "The Hallmarks of Agin", t[50]
    assert t[60]["title"] == "Organoids-on-a-chip", t[60]
    assert t[81]["title"].startswith("MetaboTools: A Comprehensive"), t[81]
    assert t[82]["title"] == "In silico learning of tumor evolution through mutational time series", t[82]
    assert t[102]["title"].startswith("Gene set enrichment analysis: A knowledge-based"), t[102]
    assert t[125]["title"] == "A longitudinal big data apporach for precision health", t[125]
    assert len(papers) == 41, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet naming one paper by its title is an entry (41, one line each), found by reading every line;"
        " title = the bullet text without the kind tag ([review], `review`/`paper`/`protocol`, trailing (Review)),"
        " cut at the first ' | ' (venue/year/links) and without a trailing [paper](url); 102 the link text."
        " Not entries: lecture notes, findings under a paper, empty bullets, bare URLs, tools, databases, the"
        " Nature collection (16), the Korean clinical guideline (18), the model name (80), the GDC user guide (112).",
        "Read all 125 lines; compared -v with every bullet: the 41 paper lines, typos kept (12 'Agents1', 37"
        " 'Pocke', 50 'Agin', 125 'apporach'), nested papers 55/60/113 taken, tags dropped on 6/7/10/11/34-36/50/60/81;"
        " checked that no other bullet names a paper (notes 20-27, 44-47, 51-59, 63-73, 85-87; tools and databases).",
    )


if __name__ == "__main__":
    main()
