"""Wild57 truth for luzzou/3d-human-pose-estimation README.md (4bdca63): a reading list of 3D human pose estimation
papers grouped by approach (monocular, video, GCN, Transformer, multimodal, multi-view), with dataset links.

Shape: 371 lines, 11 KB.  A "#**Important Conferences：**" block of month -> conference lines (1-23, no papers),
then ``# Monocular Methods`` (29), ``# Video`` (143), ``# GCN`` (217), ``# Transformer`` (256), ``# Multimodal``
(278), ``# Multi-view Methods`` (310) and ``# 3D Pose Datasets`` (363-371, ``## [Human3.6M](url)`` headings with
downloader links).  Each paper is a numbered block spread over several lines:
``N. Title (venue)`` / blank line / indented ``[[paper](url)]`` / ``[[code](url)]`` / ``[[project](url)]`` link
lines (on one line or several), blocks separated by 2-4 blank (or whitespace-only) lines.

Special cases:
- The venue is one or two trailing parenthesised groups: ``(iccv2017)``, ``(cvpr2019)(oral)`` (94, with a trailing
  space), ``(iccv2019 workshop)`` (113), ``(CVPR2019 oral)`` (319), ``(iccv2019)(Oral)`` (337), ``(iccv17)`` (281),
  ``(arXiv2020)``: all trailing groups are dropped from the title.
- Numbering is not reliable: ``7.  3D Human ...`` has two spaces (183), the Video list jumps from 7 to 10 (183,
  189), the GCN list has two items numbered 3 (231, 238).
- The same paper is listed under two headings (171/220 Exploiting Spatial-temporal Relationships ..., 200/244
  GAST-Net, 212/249 Graph Stacked Hourglass Networks, 100/319 Weakly-Supervised Discovery ..., 107/331
  Self-Supervised Learning of 3D Human Pose using Multi-view Geometry): one entry per listing.
- Placeholder links: ``[code]`` / ``[project]`` without target (115, 180, 222, ...) and empty targets
  ``[[code]()]`` (241, 267, 273, 346).
- 66: a typographic apostrophe in ``It’s all Relative: ...``, kept.
- 119-121 (item 14) and 178-186: the ``[[paper]]`` link points to a GitHub repository or a project page, not to
  the paper: no id.

Decisions:
- Entry = every numbered line (``N. ``) under the six method headings: 50 entries.  Span = the numbered line through
  the last non-blank line before the next numbered line or heading (the link lines, past the one blank line that
  separates them from the title).
- Title = the numbered line after ``N. ``, with the trailing parenthesised venue group(s) removed.
- arXiv ids come from the arxiv.org links of each block (33 -> 1705.03098, on line 35).
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "luzzou__3d-human-pose-estimation__README@4bdca63.md"
PART = "wild57_development"

ITEM = re.compile(r"^(\d+)\.\s+(.*)$")
VENUE = re.compile(r"\s*\([^()]*\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ITEM.match(ln)]
    papers = []
    for first in starts:
        last = first
        k = first + 1
        while k <= len(lines):
            ln = lines[k - 1]
            if ITEM.match(ln) or ln.startswith("#"):
                break
            if ln.strip():
                last = k
            k += 1
        title = ITEM.match(lines[first - 1]).group(2).rstrip()
        while VENUE.search(title):
            title = VENUE.sub("", title)
        papers.append(entry(lines, first, last, title.strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 50, len(papers)
    assert (by[33]["line"], by[33]["end"]) == (33, 36), by[33]
    assert by[33]["title"] == "A simple yet effective baseline for 3d human pose estimation", by[33]
    assert by[33]["arxiv"] == "1705.03098", by[33]
    assert by[94]["title"] == (
        "In the Wild Human Pose Estimation Using Explicit 2D Features and Intermediate 3D Representations"
    ), by[94]
    assert by[113]["title"] == "Generalizing Monocular 3D Human Pose Estimation in the Wild", by[113]
    assert by[66]["title"] == "It’s all Relative: Monocular 3D Human Pose Estimation from Weakly Supervised Data", by[66]
    assert by[183]["title"] == (
        "3D Human Pose Estimation using Spatio-Temporal Networks with Explicit Occlusion Training"
    ), by[183]
    assert by[337]["title"] == "Learnable Triangulation of Human Pose", by[337]
    assert (by[337]["line"], by[337]["end"]) == (337, 341), by[337]
    assert by[231]["title"] == "Optimizing Network Structure for 3D Human Pose Estimation", by[231]
    assert by[238]["title"] == "DGCN: Dynamic Graph Convolutional Network for Efficient Multi-Person Pose Estimation", by[238]
    assert by[200]["title"] == by[244]["title"], (by[200], by[244])
    assert max(by) == 356 and by[356]["end"] == 358, by[356]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered line 'N. Title (venue)' under the six method headings is one entry (50); its span runs"
        " to the last non-blank line before the next numbered line or heading, i.e. over the blank line to the"
        " indented [[paper]]/[[code]]/[[project]] link lines.  Title = the text after 'N. ' without the trailing"
        " parenthesised venue group(s) such as '(cvpr2019)(oral)' or '(iccv2019 workshop)'.  Papers listed under two"
        " headings count twice; the conference calendar and dataset headings are not entries.",
        checked="Read the whole file; compared all 50 -v entries with the file (titles and spans), in particular"
        " the double venue groups (94, 100, 319, 337), the two-space item (183), the numbering jump 7 -> 10 and the"
        " doubled 3 in GCN, the repeats under two headings, the last block (356-358), and the arXiv ids taken from"
        " the link lines.",
    )


if __name__ == "__main__":
    main()
