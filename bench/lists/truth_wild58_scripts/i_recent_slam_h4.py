"""Wild58 truth for YiChenCityU/Recent_SLAM_Research README.md at 388abf4: "Recent_SLAM_Research_2021", a Chinese
author's running log of new SLAM / visual-inertial odometry / 3D reconstruction papers (robotics), one level-4
heading a paper.

Shape: 134 lines.  "# Recent_SLAM_Research_2021" (2), links to the 2018/2019/2020 logs (3-7, GitHub blob links to
other Markdown files, not papers), "### SLAM" (10), then 104 headings 11-114, each
``#### <n>. [<Tag>] <yyyy-mm-dd>-[<Title>](<url>)``, e.g. ``#### 2. [Math] 2021-01-14-[On the Tightness of
Semidefinite Relaxations for Rotation Estimation](https://arxiv.org/pdf/2101.02099.pdf)``.  Lines 115-134 are
empty.

Special cases:
- Numbering is not unique: ``73.`` is used three times (83-85) and ``87.`` twice (99-100); the list runs to
  ``101.`` over 104 headings.
- Some papers are logged twice (e.g. "An Equivariant Filter for Visual Inertial Odometry" at 63 and 86;
  "Tightly-Coupled Multi-Sensor Fusion for Localization with LiDAR Feature Maps" at 76, 97, 104): every heading is
  kept as its own entry (one line each).
- 21: the link text starts with page junk copied from MDPI, ``Open AccessArticle Monocular Visual Inertial
  Direct SLAM ...``: "Open AccessArticle " is not part of the title and is dropped.
- 60: an all-caps title (``3D SURFACE RECONSTRUCTION FROM MULTI-DATE SATELLITE IMAGES``), kept as written.
- 92: the paper link points to a GitHub repository (Vis2Mesh); still a paper title.
- The bracketed tag (``[Fusion]``, ``[Math]``, ``[PhD thesis]``...) and the date are not part of the title.
- arXiv ids come from arxiv.org/pdf and arxiv.org/abs links; DOIs from the few doi-bearing URLs.

Decisions: entry = every ``####`` heading (11-114): 104 entries, one line each.  Title = the link text after the
date, with the "Open AccessArticle " junk prefix removed at 21.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "YiChenCityU__Recent_SLAM_Research__README@388abf4.md"
PART = "wild58_development"

HEAD = re.compile(r"^#### \d+\. \[[^\]]+\] \d{4}-\d{2}-\d{2}-\[(?P<title>[^\]]+)\]\(")
JUNK = "Open AccessArticle "


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("####"):
            continue
        m = HEAD.match(ln)
        assert m, (n, ln)
        title = m.group("title").strip().removeprefix(JUNK)
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 104, len(papers)
    assert sorted(by) == list(range(11, 115)), sorted(by)
    assert by[11]["title"] == (
        "Visual-IMU State Estimation with GPS and OpenStreetMap for Vehicles on a Smartphone"
    ), by[11]
    assert by[12]["arxiv"] == "2101.02099", by[12]
    assert by[21]["title"] == (
        "Monocular Visual Inertial Direct SLAM with Robust Scale Estimation for Ground Robots/Vehicles"
    ), by[21]
    assert by[60]["title"] == "3D SURFACE RECONSTRUCTION FROM MULTI-DATE SATELLITE IMAGES", by[60]
    assert by[85]["title"] == "COVINS: Visual-Inertial SLAM for Centralized Collaboration", by[85]
    assert by[94]["arxiv"] == "2109.00747", by[94]
    assert by[114]["title"] == "DenseMatch: a dataset for real-time 3D reconstruction", by[114]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '#### <n>. [<Tag>] <date>-[<Title>](<url>)' heading (lines 11-114) is one entry, one line"
        " each, duplicates and repeated numbers included: 104 entries.  Title = the link text after the date; the"
        " MDPI page junk 'Open AccessArticle ' at the start of 21 is dropped.  The tag and date are not part of the"
        " title; the links to the 2018-2020 logs (3-7) are not entries.",
        checked="Read all 104 headings against the -v output (titles, the junk prefix at 21, all-caps 60, repeated"
        " numbers 73 and 87), grepped that every #### line matches the pattern, and checked the arXiv ids from"
        " arxiv.org/pdf and /abs links.",
    )


if __name__ == "__main__":
    main()
