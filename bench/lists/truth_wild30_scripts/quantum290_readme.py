"""Wild30 truth for lin-lin/Quantum290 README.md: the page of the Berkeley "Math 290 Quantum
many-body seminar" (schedules of talks since 2020 plus per-semester reading materials).

Shape: most of the file is schedules (Markdown tables and bullet lists of talk topics) folded into
``<details>`` blocks; papers appear in four shapes.

1. Reading lists of APA-style citations, one per line, ids as bare ``https://doi.org/...`` /
   ``http://arxiv.org/abs/...`` URLs or ``arXiv:`` text, sometimes with a trailing
   "(Speaker)" or "Sec III-IV": lines 167-174 (bullets), 316-322 (numbered, the venue part is the
   link text), 365-382 (numbered under ``####`` headings; 374 and 382 have no id; 382 has no
   year).  Title = the citation's title sentence.
2. Topic-labelled citations ``<strong>Topic</strong> Authors (Year). [Title](url).`` on lines
   325-335; the label is not part of the title.  Line 331 (``[Chapter 8](...) of *Completely
   bounded maps and operator algebras*``) is a chapter of a book: not an entry.
3. The ``**[Wol12]** Wolf, M. M. (2012). Quantum Channels & Operations Guided Tour. [pdf](...)``
   reading of line 243: an entry (the citeseerx ``doi=`` parameter is not a DOI).
4. References in the "References" column of schedule tables: ``[Paper](url)``, ``[paper1](url),
   [paper2](url)`` or a bare URL (lines 13, 301, 303, 395-397, 408-413, 427-428).  Each link to a
   paper is an entry with title None (the row names the talk, not the paper); two links in one
   cell are two entries on the same line; each table entry takes the ids of its own link only
   (line 303's Springer-book DOI belongs to ``[Ref 3]``, not to the ``[Ref 2]`` entry).  On line 303 only
   ``[Ref 2]`` (arXiv) counts: ``[Notes]`` are the speaker's notes, ``[Ref 1]`` is a course's
   lecture-notes PDF and ``[Ref 3, Chap 2 & 3]`` a Springer book.  Line 426 is struck through
   (``~...~``, a cancelled talk repeated on line 427): not an entry.  Line 569 links the talk topic
   itself to the paper: entry titled by the link text.

Not entries: talk topics (lines 22-134 and table Topic cells), ``[Notes](asset/...)`` links,
the "Section 1.6 ..." reading plan (lines 247-261), the ``[24](#24)`` style anchors of the 2020
Fall table (lines 580-596; they point to numbered items of another file, oldreading.md, and name
nothing here), and the link to oldreading.md itself.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "lin-lin__Quantum290__README@844976a.md"
PART = "wild30_development"

# (line, title) for the citation-style readings.
CITED = {
    167: "Perturbation bounds for quantum Markov processes and their fixed points",
    168: "Sensitivity and convergence of uniformly ergodic Markov chains",
    169: "Optimal trace-distance bounds for free-fermionic states: Testing and improved tomography",
    170: "Dynamical error bounds for continuum discretisation via Gauss quadrature rules-A Lieb-Robinson bound approach",
    171: "Ising models with long-range antiferromagnetic and short-range ferromagnetic interactions",
    172: "Efficient Numerical Algorithms for the Generalized Langevin Equation",
    173: "Theory of Metastable States in Many-Body Quantum Systems",
    174: "Spectral gap and logarithmic Sobolev inequality for Kawasaki and Glauber dynamics",
    243: "Quantum Channels & Operations Guided Tour",
    316: "Dissipative variational quantum algorithms for Gibbs state preparation",
    317: "A pedagogical overview on 2D and 3D Toric Codes and the origin of their topological orders",
    318: "Hypercontractivity of quasi-free quantum semigroups",
    319: "Dynamics of a Quantum System Interacting with White Non-Gaussian Baths: Poisson Noise Master Equation",
    320: "Random cluster dynamics for the ising model is rapidly mixing",
    321: "Polynomial-Time Approximation Algorithms for the Ising Model",
    322: "Shadow Hamiltonian Simulation",
    325: "Efficient Optimal Control of Open Quantum Systems",
    327: "(Sub)Exponential advantage of adiabatic Quantum computation with no sign problem",
    329: "Quantum speedup by quantum annealing",
    333: "Quantum Metropolis Sampling via Weak Measurement",
    335: "Markovian embedding procedures for non-Markovian stochastic Schrödinger equations",
    365: "Lecture Notes on the Theory of Open Quantum Systems",
    366: "Dynamics of non-Markovian open quantum systems",
    368: "Super-fermion representation of quantum kinetic equations for the electron transport problem",
    369: "Solving quasi-free and quadratic Lindblad master equations for open fermionic and bosonic systems",
    370: "Pseudofermion method for the exact description of fermionic environments : From single-molecule electronics to the Kondo resonance",
    371: "Auxiliary master equation approach within matrix product states: Spectral properties of the nonequilibrium Anderson impurity model",
    373: "Coupled charge and energy transfer dynamics in light harvesting complexes from a hybrid hierarchical equations of motion approach",
    374: "Constructing Tensor Network Influence Functionals for General Quantum Dynamics",
    375: "Mappings of open quantum systems onto chain representations and Markovian embeddings",
    376: "Efficient simulation of open quantum systems coupled to a fermionic bath",
    377: "Absorbing boundary conditions for dynamical many-body quantum systems",
    379: "Criteria for Davies Irreducibility of Markovian Quantum Dynamics",
    380: "Szegedy Walk Unitaries for Quantum Maps",
    381: "Lower bounds to the spectral gap of Davies generators",
    382: "An algebraic condition for the approach to equilibrium of an open N-level system",
    569: "Exploiting anticommutation in Hamiltonian simulation",
}

# Schedule-table references: line -> the link labels (or None for a bare URL) that are papers.
TABLE_REFS = {
    13: ["Paper"],
    301: ["Paper"],
    303: ["Ref 2"],
    395: ["paper1", "paper2"],
    396: ["paper"],
    397: ["paper1", "paper2"],
    408: ["paper"],
    409: ["paper"],
    410: ["paper"],
    413: ["paper"],
    427: [None],
    428: [None],
}


def link_url(line: str, label: str | None) -> str:
    if label is None:
        m = re.search(r"https?://\S+", line)
        assert m, line
        return m.group(0)
    m = re.search(r"\[" + re.escape(label) + r"\]\(\s*([^)\s]+)\s*\)", line)
    assert m, (label, line)
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, title in CITED.items():
        papers.append(entry(lines, n, n, title))
    for n, labels in TABLE_REFS.items():
        for label in labels:
            e = entry(lines, n, n, None)
            # the cell may hold other links (two papers, notes, a book): the entry keeps its own link's ids
            url = link_url(lines[n - 1], label)
            e["arxiv"], e["doi"] = arxiv_of(url), doi_of(url)
            papers.append(e)
    assert len(papers) == 51, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the citation-style readings (APA lines, topic-labelled <strong> citations, the [Wol12] "
        "guided tour) titled by their title sentence, plus each paper link in the schedule tables' References "
        "cells (title None, two links in one cell = two entries with their own ids) and the talk topic linked "
        "to its paper on line 569; talk topics, speaker notes, course lecture notes, book chapters, the "
        "struck-through row and [n](#n) anchors to another file are not entries.",
        "All 51 entries read by eye against the file (every reading line and every References cell of every "
        "<details> block), ids of the two-link cells (lines 395, 397) checked per link.",
    )


if __name__ == "__main__":
    main()
