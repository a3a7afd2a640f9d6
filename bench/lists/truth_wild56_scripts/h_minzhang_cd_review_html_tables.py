"""Wild56 truth for MinZHANG-WHU/Change-Detection-Review readme.md: companion page of the review "Change Detection
Based on Artificial Intelligence: State-of-the-Art and Challenges" (Remote Sensing 2020); newest commit (cafa212,
2021-07-30).

Shape: 861 lines, 77 KB, almost all HTML tables inside Markdown.  ``## 1. Introduction`` / ``## 2. Implementation
process`` prose with figures, then:
- Table 1 (18-294, "available codes for AI-based change detection methods") and Table 2 (298-382, "traditional
  methods"): ``<tr>`` rows of four ``<td>`` cells, one per line: Methods | Keywords | Publication | Implementation.  The
  Publication cell writes ``Title, VENUE, YEAR. [<a href=..>paper</a>], [<a ..>code, dataset</a>]`` (venue abbreviated:
  TGRS, GRSL, arXiv, RS, ...; 35 and 370 use ``Title. VENUE, YEAR.``; 376 ``Title. Remote Sensing, 2020``).  Each table
  ends with a ``colspan`` row "Others will be added soon!".
- Table 3 (388-519): open datasets (Type | Data set [<a href="#Ref-n">n</a>] | Description [Download]).
- Table 4 (534-649): applications; the Papers cell lists author-year links, ``<a href=doi>Lyu et.al (2018)</a>, <a
  ..>Tong et.al (2007)</a>``, sometimes inside prose (``caused by tsunami [<a ..>Sublime et.al (2019)</a>, ...],
  flood [...]``).
- Table 5 (653-698): software (ERDAS, ArcGIS, QGIS, ...); like Table 6 it is "closed" by a second ``<table>``.
- Table 6 (702-764): review papers, rows ``<td>1989</td>`` + ``<td>Title, IJRS. [<a ..>paper</a>]</td>``.
- ``## 7. Reference`` (766): ``<span id="Ref-n">[n] Authors. Title. Journal Year, vol, pages. [<a
  href=scholar_lookup..>CrossRef</a>]</span>``, 31 references, MDPI style (``Wang, Q.; Yuan, Z.; Li, X. Title.``) for
  1-20 and mixed styles for 21-31.
- ``## Cite`` (831) with a BibTeX block of the review itself, ``## Note`` and a bullet list of reference repositories.

Special cases:
- 53 (CapsNet) names two papers in one cell, "... change detection, GRSL, 2020. [paper 1], Change Capsule Network for
  Optical Remote Sensing ImageChange Detection, RS, 2021. [paper 2]" (both links carry the same DOI): two entries on
  the same lines.  ``ImageChange`` is kept as written.
- Rows without a venue: 107 "..., Master Thesis.", 113 and 125 "..., undergoing review.", 119 a report link only,
  156/163 "..., 2020." (X-Net and ACE-Net rows cite the same paper; each row is an entry), 357-358 a cell broken over
  two lines ("Change detection in polarimetric SAR" / "images, 2015. [report]"): the title is joined with one space.
- 309 (Table 2, first row) "A toolbox for remote sensing change detection. [code]" describes a code toolbox with no
  paper: not an entry.  315 "A toolbox for unsupervised change detection analysis, IJRS, 2016." is a journal paper: an
  entry.
- 83 and 95 give the same title (arXiv 2020 and ISPRS 2020 rows): two entries.  83's "sening" typo kept.
- Table 4 names papers only by author and year: each author-year link is an entry with no title; its DOI is taken
  from its own href (doi.org/dx.doi.org path or the ``doi=`` parameter of a Google Scholar lookup; none otherwise),
  set by hand because several links share a line.
- Table 3 rows are datasets (their papers are the numbered references) and Table 5 rows are software: not entries.
- 825 ([30]) links ``https://doi.org/10.5194/10.1109/TGRS.2021.3053571``, a broken DOI URL: the DOI is kept as the
  line gives it (``10.5194/10.1109/tgrs.2021.3053571``).  References [6], [7], [10], [11], [16]-[19] have Scholar links
  without a ``doi=`` parameter, so no DOI.
- Reference [1] (767) is a dataset web page ("Hyperspectral Change Detection Dataset. Available online: ..."): not an
  entry.  [18] keeps its odd title "Changedetection. net: A new change detection benchmark dataset".
- The review's own BibTeX (834-847) is a citation block, not a list entry; the review also appears as Table 6's last
  row (which is an entry).

Decisions:
- Entries: every paper of Tables 1, 2 and 6 (span = the row's ``<td>`` lines), every author-year link of Table 4 (span
  = its line, title None), and references [2]-[31] (one line each).
- Titles: Tables 1/2/6 = the cell text before the first link, without the trailing ", VENUE, YEAR." (or ". VENUE,
  YEAR", ", Master Thesis.", ", undergoing review.", ", 2020."); references = the title between the authors and the
  journal, written out by hand per reference and checked to occur in its line.
"""
import re

from _wild56 import doi_of, entry, read_lines, write_truth

NAME = "MinZHANG-WHU__Change-Detection-Review__readme@cafa212.md"
PART = "wild56_development"

VENUES = (
    "TGRS|TNNLS|TCYB|arXiv|GRSL|RS|ISPRS|ICRA|IGARSS|ICIP|NIPS|IWPR|JSTARS|ECCV|GlobalSIP|TIP|IJPRS|JARS|IJRS|MGRS"
    "|JRS|ASOC|Remote Sensing|Master Thesis|undergoing review"
)
TAIL = re.compile(r"^(?P<t>.+?)(?:\s*[,.]\s*(?:" + VENUES + r"))?(?:,?\s*\d{4})?\s*\.?\s*$")
LINK = re.compile(r'\[?<a href="(?P<url>[^"]*)"[^>]*>(?P<label>[^<]*)</a>\]?')
AUTHOR_YEAR = re.compile(r'<a href="(?P<url>[^"]*)"[^>]*>(?P<who>[^<]*et\.al \(\d{4}\))</a>')

REFS = {
    2: "GETNET: A General End-to-End 2-D CNN Framework for Hyperspectral Image Change Detection",
    3: "Multitask learning for large-scale semantic change detection",
    4: "Fully Convolutional Networks for Multisource Building Extraction from an Open Aerial and Satellite Imagery Data"
    " Set",
    5: "Change Detection in Optical Aerial Images by a Multilayer Conditional Mixed Markov Model",
    6: "A Mixed Markov model for change detection in aerial photos with large time differences",
    7: "Urban change detection for multispectral earth observation using convolutional neural networks",
    8: "A Feature Difference Convolutional Neural Network-Based Change Detection Method",
    9: "A scene change detection framework for multi-temporal very high resolution remote sensing images",
    10: "Damage detection from aerial images via convolutional neural networks",
    11: "Creating xBD: A dataset for assessing building damage from satellite imagery",
    12: "Constrained optical flow for aerial image change detection",
    13: "Change detection in remote sensing images using conditional adversarial networks",
    14: "A Spatial-Temporal Attention-Based Method and a New Dataset for Remote Sensing Image Change Detection",
    15: "Street-view change detection with deconvolutional networks",
    16: "Change detection from a street image pair using CNN features and superpixel segmentation",
    17: "Detecting changes in 3D structure of a scene from multi-view images captured by a vehicle-mounted camera",
    18: "Changedetection. net: A new change detection benchmark dataset",
    19: "CDnet 2014: An Expanded Change Detection Benchmark Dataset",
    20: "A Novel Video Dataset for Change Detection Benchmarking",
    21: "Spectral alignment of multi-temporal cross-sensor images with automated kernel canonical correlation analysis",
    22: "Unsupervised Image Regression for Heterogeneous Change Detection",
    23: "SemiCDNet: A Semisupervised Convolutional Neural Network for Change Detection in High Resolution Remote-Sensing"
    " Images",
    24: "Asymmetric Siamese Networks for Semantic Change Detection",
    25: "A deeply supervised image fusion network for change detection in high resolution bi-temporal remote sensing"
    " images",
    26: "Self-supervised pre-training enhances change detection in Sentinel-2 imagery",
    27: "A Deeply Supervised Attention Metric-Based Network and an Open Aerial Image Dataset for Remote Sensing Change"
    " Detection",
    28: "S2Looking: A Satellite Side-Looking Dataset for Building Change Detection",
    29: "CHANGE DETECTION IN REMOTE SENSING IMAGES USING CONDITIONAL ADVERSARIAL NETWORKS",
    30: "Structure Consistency-Based Graph for Unsupervised Change Detection With Homogeneous and Heterogeneous Remote"
    " Sensing Images",
    31: "ChangeSim: Towards End-to-End Online Scene Change Detection in Industrial Indoor Environments",
}


def cells(lines: list[str], first: int, last: int) -> list[tuple[int, int, str]]:
    """``<td>`` cells between lines first..last: (start line, end line, text joined with spaces)."""
    out: list[tuple[int, int, str]] = []
    for n in range(first, last + 1):
        s = lines[n - 1].strip()
        if re.match(r"(?:</tr>)?<tr>\s*<td|<td", s):
            out.append((n, n, re.sub(r"^(?:</tr>)?(?:<tr>)?\s*", "", s)))
        elif out and out[-1][1] == n - 1 and s and not s.startswith(("<", "</")):
            a, _, text = out[-1]
            out[-1] = (a, n, text + " " + s)
    return out


def titled(text: str) -> list[str]:
    """Paper titles of a Publication / Review-paper cell: the text chunks before the links."""
    body = re.sub(r"^<td[^>]*>|</td>$", "", text.strip())
    out = []
    for chunk in LINK.split(body)[::3]:
        chunk = chunk.strip().strip(",").strip()
        if len(chunk.split()) < 3:
            continue
        m = TAIL.match(chunk)
        assert m, chunk
        out.append(m.group("t").strip())
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for lo, hi in ((19, 294), (299, 383)):  # Tables 1 and 2
        row: list[tuple[int, int, str]] = []
        for c in cells(lines, lo, hi):
            if "colspan" in c[2]:
                continue
            row.append(c)
            if len(row) < 4:
                continue
            assert "[<a" not in row[0][2] and "[<a" not in row[3][2], row
            if row[2][0] != 309:  # the toolbox row names no paper
                for t in titled(row[2][2]):
                    papers.append(entry(lines, row[0][0], row[3][1], t))
            row = []
        assert not row, row
    for c in cells(lines, 535, 649):  # Table 4: author-year links, no titles
        for m in AUTHOR_YEAR.finditer(c[2]):
            p = entry(lines, c[0], c[1], None)
            p["doi"] = doi_of(m.group("url"))
            papers.append(p)
    row = []
    for c in cells(lines, 703, 764):  # Table 6: year cell + review-paper cell
        row.append(c)
        if len(row) == 2:
            assert re.fullmatch(r"<td>\d{4}</td>", row[0][2]), row
            (t,) = titled(row[1][2])
            papers.append(entry(lines, row[0][0], row[1][1], t))
            row = []
    for n, ln in enumerate(lines, 1):  # 7. Reference
        m = re.match(r'<span id="Ref-(\d+)">\[(\d+)\] ', ln)
        if not m or m.group(1) == "1":
            continue
        k = int(m.group(1))
        assert REFS[k] in ln, (k, ln)
        papers.append(entry(lines, n, n, REFS[k]))

    by: dict[int, list[dict]] = {}
    for p in papers:
        by.setdefault(p["line"], []).append(p)
    assert len(papers) == 143, len(papers)
    assert by[27][0]["title"] == (
        "Super-resolution-based change detection network with stacked attention module for images with different"
        " resolutions"
    ), by[27]
    assert len(by[27]) == 1, by[27]
    assert (by[27][0]["line"], by[27][0]["end"], by[27][0]["doi"]) == (27, 30, "10.1109/tgrs.2021.3091758"), by[27]
    assert [p["title"] for p in by[51]] == [
        "Pseudo-siamese capsule network for aerial remote sensing images change detection",
        "Change Capsule Network for Optical Remote Sensing ImageChange Detection",
    ], by[51]
    assert by[105][0]["title"] == "Change detection in satellite imagery using deep learning", by[105]
    assert by[355][0]["title"] == "Change detection in polarimetric SAR images", by[355]
    assert (by[355][0]["line"], by[355][0]["end"]) == (355, 359), by[355]
    assert 307 not in by and by[313][0]["title"] == "A toolbox for unsupervised change detection analysis", by[313]
    assert by[368][0]["title"] == (
        "Three-Order Tucker Decomposition and Reconstruction Detector for Unsupervised Hyperspectral Change Detection"
    )
    assert by[374][0]["title"].endswith("Change Detection and Biomass Estimation in Rice Crops"), by[374]
    t4 = [p for p in papers if 535 <= p["line"] <= 649]
    assert len(t4) == 43 and all(p["title"] is None for p in t4), len(t4)
    assert [p["doi"] for p in by[545]] == ["10.3390/rs10030471", "10.1080/01431160903475290"], by[545]
    assert by[709][0]["title"] == "Digital change detection techniques using remotely sensed data", by[709]
    assert by[709][0]["doi"] == "10.1080/01431168908903939", by[709]
    assert 767 not in by and by[801][0]["title"] == REFS[18], by[801]
    assert by[813][0]["arxiv"] == "2010.05687", by[813]
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: every paper named in the Publication cells of Tables 1-2 (span = the row's <td> lines; the"
        " CapsNet cell names two papers, two entries), every author-year link of Table 4's Papers cells (title None,"
        " DOI from that link's own href), every row of Table 6 (review papers), and references [2]-[31] of section 7."
        "  Titles: table cells = text before the first link minus the trailing ', VENUE, YEAR.' (or '. VENUE, YEAR',"
        " 'Master Thesis', 'undergoing review'); references = title between authors and journal, by hand.  Not"
        " entries: Table 3 (datasets), Table 5 (software), the toolbox row 309, reference [1] (dataset web page), the"
        " BibTeX of the review and the reference-material bullets.",
        checked="Read the whole file; compared the -v output against every row of Tables 1, 2, 4 and 6 and every"
        " reference: venue/year stripping for all table titles, the two-paper CapsNet cell, the two-line cell at"
        " 357-358, rows without venue (thesis, under review, report), the excluded toolbox row, the 43 author-year"
        " links and their DOIs (doi.org, dx.doi.org and Scholar 'doi=' parameters), the 30 reference titles and"
        " their DOIs from the Scholar/CrossRef links.",
    )


if __name__ == "__main__":
    main()
