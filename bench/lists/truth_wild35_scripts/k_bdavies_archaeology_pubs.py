"""Wild35 truth for b-davies/b-davies.github.io publications.md: an archaeologist's publication page.

Shape: Jekyll page, front matter (lines 1-6), then year headings (`### 2024` ... `### 2011`, `### Other
publications`) each followed by blank-line separated citation paragraphs written as plain text:
"Authors[, YEAR]. Title. *Venue* vol(issue): pages. [[Journal](url)] [[Author Copy](url)] ...". The
title is not marked up; it sits between the author list (which may end in an initial, "J. C.
Thompson.") and the venue. Every paragraph is one entry (31): journal articles, book chapters and
proceedings papers (lines 16, 53, 80, 92), an encyclopedia entry (line 62) and book reviews published in
journals (lines 39, 59-60, 78, 84, 88; the review's title is kept as written, "Review: <book> -
<book's authors>"). Special cases: the entry on lines 59-60 wraps onto a second line; the entry on
line 84 sits under `### 2014` but its text says 2011; line 92 ("Other publications") is a chapter in
open review with only a URL as link. The 2024-2021 entries give no year after the authors.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "b-davies__b-davies.github.io__publications@94d1441.md"
PART = "wild35_development"

# first line -> (last line, title as written)
TITLES = {
    10: (10, "Palaeoenvironmental data indicate Late Quaternary anthropogenic impacts on vegetation and landscapes in Mzimba, Northern Malawi"),
    12: (12, "Frequent disturbances enhanced the resilience of past populations"),
    16: (16, "Adaptive and interactive futures: developing ‘serious games’ for coastal community engagement and decision making"),
    19: (19, "Fire and the management of late Holocene landscapes in southern Africa"),
    21: (21, "From quartz curvature to late Holocene mobility at Spring Cave, Western Cape, South Africa"),
    24: (24, "Resilience and reversibility: engaging with archaeological record formation to inform on past resilience"),
    26: (26, "Rethinking the ecological drivers of hominin evolution"),
    28: (28, "Deriving original nodule size of lithic reduction sets from cortical curvature: an application to monitor stone artifact transport from bipolar reduction"),
    30: (30, "Ecosystem engineering in the Quaternary of the west coast of South Africa"),
    33: (33, "Ecometrics and the paleoecological implications of Pleistocene faunas from the western coastal plains of the Cape Floristic Region, South Africa"),
    35: (35, "Agent-based modeling, scientific reproducibility, and taphonomy: a successful model implementation case study"),
    37: (37, "Preliminary archaeological survey of shell mounds at Kwokkunum, Albatross Bay, Cape York, Australia"),
    39: (39, "Review: Oxford Handbook of Prehistoric Oceania - E. Cochrane and T. Hunt (eds)"),
    43: (43, "Surface Stone Artifact Scatters, Settlement Patterns, and New Methods for Stone Artifact Analysis"),
    45: (45, "Agent-based modeling for archaeologists: Part 1 of 3"),
    47: (47, "Combining Geographic Information Systems and Agent-Based Models in Archaeology: Part 2 of 3"),
    49: (49, "Outreach in archaeology with agent-based modeling: Part 3 of 3"),
    53: (53, "Weaving the common threads of simulation and formation studies in archaeology"),
    55: (55, "Exploring relationships between space, movement, and lithic geometric attributes in the formation of archaeological landscapes"),
    57: (57, "An Emergent Community? Agent-Based Modelers in Archaeology"),
    59: (60, "Review: Deep Time Dreaming: Uncovering Ancient Australia - . B. Griffiths"),
    62: (62, "Deflation archaeology"),
    66: (66, "Windows on the Past? Perspectives on Accumulation, Formation, and Significance from an Australian Holocene Lithic Landscape"),
    68: (68, "Aboriginal use of fire in a landscape context: investigating presence and absence of heat retainer hearths in western New South Wales, Australia"),
    70: (70, "Open Science in Archaeology"),
    74: (74, "Modelling the palimpsest: an exploratory agent-based model of surface archaeological deposit formation in a fluvial arid Australian landscape"),
    78: (78, "Review: Computational Approaches to Archaeological Spaces-A. Bevan and M. Lake (eds)"),
    80: (80, "Sailing the simulated seas: a new simulation for evaluating prehistoric seafaring"),
    84: (84, "Review: Hawaiki Rising: Hōkūle‘a, Nainoa Thompson, and the Hawaiian Renaissance - S. Low"),
    88: (88, "Review: Terra Australis 28: New Directions in Archaeological Science-A. Fairbairn, S. O’Connor, and B. Marwick (eds)"),
    92: (92, "Agent-based modeling prehistoric landscape use with R and NetLogo"),
}


def main() -> None:
    lines = read_lines(NAME)
    # every non-blank line after the front matter that is not a heading starts or continues a paragraph
    starts = []
    i = 6
    while i < len(lines):
        if lines[i].strip() and not lines[i].lstrip().startswith("#"):
            first = i + 1
            while i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith("#"):
                i += 1
            starts.append((first, i + 1))
        i += 1
    assert [s for s, _ in starts] == sorted(TITLES), starts
    papers = []
    for first, last in starts:
        end, title = TITLES[first]
        assert end == last, (first, last)
        own = re.sub(r"\s+", " ", " ".join(lines[first - 1 : last]))
        assert title in own, (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each citation paragraph under a year heading is one entry (journal articles, chapters, proceedings papers, an encyclopedia entry and journal book reviews); the title is the text between the author list (and year) and the venue, as written.",
        "All 31 paragraphs read by eye against the file; titles checked to occur in their paragraph; the wrapped entry at 59-60 and the 2011 review under the 2014 heading (line 84) checked.",
    )


if __name__ == "__main__":
    main()
