"""Wild57 truth for ufal/npfl117 1819-winter/README.md: the page of the Deep Learning Seminar (NPFL117,
Charles University, UFAL), winter semester 2018/19 -- a student reading group where each session one student
presents one or more papers (newest commit touching the file, 4dfe68f).

Shape: 209 lines.  "## Tab: Home" prose (1-40), "## Tab: Program" with a ``<div class="program"><style>``
block (47-50) and a pipe table without closing pipes ``| Date | Who | Paper(s)`` (53-69): each row is one
session, its third cell holds one or more papers joined by ``<br>``, each written
``Authors: **[Title](url)**``.  Holiday rows are italic (``|*30 Oct 2018*|*No seminar*|``, 59-60, 67-68).
Then "## Tab: Possible Papers" (74-182): two bare-URL bullets (79-80) and ``####`` topic headings each
followed by bullets ``- Authors: **[Title](url)**``; three bullets are struck through
(``- ~~Authors: **[Title](url)**~~``, 84, 85, 166: papers already presented).  "Related Courses" and
"Archive" (184-209) link courses, not papers.

Special cases:
- One table line names up to ten papers (56: ten, 57: three, 58: seven, 65: four): one entry per paper, all
  with the same line span.
- No space between the colon and the bold link at 58 (``Lowe:**[Unsupervised ...``) and 65
  (``Learned-Miller:**[Multi-view ...``); two spaces at 65 (``Weston:  **[Generative ...``).
- 56: the link text ends with a space (``... bidirectional language models ]``): dropped.
- 63: authors in capitals (``Thomas SCHLEGL, Philipp SEEBÖCK, ...``) -- title unaffected.
- Struck-through possible papers (84, 85, 166) are still listed papers: entries; they repeat program papers
  (Deep Biaffine Attention 61, SLING 61, Adversarial Examples for Evaluating ... 66).  Other repeats (MarrNet
  69/118, Wasserstein GAN 57/162) also count once per listing.
- Links go to arxiv.org (abs or pdf, some with a version, e.g. 57 ``1807.00751v3``), aclweb.org, lrec-conf.org,
  openreview.net, research.google.com: no DOIs.
- The bare links ``https://deeplearn.org`` / ``http://arxiv-sanity.com`` (79-80) are not papers.

Decisions:
- Entry = every ``**[Title](url)**`` in a program-table cell (split on ``<br>``) and every possible-papers
  bullet holding one: 35 + 44 = 79 entries.
- Title = the bold link text, trimmed.
- Because the helper takes ids from the whole line, arxiv/doi of each entry are recomputed from that paper's
  own ``<br>`` segment (same helper functions), so that later papers on a shared line do not inherit the
  first paper's id.
"""
import re

from _wild57 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "ufal__npfl117__1819-winter__README@4dfe68f.md"
PART = "wild57_development"

ROW = re.compile(r"^\| \d\d \w{3} \d{4} \|")
BULLET = re.compile(r"^- (~~)?.*\*\*\[")
LINK = re.compile(r"\*\*\[([^\]]+)\]\(([^)]*)\)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if ROW.match(ln):
            cell = ln.split("|", 3)[3]
            for seg in cell.split("<br>"):
                m = LINK.search(seg)
                if not m:
                    continue
                p = entry(lines, n, n, m.group(1).strip())
                p["arxiv"] = arxiv_of(seg)
                p["doi"] = doi_of(seg)
                papers.append(p)
        elif BULLET.match(ln):
            m = LINK.search(ln)
            assert m, ln
            papers.append(entry(lines, n, n, m.group(1).strip()))
    by_line: dict[int, list] = {}
    for p in papers:
        by_line.setdefault(p["line"], []).append(p)
    assert len(papers) == 79, len(papers)
    assert sum(1 for p in papers if p["line"] < 70) == 35
    assert [len(by_line[k]) for k in (56, 57, 58, 65)] == [10, 3, 7, 4]
    assert by_line[56][0]["title"] == "Advances in Pre-Training Distributed Word Representations"
    assert by_line[56][0]["arxiv"] == "1712.09405", by_line[56][0]
    assert by_line[56][2]["title"] == "Semi-supervised sequence tagging with bidirectional language models"
    assert by_line[56][4]["arxiv"] is None, by_line[56][4]  # aclweb C18-1139
    assert by_line[56][9]["arxiv"] == "1805.06297", by_line[56][9]
    assert by_line[57][2]["arxiv"] == "1807.00751", by_line[57][2]
    assert by_line[58][2]["title"] == "Unsupervised Learning of Depth and Ego-Motion from Video"
    assert by_line[65][1]["title"] == "Multi-view Convolutional Neural Networks for 3D Shape Recognition"
    assert by_line[63][0]["title"].startswith("Unsupervised Anomaly Detection with Generative"), by_line[63]
    assert by_line[84][0]["title"] == "Deep Biaffine Attention for Neural Dependency Parsing"
    assert by_line[166][0]["arxiv"] == "1707.07328"
    assert by_line[155][0]["title"] == "Google Vizier: A Service for Black-Box Optimization"
    assert by_line[181][0]["arxiv"] == "1712.01815"
    assert 79 not in by_line and 80 not in by_line
    write_truth(
        NAME,
        PART,
        papers,
        method="Program table (53-69): each session row's Paper(s) cell is split on <br>; every"
        " 'Authors: **[Title](url)**' segment is one entry on that row's line (up to ten per line).  Possible"
        " Papers (82-181): every bullet '- Authors: **[Title](url)**' is one entry, struck-through bullets"
        " (~~...~~, already presented) included.  Title = the bold link text, trimmed.  Holiday rows, the two"
        " bare-URL bullets, course links and prose are not entries; repeats count once per listing.  arXiv/DOI"
        " of table entries are taken from each paper's own <br> segment.",
        checked="Counted the bold links per table row (10/3/7/4/1...) and the 44 possible-paper bullets; read"
        " the -v output against every table row and every bullet, including the no-space colon cases (58, 65),"
        " the trailing-space title (56), capitalised authors (63), the three struck-through bullets, and the"
        " per-segment arXiv ids on the multi-paper lines (incl. the aclweb/lrec segments without an id).",
    )


if __name__ == "__main__":
    main()
