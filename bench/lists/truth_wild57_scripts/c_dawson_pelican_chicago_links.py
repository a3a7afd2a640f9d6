"""Wild57 truth for william-dawson/william-dawson.github.io content/pages/publications.md: the publications page of
William Dawson (computational chemistry / electronic structure, RIKEN), a Pelican site, newest commit (624149f,
2026-06-30).

Shape: 111 lines, 9 KB.  Pelican metadata (``Title:``/``Date:``/``Category:``, 1-3), a Google Scholar line (5-6),
then topic labels written as plain sentences, not headings (``Review Articles.`` 8, ``DFT Packages.`` 20,
``Analysis.`` 32, ``Applications.`` 46, ``Matrix Functions.`` 78, ``Hybrid Density Functional Theory.`` 96,
``Beyond DFT`` 109), each followed by ``- `` bullets separated by blank lines.  Every bullet is one whole
Chicago-style citation wrapped in a single Markdown link:
``- [Last, First, First Last, ... et al. "Title." Journal 12, no. 3 (2020): 1-10.](https://doi.org/...)``.

Special cases:
- Old entries wrap the citation over 3-6 lines inside the link text, the ``](https://doi.org/...)`` closing on its
  own line (14-18, 26-30, 40-44, 66-71, 73-76, 86-88, 90-94, 98-101, 103-107); the quoted title itself wraps
  (e.g. 16-17, 27-28, 41-43, 67-69): the title is the quoted text with the line breaks turned into spaces.
- 10: the link is followed by a period outside it, ``...(2024)](http://doi.org/...).``.
- 64: the one citation in ACS style: ``Chan, H. T. H.; Moesser, M. A.; ...; Morris, G. M. Discovery of SARS-CoV-2
  Mpro peptide inhibitors from modelling substrate and ligand binding. Chem. Sci. 2021, 12, 13686.``, no quotes:
  the title is the sentence between the last author (``Morris, G. M.``) and the journal.
- Titles keep their internal punctuation and typography: ``Protein–ligand``, ``α-ketoamide`` (52), ``ELSI—An open
  infrastructure`` (84), ``Found B97M-V/def2-mTZVP`` (60), ``Experimental–theoretical`` (54).
- 103-107: a conference paper (SC14 proceedings, ``In Proceedings of ...``), still one entry.
- DOIs come from the doi.org link targets (e.g. 12 -> 10.1002/wcms.1574, 64 -> 10.1039/d1sc03628a).

Decisions:
- Entry = every ``- [`` bullet, spanning its lines up to the one closing the link: 29 entries.
- Title = the double-quoted text (trailing period inside the quotes dropped); for 64 the ACS sentence.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "william-dawson__william-dawson.github.io__content__pages__publications@624149f.md"
PART = "wild57_development"

ACS_64 = "Discovery of SARS-CoV-2 Mpro peptide inhibitors from modelling substrate and ligand binding"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        if not lines[n].startswith("- ["):
            n += 1
            continue
        first = n + 1
        j = n
        while not re.search(r"\]\(https?://[^)]*\)\.?\s*$", lines[j]):
            j += 1
        text = " ".join(x.strip() for x in lines[n : j + 1])
        m = re.search(r'"([^"]+)"', text)
        if m:
            title = m.group(1).strip().removesuffix(".")
        else:
            assert first == 64, first
            assert ACS_64 + ". Chem. Sci." in text
            title = ACS_64
        papers.append(entry(lines, first, j + 1, title))
        n = j + 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 29, len(papers)
    assert by[10]["title"] == (
        "Roadmap on methods and software for electronic structure based simulations in chemistry and materials"
    ), by[10]
    assert by[10]["doi"] == "10.1088/2516-1075/ad48ec", by[10]
    assert by[14]["title"] == (
        "Designing a bioremediator: mechanistic models guide cellular and molecular specialization"
    ), by[14]
    assert by[40]["title"] == (
        "Complexity Reduction in Density Functional Theory Calculations of Large Systems: System Partitioning and"
        " Fragment Embedding"
    ), by[40]
    assert by[64]["doi"] == "10.1039/d1sc03628a", by[64]
    assert by[66]["title"].endswith("Deformation Effects in Medium-Sized Fullerenes"), by[66]
    assert by[103]["title"] == (
        "Optimized scheduling strategies for hybrid density functional theory electronic structure calculations"
    ), by[103]
    assert by[111]["title"].startswith("A scalable diagonalization framework"), by[111]
    assert by[84]["title"].startswith("ELSI—An open"), by[84]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- [' bullet is one entry: a whole Chicago-style citation wrapped in one Markdown link to"
        " doi.org, spanning its lines up to the line closing the link (old entries wrap over 3-6 lines).  Title = the"
        " double-quoted title inside the link text, line breaks joined with spaces, trailing period dropped; the one"
        " ACS-style citation without quotes (64) takes the sentence between the last author and the journal.  Topic"
        " labels written as sentences ('Analysis.') are not entries.",
        checked="Read all 29 titles of the -v output against the file, in particular the wrapped citations (14, 26,"
        " 40, 66, 73, 86, 90, 98, 103), the ACS-style entry 64, the link followed by a period (10), the last entry"
        " (111) and the doi.org DOIs.",
    )


if __name__ == "__main__":
    main()
