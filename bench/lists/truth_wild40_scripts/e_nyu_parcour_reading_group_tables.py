"""Wild40 truth for nyu-parcour/nyu-parcour.github.io reading-group.md: the reading-group page of the NYU
parallel-computing / programming-languages group (PARCOUR, Sam Westrick), a Jekyll page listing the papers
read each week.

Shape: front matter (1-5), then three semesters under ``##`` headings, newest first, each a pipe table:
Summer 2026 (9-21) and Spring 2026 (25-42) ``| Date | Leading | Paper(s) |``; Fall 2025 (49-64) ``| Date |
Paper Title |`` (no presenter column, cells padded with many spaces).  A paper cell is a Markdown link
``[Title](url)`` to ACM DL (``dl.acm.org/doi/...``, ``/doi/abs/``, ``/doi/pdf/``) or IEEE Xplore
(``ieeexplore.ieee.org/document/N``, no DOI).  Special cases: two papers in one cell split by ``, `` (52, 58);
``Previous week's papers continued with follow-up: [Title](url)`` (59); a link naming the paper by its
system's name only, ``[Halide](...)`` (13); ``[Managing Parallelism](simons.berkeley.edu...) Workshop`` (57,
a Simons Institute workshop); rows ``Cancelled`` / ``Canceled`` / ``Cancelled -- SPAA 2026`` / ``Cancelled --
Spring Break`` / ``ICFP / SPLASH '25`` / ``Thanksgiving 🦃`` / ``Finals Week`` and ``TBD`` rows with an empty
cell; a title with a typo kept as written (``Multiprocesssors`` 32).

Decisions:
- Each linked paper in a table's last column is one entry on its row's line; the two papers of 52 and of 58
  are two entries each on the same line.  Title = the link text.
- ``[Halide](https://dl.acm.org/doi/10.1145/2491956.2462176)`` (13) names the paper (Halide: A Language and
  Compiler for Optimizing Parallelism, Locality, and Recomputation in Image Processing Pipelines, PLDI 2013)
  by its system's name only: an entry with no title (null), its DOI from the link.
- 59: the follow-up paper is the entry (the 'previous week's papers' are the entries of 58); title = its link
  text.
- Not entries: the Simons workshop (57, an event), the cancelled / conference / holiday / TBD rows.
- Ids: each entry's ids come from its own link (so the second paper of 52 and of 58 keeps its own DOI, not
  the line's first one): DOIs from the ACM links (``/doi/``, ``/doi/abs/``, ``/doi/pdf/`` prefixes dropped by
  the helper); the IEEE Xplore document links (27, 29, 38) give none; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "nyu-parcour__nyu-parcour.github.io__reading-group@01792e1.md"
PART = "wild40_development"

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
ROW = re.compile(r"^\|\s*(?:[A-Z][a-z]{2} \d+|\d\d/\d\d)\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for n, ln in enumerate(lines, 1):
        if not ROW.match(ln):
            continue
        rows += 1
        cell = ln.rstrip().rstrip("|").split("|")[-1]
        for text, url in LINK.findall(cell):
            if "simons.berkeley.edu" in url:
                assert n == 57
                continue
            title = None if text == "Halide" else text
            e = entry(lines, n, n, title)
            # two papers on one line: each takes the ids of its own link, not the line's first id
            e["doi"], e["arxiv"] = doi_of(url), arxiv_of(url)
            papers.append(e)
    assert rows == 11 + 16 + 14, rows
    t = {(p["line"], p["title"]) for p in papers}
    local = "LoCal: a language for programs operating on serialized data"
    assert (52, "A Top-Down Parallel Semisort") in t and (58, local) in t
    d = {p["title"]: p["doi"] for p in papers}
    assert d[local] == "10.1145/3314221.3314631" and d["A Top-Down Parallel Semisort"] == "10.1145/2755573.2755597"
    assert d["High-Performance and Flexible Parallel Algorithms for Semisort and Related Problems"] == (
        "10.1145/3558481.3591071"), d
    assert (59, "Garbage Collection for Mostly Serialized Heaps") in t
    assert [p["doi"] for p in papers if p["line"] == 13] == ["10.1145/2491956.2462176"]
    assert [p["title"] for p in papers if p["line"] == 13] == [None]
    assert sum(1 for p in papers if p["line"] in (52, 58)) == 4
    assert {p["line"] for p in papers if p["doi"] is None} == {27, 29, 38}
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each linked paper in the last column of the three semester tables is one entry on its row's line (two"
        " papers in one cell are two entries); title = the link text, null for '[Halide](...)' (the system's name"
        " only); ids from each paper's own link; the Simons workshop link and the cancelled / conference / holiday"
        " / TBD rows are not entries.",
        "Whole file read (64 lines): the 41 dated rows of the three tables compared with the -v output, including"
        " the two-paper cells (52, 58), the follow-up row (59), the Halide row (13, DOI kept, title null), the"
        " workshop (57, left out), the padded Fall 2025 cells, the IEEE Xplore links without DOI (27, 29, 38), the"
        " /doi/abs/ and /doi/pdf/ ACM links (36, 37, 52, 58), the second papers of 52 and 58 keeping their own DOIs,"
        " and the 'Multiprocesssors' typo (32).",
    )


if __name__ == "__main__":
    main()
