"""Wild45 truth for smasish/ISMAR_IEEEVR_REVIEW PublicDatasets.md: the companion table of a systematic review of
machine/deep learning in ISMAR and IEEE VR papers (2018-2023), listing the public datasets the reviewed papers used;
one pandas-exported pipe table (``DataFrame.to_markdown``), CRLF line ends; newest commit 21047b6 (2025-06-23, the
table last changed in ded5dd3 "updated reference numbers").

Shape: header (1) ``|     | Category | Reference Number in Our Paper | Paper Title | Author | Dataset Name | Public
Dataset Links |`` and the pandas delimiter (2), then 125 rows (3-127) ``|   1 | 3D Reconstruction | 47 | Reconstructing
3d virtual face ... | J. Liang et al. | Columbia Gaze Data Set | https://... |``, cells padded with spaces, rows
numbered 1-125 in the first cell.  Nothing else in the file (no heading, no prose).

Each row pairs one reviewed paper (the Paper Title cell, a plain-text title, no link) with one dataset it used
(Dataset Name, often ``-`` or ``nan``) and a bare dataset URL.  Papers that used several datasets come back on
consecutive rows (Vox-Fusion 8-10, SimpleMapping 13-16, Balasubramanian 25-29, GeoSynth 45-49, EllSeg 117-123, ...),
sometimes with the title written differently (``Reconstructing 3d virtual face`` 3 vs ``Reconstructing 3D Virtual
Face`` 4-5, a final period on 62-63 but not 60-61, ``EllSeg`` 123 vs ``Ellseg`` 117-122).  Reference Number is the
review's own reference number or ``-``.  Special cells: 94 link cell ``https://tars-home.github.io/ (This paper uses
dataset from another paper which is not public)``; 91 link ``https://dl.acm.org/do/10.1145/3192927/full/`` (ACM's
digital-object page of the 360 video dataset); 115 link ``https://ar5iv.labs.arxiv.org/html/2005.03876`` (the Open
Eyes dataset's arXiv paper, not the row's paper); titles with a final period (7, 17, 62, 63, 67, 74-76).

Decisions:
- An entry is every data row (125): each row cites one scholarly paper, the reviewed paper that used the dataset (as
  a dataset row citing its paper, wild44 Sukt03); rows repeating the same paper for another dataset are separate
  entries (repeated records), whatever their spelling.  Title = the Paper Title cell, a final period dropped (the
  table copies the period of the citation it came from; ``?`` would be kept, none occurs); the author, dataset and
  link cells are not part of it.
- Ids from the row's own line: only two rows give one, both from the dataset link, and they are recorded as the rows
  give them (the first id in the entry's lines): 115 arXiv 2005.03876 (ar5iv URL); 91 DOI 10.1145/3192927 (the ACM
  URL's ``/full/`` tail dropped, as the conventions drop ``/full``).  No row gives an id of the paper itself.
- Not entries: the header and delimiter rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "smasish__ISMAR_IEEEVR_REVIEW__PublicDatasets@21047b6.md"
PART = "wild45_development"

ROW = re.compile(
    r"^\| +(?P<n>\d+) \| (?P<cat>[^|]+?) +\| (?P<ref>\d+|-) +\| (?P<t>[^|]+?) +\| (?P<au>[^|]+?) +\|"
    r" (?P<ds>[^|]+?) +\| (?P<url>https?://[^|]+?) +\|$"
)


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 127, len(lines)
    assert lines[0].startswith("|     | Category ") and "| Paper Title " in lines[0]
    assert lines[1].startswith("|----:|:----")
    papers = []
    for n in range(3, 128):
        m = ROW.match(lines[n - 1])
        assert m, (n, lines[n - 1][:120])
        assert int(m.group("n")) == n - 2, n
        p = entry(lines, n, n, m.group("t"))
        if n == 91:
            assert p["doi"] == "10.1145/3192927/full/", p["doi"]
            p["doi"] = "10.1145/3192927"
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert {n: (p["arxiv"], p["doi"]) for n, p in by.items() if p["arxiv"] or p["doi"]} == {
        91: (None, "10.1145/3192927"), 115: ("2005.03876", None)}
    assert by[3]["title"] == "Reconstructing 3d virtual face with eye gaze from a single image"
    assert by[7]["title"] == "Fully automatic blendshape generation for stylized characters"
    assert by[17]["title"].endswith("from sparse 360° input")
    assert by[62]["title"] == by[60]["title"] == "360 depth estimation in the wild-the depth360 dataset and the segfuse network"
    assert by[94]["title"] == "Using siamese neural networks to perform cross-system behavioral authentication in virtual reality"
    assert by[127]["title"] == "DGaze: CNN-Based Gaze Prediction in Dynamic Scenes"
    titles = [p["title"] for p in papers]
    assert titles.count("Ellseg: An ellipse segmentation framework for robust gaze tracking") == 6
    assert titles.count("GeoSynth: A Photorealistic Synthetic Indoor Dataset for Scene Understanding") == 5
    assert not any(t.endswith(".") for t in titles)
    assert len(set(titles)) == 70, len(set(titles))
    assert len(papers) == 125, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 125 data rows of the review's public-dataset table is an entry (a row cites the reviewed paper"
        " that used the dataset), title = the Paper Title cell without its final period; rows repeating a paper for"
        " another dataset are separate entries; ids only as the row's dataset link gives them (115 ar5iv arXiv id,"
        " 91 ACM digital-object DOI with '/full/' dropped); header and delimiter are not entries.",
        "Whole 127-line file read; every row matched by the row pattern with its number 1-125 in order; -v output"
        " compared with rows 3, 4, 7, 17, 20-24 ('-'/'nan' dataset cells), 30, 42, 60-63 (period on 62/63 only), 89,"
        " 91 (ACM do/ DOI), 93, 94 (note in link cell), 99, 104, 110, 113-115 (ar5iv arXiv), 117-123 (EllSeg spellings),"
        " 124-127; title repeats counted (70 distinct title strings); no row's link is the paper's own page with an id.",
    )


if __name__ == "__main__":
    main()
