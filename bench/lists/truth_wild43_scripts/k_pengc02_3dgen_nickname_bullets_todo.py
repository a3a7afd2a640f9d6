"""Wild43 truth for pengc02/my-paper-list README.md: a student's personal list of papers read on 3D generation,
avatars and 3D representations, notes partly in Chinese; newest commit (aef3f8b, 2023-11-23).

Shape (135 lines): ``##``/``###`` sections 1. Network Structure, 2. Avatar / 2.1. Face, 3. 3D Generation, 3D大模型
(3D large models), 4. 3D-Representation, then ``## To be done``.  Records take three forms:
- a top-level bullet ``* X`` (or, under ``* StyleGan系列：`` at 3, numbered items ``1. Title``) followed by
  tab-indented sub-bullets: a project/code link, ``Description：...``, venue (``ECCV-12``, ``CVPR 2018``), Chinese
  notes, or empty ``* `` lines.  X is either the paper's title (4, 6, 11, 14, 41, 59, 62, 65, 68, 78, 87, 92) or
  only its nickname (20 DreamFusion, 24 ProlificDreamer, 29 Magic3d, 34 Magic123, 38 DreamCraft3D, 48 zero-123,
  52 zero-123++, 55 One-2-3-45, 83 GeoNet); for most nicknames the sub-bullet link text gives the full title with
  the site appended the way a browser copies a page title, ``[DreamFusion: Text-to-3D using 2D Diffusion
  (dreamfusion3d.github.io)](...)``; GeoNet's link is its GitHub repository, ``[xjqi/GeoNet: GeoNet: Geometric
  Neural Network ... (github.com)]``, whose description is the paper title.
- in ``## To be done`` (98-134), blank-line-separated paragraphs: a title line with a bare project URL on the next
  line (100-101, 106-117), a title alone (120), a nickname line over a link line (122-123 DMTet, 125-126 EG3D), a
  link line alone (128 One-2-3-45++), or a link line over a nickname line (130-131 instant-ngp).  104
  ``adobe灌了四篇：`` ("Adobe published four") introduces the next four, which repeat 59-69.
- 3 ``* StyleGan系列：`` (StyleGAN series) heads the numbered items; 134 links the awesome-3D-generation
  repository (a curated list).

Decisions:
- Every paper record is an entry spanning its top line and its sub-bullets (or its paragraph); the series head 3,
  the Adobe note 104 and the awesome-list link 134 are not entries.  The code-repository sub-links of the StyleGAN
  items (5, 7) belong to their entries.  Papers repeated in To be done (LRM, Instant3D, DMV3D, PF-LRM) are
  separate entries.
- Title = the top line when it gives the title; for a nickname-only top line, the first link text in the record
  that gives a title (it contains a colon or is longer than the nickname), with the `` (site)`` suffix and a
  GitHub ``owner/repo: `` prefix dropped; when the record gives only nicknames (zero-123, zero-123++, One-2-3-45,
  One-2-3-45++) the title is null.  130's link text (the title) is used over the nickname line 131.
- No ids: the links are project pages, code repositories and lab pages.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "pengc02__my-paper-list__README@aef3f8b.md"
PART = "wild43_development"

LINK = re.compile(r"\[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)")
SITE = re.compile(r"\s*\([a-z0-9.-]+\.[a-z]+\)$")  # the '(dreamfusion3d.github.io)' a copied page title ends with
REPO = re.compile(r"^[\w.-]+/[\w.-]+: ")  # GitHub's 'owner/repo: description' page title
NOT_PAPERS = {3: "* StyleGan系列：", 104: "adobe灌了四篇：", 134: "[justimyhxu/awesome-3D-generation"}
NICKNAMES = {"zero-123", "zero-123++", "One-2-3-45", "One-2-3-45++", "DreamFusion", "ProlificDreamer", "Magic3d",
             "Magic123", "DreamCraft3D", "GeoNet", "DMTet", "EG3D"}


def blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) of each record: a top-level line with its tab-indented lines, or a To-be-done paragraph."""
    todo = lines.index("## To be done") + 1
    out = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not ln.strip() or ln.startswith("#"):
            n += 1
            continue
        assert not ln.startswith("\t"), n
        end = n
        while end < len(lines) and (lines[end].startswith("\t") or (n > todo and lines[end].strip())):
            end += 1
        out.append((n, end))
        n = end + 1
    return out


def clean_link(text: str) -> str:
    return REPO.sub("", SITE.sub("", text))


def title_of(lines: list[str], first: int, last: int) -> str | None:
    top = re.sub(r"^(?:\* |\d+\. )", "", lines[first - 1]).strip()
    m = LINK.fullmatch(top)
    if m:
        top = clean_link(m.group("t"))
    if top not in NICKNAMES:
        return top
    for ln in lines[first - 1:last]:
        for m in LINK.finditer(ln):
            t = clean_link(m.group("t"))
            if ":" in t or (len(t) > len(top) + 10 and t not in NICKNAMES):
                return t
    return None


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in blocks(lines):
        if first in NOT_PAPERS:
            assert lines[first - 1].startswith(NOT_PAPERS[first]), first
            continue
        papers.append(entry(lines, first, last, title_of(lines, first, last)))
    nulls = [p["line"] for p in papers if p["title"] is None]
    assert nulls == [48, 52, 55, 128], nulls
    assert len(papers) == 2 + 2 + 6 + 7 + 4 + 10, len(papers)
    assert len(papers) == 31
    write_truth(
        NAME,
        PART,
        papers,
        "Every paper record is an entry (a top-level bullet or numbered item with its tab-indented sub-bullets, or a"
        " To-be-done paragraph); title = the top line when it is a title, else the first link text that gives the"
        " title (' (site)' suffix and GitHub 'owner/repo: ' prefix dropped), null when only nicknames are given; the"
        " StyleGan series head, the 'adobe' note and the awesome-list link are not entries; repeats kept.",
        "Whole 135-line file read with tabs shown; all 31 -v lines compared with the records: spans of every bullet"
        " with its sub-bullets (4-5, 6-7, 11-12, 14-15, 20-22, 24-26, 29-31, 34-35, 38-39, 41-42, 48-50, 52, 55-57,"
        " 59-60 ... 68-69, 78-81, 83-85, 87-90, 92-95) and To-be-done paragraphs (100-101, 106-107 ... 116-117, 120,"
        " 122-123, 125-126, 128, 130-131); titles from sub-links for DreamFusion/ProlificDreamer/Magic3D/Magic123/"
        "DreamCraft3D/GeoNet/DMTet/EG3D with '(site)' and 'xjqi/GeoNet: ' removed; nulls for zero-123, zero-123++,"
        " One-2-3-45, One-2-3-45++; 3, 104, 134 left out; no ids.",
    )


if __name__ == "__main__":
    main()
