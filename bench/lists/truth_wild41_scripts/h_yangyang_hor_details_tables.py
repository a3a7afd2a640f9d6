"""Wild41 truth for yangyang9912/Awesome-Human-Object-Relationship README.md: a survey companion page on
human-object relationship understanding (gaze target recognition, gaze object prediction, HOI detection) whose
paper list is kept in pipe tables folded into ``<details>`` cards, followed by benchmark tables that cite each
dataset's paper; newest commit (2026-04-09, an image upload; the README was last changed 2026-04-08).

Shape: an HTML ``<div>`` header with badges and anchor links (1-30), prose and an "At a Glance" table
(64-68, not papers), then ``## 🗂 Taxonomy`` (131).  Under ``### A.``-``### D.`` (HGT/GOP) and ``### A.``-``### B.``
(HOI) headings, each category is a ``<details>`` card whose ``<summary>`` gives a name and a paper count
(``(62 papers)``; two counts are off: 62 for 64 rows at 351, 30 for 31 at 499), then a table ``| Paper | Venue | Year |`` (HGT/GOP, 141-324) or ``| Paper | Venue | Year |
Code |`` (HOI, 353-575).  The Paper cell is usually ``[Title](url)`` (arXiv abs/pdf, doi.org -- including
10.48550/arXiv DOIs 250 and 288 and an SSRN DOI 276 --, IEEE Xplore, CVF open access, ACM DL ``/doi/abs/``
318, ScienceDirect ``pii`` with ``?via%3Dihub#fig1`` 445, OpenReview, ...), but 36 HOI rows have a plain-text
title without a link (372, 375, 379, ..., 531; e.g. ``PD-Net: ...`` 372).  The Code cell is ``[Code](github
url)`` or ``—``.  One GOP card, "Datasets and Benchmarks" (258-266, two rows 263-264), is commented out with
``<!-- ... -->``.  Rows 460 and 461 list the same paper (``Exploiting CLIP for Zero-shot HOI Detection ...``) once
as WACV and once as arXiv.  Performance sections are images only.  ``## 📚 Benchmarks`` (616) then has four
tables ``| Dataset | Paper | Venue | Year | Dataset Link | Highlights |`` (622-635, 641-645, 651-665, 671-674):
a bold dataset name, the paper as ``[shortened title](url)`` (``GFIE: A Dataset and Baseline for
Gaze-Following`` 629, ``HAKE: A Knowledge Engine Foundation`` 663), venue, year, a ``[Dataset](url)`` link or
``—`` and a highlight.  Two dataset pairs cite one paper (UCO-LAEO/AVA-LAEO 633-634, GOO-Synth/GOO-Real
643-644).  The tail (Research Trend, Roadmap, Reading Path, Contributing) has no papers; a commented-out
citation block (747-760) holds the survey's own BibTeX.

Decisions:
- An entry is every row of a taxonomy table (Paper cell = title, link text or plain text) and every row of a
  Benchmarks table (a dataset record citing its paper; title = the Paper cell's link text as the file
  shortens it).  Ids come from the row's line.  Repeated records (460/461, 633/634, 643/644, and papers that
  also appear in the taxonomy) are separate entries.
- Not entries: the two rows inside the HTML comment (258-266; not rendered), the At a Glance table, the
  ``<summary>`` lines, header and delimiter rows, performance images, the commented-out survey BibTeX.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "yangyang9912__Awesome-Human-Object-Relationship__README@ac1c356.md"
PART = "wild41_development"

TAXO_HEADERS = ("| Paper | Venue | Year |", "| Paper | Venue | Year | Code |")
BENCH_HEADER = "| Dataset | Paper | Venue | Year | Dataset Link | Highlights |"
LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\)$")
SUMMARY = re.compile(r"^<summary><strong>[^<]+</strong> \((\d+) papers\)</summary>$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_comment = False
    kind = None  # "taxo" / "bench" while inside a table
    counts = []  # (summary count, rows found) per details card
    unlinked = []
    for n, ln in enumerate(lines, 1):
        if "<!--" in ln:
            in_comment = True
        m = SUMMARY.match(ln)
        if m and not in_comment:
            counts.append([int(m.group(1)), 0, n])
        if not in_comment:
            if ln in TAXO_HEADERS:
                kind = "taxo"
                continue
            if ln == BENCH_HEADER:
                kind = "bench"
                continue
        if "-->" in ln:
            in_comment = False
        if kind is None:
            continue
        if not ln.startswith("|"):
            kind = None
            continue
        if ln.startswith("|---"):
            continue
        cells = [c.strip() for c in ln.split(" | ")]
        cells[0] = cells[0].removeprefix("| ")
        cell = cells[0] if kind == "taxo" else cells[1]
        if kind == "bench":
            assert cells[0].startswith("**") and cells[0].endswith("**"), n
        assert len(cells) == (3 if ln.count(" | ") == 2 else 4 if kind == "taxo" else 6), (n, cells)
        lm = LINK.match(cell)
        if lm:
            title = lm.group("t")
        else:
            assert kind == "taxo" and "[" not in cell and "](" not in cell, (n, cell)
            title = cell
        if kind == "taxo":
            counts[-1][1] += 1
        if not lm:
            unlinked.append(n)
        assert title in ln, n
        papers.append(entry(lines, n, n, title))
    off = [(at, want, got) for want, got, at in counts if want != got]
    assert off == [(351, 62, 64), (499, 30, 31)], off
    assert len(unlinked) == 36 and unlinked[0] == 372 and unlinked[-1] == 531, unlinked
    bench = [p for p in papers if p["line"] >= 616]
    assert len(bench) == 12 + 3 + 13 + 2, len(bench)
    assert not any(263 <= p["line"] <= 264 for p in papers)
    assert len(papers) == 266, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every row of the taxonomy tables inside the <details> cards (title = the Paper cell's link text, or its"
        " plain text when unlinked) and every row of the four Benchmarks tables (a dataset record citing its"
        " paper; title = the shortened link text of the Paper cell) is an entry, ids from the row; repeated"
        " papers are separate entries; the two rows commented out with <!-- --> (263-264), the At a Glance table,"
        " summaries and the commented-out survey BibTeX are not entries.",
        "Whole 772-line file read; every details card's rows counted against its summary count (two off by"
        " design of the file: 351 says 62 for 64 rows, 499 says 30 for 31); all 266 -v lines compared with the"
        " rows: the 36 unlinked HOI titles (372-531), arXiv ids from abs/pdf links incl. v1 suffixes (392, 401)"
        " and 10.48550 DOIs (250, 288), DOIs from doi.org (144, 147, 171, 276 SSRN ...), ACM DL /doi/abs/ (318)"
        " and Springer (626, 660, 673), none for ScienceDirect pii (386, 407, 445), IEEE Xplore, CVF, ECVA;"
        " duplicate rows 460/461, 360/391/403 and benchmark pairs 633/634, 643/644 kept; commented-out rows"
        " 263-264 and BibTeX 747-760 checked to be no entries; the first and last row of every table.",
    )


if __name__ == "__main__":
    main()
