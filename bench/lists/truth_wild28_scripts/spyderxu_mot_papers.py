"""Wild28 truth for SpyderXu/multi-object-tracking-paper-list README.md: a multi-object-tracking
paper list written as runs of lines joined by '<br>' (HTML line breaks), not as Markdown lists.

Shape: 134 lines, no blank line inside most sections, so each section renders as one paragraph
whose records are separated by a trailing '<br>' (sometimes by two trailing spaces, sometimes by
nothing: lines 130 and 133 end bare and render joined to the next line).  Records:
- Datasets (6-21): '[Name](url) : description<br>' -- datasets, not entries, except lines 16 and
  19, which write the MOTS paper's title and venue ('MOTS: Multi-Object Tracking and
  Segmentation. In CVPR 2019'; line 19 without the 'MOTS:' prefix): entries, title = that text.
- Overview (24-26): author-first lines with a quoted title; line 26 ('A 101 slide [[paper]]') is a
  slide deck, not an entry.  Line 24 links a Baidu Scholar redirect whose percent-encoded
  'sc_vurl' is http://arxiv.org/pdf/1802.06897: decoded, that is the entry's arXiv id.
- Evaluation Metric (28-30): '**CLEAR MOT** : Authors "Title" [[paper]](url)<br>' (28, 29
  entries; 30 is evaluation code).  Researcher (32-37): web pages, not entries.
- Lines 38-41: 'Some source codes ... Such as:' then '"segTrack"<br>' (39: a code name with no
  link, not an entry) and two quoted paper titles (40, 41: entries, the record names the paper).
- Open Source / Private Detection (44-91): '**Nick** [: ]Authors "Title" [[paper]](url)
  [[code]](url) venue<br>'.  Title = the quoted text ('"Title,"' loses its comma: 64, 75).  Titles
  broken over two lines inside the quotes: 58-59, 61-62, 72-73 (one entry over both lines).
  Unquoted titles, given explicitly below: 44 (BibTeX-style authors containing {\\"a}), 45, 46,
  52, 54, 67, 69, 82, 83 (authors run straight into the title, no separator).
- New papers (95-134): author-first lines with a quoted title, or unquoted ('Authors. Title[C].',
  'Authors, Title [[paper]]', or the bare title before '[[paper]]'): 99, 100, 101, 103, 104,
  106, 111, 130, 131, 133, 134 explicit.  Line 103's link points to another paper's PDF; the title
  is the one the file writes.
Entries: 74 (2 dataset-paper lines, 2 overview, 2 metric, 2 source-code titles, 20 Online, 13
Batch, 2 Driving, 2 MCMT, 1 RGBD, 1 Private Detection, 8 CVPR, 5 ICCV, 2 ECCV2018, 4 New paper,
2 Face, 4 Pose, 2 Multi-camera).  Repeats (Tracktor 46/49/111, NMGC 72/107, D2T 74/109,
Detect-and-Track 99/130, Rolling Shutter 100/133, MOTS 16/19/48) are separate entries.  Lines
130+131 and 133+134 render joined but are two records each (one per source line).
Count check: 74 entries asserted; every non-heading, non-empty line is either in an entry or one of
the 25 left out (2-3 intro, 6-15/18/20-21 datasets, 26 slides, 30 code, 32-38 researchers and
note, 39 segTrack).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "SpyderXu__multi-object-tracking-paper-list__README@74312d7.md"
PART = "wild28_development"

EXPLICIT = {
    16: "MOTS: Multi-Object Tracking and Segmentation",
    19: "Multi-Object Tracking and Segmentation",
    44: "Tracking Objects as Points",
    45: "Towards Real-Time Multi-Object Tracking",
    46: "Tracking without bells and whistles",
    52: "Deep Affinity Network for Multiple Object Tracking",
    54: "Tracking Multiple People Online and in Real Time",
    67: "muSSP: Efficient Min-cost Flow Algorithm for Multi-object Tracking",
    69: "Learning Non-Uniform Hypergraph for Multi-Object Tracking",
    82: "Beyond Pixels: Leveraging Geometry and Shape Cues for Online Multi-Object Tracking",
    83: "Combined Image and World-Space Tracking in Traffic Scenes",
    99: "Detect-and-Track: Efficient Pose Estimation in Videos",
    100: "Rolling Shutter and Radial Distortion Are Features for High Frame Rate Multi-Camera Tracking",
    101: "Features for Multi-Target Multi-Camera Tracking and Re-Identification",
    103: "Self-Supervised Adaptation of High-Fidelity Face Models for Monocular Performance Tracking",
    104: "Eliminating Exposure Bias and Metric Mismatch in Multiple Object Tracking",
    106: "Tracking The Untrackable: Learning To Track Multiple Cues with Long-Term Dependencies",
    111: "Tracking without bells and whistles",
    130: "Detect-and-Track: Efficient Pose Estimation in Videos",
    131: "Multi-Person Articulated Tracking With Spatial and Temporal Embeddings",
    133: "Rolling Shutter and Radial Distortion Are Features for High Frame Rate Multi-Camera Tracking",
    134: "CityFlow: A City-Scale Benchmark for Multi-Target Multi-Camera Vehicle Tracking and Re-Identification",
}
QUOTED = ([24, 25, 28, 29, 40, 41] + [47, 48, 49, 50, 51, 53, 55, 56, 57, 58, 60, 61, 63, 64, 65]
          + [68, 70, 71, 72, 74, 75, 76, 77, 78, 79, 80, 85, 86, 88, 91]
          + [95, 96, 97, 107, 109, 110, 114, 115, 118, 119, 120, 121, 124, 125, 128, 129])
WRAPPED = {58: 59, 61: 62, 72: 73, 107: 108}
DECODED_ARXIV = {24: "1802.06897"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in sorted(set(EXPLICIT) | set(QUOTED)):
        end = WRAPPED.get(i, i)
        own = " ".join(lines[i - 1:end])
        if i in EXPLICIT:
            title = EXPLICIT[i]
            assert title in own, i
        else:
            m = re.search(r'"([^"]+?),?\s*"', own)
            assert m, i
            title = re.sub(r"\s+", " ", m.group(1)).strip()
        p = entry(lines, i, end, title)
        if i in DECODED_ARXIV:
            assert p["arxiv"] is None and "arxiv.org%2Fpdf%2F" + DECODED_ARXIV[i] in own
            p["arxiv"] = DECODED_ARXIV[i]
        papers.append(p)
    assert not set(EXPLICIT) & set(QUOTED)
    assert len(papers) == 74, len(papers)
    write_truth(NAME, PART, papers,
                "every '<br>'-separated record naming a paper is an entry (74): open-source and new-paper records,"
                " overview and metric papers, two MOTS dataset lines that write the paper's title and two quoted"
                " titles of the 'source codes' note; title = the quoted text, or for unquoted records the title"
                " between authors and '[[paper]]'/'[C].'/venue given per line; dataset, researcher, code and slide"
                " lines are not entries",
                "every line of the file read by eye and sorted; all 74 titles checked against their lines (wrapped"
                " quotes 58-59, 61-62, 72-73, 107-108; BibTeX-style authors on 44; unseparated authors on 69, 82,"
                " 83); the percent-encoded Baidu arXiv link on 24 and the Springer %2F DOI on 124 checked")


if __name__ == "__main__":
    main()
