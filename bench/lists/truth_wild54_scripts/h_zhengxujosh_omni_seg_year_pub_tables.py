"""Wild54 truth for zhengxuJosh/Omni-Seg paperlist.md: a student's paper list for semantic segmentation of
omnidirectional (panoramic / fisheye / 360°) images, kept next to ``Relatedwork.md``, ``datasets.md`` and
``code.md`` in a small repository; newest commit holding the file (282967d, 2022-06-25, "Update paperlist.md").

Shape: 59 lines, 11 KB, three pipe tables under italic captions.  ``**Paper List**`` (1), ``*Panoramicmic images
semantic segmentation*`` (3, sic) over the main table (4-40), ``*Domain Adaptation of Semantic Segmentation*`` (43) over
the second (44-52), ``*Others*`` (54) over the third (55-59).  Each table has the header ``|  Year   |Pub |  Paper  |
Highlight | Dataset |`` and a centred/left alignment row; data rows are ``| 2016 | CVPR | [Title](pdf url) |
highlight | dataset |`` with a ragged tail: many rows stop after the Highlight cell (7, 8, 11, 15, 26, 27, 36),
some have empty cells ``| | |`` or ``|||`` (34, 37), some have trailing spaces after the final pipe, cells hold
``<br />`` (48-52), links ([Dataset] 7, [Mapillary Vistas Dataset]() empty URL 9, [2D3DS dataset] arXiv link 14,
[WildPPS] 28, [code] 31).

Special cases:
- Titles keep their written case and typos (``SPHERICAL CNNS ON UNSTRUCTURED GRIDS`` 21, ``Densepass`` 29,
  ``360◦`` 16/34) and lose a trailing space inside the brackets (8, 9, 18) and a trailing period (10, 47).
- 10 repeats the SYNTHIA title of 6 but links the Full-Resolution Residual Networks PDF (the title is kept as
  written); 17 and 20 are the same paper (Restricted Deformable Convolution ...) twice; 46 and 47 are BAPA-Net in
  its ICCV and SPL versions.  Each row is its own entry.
- 14: the Dataset cell links the 2D3DS dataset paper on arXiv (1702.01105), so that id lands on the
  Orientation-Aware row (the ids come from the whole row line); the row's own paper link is a CVF PDF.
- Dataset-describing papers (SYNTHIA 6, Joint 2D-3D-Semantic Data 7, Mapillary Vistas 9, OmniScape 26) are
  research papers and count.
- No DOIs; arXiv ids from ``arxiv.org/pdf/...`` links (7, 11, 17, 19, 20, 21, 28, 29, 35, 38, 39, 49, plus 14).

Decisions:
- Entry = every data row of the three tables (35 + 7 + 3 = 45), title = the link text of the Paper (third) cell.
- Not entries: captions, headers, alignment rows, links in the Highlight/Dataset cells.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "zhengxuJosh__Omni-Seg__paperlist@282967d.md"
PART = "wild54_development"

HEAD = re.compile(r"^\|  Year   \|Pub \|  Paper  \| Highlight \| Dataset \|$")
ALIGN = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")
ROW = re.compile(r"^\| (?P<year>\d{4}) \| (?P<pub>[^|]+?) ?\| \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\) ?\|(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "**Paper List**", lines[0]
    papers = []
    tables: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            tables.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ALIGN.match(ln):
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
        tables[-1] += 1
    assert tables == [35, 7, 3], tables
    t = {p["line"]: p for p in papers}
    assert t[6]["title"] == ("The synthia dataset: A large collection of synthetic images for semantic segmentation"
                             " of urban scenes"), t[6]
    assert t[10]["title"] == t[6]["title"], t[10]
    assert (t[7]["title"], t[7]["arxiv"]) == ("Joint 2D-3D-Semantic Data for Indoor Scene Understanding",
                                              "1702.01105"), t[7]
    assert t[8]["title"] == "CNN based Semantic Segmentation for Urban Traffic Scenes using Fisheye Camera", t[8]
    assert (t[14]["title"], t[14]["arxiv"]) == ("Orientation-Aware Semantic Segmentation on Icosahedron Spheres",
                                                "1702.01105"), t[14]
    assert t[17]["title"] == t[20]["title"] and t[17]["arxiv"] == t[20]["arxiv"] == "1801.00708", (t[17], t[20])
    assert (t[21]["title"], t[21]["arxiv"]) == ("SPHERICAL CNNS ON UNSTRUCTURED GRIDS", "1901.02039"), t[21]
    assert t[47]["title"] == "BAPA-net: Boundary adaptation and prototype alignment for cross-domain semantic segmentation"
    assert t[59]["title"] == "Panoptic Feature Pyramid Networks", t[59]
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the three Year/Pub/Paper/Highlight/Dataset pipe tables (6-40: 35 rows, 46-52: 7, 57-59: 3)"
        " is an entry (45), title = the link text of the Paper cell (trailing space and period tidied); repeated"
        " papers (6/10 title, 17/20, BAPA-Net 46/47) are separate entries; links in Highlight/Dataset cells are not"
        " entries (but the row's ids come from the whole line, so 14 carries the 2D3DS dataset's arXiv id).",
        "Read all 59 lines; compared -v with every row 6-40, 46-52, 57-59: ragged tails (rows ending after the Highlight"
        " cell, empty '|||' cells), case/typos kept (SPHERICAL CNNS 21, Densepass 29, 360◦), the SYNTHIA title twice"
        " (6, 10), the Restricted Deformable repeat (17, 20), arXiv ids from pdf links (7, 11, 14 via dataset cell,"
        " 17, 19-21, 28, 29, 35, 38, 39, 49), no DOIs.",
    )


if __name__ == "__main__":
    main()
