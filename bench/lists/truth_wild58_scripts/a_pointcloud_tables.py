"""Wild58 truth for san9569/Awesome-Point-Cloud README.md at bc4a9cc (2025-03-29): a small "awesome" list of point
cloud papers (3D detection for driving), kept as Markdown pipe tables with a citation-count emoji scale.

Shape: 100 lines.  Title and intro (1-8), an emoji legend for the "Cite" column (10-17, ``😀: 0 ~ 50`` ...), a
commented-out older legend (21-27, ``<!-- 🌕🌗🌑 -->``), table of contents (29-35), then three sections each holding
one table ``| Abbrev. | Title | Venue | Year | Cite |`` with centred separator ``| :---: | ...``:
- "## Dataset" (38): rows 42-43 (KITTI, nuScenes papers);
- "## 3D Object Detection" (45): rows 49-73;
- "## Multi-Modality" (76): rows 80-81.
"Representation Learning" and "Tracking/Forecasting" say "To be updated" (83-89); "## Framework" (91) is a bullet
list of toolboxes (MMDetection3D, OpenPCDet, Open3D, ...), lines 93-100.

One row a paper: ``| [Abbrev](github) | [Title](paper url) | Venue | Year | 🌕🌕 |``.  The abbreviation cell is a
code link, plain text (``PIXOR``, 52) or text plus two code links (``Deep Continuous Fusion ([code1](...)/[code2](...))``,
80).  Most rows end ``|`` + a trailing space.

Decisions:
- Entry = every body row of the three tables: 29 entries, one line each.  Title = the link text of the Title cell
  (the second cell), kept as written (``PCT: Point cloud transformer``, 72; ``Objects as Points``, 57).
- The two dataset rows are entries: each names the paper that introduced the dataset.
- The Framework bullets (93-100) are software, not papers: not entries.  Legend and header rows are not entries.
- arXiv ids come from arxiv.org/abs links (49 -> 1612.00593); openaccess / proceedings / ieeexplore links give none.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "san9569__Awesome-Point-Cloud__README@bc4a9cc.md"
PART = "wild58_development"

HEADER = re.compile(r"^\|\s*Abbrev\.\s*\|\s*Title\s*\|")
SEP = re.compile(r"^\|[\s\-|:]+\|?\s*$")
LINK = re.compile(r"^\[(.+?)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table = True
            continue
        if not in_table:
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if SEP.match(ln):
            continue
        cell = ln.split("|")[2].strip()
        m = LINK.match(cell)
        assert m, (n, cell)
        papers.append(entry(lines, n, n, m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 29, len(papers)
    assert sorted(by) == [42, 43] + list(range(49, 74)) + [80, 81], sorted(by)
    assert by[42]["title"] == "Are we ready for autonomous driving? The KITTI vision benchmark suite", by[42]
    assert by[49]["title"] == "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation", by[49]
    assert by[49]["arxiv"] == "1612.00593", by[49]
    assert by[57]["title"] == "Objects as Points", by[57]
    assert by[68]["title"] == "Point Transformer", by[68]
    assert by[72]["title"] == "PCT: Point cloud transformer", by[72]
    assert by[80]["title"] == "Deep Continuous Fusion for Multi-Sensor 3D Object Detection", by[80]
    assert by[80]["arxiv"] == "2012.10992", by[80]
    assert by[81]["title"] == "Multi-Task Multi-Sensor Fusion for 3D Object Detection", by[81]
    assert not any(93 <= p["line"] <= 100 for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the three '| Abbrev. | Title | Venue | Year | Cite |' pipe tables (Dataset 42-43,"
        " 3D Object Detection 49-73, Multi-Modality 80-81) is one entry, one line each: 29 entries.  Title = the link"
        " text of the second (Title) cell.  Dataset rows name the dataset paper and are entries.  The Framework"
        " bullets (toolboxes) and the emoji legend are not entries.",
        checked="Read the whole file; compared the -v output with all 29 rows (title link text cell by cell,"
        " the multi-link abbreviation cell at 80, plain-text abbreviations at 52, 54, 55, 71, 81), checked no"
        " Framework bullet is listed and the arXiv ids from arxiv.org/abs links.",
    )


if __name__ == "__main__":
    main()
