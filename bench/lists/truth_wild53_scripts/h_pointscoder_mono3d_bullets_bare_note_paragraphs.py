"""Wild53 truth for PointsCoder/Awesome-3D-Object-Detection-for-Autonomous-Driving
``Docs/Sensor/Camera/monocular_detail.md``: one sub-page of the paper list that accompanies the survey "3D Object
Detection for Autonomous Driving: A Comprehensive Survey" (the repo's ``Papers.md`` is only an index of links to
``Docs/...`` pages, one per taxonomy leaf).  This is the "detail" twin of ``monocular.md``: the same monocular 3D
detection papers, most followed by a terse note of the author's own.  Newest commit holding the file: 9a44d33
(2022-06-19).

Shape: 287 lines, 16 KB, no closing newline.  ``# Monocular 3D Object Detection`` (1), year headings
``## 2022`` (3), ``## 2021`` (11), ``## 2020`` (95), ``## 2019`` (163), ``## 2018`` (247), ``## 2017 or earlier``
(263).  Under them 77 one-line bullets ``- Title [(VENUE YY)](url)`` separated by blank lines; after 60 of them,
past a blank line and NOT indented, a bare note paragraph such as ``image+depth, feature disentangle.`` or
``lidar`` (167), so in Markdown terms each note closes the list and the next bullet opens a new one.  Papers without
a note simply follow each other (85-91, 157-161, 229-245, 257-261).

Special cases:
- The note paragraphs are the author's tags (input modality, method keywords), not papers and not part of the
  bullet; they are left out of every entry (an entry is its bullet line alone; the notes hold no links or ids).
- Venue tags can disagree with the year heading: ``PerMO ... [(arXiv 21)]`` under ``## 2020`` (161), an arXiv
  2007 id; ``(CVPR 16)``, ``(CVPR 15)``, ``(CVPR 14)`` under ``## 2017 or earlier``.
- Titles keep their nickname prefixes (``MonoDistill: ...``, ``FCOS3D: ...``, ``Mono3D++: ...``) and the curly
  apostrophe of ``The Earth ain’t Flat`` (259); ``Is Pseudo-Lidar needed for Monocular 3D Object detection?`` keeps
  its question mark and case.
- Links: arXiv ``/pdf/NNNN.NNNNN.pdf`` (ids), one ACM ``/doi/pdf/10.1145/3474085.3475641`` (85, a DOI), the rest
  CVF / ECVA / IEEE stamp / OpenReview / AAAI OJS / PMLR / NeurIPS / BMVC / cvlibs PDFs (no ids).

Decisions:
- Entry = every ``- `` bullet (77), one line each; title = the text before `` [(VENUE)](url)``.
- Not entries: the H1, year headings, note paragraphs.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "PointsCoder__Awesome-3D-Object-Detection-for-Autonomous-Driving__Docs__Sensor__Camera__monocular_detail@9a44d33.md"
PART = "wild53_development"

BULLET = re.compile(r"^- (?P<title>.+?) \[\((?P<venue>[^()]+)\)\]\((?P<url>https?://[^)\s]+)\)$")
YEAR = re.compile(r"^## (?:\d{4}|2017 or earlier)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Monocular 3D Object Detection"
    assert len(lines) == 287, len(lines)
    papers = []
    notes = 0
    for n, ln in enumerate(lines, 1):
        if not ln.strip() or n == 1 or YEAR.match(ln):
            continue
        if ln.startswith("- "):
            m = BULLET.match(ln)
            assert m, (n, ln)
            title = m.group("title")
            assert not re.search(r"[\[\]<>*`]", title), (n, title)
            papers.append(entry(lines, n, n, title))
            continue
        assert not ln.startswith((" ", "\t", "-", "#")) and "http" not in ln, (n, ln)
        notes += 1
    assert notes == 60, notes
    assert len(papers) == 77, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[5]["title"], t[5]["arxiv"]) == ("MonoDistill: Learning Spatial Features for Monocular 3D Object Detection",
                                              None), t[5]
    assert t[7]["arxiv"] == "2112.04628", t[7]
    assert (t[85]["doi"], t[85]["title"]) == (
        "10.1145/3474085.3475641",
        "Neighbor-Vote: Improving Monocular 3D Object Detection through Neighbor Distance Voting"), t[85]
    assert (t[161]["title"], t[161]["arxiv"]) == (
        "PerMO: Perceiving More at Once from a Single Image for Autonomous Driving", "2007.08116"), t[161]
    assert t[233]["title"] == "Objects as Points", t[233]
    assert t[259]["title"].startswith("The Earth ain’t Flat: Monocular Reconstruction"), t[259]
    assert t[285]["title"] == "Are Cars Just 3D Boxes? – Jointly Estimating the 3D Shape of Multiple Objects", t[285]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- Title [(VENUE YY)](url)' bullet under the year headings is an entry (77), one line each; title = the"
        " text before the bracketed venue link; the unindented note paragraphs after 60 bullets (modality/method"
        " tags such as 'image+depth, keypoints.') are neither entries nor part of one; headings are not entries.",
        "Read all 287 lines; compared -v for all 77 bullets (2022 3, 2021 22, 2020 18, 2019 23, 2018 5, earlier 6"
        " counted by heading), the note paragraphs skipped (60), nickname prefixes kept (MonoDistill, FCOS3D,"
        " Mono3D++, GrooMeD-NMS), curly apostrophe 259 and en dash 285 kept, PerMO arXiv 21 under 2020 (161);"
        " ids: arXiv pdf links (2112.04628, 2106.01178, 2103.12605 ...), ACM DOI 85, none from CVF/ECVA/IEEE/"
        "OpenReview/AAAI/PMLR/NeurIPS/BMVC links.",
    )


if __name__ == "__main__":
    main()
