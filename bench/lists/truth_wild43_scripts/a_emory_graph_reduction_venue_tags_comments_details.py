"""Wild43 truth for Emory-Melody/awesome-graph-reduction README.md: a lab's survey-companion list of papers on graph
reduction (graph condensation / dataset distillation, coarsening, sparsification, summarization); newest commit
(f7fad5d, 2026-02-25).

Shape: badges (3), intro lines (5-9); line 11 is three ``![image]`` icons followed by
``[[A Comprehensive Survey on Graph Reduction ...]](arxiv)`` -- the list's own survey; an ``<img>`` (13); "cite our
survey" (15) and its BibTeX in a bare ```` ``` ```` fence (17-24); a legend line ``(APP): Application Paper ...`` (26).
Then ``## Graph Condensation / Graph Dataset Distillation`` (28), ``## Graph Coarsening / Clustering / Summary`` (91)
with ``### GNN-involved`` (93) and a ``<details><summary>non-GNN-involved</summary>`` block (129-151), ``## Graph
Sparsification / Sampling / Selection`` (158) likewise (``### GNN-involved`` 160, ``<details>`` 186-210), ``## Surveys &
Benchmarks`` (212) with plain-text sub-heads 214 and 233, ``## Toolkits`` (238-244).  Records are ``-`` bullets
``- [Venue year] Title. [[pdf]](url) [[code]](url)``, optionally with a tag after the venue, ``(App)`` / ``(APP)`` /
``(Privacy)`` (191); five start with an ``![image](...)`` icon (34, 83, 84, 215, 218) and three of those wrap the
record in ``**...**`` (34, 215, 218; 34's link is malformed ``[[pdf](url) [[code]](url)**``).  The title's final
``.`` is sometimes missing (30-35, 64, 165, 199, 226).  Four titles are broken across two lines (39-40, 120-121,
124-125, 169-170).  Five HTML comments hold commented-out records (86-89 an old "Applications" block, 152-153,
155-156, 162-163, 208-209).  Some papers are listed twice (RobGC 36/55, Attend Who is Weak 49/71, Graph
Sparsification via Mixture of Graphs 165/171, Random sampling in cut, flow ... 204/207, A General Framework for
Graph Sparsification 190/198, GC4NC 215/217).  219 is ``- [NeurIPS 2024] GC-Bench: [[pdf]](openreview) [[code]]``
-- only the benchmark's name.  Toolkits: GraphSlim, Mongoose (with a pdf link), PyGSP, Graph-tool, Networkit.

Decisions:
- Every bullet of the four paper sections that is not inside an HTML comment is an entry (the ``<details>`` blocks
  render, collapsed, and count); its lines run from the bullet to the line holding its ``[[pdf`` link (two lines for
  the four broken titles).  Title = the text after the image icon, ``**``, the ``[Venue year]`` tag and a
  ``(App)``/``(APP)``/``(Privacy)`` tag, up to `` [[pdf``; a final ``.`` dropped; line breaks collapsed.
- 219 names only ``GC-Bench:`` (a nickname), so its title is null.
- 218 (the list's own survey, as a record in the Surveys section) is an entry; line 11 (the same survey in the intro
  under icons) and the BibTeX 17-24 are the list's own boilerplate, not entries.
- 235 (Dataset Distillation: A Comprehensive Review, with a ``[[github]]`` link to another awesome list) is a paper
  record and an entry.
- Not entries: commented-out records (not rendered), the Toolkits bullets 240-244 (tools; Mongoose's pdf is a tool
  manual), badges, legend, plain-text sub-heads 214/233.
- Ids from the entry's lines: arXiv abs/pdf/html links (versions, ``?``, ``#page=`` tails dropped, old-style
  ``q-bio/0405011`` 148), DOIs from ACM ``/doi/``, ``/doi/abs/``, ``/doi/pdf/``, Springer and SIAM URLs; none for
  IEEE Xplore, OpenReview, ScienceDirect ``pii``, nature.com, MDPI, AAAI OJS, proceedings and author pdfs.
"""
import re
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "Emory-Melody__awesome-graph-reduction__README@f7fad5d.md"
PART = "wild43_development"

ICON = r"(?:!\[image\]\([^)]+\))?"
RECORD = re.compile(
    r"^- " + ICON + r"(?:\*\*)?\[(?P<venue>[^\]]+)\] (?:\((?:App|APP|Privacy)\) )?(?P<t>.+?) ?\[\[pdf\]?\]\(",
    re.DOTALL,
)
FIRST_SECTION = 28
TOOLKITS = 238


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    multi = []
    commented = []
    in_comment = False
    n = 0
    while n < len(lines):
        ln = lines[n]
        n += 1
        if "<!--" in ln:
            in_comment = "-->" not in ln
            commented.append(n)
            continue
        if in_comment:
            commented.append(n)
            if "-->" in ln:
                in_comment = False
            continue
        if n < FIRST_SECTION or n >= TOOLKITS or not ln.startswith("- "):
            continue
        first = last = n
        while "[[pdf" not in lines[last - 1]:
            last += 1
        if last > first:
            multi.append((first, last))
        m = RECORD.match("\n".join(lines[first - 1 : last]))
        assert m, (first, ln)
        title = m.group("t").rstrip(".")
        if title == "GC-Bench:":
            assert first == 219
            title = None
        papers.append(entry(lines, first, last, title))
        n = last
    assert multi == [(39, 40), (120, 121), (124, 125), (169, 170)], multi
    assert commented == [86, 87, 88, 89, 152, 153, 155, 156, 162, 163, 208, 209], commented
    sections = [28, 91, 129, 158, 186, 212, TOOLKITS]
    counts = [sum(1 for p in papers if a <= p["line"] < b) for a, b in pairwise(sections)]
    assert counts == [54, 33, 19, 19, 19, 19], counts
    assert len(papers) == 163, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [Venue year] (App) Title. [[pdf]](url)' bullet of the four paper sections outside HTML comments is"
        " an entry (inside <details> too; four titles span two lines), title = the text after icon, '**', venue and"
        " (App)/(Privacy) tags up to '[[pdf', final '.' dropped, 219 'GC-Bench:' null; commented-out records, the"
        " Toolkits bullets, the intro survey link 11 and the own BibTeX 17-24 are not entries.",
        "Whole 244-line file read; counted per block (54 condensation, 33 coarsening GNN, 19 coarsening <details>, 19"
        " sparsification GNN, 19 sparsification <details>, 19 surveys) and compared -v output with the bullets at"
        " first/last of each block (30/84, 94/128, 132/150, 165/184, 189/207, 215/236), the icon/bold records 34, 83,"
        " 84, 215, 218 (34's malformed '[[pdf](' link), the two-line titles 39-40, 120-121, 124-125, 169-170, tags"
        " (App)/(APP)/(Privacy) removed (42, 46, 72, 113, 191), titles without a final dot (30-35, 64, 199, 226),"
        " 105's '～ 1%', 219 null, 218 own survey kept and 235 kept; repeats 36/55, 49/71, 165/171, 190/198, 204/207,"
        " 215/217 kept; 12 commented lines and Toolkits 240-244 left out; ids: arXiv pdf/abs/html (42 v1, 56 v1, 62 v1,"
        " 166/167 #page, 215 '?', old-style q-bio/0405011 148), DOIs from ACM (30, 31, 41, 52, 81, 83, 113, 140, 174,"
        " 198, 202, 204-207, 229), Springer 38/225 and SIAM 199; none for IEEE Xplore, OpenReview, ScienceDirect,"
        " nature.com, MDPI, AAAI OJS.",
    )


if __name__ == "__main__":
    main()
