"""Wild43 truth for SPECFEM/specfem.github.io publications.md (newest commit 96dd5fe): the "Publications" page of
the Jekyll site of the SPECFEM spectral-element seismic-wave codes -- seismology and geophysics papers that used
the codes (ground-motion simulation, dynamic rupture, seismic anisotropy, tsunami and ionospheric coupling,
waveform imaging, impact sources), plus one HPC performance paper on SPECFEM3D.

Shape: YAML front matter (1-5), ``# Publications`` (7), two intro paragraphs with a Google Scholar link and a
citation-count figure (9-14), ``## Recent publications using SPECFEM`` (17) and its intro (19), then 20 list items
(21-99), each three lines:
``- <i><b>Title</b></i>  `` / an author line (first names or initials, no "and") / a Google Scholar
"view_citation" link whose text is ``<span ...></span> Published in <Month Year>`` and which ends in a Jekyll
kramdown attribute list ``{:style="color: gray;" target="_blank"}``.
Special cases: titles with HTML entities (57 and 81 ``&#8208;`` = U+2010 hyphen, 89 ``&#39;`` apostrophe) and
nested markup inside the bold title (41 ``<i>M</i><sub>S</sub>6.9``, 45 ``M<sub>w</sub> 7.9``).

Entries (20): every list item; span = its three lines (title, authors, scholar link).
Not entries: the intro paragraphs, the citation-count figure, the links to Google Scholar and the Training page.
Title: the text inside ``<i><b>...</b></i>`` with tags removed and entities decoded (so 41 reads "... 2022 MS6.9
Menyuan earthquake", 45 "Mw 7.9", 57 "Three‐dimensional" with U+2010).  Ids: none -- the links go to Google
Scholar citation pages, never to a DOI or arXiv.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "SPECFEM__specfem.github.io__publications@96dd5fe.md"
PART = "wild43_development"

ITEM = re.compile(r"^- <i><b>(.+)</b></i>\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[16] == "## Recent publications using SPECFEM"
    papers = []
    for i, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("- "), (i, ln)
            continue
        assert "Published in" in lines[i + 1] and lines[i + 1].startswith("[<span"), i  # the scholar link line
        assert lines[i] and not lines[i].startswith(("[", "-")), i  # the author line
        papers.append(entry(lines, i, i + 2, m.group(1)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[21] == "Navigating the space of seismic anisotropy for crystal and whole-Earth scales"
    assert t[41] == "Kinematic rupture modeling of broadband ground motion from the 2022 MS6.9 Menyuan earthquake"
    assert t[45] == "Simulations of Ground Motions for Mw 7.9 Nepal Earthquake"
    assert t[57].startswith("Three\u2010dimensional numerical modeling of coseismic atmospheric dynamics")
    assert t[81] == ("Multi\u2010scale seismic imaging of the Ridgecrest, CA, region with waveform inversion of "
                     "regional and dense array data")
    assert t[89] == "Analyzing SpecFEM-3D's Performance on ARM A64FX Architecture with Compiler Variations"
    assert t[97].startswith("Investigating seismic performance of SMRF buildings")
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    assert all(p["end"] == p["line"] + 2 for p in papers)
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- <i><b>Title</b></i>' publication card (title line, author line, Google Scholar 'Published in' "
        "link) is an entry spanning its three lines; title = the bold-italic text with inner tags removed and "
        "HTML entities decoded; no DOI/arXiv ids (Scholar links only); intro text and figure are not entries.",
        "Whole file (100 lines) read against the -v output: all 20 cards and their three-line spans (21-23 ... "
        "97-99), that no other list item exists, the titles with nested markup (41 <i>M</i><sub>S</sub>6.9, 45 "
        "M<sub>w</sub>) and entities (57/81 &#8208; as U+2010, 89 &#39;), that no line carries a DOI or arXiv id.",
    )


if __name__ == "__main__":
    main()
