"""Wild40 truth for ATTPC/homepage docs/publications.md (newest commit 8ef7dde): the publication list of the Active
Target Time Projection Chamber (AT-TPC) collaboration at FRIB/NSCL -- low-energy nuclear physics: detector
development, cluster structure of light nuclei, resonant scattering, charge-exchange reactions.

Shape: ``# List of publications`` and four ``##`` sections -- Thesis (4-8), Technical papers (11-25), Scientific
papers (28-35), Review papers (38-40) -- each a run of one-line ``- `` bullets with no blank lines between them.
Every bullet is title-first: ``Title, Authors, Venue vol, page (Year) [DOI link](url)`` (theses: ``Title, Author,
PhD Thesis (Year) [DOI Link](url)``).  One bullet (28) ends its title with a full stop instead of a comma ("... in
<sup>10</sup>Be. D. Suzuki et al."); one thesis (7) gives no year; one thesis (5) links the MSU library record
instead of a DOI.  Titles carry HTML ``<sup>``/``<sub>`` isotope and formula markup (removed: "<sup>14</sup>C" ->
"14C", "CO<sub>2</sub>" -> "CO2") and mathematical-italic Unicode letters (U+1D6FC alpha, U+1D451 ...) and invisible
times U+2062 in 33, kept as written.  DOI links: ``https://doi.org/doi:10.25335/...`` (the thesis DOIs, a ``doi:``
inside the URL), ``https://dx.doi.org/...`` (13, 15), ``https://doi.org/...``; 13's JINST DOI
(10.1088/1748-0221/2015/09/P09020) is malformed (year for volume) but kept as written.

Entries (31): every bullet -- 5 theses (PhD 4, 6, 7; Master 5, 8), 15 technical (NIM A, JINST,
CPC, EPJ A) papers, 8 scientific papers, 3 reviews.  Nothing else in the file is a record.
Title: the text before the author list, i.e. before the ", " (or, in 28, ". ") that precedes the first author's
initials; markup removed.  Ids: the link's DOI (none for 5).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "ATTPC__homepage__docs__publications@8ef7dde.md"
PART = "wild40_development"

# title, then ", " or ". " and the first author's initials ("A. Fritsch", "S. H. Rost", "J.-M. ...")
BULLET = re.compile(r"^- (?P<title>.+?)[,.] (?=(?:[A-Z]\.[ -]?)+ ?[A-Z][a-zA-Z-]+)")
SECTIONS = {"## Thesis": (4, 8), "## Technical papers": (11, 25), "## Scientific papers": (28, 35),
            "## Review papers": (38, 40)}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# List of publications"
    for head, (a, _b) in SECTIONS.items():
        assert lines[a - 2] == head, (head, lines[a - 2])
    bullets = [i for i, ln in enumerate(lines, 1) if ln.startswith("- ")]
    assert bullets == [i for a, b in SECTIONS.values() for i in range(a, b + 1)], bullets
    papers = []
    for i in bullets:
        ln = lines[i - 1]
        m = BULLET.match(ln)
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group("title")))
    t = {p["line"]: p["title"] for p in papers}
    assert t[4] == "The search for cluster structure in 14C with the prototype AT-TPC", t[4]
    assert t[15] == "CO2 operation of an active target detector readout based on THGEM", t[15]
    assert t[28] == "Resonant 𝛼 scattering of 6He: Limits of clustering in 10Be", t[28]
    assert t[11].startswith("Test of a micromegas") and t[11].endswith("radioactive isotope beams"), t[11]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[5] is None and d[4] == "10.25335/97em-1550" and d[13] == "10.1088/1748-0221/2015/09/p09020", d
    assert all(d[i] for i in bullets if i != 5)
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each one-line '- ' bullet of the four sections (theses, technical papers, scientific papers, reviews) is an "
        "entry; title = the text before the author list (cut at the ', ' or '. ' before the first author's "
        "initials), <sup>/<sub> markup removed; ids = the linked DOI (the MSU thesis record 5 has none).",
        "Whole file (40 lines) read against the -v output: every title checked to stop exactly before its author "
        "list, the '.' separator of 28, the <sup>/<sub> titles (4, 6, 7, 15, 28, 29, 32-35), the Unicode math letters "
        "of 28, 33, 34 kept, the year-less thesis 7, the MSU link of 5 (no DOI), the 'doi.org/doi:' thesis links and "
        "the dx.doi.org links 13 and 15; every DOI compared with its link.",
    )


if __name__ == "__main__":
    main()
