"""Wild35 truth for sadimanna/awesome-topics docs/_topics/federated-unlearning.md: a generated Jekyll topic page
listing federated-unlearning papers by venue and year.

Shape: YAML front matter (1-5), a nested ``<details>`` table of contents of venue/year anchors (9-159,
not entries), then per venue a ``## Venue <a id>`` heading, a ``<details>`` block and per year an
``<h3>`` and an HTML ``<table class="paper-table">`` whose ``<thead>`` names the columns.  Each body row
``<tr>`` .. ``</tr>`` spans six lines: ``<td>Title.</td>``, ``<td>Venue</td>``, ``<td>Year</td>``,
``<td><a href=URL>Link</a></td>``; every body row is one entry (33), spanning ``<tr>`` to ``</tr>``, the
title being the first cell (its final period is the list's separator).  Special cases: the arXiv section
(from line 940 on) repeats two papers already listed under IJCAI 2024 and IEEE Trans. Big Data (separate
entries) and writes its titles without the final period and its links as versioned arXiv URLs; links are
DOIs, proceedings pages or a VLDB PDF.  33 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "sadimanna__awesome-topics__docs___topics__federated-unlearning@c870470.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln != "<tr>":
            continue
        j = i
        while lines[j - 1] != "</tr>":
            j += 1
        first = lines[i]  # line i+1: the title cell
        m = re.match(r"^<td>(.*)</td>$", first)
        if not m:  # header rows are <thead><tr> on one line, so every bare <tr> is a body row
            raise SystemExit(f"unexpected row at {i}")
        papers.append(entry(lines, i, j, m.group(1)))
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "Each HTML table body row <tr>..</tr> is an entry; title = first cell; the table of contents, headings and header rows are not entries.",
                "All 33 rows checked by eye against the file, including the two repeats in the arXiv section and the DOI/arXiv links.")


if __name__ == "__main__":
    main()
