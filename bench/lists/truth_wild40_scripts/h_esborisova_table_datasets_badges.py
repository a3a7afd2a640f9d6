"""Wild40 truth for esborisova/Awesome-Table-Understanding-Datasets README.md: a personal curated list of table
understanding datasets kept as one wide pipe table whose Dataset cell carries inline HTML shields.io badges --
a venue-year badge, a ``PDF`` badge linking the dataset's paper and a ``Dataset`` badge linking the data;
newest commit (2025-09-05).

Shape: title with an inline ``<img>`` icon (1), Awesome and PRs badges (2), three intro paragraphs (4-8), then
one table ``| Dataset | Source | Task(s) | Size | Modality|`` (11-12, rows 13-90, 78 rows) and a Contributing
section (92-94).  A Dataset cell reads ``PubTables-1M <img src='https://img.shields.io/badge/arXiv-2021-darkred'>
<a href='https://arxiv.org/abs/2110.00061'><img src='https://img.shields.io/badge/PDF-blue'></a> <a
href='https://huggingface.co/...'><img src='https://img.shields.io/badge/Dataset-lightgreen'></a>`` -- the
dataset's name, never the paper's title; the other cells hold ``<ul><li>`` lists (sources, tasks), a size and a
modality.  PDF links go to arXiv abs pages, ACL Anthology pages and PDFs (once with a doubled slash,
``P17-1167//`` 53), ACM DL ``/doi/`` and ``/doi/abs/`` (one an Elsevier DOI through ACM, 48; one 10.5555, 79),
Springer chapters and articles (two with a ``#citeas`` fragment, 35 and 57), IEEE Xplore, the IEEE CS digital
library, OpenProceedings, CEUR-WS PDFs and OpenReview.  Eight rows have only a Dataset badge and no venue or
PDF badge (WDC Web Table Corpus 2012/2015 31-32, SemTab2020, HardTables, BiodivTab, BioTable, SemTab2021,
SemTab2022 59-64).  Two pairs of rows share a paper (TableBench / TableInstruct 23-24, Rotowire / SBNation
71-72).  Rows 25 and 46 have a sixth cell (``Real world``) left over from a removed Origin column.

Decisions:
- An entry is every table row with a ``PDF`` badge link (70): a dataset record citing the scholarly work that
  introduced it.  The row names the dataset, not the paper, so title = null; ids come from the row's line
  (the PDF link is the only one that can hold an arXiv id or DOI; Dataset links are hubs, GitHub, Zenodo,
  project pages).  Rows sharing a paper are separate entries.
- Not entries: the eight rows without a PDF badge (datasets without a paper), the badges and intro paragraphs,
  the header and delimiter rows, the Contributing section.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "esborisova__Awesome-Table-Understanding-Datasets__README@321e1e7.md"
PART = "wild40_development"

HEADER = "| Dataset     | Source             | Task(s)           | Size          | Modality|"
FIRST, LAST = 13, 90
PDF = re.compile(r"<a href='https?://[^']+'><img src='https://img\.shields\.io/badge/PDF-blue'></a>")
DATA = re.compile(r"<a href='https?://[^']+'><img src='https://img\.shields\.io/badge/Dataset-lightgreen'></a>")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[FIRST - 3] == HEADER and lines[FIRST - 2].startswith("|-----")
    assert lines[LAST].strip() == "" and not any(ln.startswith("|") for ln in lines[LAST:])
    papers = []
    skipped = []
    for n in range(FIRST, LAST + 1):
        ln = lines[n - 1]
        cell = ln.split("|")[1]
        assert ln.startswith("|") and len(DATA.findall(cell)) == 1, n
        pdfs = PDF.findall(ln)
        assert len(pdfs) == len(PDF.findall(cell)) <= 1, n
        if pdfs:
            papers.append(entry(lines, n, n, None))
        else:
            skipped.append(n)
    assert skipped == [31, 32, 59, 60, 61, 62, 63, 64], skipped
    assert len(papers) == 70, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row whose Dataset cell has a PDF badge link is an entry (a dataset record citing its paper),"
        " title null (the cell names the dataset), ids from the row (arXiv abs links, DOIs from ACM DL and"
        " Springer URLs); the eight rows with only a Dataset badge, the intro badges and the Contributing"
        " section are not entries.",
        "Whole 94-line file read; all 78 rows listed with their PDF and Dataset badge links and the 70 entries"
        " compared with the -v output: arXiv ids of the arXiv PDF links (13-16, 22-24, 37, 39, 43-44, 46-47,"
        " 49-51, 74, 77, 80, 82-83, 85-87), DOIs of ACM DL (29, 33, 48 Elsevier, 79 10.5555, 81) and Springer"
        " (35 and 57 with '#citeas', 56, 58, 65, 78), none for ACL Anthology, IEEE, IEEE CS, OpenProceedings,"
        " CEUR-WS and OpenReview; shared papers 23/24 and 71/72, the extra cell of 25/46, and the eight rows"
        " without a PDF badge 31-32/59-64 checked to be no entries.",
    )


if __name__ == "__main__":
    main()
