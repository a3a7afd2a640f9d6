"""Wild49 truth for PillowTomZA/PINN_Navier_Stokes_papers README.md: a student's small list of physics-informed neural
network (PINN) papers with a fluid-mechanics (Navier-Stokes) focus, generated from BibTeX by the repository's
``ref_convert.py`` and a date-stamping workflow; newest commit (ab55a3c, 2024-10-07), 108 lines, 10 KB.

Shape: ``# Research papers for Physics-Informed Neural Network (PINN)`` (1), intro (3-7), ``## Table of Content``
(10-17), then six ``##`` sections of numbered items (19-105): Original Paper (20), Literature Reviews (23-42), Fluid
Mechanics (45-73), PINN Packages (76-83), Frameworks, and mitigating pathologies (87-97), Non-PINN papers (100-105),
and ``## Acknowledgements`` (107-108).  Each item is
``N. **Title**, *Authors*, Venue, Year. [[paper](url)][[code](url)]...``, but the BibTeX line breaks survive: the bold
title and the italic author list often wrap over two to four physical lines with no indentation
(``2. **Physics-informed neural networks (PINNs) for fluid mechanics:`` / ``a review**, *Shengze Cai, ...`` 24-26;
item 9 at 63-67 spans five lines).

Special cases:
- Wrapped titles are joined with one space at each line break (``... fluid mechanics: a review``).
- BibTeX leftovers: ``**UNKNOWN_JOURNAL**`` as the venue (27, 88, 90), ``**ICCS**`` (83), LaTeX accents in authors
  (``Rapha{\\"e}l`` 92, ``{\\"O}ner`` 103), ``--`` for a dash in titles (``Physics--Informed`` 28, ``Navier--Stokes``
  62, 100, 103): kept as written in the titles.
- 39-40 and 41-42 are the same review (``A review of physics-informed machine learning in fluid mechanics``) with a DOI
  link and an MDPI link: two entries.
- PINN Packages (76-83: DeepXDE, SciANN, NVIDIA SimNet) are papers describing software, with paper links: entries.
- ``(GAPINN)`` (103) is part of the paper's own title inside the bold, kept; ``(PINNs)`` (24) likewise.
- The Acknowledgements line (108) links a GitHub repo, not a paper.

Decisions:
- Entry = every ``N. **`` item, from its first line to the line holding its ``[[paper](...)]`` links (33).
- Title = the bold text, line breaks joined by a space.
- Ids from the item's own lines: arXiv abs links; DOIs from doi.org / dx.doi.org / Springer / SIAM / Royal Society /
  SpringerOpen links as the helper finds them.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "PillowTomZA__PINN_Navier_Stokes_papers__README@ab55a3c.md"
PART = "wild49_development"

START = re.compile(r"^\d+\. \*\*")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Research papers for Physics-Informed Neural Network (PINN)"
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not START.match(ln):
            assert not re.match(r"^\d+\. ", ln), (n, ln)
            n += 1
            continue
        end = n
        while "[[paper](" not in lines[end - 1]:
            end += 1
            assert not START.match(lines[end - 1]) and lines[end - 1].strip(), (n, end)
        block = " ".join(lines[n - 1 : end])
        m = re.match(r"^\d+\. \*\*(?P<title>.+?)\*\*, \*", block)
        assert m, (n, block)
        papers.append(entry(lines, n, end, m.group("title")))
        n = end + 1
    t = {p["line"]: p for p in papers}
    assert t[24]["title"] == "Physics-informed neural networks (PINNs) for fluid mechanics: a review", t[24]
    assert (t[24]["end"], t[63]["end"], t[28]["end"]) == (26, 67, 31)
    assert t[28]["title"] == (
        "Scientific Machine Learning Through Physics--Informed Neural Networks: Where we are and What's Next"), t[28]
    assert (t[28]["arxiv"], t[76]["arxiv"], t[104]["arxiv"]) == ("2201.05624", "1907.04502", "2106.09301")
    assert t[39]["title"] == t[41]["title"] == "A review of physics-informed machine learning in fluid mechanics"
    assert t[32]["title"] == "The old and the new: Can physics-informed deep-learning replace traditional linear solvers?"
    assert t[102]["title"] == (
        "Geometry aware physics informed neural network surrogate for solving Navier--Stokes equation (GAPINN)")
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered '**Title**, *Authors*, Venue, Year. [[paper](..)]' item is an entry (33), spanning its first"
        " line to the line with its [[paper](..)] link (titles and author lists wrap over up to five lines); title ="
        " the bold text with line breaks joined by a space, BibTeX '--' and '(GAPINN)'/'(PINNs)' kept. The duplicate"
        " review 39/41 (DOI vs MDPI link) gives two entries; the three PINN-package papers are entries; the"
        " Acknowledgements repo link is not.",
        "Read all 108 lines; compared -v with every item: 33 titles joined correctly across the wrapped lines"
        " (24-26, 28-31, 32-33, 46-49, 63-67, 77-79, 80-83, 100-101, 102-103 ...), spans end on the [[paper]] line,"
        " arXiv ids 28/32/60/76/88/90/104, DOIs from doi.org/dx.doi.org/Springer/SIAM/Royal Society links checked"
        " against the lines; the UNKNOWN_JOURNAL venues and LaTeX author accents stay out of titles.",
    )


if __name__ == "__main__":
    main()
