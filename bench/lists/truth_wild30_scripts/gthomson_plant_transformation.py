"""Wild30 truth for G-Thomson/gthomsonnotes.online notes/Plant_transformation_and_editing.md: a plant
biologist's note page of papers on Agrobacterium transformation, transgene silencing and CRISPR delivery.

Shape: after a YAML front matter (1-7), "##"/"#" topic headings; each record is a top-level bullet
"* Title" followed by one indented sub-bullet "    - URL" (PubMed, PMC, journal, bioRxiv pages), so an
entry spans its two lines.  Two titles carry the owner's bracketed annotation after the title
(20: [ "BACs" ], 70: ["genomic safe harbors"]): a note, not part of the title, dropped.  Several title
lines end in a trailing space.  Ids: DOIs only where the URL holds one (Springer, Frontiers, BMC,
bioRxiv); the cell.com pii at 43 and PMC/PubMed ids are not DOIs.  Every record is a paper.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "G-Thomson__gthomsonnotes.online__notes__Plant_transformation_and_editing@c542d39.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        assert re.match(r"^\s+- https?://", lines[n]), n
        title = re.sub(r"\s*\[[^\]]*\]\s*$", "", ln[2:])
        papers.append(entry(lines, n, n + 1, title))
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "Each '* Title' bullet with its indented URL sub-bullet is one entry; the bullet text without the "
                "trailing bracketed annotation is the title.",
                "All 25 records read by eye against the file, including the two bracketed annotations and the ids "
                "from the URL lines.")


if __name__ == "__main__":
    main()
