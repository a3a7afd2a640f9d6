"""Wild36 truth for Ensembl/plant_tools bench/assembly_submission/README.md: a curated table of the
plant genomes published in 2020 (plant genomics), one row per reporting article, with the article's
DOI and the accessions of the assembly it reports.

Shape: one sentence of intro (line 1: "Only one genome was considered per article"), then a pipe table
(header 3, alignment row 4, rows 5-80) with columns "scientific name | reporting article | INSDC assembly
accession | accession in other archives".  The reporting-article cell is a bare DOI URL (`https://doi.org/`
in all rows but one `http://dx.doi.org/` on line 27); the other cells hold ENA/NCBI URLs, archive ids,
free text, and in six rows a second DOI for a dataset (figshare, Dryad, GigaDB: 5, 17, 20, 23, 56, 67, and
a figshare DOI in bare text on 65).  Rows have no leading space after the pipe.

Entries: every table row is one entry (76): the row's subject is the reporting article (a paper; the
species name is the genome it reports, not the paper's title).  No row names the article's title, so every
title is null.  The id is the row's first DOI, the reporting article's (the dataset DOIs come later in the
row).  Fragaria nilgerrensis has two rows (31, 32) for two different articles: two entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import doi_of, entry, read_lines, write_truth

NAME = "Ensembl__plant_tools__bench__assembly_submission__README@f024e9a.md"
PART = "wild36_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2].startswith("| scientific name | reporting article |"), lines[2]
    papers = []
    for i, ln in enumerate(lines, 1):
        if i <= 4 or not ln.startswith("|"):
            continue
        cells = ln.strip()[1:-1].split("|")
        assert len(cells) == 4, (i, cells)
        assert re.match(r"^https?://(dx\.)?doi\.org/10\.", cells[1]), (i, cells[1])
        p = entry(lines, i, i, None)
        assert p["doi"] == doi_of(cells[1]), i  # the first DOI of the row is the article's
        papers.append(p)
    assert [p["line"] for p in papers] == list(range(5, 81))
    assert len({p["doi"] for p in papers}) == 76
    assert len(papers) == 76, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each table row is one entry, the genome's reporting article; no row gives the article's title (null); "
        "the id is the reporting-article DOI in the second column.",
        "All 76 rows read by eye; the one dx.doi.org URL (27), the rows with a dataset DOI after the article's "
        "(5, 17, 20, 23, 56, 65, 67), the two Fragaria nilgerrensis rows (31, 32) and the first and last rows "
        "compared with the -v output; every DOI distinct.",
    )


if __name__ == "__main__":
    main()
