"""Wild62 truth for crsl4/phylogenetics-class PP875/past-semesters/list-papers2022.md at 947cdd3 (2022-12-24): the
list of papers offered for presentation in a 2022 graduate phylogenetics course (Plant Pathology 875, UW-Madison),
grouped by topic.

Shape: 107 lines.  Jekyll front matter (1-4), then headings ``# Data`` (6) with ``## Alignment`` (8) and
``## Orthology`` (20), ``# Estimation`` (25) with ``## Assumptions`` (27) and ``## Support`` (40), and
``# Considerations with big messy data`` (54).  Each paper is three bare lines with no list markup:
the title (e.g. 9), the authors in Medline style (10, ``Thompson JD, Linard B, ...``), and
``<journal abbreviation>,<year> [link](url)`` (11).  Papers are mostly separated by ``---`` rules (13, 33, ...),
sometimes only by blank lines.

Special cases:
- Under ``## Alignment`` (9) and ``## Orthology`` (21) the title follows the heading line with no blank line.
- 88-90/93-95 and 100-102/104-106: two papers follow each other with only blank lines, no ``---`` rule; 105-106 is
  the end of the file (no closing rule).
- 51 gives ``Pre-print,2020`` as venue (bioRxiv link, DOI 10.1101/2020.07.31.230144 in the URL).
- Titles are in the case the file writes (``Molecular Clocks without Rocks: New Solutions for Old Problems``);
  70 and 76 end with a question mark, which is part of the title.

Decisions:
- Entry = each three-line group title / authors / ``venue,year [link](url)`` (16 entries); span = title line to
  link line.  It is found from the link line (``,<4-digit year> [link](``): the title is two lines above it.
- Title = the title line as written, stripped of surrounding spaces.  ids come from the link URLs (DOIs in the PLoS,
  BMC and bioRxiv URLs as the helper finds them).
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "crsl4__phylogenetics-class__PP875__past-semesters__list-papers2022@947cdd3.md"
PART = "wild62_held_out"

LINK = re.compile(r"^[^\[]+,\s?(19|20)\d\d \[link\]\(https?://[^)]+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not LINK.match(ln):
            continue
        first = n - 2
        title = lines[first - 1].strip()
        assert title and not title.startswith(("#", "---")), (n, title)
        assert re.match(r"^[A-ZÀ-Ž][\w'’ -]+ [A-Z]{1,3}(,|$)", lines[n - 2]), (n, lines[n - 2])
        papers.append(entry(lines, first, n, title))
    assert len(papers) == 16, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [9, 15, 21, 29, 35, 42, 49, 56, 63, 70, 76, 82, 88, 93, 100, 104], sorted(on)
    assert on[9]["title"] == ("A comprehensive benchmark study of multiple sequence alignment methods: current"
                              " challenges and future perspectives"), on[9]
    assert on[9]["end"] == 11 and on[9]["doi"] == "10.1371/journal.pone.0018093", on[9]
    assert on[49]["title"].startswith("Assessing Confidence in Root Placement on Phylogenies:"), on[49]
    assert on[70]["title"].startswith("Why Do Phylogenomic Data Sets Yield Conflicting Trees?"), on[70]
    assert on[76]["title"] == "Is recombination a problem for species-tree analyses?", on[76]
    assert on[88]["title"] == "Phylogenomics: Constrained gene tree inference", on[88]
    assert on[104]["title"].startswith("The effect of alignment uncertainty, substitution models and priors"), on[104]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each paper is three bare lines: title, Medline-style authors, 'Journal,year [link](url)'; the 16"
        " groups are found from the link line and span title..link line, whether separated by '---' rules or only by blank"
        " lines (88/93, 100/104); 9 and 21 follow their heading directly.  Title = the first line of the group as written (question marks kept).  Headings are topics,"
        " not entries.  ids come from the link URLs.",
        checked="Read the whole file; compared the -v output with all 16 three-line groups: spans, titles, the two"
        " pairs without a separating rule (88/93, 100/104), the 'Pre-print' entry (49-51) and the"
        " DOIs taken from the PLoS/BMC/bioRxiv URLs.",
    )


if __name__ == "__main__":
    main()
