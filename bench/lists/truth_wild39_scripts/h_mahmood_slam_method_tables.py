"""Wild39 truth for mahmood-ul-hasan/slam-related-resources README.md: a personal collection of SLAM and
odometry methods "often mentioned in papers" (ROS/robotics), kept as three wide pipe tables whose paper column
is plain text, then bullets of tools; newest commit (2024-10-04).

Shape: a short intro, a "Terminology" bullet list (17-19), then under ``## LiDAR and IMU-based SLAM Review
paper`` one Vancouver-style reference paragraph (23: ``Tiozzo Fasiolo D, Scalera L, Maset E. **Title**.
Robotica. 2023;41(9):2588-2604. [doi:...](https://doi.org/...)``).  Three ``#`` sections follow, each with one
table ``| Year | Short Name | Paper Name | Sensors | Comments | GitHub Link | Paper Link | License |``:
LiDAR-IMU (rows 31-54), Visual (63-83), LiDAR-Inertial-Visual (93-105).  The Year cell sometimes carries a
star (``⭐2024``) or ``N/A``; Paper Name is plain text (no link) and is ``N/A`` in 13 LiDAR-IMU rows (DLO,
DLIO, NeRF-LOAM, LILI-OM, Point-LIO, VoxelMap, ... CT-ICP) whose Paper Link is ``N/A`` too -- they list only
a GitHub repository.  Paper Link holds ``[Paper](url)``, ``[<Name> Paper](url)``, ``[arXiv]``, ``[IEEE]``,
``[PDF]``, ``[MDPI]`` links or ``N/A`` (MD-SLAM, 33, names a paper but links none).  Row 74 lacks its closing
pipe; LeGO-LOAM is listed twice (34, 43); the ALOAM row names its paper "Advanced LOAM" (40).  After the
tables: bullet lists of libraries and tools (pose-graph solvers, loop closure, scan matching, detectors,
COLMAP, NeRF code, evo ...), two dataset links and two "Important Gits" links.

Decisions:
- An entry is every table row whose Paper Name cell is not ``N/A`` (45), title = that cell as written (the
  row's short name, year, sensors and comments dropped; "Advanced LOAM" kept as the file names the paper).
  Ids come from the row's own line: arXiv abs/pdf links, a doi.org link (Faster-LIO, 35); IEEE Xplore, MDPI,
  lab PDF and GitHub links give none.  MD-SLAM (33) is an entry with no id.  The repeated LeGO-LOAM row is a
  separate entry.
- The review-paper reference (23) is an entry: title = the bold title, DOI from its doi.org link.
- Not entries: the 13 rows with ``N/A`` Paper Name and Paper Link (code repositories without a paper), the
  terminology bullets, headers and delimiter rows, and all tool / library / dataset / repository bullets
  after the tables (software, not papers).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "mahmood-ul-hasan__slam-related-resources__README@05e347d.md"
PART = "wild39_development"

HEADER = re.compile(r"^\| Year \| Short Name +\| Paper Name +\|")
REVIEW = 23


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    m = re.search(r"\*\*(.+?)\*\*", lines[REVIEW - 1])
    assert m and lines[REVIEW - 2] == "## LiDAR and IMU-based SLAM Review paper"
    papers.append(entry(lines, REVIEW, REVIEW, m.group(1)))
    in_table = False
    tables = skipped = 0
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table, tables = True, tables + 1
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if ln.startswith("|---"):
            continue
        assert in_table, n
        cells = [c.strip() for c in ln.split("|")]
        name, link = cells[3], cells[7]
        if name == "N/A":
            assert link == "N/A", n
            skipped += 1
            continue
        papers.append(entry(lines, n, n, name))
    assert tables == 3 and skipped == 13
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the three method tables whose plain-text Paper Name cell is not N/A is an entry, title = that"
        " cell as written (short name, year, sensors, comments, GitHub and Paper Link cells dropped), ids from the"
        " row's links (arXiv, one doi.org); the review-paper reference paragraph (23) is an entry with its bold"
        " title and DOI; rows with N/A name and link (GitHub-only code), terminology and tool/library/dataset"
        " bullets are not entries.",
        "Whole 261-line file read; all 45 table rows compared with the -v output (titles against the Paper Name"
        " cells, line numbers), the 13 N/A rows (37, 38, 42, 44, 46-54) checked to have no paper link, MD-SLAM 33"
        " (no link, no id), the row without closing pipe 74, the duplicate LeGO-LOAM rows 34/43, 'Advanced LOAM'"
        " 40, ids: doi 35 and 23, arXiv 31/32/36/39/40/63-65/67-74/78-83/93/97/98/101, none for IEEE 41/66/94-96/"
        "99/103/105, MDPI 104, lab PDFs 45/75/76/100/102, project page 77; the bullets after line 105 checked to"
        " name only software, datasets and repositories.",
    )


if __name__ == "__main__":
    main()
