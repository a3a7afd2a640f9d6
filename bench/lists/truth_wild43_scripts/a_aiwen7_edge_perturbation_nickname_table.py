"""Wild43 truth for aiwen7/Awesome-Graph-Aug-Atk-via-Edge-Perturbation README.md: a paper's code repository whose
README opens with an "awesome" statistics table of graph data-augmentation and attack methods that perturb edges
(for GNNs); newest commit (f21c75d, 2023-10-18).

Shape: ``# Awesome Graph Data Augmentation and Attack Methods via Edge Perturbation``; line 2 an intro naming the
authors' own paper in ``<b>...</b>`` ("proposed by the paper Revisiting Edge Perturbation for Graph Neural Network
in Graph Data Augmentation and Attack") in running prose; ``## Statistics`` prose (7); inside ``<div
align="center">`` (10-38) one pipe table ``| Category | Method | Venue | Approach | Applied GNN Model | Task | Code
|`` (12-33): 9 ``Gaug`` rows (14-22) and 11 ``Gatk`` rows (23-33).  The Method cell is a link whose text is only the
method's short name (``[DropEdge](arxiv)``, ``[NeuralSparse](pmlr)``, ``[Black-box Attack](arxiv)``,
``[Topo-attack](ieee)``) -- no paper title anywhere in the row; Venue is ``ICLR'20``-style; Code is
``[Available](github)`` or ``-``.  Rows 19-33 lack the closing pipe; 15 ends ``| - | `` with a trailing space.
After the table: ``## Requirements``, ``## Experimental Devices`` (a two-row hardware table), ``## Implementation``
with shell commands in fences.  Links: arXiv abs, PMLR (``?ref=https://githubhelp.com`` query on 20), a Springer
chapter (16), ACM DL ``/doi/abs/`` (17, 18, 23, 25, 29), AAAI OJS (21, 22), IEEE Xplore (27).

Decisions:
- Every Statistics row is an entry (a record whose subject is one published method paper); its title is null,
  since the row names the paper only by the method nickname (the link text), never by its title.
- Ids from the row's link: arXiv abs ids, DOIs from the Springer chapter and ACM ``/doi/abs/`` URLs; none for PMLR,
  AAAI OJS, IEEE Xplore.
- Not entries: the own paper named in the intro prose (line 2), header/delimiter rows, the hardware table, the
  Requirements list and code fences.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "aiwen7__Awesome-Graph-Aug-Atk-via-Edge-Perturbation__README@f21c75d.md"
PART = "wild43_development"

HEADER = "| Category | Method | Venue | Approach | Applied GNN Model | Task | Code |"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index(HEADER) + 1
    assert start == 12
    papers = []
    cats = []
    n = start + 2
    while lines[n - 1].startswith("| "):
        cells = [c.strip() for c in lines[n - 1].strip().strip("|").split("|")]
        assert len(cells) == 7, (n, cells)
        assert cells[1].startswith("[") and "](http" in cells[1], (n, cells)
        cats.append(cells[0])
        papers.append(entry(lines, n, n, None))
        n += 1
    assert n - 1 == 33
    assert cats.count("Gaug") == 9 and cats.count("Gatk") == 11, cats
    assert len(papers) == 20
    write_truth(
        NAME,
        PART,
        papers,
        "Every row of the Statistics table (9 Gaug, 11 Gatk) is an entry with a null title, since the Method link"
        " text is only the method nickname and the row gives no paper title; ids from the Method link; the own paper"
        " named in the intro prose, header rows and the hardware table are not entries.",
        "Whole 89-line file read; all 20 -v lines compared with rows 14-33 (first/last Gaug 14/22, Gatk 23/33), rows"
        " without closing pipe 19-33 and 15's trailing space; ids: arXiv abs (14, 19, 24, 26, 28, 30-33), DOIs from"
        " the Springer chapter 16 and ACM /doi/abs/ 17, 18, 23, 25, 29; none for PMLR 15/20, AAAI OJS 21/22, IEEE"
        " Xplore 27; line 2 (own paper in prose) left out.",
    )


if __name__ == "__main__":
    main()
