"""Wild47 truth for JeffWang987/awesome-3d-detector-2021 README.md: a student's list of 2021 3D (point cloud) object
detection papers kept entirely in pipe tables, a master table plus three per-benchmark result tables that repeat
papers of the master table, newest commit (f38a634, 2021-09-26).  (The list began as ``PaperList.md``, renamed to
README.md in the repository's first day; the README is the file taken.)

Shape: 93 lines, 9 KB, no trailing newline, no links at all.  ``# awesome-3d-detector-2021`` (1), a one-line scope
sentence (2), then:
- ``## Paper List (before 2021.9)`` (4): ``| Pub. | Org. | Title | Remark |`` (6), alignment row (7), 41 rows (8-48)
  with the venue (``ICCV2021``, ``ICCV2021(oral)``, ``CVPR2021WAD``, ``arXiv 2021.6``, ``ACM MM21``), the authors'
  organisations, the title and a free remark (``det:kitti,Waymo``, ``generative model & upsample(best paper
  finalist)``).
- ``## KITTI paper`` (50): ``| Pub. | Title. | car moderate AP(test) | Remark |`` with 19 rows (53-71).
- ``## nuScenes paper`` (73): ``| Pub. | Title. | mAP(val) | NDS(val) |`` with 2 rows (76-77).
- ``## Waymo paper`` (80): ``| Pub. | Title. | vehicle 3D APH L2(val) | Pedestrian 3D APH L2(val) |`` with 11 rows
  (83-93).
The Title column is the third cell in the master table and the second in the benchmark tables.

Special cases:
- Every benchmark-table row repeats a paper of the master table (e.g. ``HVPR: ...`` 16/58, ``Pyramid R-CNN:...``
  8/53/83, ``X-view: ...`` 39/66/76); each row is a separate entry (73 entries for 41 distinct papers).
- Titles are kept as written: a stray closing parenthesis (17/59 ``SE-SSD: ... From Point Cloud)``), missing space
  after the colon (8/53/83 ``Pyramid R-CNN:Towards ...``), a full-width colon (25 ``FFB6D：A Full Flow ...``), a doubled
  space (40/77 ``3D Object  Detection``, collapsed by whitespace normalisation), a trailing full stop (30 ``... Point
  Cloud Videos.``, a separator, dropped), ``AdverseWeather`` (42), and trailing spaces inside the cell (29).
- 29/89 ``1st Place Solution for Waymo Open Dataset Challenge`` is a challenge technical report: an entry like the
  rest.
- Rows 47-48 put the closing pipe right after the title (``...Decoder| det:kitti|``).

Decisions:
- Entry = every data row of the four tables (one line each); title = the Title cell (third cell in the first table,
  second in the others).
- Not entries: headings, scope sentence, header and alignment rows.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "JeffWang987__awesome-3d-detector-2021__README@f38a634.md"
PART = "wild47_development"

HEAD = re.compile(r"^\| Pub\. +\| (?P<second>Org\.|Title\.) +\|")
ALIGN = re.compile(r"^\|(?: *:?-+:? *\|)+$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# awesome-3d-detector-2021"
    papers = []
    tables: list[int] = []
    title_cell = None
    for n, ln in enumerate(lines, 1):
        h = HEAD.match(ln)
        if h:
            title_cell = 3 if h.group("second") == "Org." else 2
            tables.append(0)
            continue
        if not ln.startswith("|"):
            title_cell = None
            continue
        if ALIGN.match(ln):
            continue
        assert title_cell, (n, ln)
        cells = ln.split("|")
        assert cells[0] == "" and cells[-1].strip() == "" and len(cells) == 6, (n, cells)
        assert re.fullmatch(r" *(?:ICCV|CVPR|ICLR|ICRA|AAAI|arXiv |ACM MM)\d{2,4}(?:\(oral\)|WAD|\.\d)? *", cells[1]), (
            n, cells[1])
        title = cells[title_cell].strip()
        assert title and not re.search(r"[\[\]<>*`]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        tables[-1] += 1
    assert tables == [41, 19, 2, 11], tables
    t = {p["line"]: p for p in papers}
    assert t[8]["title"] == t[53]["title"] == t[83]["title"] == (
        "Pyramid R-CNN:Towards Better Performance and Adaptability for 3D Object Detection")
    assert t[17]["title"] == t[59]["title"] == "SE-SSD: Self-Ensembling Single-Stage Object Detector From Point Cloud)"
    assert t[25]["title"] == "FFB6D：A Full Flow Bidirectional Fusion Network for 6D Pose Estimation", t[25]
    assert t[29]["title"] == t[89]["title"] == "1st Place Solution for Waymo Open Dataset Challenge"
    assert t[30]["title"] == "Point 4D Transformer Networks for Spatio-Temporal Modeling in Point Cloud Videos", t[30]
    assert t[40]["title"] == "FusionPainting: Multimodal Fusion with Adaptive Attention for 3D Object Detection"
    assert t[48]["title"] == "Anchor-free 3D Single Stage Detector with Mask-Guided Attention for Point Cloud", t[48]
    assert t[76]["title"] == "X-view: Non-egocentric Multi-View 3D Object Detector", t[76]
    assert t[93]["title"] == "Real-Time Anchor-Free Single-Stage 3D Detection with IoU-Awareness", t[93]
    assert len({p["title"] for p in papers}) == 41
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 73, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the four pipe tables (master list 8-48, KITTI 53-71, nuScenes 76-77, Waymo 83-93) is an"
        " entry (73, 41 distinct papers): the benchmark tables repeat master-table papers and each row counts;"
        " title = the Title cell (3rd cell in the master table, 2nd in the benchmark tables) as written, a final"
        " separator dot dropped; headings, header and alignment rows are not entries.",
        "Read all 93 lines; compared -v against every row of the four tables: venue cells (ICCV2021(oral),"
        " CVPR2021WAD, arXiv 2021.x, ACM MM21), the stray ')' 17/59, 'R-CNN:Towards' 8/53/83, full-width colon 25,"
        " double space 40/77, the dot 30, 'AdverseWeather' 42, the pipe glued to the title 47-48, the tech report"
        " 29/89; 41 distinct titles; no links or ids anywhere.",
    )


if __name__ == "__main__":
    main()
