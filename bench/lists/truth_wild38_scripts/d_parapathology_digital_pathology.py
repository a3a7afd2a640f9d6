"""Wild38 truth for sbalci/ParaPathology computational-digital-and-mathematical-pathology/digital-pathology.md
(newest commit 30a860f): the "Digital Pathology" page of a pathologist's GitBook of notes (medicine,
pathology), written partly in Turkish.

Shape: a GitBook page of mixed notes, not a tidy list.  ``#### `` headings for a blog article (5), a YouTube
talk (9) and three companies; GitBook ``{% embed url=... %}`` lines; Turkish prose about QuPath with the QuPath
paper as a three-line blockquote of links (title, journal/volume, ``doi:``); ``*`` bullets of papers linked by
their titles; bullets that are bare labels followed, after a blank line, by a paragraph holding only a bare
link (``[https://...](https://...)``) or a citation line ("Arch Pathol Lab Med. 2017 May 30. PMID: ... DOI:
[...](...)"); and many bullets and link paragraphs for web sites, software, scanners, tweets, videos and blog
posts.  The page is pasted three times over: lines 33-139, 177-283 (after ``## Digital Pathology`` at 175) and
285-391 hold the same QuPath-to-augmented-reality run, and lines 141-173 repeat one pair of papers four times.

Entries (47): per copy of the run (13 each, 39 in all): the QuPath blockquote (3 lines), the seven
bullets linking the papers cited by QuPath (ImageJ, Fiji, Icy, CellProfiler, OpenSlide, SlideToolkit,
Cytomine), the ImmunoRatio paper bullet, the "Cancer Digital Slide Archive: ..." paragraph with its JAMIA link
paragraph, the "Detecting Cancer Metastases on Gigapixel Pathology Images" bullet with its arXiv link
paragraph, the "Metadata matters: ..." bullet with its JCB link paragraph, and the "[An Augmented Reality
Microscope for Real-time Automated Detection of Cancer](drive link)" paragraph (the paper's title; the line
above it links Google's blog post).  Plus the four copies each of the "Whole Slide Imaging Versus Microscopy
..." bullet with its AJSP link paragraph and "The Gold Standard Paradox ..." bullet with its citation line
(141-173).  Repeated records are separate entries.  An entry whose link sits in the next paragraph spans the
label, the blank line and the link paragraph.
Not entries: the pixelscientia blog article (5), the YouTube talk (9), companies and products (Microvisioneer,
Argenit, X-WOW, scanners, optiscan), the QuPath wiki and the paper's two supplementary videos (MOESM), the
"[Immunoratio](tool)" bullet (a web tool, with Turkish prose), the Digital Pathology Association, web sites,
slide collections, software, tweets, videos and Google blog posts ("Assisting Pathologists in Detecting Cancer
with Deep Learning", "An Augmented Reality Microscope for Cancer Detection").
Titles: the link text or bullet text as written (CellProfiler's trade-mark sign kept, "(Pivotal Study)" kept,
the final full stop of the Whole Slide Imaging bullet dropped).  Ids: the QuPath entry's ``doi:`` link text,
the PLOS ``article?id=10.1371/...`` and BioMed Central ``articles/10.1186/...`` URLs and the Gold Standard
citation's DOI give DOIs; the arXiv link gives 1703.02442; nature.com article ids, OUP, JCB, LWW, J Pathol
Inform, BioTechniques and Google Drive URLs give none.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "sbalci__ParaPathology__computational-digital-and-mathematical-pathology__digital-pathology@30a860f.md"
PART = "wild38_development"

# offset from the run's first line (33, 177, 285) -> (span, title)
RUN = {
    4: (3, "QuPath: Open source software for digital pathology image analysis"),
    20: (1, "NIH Image to ImageJ: 25 years of image analysis"),
    21: (1, "Fiji: an open-source platform for biological-image analysis"),
    22: (1, "Icy: an open bioimage informatics platform for extended reproducible research"),
    23: (1, "CellProfiler\u2122: free, versatile software for automated biological image analysis"),
    24: (1, "OpenSlide: A vendor-neutral software foundation for digital pathology"),
    25: (1, "SlideToolkit: An Assistive Toolset for the Histological Quantification of Whole Slide Images"),
    26: (1, "Collaborative analysis of multi-gigapixel imaging data using Cytomine"),
    28: (1, ("ImmunoRatio: a publicly available web application for quantitative image analysis of estrogen receptor "
            "(ER), progesterone receptor (PR), and Ki-67")),
    42: (3, ("Cancer Digital Slide Archive: an informatics resource to support integrated in silico analysis of TCGA "
            "pathology data")),
    82: (3, "Detecting Cancer Metastases on Gigapixel Pathology Images"),
    96: (3, "Metadata matters: access to image data in the real world"),
    106: (1, "An Augmented Reality Microscope for Real-time Automated Detection of Cancer"),
}
RUN_STARTS = (33, 177, 285)
PAIR = {
    0: (3, ("Whole Slide Imaging Versus Microscopy for Primary Diagnosis in Surgical Pathology: A Multicenter Blinded "
           "Randomized Noninferiority Study of 1992 Cases (Pivotal Study)")),
    4: (3, "The Gold Standard Paradox in Digital Image Analysis Manual Versus Automated Scoring as Ground Truth"),
}
PAIR_STARTS = (141, 151, 159, 167)

EXPECTED_IDS = {
    4: (None, "10.1038/s41598-017-17204-5"),
    20: (None, None),
    25: (None, "10.1371/journal.pone.0110289"),
    28: (None, "10.1186/bcr2615"),
    42: (None, None),
    82: ("1703.02442", None),
    96: (None, None),
    106: (None, None),
}


def plain(text: str) -> str:
    return text.replace("\\", "")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[174] == "## Digital Pathology" and lines[176] == lines[32] == lines[284]
    papers = []
    for start in RUN_STARTS:
        # the three copies of the run are identical line for line
        assert lines[start - 1:start + 106] == lines[33 - 1:33 + 106], start
        for off, (span, title) in RUN.items():
            first = start + off
            assert title in plain(lines[first - 1]), (first, title)
            p = entry(lines, first, first + span - 1, title)
            assert (p["arxiv"], p["doi"]) == EXPECTED_IDS.get(off, (p["arxiv"], p["doi"])), (first, p)
            papers.append(p)
    for start in PAIR_STARTS:
        for off, (span, title) in PAIR.items():
            first = start + off
            assert title in lines[first - 1], (first, title)
            papers.append(entry(lines, first, first + span - 1, title))
    gold = [p for p in papers if p["title"].startswith("The Gold Standard")]
    assert {p["doi"] for p in gold} == {"10.5858/arpa.2016-0386-ra"}, gold
    # non-entries that look close to papers
    assert "pixelscientia" in lines[4] and "googleblog" in lines[136] and "jvsmicroscope" in lines[59]
    assert len(papers) == 47, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each record naming a paper is an entry -- the QuPath blockquote, the bullets linking the papers QuPath "
        "cites, the ImmunoRatio paper, and the paper labels whose link or citation sits in the next paragraph "
        "(spanning label to link), in all three pasted copies of the page, plus the four repeated Whole Slide "
        "Imaging / Gold Standard pairs; title = the link or label text as written; tools, companies, sites, "
        "videos, tweets and blog posts are not entries.",
        "All 401 lines read against the -v output: the first copy (33-139) item by item, the other two copies "
        "asserted identical line for line and spot-checked (181, 205, 219, 259, 283, 289, 327, 391), the four "
        "pairs 141-173, every near-miss non-entry (5 blog, 9 talk, 60 ImmunoRatio tool, 111 and 137 Google "
        "blog posts, 99-103 videos and scanners), the DOI from the QuPath doi: text, PLOS and BMC URLs and the "
        "Gold Standard citation, the arXiv id, and the URLs giving none.",
    )


if __name__ == "__main__":
    main()
