"""Wild38 truth for DZhaoXd/Awesome-multimodal-semantic-segmentation README.md: a small awesome list of
multimodal semantic segmentation (RGB-D, RGB-thermal, RGB-event, RGB-LiDAR, audio-visual, medical and remote
sensing), kept entirely in pipe tables, newest commit (2025-04-28, a merged pull request).

Shape: a title, a one-line intro, then two kinds of tables under ``###``/``####`` headings:
- Section 1 "Multimodal Datasets by Modality" (1.1-1.8, lines 14-106): ``| Dataset | Paper Title | Venue | Year |
  Link |``.  The Dataset cell names the dataset(s) (``NYU Depth V2&SUN-RGBD``), the Paper Title cell is PLAIN
  text, and the Link cell is ``[Link](url)`` to the dataset page, a GitHub repository or the paper (arXiv abs
  or pdf, IEEE Xplore, doi.org, Elsevier linkinghub, CVF PDF, ACM DL).  Row 34 has a tab inside the venue
  cell, row 41 an empty venue cell.
- Sections 2-4 (lines 116-218): ``| Paper Title | Venue | Year | <Modality / Method Type / Fusion Type / Key Idea>
  | Link |`` with the plain title in the first cell and ``[arXiv](url)``, ``[Springer](url)``, ``[IEEE](url)``
  or ``[GitHub](url)`` in the last one.  "💡 Notes" bullets after some tables, a stray `` ---`` (152), and
  closing Contributions/License sections.

Decisions:
- An entry is every data row of every table; title = the Paper Title cell as written (abbreviated or
  lower-case titles such as "DFORMER: Rethinking RGBD Representation Learning" or "Towards Cross-Modality
  Domain Adaptation for RS" kept), the dataset name, venue, year and the extra column dropped.  Rows whose
  "title" is a benchmark or contest name published in a venue (103 "ISPRS Urban Object Classification
  Benchmark", ISPRS Annals; 106 "GRSS Data Fusion: Hyperspectral + LiDAR", JSTARS) are kept: the row cites
  a publication and gives its venue.  The same paper in two rows (AVSBench 73 and 161, ESS 53 and 174)
  gives separate entries.
- Not an entry: row 64 A2D2 "Audi A2D2: AEV Autonomous Driving Dataset", whose venue cell says "Dataset
  Release" and whose link is the dataset site: a dataset without a paper in this row.
- Ids come from the row's own link (arXiv abs/pdf, doi.org, Springer chapter/article URLs); dataset sites,
  GitHub, IEEE Xplore document pages, linkinghub pii URLs and CVF PDFs give none.
- Not entries: table headers and delimiter rows, the notes bullets, headings, the intro.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "DZhaoXd__Awesome-multimodal-semantic-segmentation__README@3faafa7.md"
PART = "wild38_development"

DATASET_HEADER = "| Dataset | Paper Title | Venue | Year | Link |"
PAPER_HEADER = "| Paper Title | Venue | Year |"
DATASET_RELEASE = 64  # A2D2: venue "Dataset Release", link to the dataset site


def main() -> None:
    lines = read_lines(NAME)
    assert "Dataset Release" in lines[DATASET_RELEASE - 1]
    papers = []
    title_cell = None
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if not s.startswith("|"):
            title_cell = None
            continue
        if s.startswith(DATASET_HEADER):
            title_cell = 2
            continue
        if s.startswith(PAPER_HEADER):
            title_cell = 1
            continue
        if s.startswith("|-"):
            continue
        assert title_cell is not None, n
        cells = s.split("|")
        assert len(cells) == 7 and cells[-1] == "" and "[" in cells[5], n
        if n == DATASET_RELEASE:
            continue
        title = cells[title_cell].strip()
        assert title, n
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 70, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the dataset tables (title = the plain Paper Title cell, dataset name dropped) and of"
        " the method tables (title = the plain first cell) is an entry, ids from the row's Link cell; the A2D2"
        " row whose venue is 'Dataset Release' and whose link is the dataset site is not an entry; headers,"
        " notes bullets and headings are not entries.",
        "Whole 236-line file read; every one of the 70 rows compared with the -v output: first and last row of"
        " each of the 17 tables, the tab in row 34's venue, the empty venue of 41, the repeated AVSBench/ESS"
        " papers (73/161, 53/174), the benchmark-named rows 103/106, the excluded A2D2 row 64, ids from arXiv"
        " abs/pdf (21, 82, 93, 95, 118...), doi.org (91, 94), Springer (126, 146) and none from IEEE Xplore,"
        " linkinghub, CVF or GitHub links; the notes bullets and the stray ' ---' (152) hold no paper.",
    )


if __name__ == "__main__":
    main()
