"""Wild58 truth for huayong/dl-vision-papers camera-loc/README.md at b19fbe5 (2019-04-11): a personal reading list
on camera (re)localization, one ``#####`` heading per method with the linked paper title below it, and long Chinese
reading notes in blockquotes under some papers.

Shape: 212 lines.  Contents bullets (1-5), ``------`` rules, a comparison table of median errors on 7-Scenes whose
header links to anchors (``[Active Search](#active-search)``) and whose cells are LaTeX (11-20), a caption line
starting with U+200B (22).  Then four ``####`` sections (Retrieval Based 24, Semantic Based 55, Local Feature Based
108, PoseNet Based 151), each a run of papers:

``##### RelocNet`` (method name) / optional blank line / ``[Title](pdf or arXiv url)&nbsp;[2018 ECCV]&nbsp;[code:
[torch](...)]&nbsp;[[project page](...)]`` / optional ``> 1. ...`` Chinese notes (29-30, 34-36, 41-42, 48-51,
72-78, 86-104, 132-147).

Special cases:
- The heading and the link are separated by a blank line at 44-46, 122-124, 156-158.
- Separators are ``&nbsp;`` or plain spaces (33, 111); venue/year in brackets ``[2017 TPAMI]``.
- 154: the arXiv abstract is linked through an IP mirror (``https://128.84.21.199/abs/1903.07504``); the arXiv id
  is set by hand to 1903.07504 (the helper gives none for that link).
- 187 ``##### *Benchmark*`` is followed by dataset links (``[RelocDB](...) from [RelocNet](#relocnet)``, 189-199) and
  a comparison table of architectures (201-212): datasets and table rows are not papers.
- Notes link other papers only through in-page anchors or sibling folders (``[NNnet](#nnnet)``): not entries.

Decisions:
- Entry = every ``#####`` heading whose next non-blank line starts with a ``[Title](url)`` paper link: 29 entries.
  Span = the heading line to the link line (the notes are left out).  Title = the link text as written
  (``DSAC - Differentiable RANSAC for Camera Localization``, 114); the heading (method nickname) is not the title.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "huayong__dl-vision-papers__camera-loc__README@b19fbe5.md"
PART = "wild58_development"

HEAD = re.compile(r"^##### (.+?)\s*$")
LINK = re.compile(r"^\[(.+?)\]\((\S+?)\)")
NOT_PAPER = {187}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not HEAD.match(ln) or n in NOT_PAPER:
            continue
        last = n + 1
        while not lines[last - 1].strip():
            last += 1
        m = LINK.match(lines[last - 1])
        assert m, (n, last)
        p = entry(lines, n, last, m.group(1).strip())
        if "128.84.21.199/abs/1903.07504" in lines[last - 1]:
            p["arxiv"] = "1903.07504"
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 29, len(papers)
    assert by[26]["title"] == "RelocNet: Continuous Metric Learning Relocalisation using Neural Nets", by[26]
    assert by[26]["end"] == 27, by[26]
    assert by[32]["arxiv"] == "1707.09733", by[32]
    assert by[44]["end"] == 46, by[44]
    assert by[44]["title"] == "Leveraging Deep Visual Descriptors for Hierarchical Efficient Localization", by[44]
    assert by[110]["title"] == "Learning Less is More - 6D Camera Localization via 3D Surface Regression", by[110]
    assert by[116]["title"] == (
        "Efficient & effective prioritized matching for large-scale image-based localization"
    ), by[116]
    assert by[153]["arxiv"] == "1903.07504", by[153]
    assert by[184]["title"] == "PoseNet: A Convolutional Network for Real-Time 6-DOF Camera Relocalization", by[184]
    assert 187 not in by and max(by) == 184
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '##### Method' heading followed (after optional blank lines) by a '[Title](url)' line is one"
        " entry (29), spanning the heading and the link line; the Chinese blockquote notes are not part of it."
        "  Title = the link text; the heading is a method nickname.  The '##### *Benchmark*' block (dataset links"
        " 189-199 and the architecture table 201-212) and the 7-Scenes error table (11-20) are not entries.  The"
        " arXiv id at 154 (linked via the 128.84.21.199 mirror) is set by hand.",
        checked="Read the whole file; compared the -v output with all 29 headings and their link lines (titles,"
        " spans across blank lines at 44-46, 122-124, 156-158), checked that no benchmark dataset or table row is"
        " listed, and the arXiv ids from arxiv.org/abs links plus the hand-set one at 154.",
    )


if __name__ == "__main__":
    main()
