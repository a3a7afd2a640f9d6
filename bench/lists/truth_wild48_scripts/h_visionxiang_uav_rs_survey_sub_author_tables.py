"""Wild48 truth for visionxiang/Mini-UAV-RS-Survey README.md: the companion repository of the survey "Mini-Unmanned
Aerial Vehicle-Based Remote Sensing: Techniques, Applications, and Prospects" (IEEE GRSM 2019), newest commit
(26f819f, 2023-11-11).  The file is the survey's paper list, one table per section of the survey.

Shape: 481 lines, 77 KB.  Title (1), arXiv / PDF badges in a ``<p>`` (3-6), intro (8), ``## Table of Contents``
(11-23, anchor links), ``## Background`` prose and a figure (27-39), ``## Survey`` (43) with ``### 1. Related Surveys``
... ``### 8. Multi-sensor data registration`` and ``:small_orange_diamond: **Sub-topic**`` lines, then ``## Dataset and
Tools`` (420) and ``## Citation`` (465) with the survey's own BibTeX in a code fence (469-480).
Paper tables (header ``| **Year** | **Pub.** | **Title**          | **Links**        |`` and a centred alignment row):
47, 87, 128, 153, 180, 201, 222, 262, 324, 380, 409.  A row reads
``| 2019 | CVPR | Blind Geometric Distortion Correction on Images Through Deep Learning   <br>
<sub><sup>*Xiaoyu Li, Bo Zhang, Pedro V. Sander, Jing Liao*</sup></sub> | [Paper](url)/[Code](url)`` -- the Title cell
holds the title, a ``<br>``, then the authors in italics inside ``<sub><sup>`` (or ``<sup><sub>``, and often with a
broken closing ``</sup><sub>``, 332-362, 382-416); the row has no closing pipe; the Links cell is ``[Paper](url)``,
``[Paper](url)/[Code](url)``, ``[Paper](url)/Code`` (a bare word) or ``[Paper](url)/[Proj](url)``.  Years and venues
are sometimes padded (``|   2018   |   ECCV   |``) and ISPRS JPRS is written small (``<sup><sub>ISPRS JPRS</sub></sup>``).

Special cases:
- Separator rows inside tables: ``| :triangular_flag_on_post: | `Geometry` |  |`` (64), ``... | `Semantic` |`` (69),
  ``| :triangular_flag_on_post: | G2A | | |`` (186): sub-group labels, not entries.
- 50 the survey itself, bold: ``**Mini-Unmanned Aerial Vehicle-Based Remote Sensing: ...**``; the bold is markup.
- Duplicates kept as separate entries: ``Learning Structure-And-Motion-Aware Rolling Shutter Correction`` (106, 228),
  ``State of the Art in High Density Image Matching`` (67) / ``State of the art in high density image matching`` (297),
  ``Development and Status of Image Matching in Photogrammetry`` (68) / ``Development and status of ...`` (174).
- Leading spaces in title cells (156 ``  Guide Local Feature Matching...``, 210, 356-357) and a tab (106) are trimmed;
  215 keeps its curly quotes: ``‘Structure-from-Motion’ photogrammetry: ...``.
- Not entries: the awesome-list bullets (82-84, 149-150, 259, 321, 424), the toolkit bullets (369-370), the SfM / MVS
  Toolkit tables (242-252, 305-315: software, some with a paper link in the Pub cell), the Tools table (427-432) and the
  Dataset table (438-455: datasets, some naming their paper in a parenthesised link), the badges (4-5), the
  Table-of-Contents links, and the Citation BibTeX (470-479), the survey's own "please cite" block (the survey is
  already an entry as row 50).
- Ids: arXiv abs links; DOIs from Springer / Wiley / Taylor & Francis / ACM / SAGE / SPIE URLs as the helper reads them;
  the SPIE URLs of 161 and 349 end ``.../10.1117/1.JRS.12.025002.short?SSO=1``: the helper keeps ``.short`` (a page
  view, not part of the DOI), which the script drops.

Decisions:
- Entry = every data row of the eleven Year/Pub./Title/Links tables except the three flag rows (220 entries), one line
  each; title = the Title cell up to ``<br>``, trimmed, ``**`` removed.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "visionxiang__Mini-UAV-RS-Survey__README@26f819f.md"
PART = "wild48_development"

PAPER_HEAD = re.compile(r"^\| \*\*Year\*\* \| \*\*Pub\.\*\* \| \*\*Title\*\* +\| \*\*Links\*\* +\|$")
OTHER_HEAD = re.compile(r"^\| \*\*Name\*\* \|")
ALIGN = re.compile(r"^\|(?: *:?-+:? *\|)+ *$")
FLAG = re.compile(r"^\| :triangular_flag_on_post: \|")
ROW = re.compile(r"^\| *(?P<year>\d{4}) *\| *(?P<pub>[^|]+?) *\| *(?P<title>[^|]+?) *<br> *(?P<authors>[^|]+?) *\| "
                 r"*(?P<links>\S.*?)\s*\|?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Mini-Unmanned Aerial Vehicle-Based Remote Sensing")
    papers = []
    tables: list[int] = []
    kind = None
    for n, ln in enumerate(lines, 1):
        if PAPER_HEAD.match(ln):
            kind = "paper"
            tables.append(0)
            continue
        if OTHER_HEAD.match(ln):
            kind = "other"
            continue
        if not ln.startswith("|"):
            kind = None
            continue
        if ALIGN.match(ln) or kind == "other":
            continue
        assert kind == "paper", (n, ln)
        if FLAG.match(ln):
            assert n in (64, 69, 186), n
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        assert re.match(r"^<su[bp]><su[bp]>\*[^*]+\*</su[bp]><(?:/)?su[bp]>$", m.group("authors")), (n, m.group("authors"))
        assert m.group("links").startswith("[Paper]("), (n, m.group("links"))
        title = m.group("title").replace("**", "").strip()
        assert not re.search(r"[\[\]<>*`|]", title), (n, title)
        e = entry(lines, n, n, title)
        if e["doi"] and e["doi"].endswith(".short"):
            # SPIE URLs end '.../10.1117/1.JRS.12.025002.short?SSO=1'; '.short' is the page view, not the DOI
            assert n in (161, 349), e
            e["doi"] = e["doi"].removesuffix(".short")
        papers.append(e)
        tables[-1] += 1
    assert tables == [20, 30, 11, 20, 10, 14, 13, 36, 38, 22, 6], tables
    t = {p["line"]: p for p in papers}
    assert t[50]["title"] == "Mini-Unmanned Aerial Vehicle-Based Remote Sensing: Techniques, Applications, and Prospects"
    assert t[50]["arxiv"] == "1812.07770", t[50]
    assert t[49]["doi"] == "10.1007/s10462-020-09943-1", t[49]
    assert t[106]["title"] == t[228]["title"] == "Learning Structure-And-Motion-Aware Rolling Shutter Correction"
    assert t[132]["doi"] == "10.1145/3478513.3480483", t[132]
    assert t[139]["doi"] == "10.5772/56801", t[139]
    assert (t[161]["doi"], t[349]["doi"]) == ("10.1117/1.jrs.12.025002", "10.1117/1.jrs.10.036027")
    assert t[156]["title"] == "Guide Local Feature Matching by Overlap Estimation", t[156]
    assert t[215]["title"].startswith("‘Structure-from-Motion’ photogrammetry:"), t[215]
    assert (t[289]["title"], t[289]["arxiv"]) == ("End-To-End Learning of Geometry and Context for Deep Stereo Regression",
                                                  None), t[289]
    assert t[416]["title"] == ("Automatic registration of optical aerial imagery to a LiDAR point cloud for generation of"
                               " city models"), t[416]
    assert 64 not in t and 69 not in t and 186 not in t and 470 not in t
    assert len(papers) == 220, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the eleven '| **Year** | **Pub.** | **Title** | **Links** |' tables is an entry, except the"
        " three ':triangular_flag_on_post:' sub-group rows 64/69/186; title = the Title cell before its '<br>' (the"
        " authors follow in <sub><sup> italics), trimmed, the bold of row 50 removed; duplicates across sections kept."
        " Not entries: toolkit, tools and dataset tables (Name-headed), awesome-list and toolkit bullets, badges,"
        " table of contents and the survey's own citation BibTeX. The SPIE DOIs of 161 and 349 are cut before"
        " their '.short' URL suffix.",
        "Read the whole file; compared -v for every row of sections 1-4 (49-192) and a sample of every later table"
        " (203-216, 224-236, 264-299, 326-363, 382-403, 411-416): titles stop at '<br>', leading spaces/tab trimmed,"
        " the padded rows 332-362, broken '</sup><sub>' closings, rows without a Links cell end (289), duplicates"
        " 106/228, 67/297, 68/174; ids: arXiv abs links (50, 89, 166, 188, 203, 206, 269, 278, 279, 292, 348),"
        " DOIs from Springer/T&F/Wiley/ACM/SAGE/SPIE links, none from IEEE Xplore, MDPI, ScienceDirect or CVF.",
    )


if __name__ == "__main__":
    main()
