"""Wild58 truth for hcarlsso/WASP-offline-SLAM random_notes/README.md at 972ebcf: a student project's rough reading
notes on SLAM / visual localisation (robotics), pasted from a word processor into Markdown.

Shape: 44 lines, starting with a UTF-8 BOM and the bare word "References" (1).  No
headings, no Markdown links.  Two parts:
- 2-22: top-level ordered items whose numbering restarts (``1.``, ``1.``, ``1. 2. 3.``, ``1.``, ``1. 2. ... 9.``),
  each a paper title in curly quotes ``“...”`` followed by a comma and/or a bare URL on the same line (2, 4-6, 8,
  16-19) or on the next, unindented line (10-11, 12-13, 14-15, 20-21).  Some items are followed by an indented
  note item (7, 9, 23) or a top-level note item (3: "A review paper from 2016, ...").
- 23-44: indented sub-items (``   1.``, ``   2.``) that mix, at one level and without quotes, paper titles (25,
  28, 31, 32, 34, 36, 38, 40, 41, 42), notes copied from the papers (23, 26, 30, 33, 35, 39) and bare URLs (24,
  27, 29, 37, 43 unindented).  44 is an empty item ``   4.``.

Special cases:
- 14: the closing quote is a left quote (``“Multi-UAV Collaborative Monocular SLAM“``).
- 18, 19: titles pasted without spaces (``ATLAS:A FrameworkforLargeScaleAutomatedMappingandLocalization``); 8:
  ``aFeature Cloud``; kept exactly as written (18 is a thesis, 19 a technical report: research works).
- 41: the title has a double space before ``Cameras``; ``entry()`` collapses it to one space.
- 3 and 39 are notes (3 describes item 2; 39 is a copied sentence starting with a capital, ``Semi-direct methods
  instead leverage ...``): not entries.  The other notes start with a lower-case letter or a space.
- 13 carries a DOI inside a sagepub URL (10.1177/0278364915619238); 2 and 37 arXiv abs links.

Decisions: entry = each quoted top-level item (2-22) and each indented sub-item whose text is a paper title (25
onwards): 24 entries.  An entry spans from its line up to the line before the next entry (so its notes and URL
lines belong to it); the last ends at 43.  Title = the text between the quotes (2-22) or the whole item text
(25-42), without quotes, trailing comma or URL.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "hcarlsso__WASP-offline-SLAM__random_notes__README@972ebcf.md"
PART = "wild58_development"

QUOTED = re.compile(r"^\d+\. “(?P<title>[^”“]+)[”“]")
SUB = re.compile(r"^ {3}\d+\. (?P<text>.*)$")
NOTES = {39}  # a copied sentence that starts with a capital letter (checked by eye)


def main() -> None:
    lines = read_lines(NAME)
    starts = []
    for n, ln in enumerate(lines, 1):
        ln = ln.lstrip("\ufeff")
        m = QUOTED.match(ln)
        if m:
            starts.append((n, m.group("title").strip()))
            continue
        m = SUB.match(ln)
        if not m or n < 23 or n in NOTES:
            continue
        text = m.group("text")
        if not text or not text[0].isupper() or text.startswith("http"):
            continue
        starts.append((n, text.strip()))
    last_line = max(n for n, ln in enumerate(lines, 1) if ln.strip() and not re.match(r"^\s*\d+\.\s*$", ln))
    papers = []
    for i, (n, title) in enumerate(starts):
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else last_line
        papers.append(entry(lines, n, end, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 24, len(papers)
    assert sorted(by) == [2, 4, 5, 6, 8, 10, 12, 14, 16, 17, 18, 19, 20, 22,
                          25, 28, 31, 32, 34, 36, 38, 40, 41, 42], sorted(by)
    assert by[2]["title"] == (
        "Past, Present, and Future of Simultaneous Localization And Mapping: Towards the Robust-Perception Age"
    ), by[2]
    assert by[2]["arxiv"] == "1606.05830", by[2]
    assert by[12]["doi"] == "10.1177/0278364915619238", by[12]
    assert by[14]["title"] == "Multi-UAV Collaborative Monocular SLAM", by[14]
    assert by[18]["title"] == "ATLAS:A FrameworkforLargeScaleAutomatedMappingandLocalization", by[18]
    assert by[22]["title"] == "A Tutorial on Graph-Based SLAM", by[22]
    assert by[25]["title"] == "Visual SLAM: Why Filter?", by[25]
    assert by[34]["title"] == (
        "Gaussian Process Gauss–Newton for non-parametric simultaneous localization and mapping"
    ), by[34]
    assert by[36]["arxiv"] == "1412.0630", by[36]
    assert by[41]["title"] == "ORB-SLAM2: an Open-Source SLAM System for Monocular, Stereo and RGB-D Cameras", by[41]
    assert by[42]["title"] == (
        "Place Recognition with ConvNet Landmarks: Viewpoint-Robust, Condition-Robust, Training-Free"
    ), by[42]
    assert 3 not in by and 39 not in by and 44 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Each top-level ordered item with a title in curly quotes (lines 2-22) and each indented"
        " sub-item whose text is a paper title (25-42, told apart from note sub-items that start lower-case and"
        " from URL sub-items; 39 is a capitalised note) is one entry: 24 entries.  An entry spans up to the line"
        " before the next entry (its notes and URL lines).  Title = the quoted text (2-22) or the item text"
        " (25-42), kept as written (missing spaces at 8, 18, 19; the double space at 41 is collapsed by entry()).",
        checked="Read the whole file line by line; compared the -v output with every item, decided title vs"
        " note vs URL for each sub-item 23-44 by eye, checked the odd closing quote at 14, the DOI in the"
        " sagepub URL (13) and the arXiv links (2, 37).",
    )


if __name__ == "__main__":
    main()
