"""Wild60 truth for CVNext/CVNext.github.io origin_publications.md at 47d9809 (2023-09-14): the publication page of
a computer-vision lab's Jekyll site (Gaoang Wang's group), kept as ``origin_publications.md`` when the live page moved
to ``publications.html`` in the same commit.

Shape: 50 lines, CRLF line ends.  YAML front matter (1-4: ``layout: page``, ``title: Publications``), a blank line,
then 23 one-line bullets (6, 8, ..., 50, every even line; blank lines between).  Each bullet is a plain citation
``-<TAB or 3 spaces>Authors. Title. VENUE, YEAR.`` with no markup, no links and no ids:
``-	W. Chai, Z. Jiang, J.-N. Hwang, G. Wang. Global Adaptation meets Local Generalization: ... . ICCV, 2023.``

Special cases:
- The bullet marker is followed by a TAB (most lines) or three spaces (8-14).
- Authors are initials + surname separated by commas; initials can be hyphenated (``J.-N. Hwang``, ``H.-M. Hsu``),
  lack a period (``M. D Butala`` 16, ``G Wang`` 42), be a full name (``Gaoang Wang`` 18) or be a stray initial
  (``G. Wang, J., Y. Feng`` 38).  Two lines have a double space after the authors (10, 12).
- Venues are short names, some two words (``CVPR workshops``), arXiv preprints included (12-20).
- Titles keep their casing (``SGAT4PASS: ... PAnoramic Semantic Segmentation`` 24).

Decisions:
- Entry = every ``-`` bullet line (23); title = the text between the authors' final ``Surname.`` and the trailing
  ``. VENUE, YEAR.``.  The split point is the first ``. `` whose preceding word is longer than one letter (so initials
  such as ``J.-N.`` are not taken as the end of the author list).
- No arXiv id or DOI is written anywhere.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "CVNext__CVNext.github.io__origin_publications@47d9809.md"
PART = "wild60_development"

BULLET = re.compile(r"^-[\t ]+(.*?)\s*$")
TAIL = re.compile(r"\.\s+[^.]+,\s*\d{4}\.$")


def title_of(body: str) -> str:
    head = TAIL.sub("", body)
    for m in re.finditer(r"(\S+)\.\s+", head):
        word = m.group(1).split(".")[-1].split("-")[-1]
        if len(word) > 1:
            return head[m.end():].strip()
    raise ValueError(body)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln.rstrip("\r"))
        if not m:
            continue
        papers.append(entry(lines, n, n, title_of(m.group(1))))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 23, len(papers)
    assert sorted(by) == list(range(6, 51, 2)), sorted(by)
    assert by[6]["title"] == (
        "Global Adaptation meets Local Generalization: Unsupervised Domain Adaptation for 3D Human Pose Estimation"
    ), by[6]
    assert by[10]["title"] == (
        "Image Reference-Guided Fashion Design With Structure-Aware Transfer by Diffusion Models"
    ), by[10]
    assert by[16]["title"].startswith("DDMM-Synth: A Denoising Diffusion Model"), by[16]
    assert by[18]["title"] == "Blind Inpainting with Object-aware Discrimination for Artificial Marker Removal", by[18]
    assert by[36]["title"] == "Split and Connect: A Universal Tracklet Booster for Multi-Object Tracking", by[36]
    assert by[38]["title"] == (
        "Hierarchical Self-supervised Learning for 3D Tooth Segmentation in Intra-oral Mesh Scans"
    ), by[38]
    assert by[42]["title"].startswith("Human-Centered Prior-Guided and Task-Dependent"), by[42]
    assert by[46]["title"] == (
        "Rethinking of Radar's Role: A Camera-Radar Dataset and Systematic Annotator via Coordinate Alignment"
    ), by[46]
    assert by[50]["title"] == "Weakly Supervised Instance Segmentation using Multi-Prior Fusion", by[50]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '-' bullet line (23, lines 6-50, even lines) is one paper written as 'Authors. Title. VENUE,"
        " YEAR.' without markup.  Title = the text after the author list (ended by the first '. ' whose preceding"
        " word is longer than one letter, so hyphenated initials like 'J.-N.' do not end it) and before the"
        " trailing '. VENUE, YEAR.'.  No ids are written.",
        checked="Read all 50 lines; compared the -v output with each of the 23 bullets, including the TAB vs"
        " three-space markers, authors with 'J.-N.', 'M. D Butala', 'G Wang', 'J., Y. Feng', the double-space"
        " lines 10/12 and two-word venues 'CVPR workshops'.",
    )


if __name__ == "__main__":
    main()
