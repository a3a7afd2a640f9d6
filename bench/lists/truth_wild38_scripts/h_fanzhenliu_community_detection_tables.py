"""Wild38 truth for FanzhenLiu/Awesome-Deep-Community-Detection README.md: the companion list of a survey of
deep-learning community detection (IJCAI 2020 / TNNLS 2022), with a large non-deep-learning section, datasets
and tools, newest commit (2025-09-04, a typo fix).

Shape: badges, a TOC (6-17), two images, then eight pipe tables under ``##``/``###`` headings:
- "Survey" (29-45): ``| Paper Title | Venue | Year | Materials |``; rows 31 and 33 add ``<br> [[Report](...)]``
  after the paper link and lack the closing pipe.
- seven method tables (50-229): ``| Paper Title | Venue | Year | Method | Materials |`` -- CNN-based, GCN-based,
  graph attention, adversarial, autoencoder, other deep, non-deep-learning.
Rows mostly start ``|Title`` without a space, several lack the closing pipe or carry text after it; the
Method cell holds the method's nickname, sometimes ``<nobr> DYN-MODPSO <nobr>``, two names split by ``<br>``
(``ACNE <br> ACNE-ST <br>``), ``$G^2R$``, ``F<sup>2</sup>MVNCD``, ``--`` or an author (``Xin _et al._``).
The Materials cell holds ``[[Paper](url)]`` (once ``[[paper](url)]``, 74) and often ``[[Code](url)]``; paper
hosts are doi.org, ACM DL, IEEE Xplore, ScienceDirect (pii), Springer, IJCAI and AAAI PDFs, OpenReview, PMLR,
NeurIPS, JMLR, SIAM epubs, APS, Wiley, World Scientific, VLDB, arXiv, a KDD workshop page and, once (192),
``http://128.84.4.18/abs/2202.00636`` -- arXiv's abs page reached through a bare IP address.
- "Datasets" (232-258): ``-`` bullets naming datasets with a URL (one, "Friendship" 247, points to the ACM DL
  page of the survey listed on line 43); "Tools" (261-264): Gephi, Pajek, LFR; a disclaimer.

Decisions:
- An entry is every data row of the eight tables (164); title = the Paper Title cell as written (case as in
  the file; venue, year, method nickname and links dropped).  Ids from the row's Materials links: arXiv
  abs/pdf ids, DOIs from doi.org, ACM DL (incl. the 10.5555 pseudo-DOI of 155), Springer, SIAM, Wiley, World
  Scientific and APS journal URLs (``journals.aps.org/pre/abstract/10.1103/...``, 227-229); ScienceDirect pii,
  IEEE Xplore, AAAI, IJCAI, OpenReview, PMLR, NeurIPS, JMLR and VLDB pages give none.
- Row 192's arXiv link is written as a bare IP address, not an arXiv URL form: no arXiv id is taken.
- Not entries: the dataset bullets (datasets with links; the Friendship bullet links a paper but names a
  dataset), the tools, headers and delimiter rows, badges and the TOC.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "FanzhenLiu__Awesome-Deep-Community-Detection__README@2ed811e.md"
PART = "wild38_development"

HEADER = "| Paper Title | Venue | Year |"
IP_ARXIV = 192  # http://128.84.4.18/abs/2202.00636


def main() -> None:
    lines = read_lines(NAME)
    assert "http://128.84.4.18/abs/2202.00636" in lines[IP_ARXIV - 1]
    papers = []
    in_table = False
    tables = 0
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith(HEADER):
            in_table, tables = True, tables + 1
            continue
        if not s.startswith("|"):
            in_table = False
            continue
        if s.startswith("| ----"):
            continue
        assert in_table, n
        cells = s.split("|")
        title = cells[1].strip()
        assert title and ("[[Paper](" in s or "[[paper](" in s), n
        e = entry(lines, n, n, title)
        if n == IP_ARXIV:
            e["arxiv"] = None
        papers.append(e)
    assert tables == 8
    assert len(papers) == 164, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the survey table and the seven method tables is an entry, title = the plain Paper"
        " Title cell (venue, year, method nickname, Paper/Code/Report links dropped), ids from the row's"
        " Materials links (no arXiv id from the bare-IP arXiv link of row 192); dataset and tool bullets,"
        " headers, badges and the TOC are not entries.",
        "Whole 270-line file read; compared with the -v output: first and last row of all eight tables (31/45,"
        " 52/56, 61/86, 92/99, 105/112, 118/156, 162/174, 180/229), the survey rows with <br> Report links and no"
        " closing pipe (31, 33), rows with <nobr>/<br>/$G^2R$/<sup> method cells (69, 95, 106, 131, 138, 184,"
        " 198, 215), the lower-case [[paper]] link (74), the bare-IP arXiv row 192, about 25 random rows for"
        " ids (doi.org 55/61/118/151, ACM DL 66/97/155, Springer 105/131/148/170, SIAM 194/200, Wiley 42,"
        " arXiv 40/71/95/153/162, APS 227-229; none from ScienceDirect pii, IEEE Xplore, IJCAI/AAAI PDFs, OpenReview);"
        " the dataset bullets (Friendship 247 included) and tools checked to be resources, not entries.",
    )


if __name__ == "__main__":
    main()
