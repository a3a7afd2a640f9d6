"""Wild46 truth for SvyJ/daily-papers README.md: a personal daily arXiv digest on industrial defect and anomaly
detection (the cv-arxiv-daily generator), six topic tables of the latest arXiv papers matching each topic's
keywords; newest commit 199e3a2 (2026-08-22, "Updated on 2026.08.22"; docs/index.md is the same blob).

Shape: ``## Daily Papers`` (1) and a six-item topic TOC (2-7), ``## Updated on 2026.08.22`` (10), then six
sections (Defect Detection 12, Defect Segmentation 42, Anomaly Detection 72, 3D Anomaly Detection 102,
Multimodal Anomaly Detection 132, Vector Quantization 162), each a header ``|Date|Title|Authors|PDF|Code|
Comments|``, a delimiter and 25 rows ``|**2026-8-18**|**Title**|First Author et.al|[paper](https://arxiv.org/
abs/ID)|[code](url) or -|<details><summary>detail</summary>arXiv comment</details> or -|``.  The date is the
arXiv submission/update date; the Comments cell folds the arXiv comment (venue, pages) into a ``<details>``
card (51 rows).  Every row links arXiv abs; no row gives a DOI.  Papers recur across topics (e.g. zero-shot
anomaly papers in Defect Detection and Anomaly Detection, or Anomaly Detection and Multimodal).

Decisions:
- An entry is every data row (150): one arXiv paper per row; rows repeating a paper in another topic are
  separate entries (repeated records).  Title = the bold Title cell (no date, authors, code or comment); ids
  from the row (the paper link comes before the Comments cell, which never holds another id).
- Not entries: the TOC, headings, header and delimiter rows, the ``<details>`` comments (part of their row).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "SvyJ__daily-papers__README@199e3a2.md"
PART = "wild46_development"

ROW = re.compile(
    r"^\|\*\*20\d\d-\d\d?-\d\d?\*\*\|\*\*(?P<t>[^|]+?)\*\*\|(?P<au>[^|]+?)\|\[paper\]\(https://arxiv\.org/abs/"
    r"(?P<id>\d{4}\.\d{4,5})\)\|(?:-|\[code\]\([^)\s]+\))\|(?:-|<details><summary>detail</summary>[^|]*</details>)\|$"
)
SECTIONS = {12: "Defect Detection", 42: "Defect Segmentation", 72: "Anomaly Detection", 102: "3D Anomaly Detection",
            132: "Multimodal Anomaly Detection", 162: "Vector Quantization"}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 192 and lines[191] == "", len(lines)
    for n, sec in SECTIONS.items():
        assert lines[n - 1] == f"## {sec}", n
        assert lines[n + 1] == "|Date|Title|Authors|PDF|Code|Comments|" and lines[n + 2].startswith("|:------|"), n
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|") or ln.startswith(("|Date|", "|:------|")):
            continue
        m = ROW.match(ln)
        assert m, (n, ln[:160])
        p = entry(lines, n, n, m.group("t"))
        assert p["arxiv"] == m.group("id") and p["doi"] is None, n
        papers.append(p)
    starts = [p["line"] for p in papers]
    assert starts == [x for s in SECTIONS for x in range(s + 4, s + 29)], starts[:5]
    by = {p["line"]: p for p in papers}
    assert by[16]["title"] == "Continuity-Driven Representation Learning for Industrial Defect Detection"
    assert by[31]["title"].endswith("with Automotive & Battery Manufacturing Extensions")
    assert by[190]["title"] == "RAVQ-HoloNet: Rate-Adaptive Vector-Quantized Hologram Compression"
    ids = [p["arxiv"] for p in papers]
    assert len(set(ids)) < len(ids)
    assert len(papers) == 150, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the digest's six topic tables is an entry (150; papers repeated across topics kept),"
        " title = the bold Title cell, arXiv id from the row's [paper] abs link; the topic TOC, headings, header"
        " and delimiter rows are not entries, the <details> comment cells belong to their rows.",
        "Whole 191-line file read; every '|' line classified as header, delimiter or a row matched by the row"
        " pattern (date, bold title, 'et.al' author, arXiv abs link, code link or '-', <details> comment or '-');"
        " 25 rows per section in line order; -v output compared with the first and last row of each section"
        " (16/40, 46/70, 76/100, 106/130, 136/160, 166/190), rows with <details> comments and code links (16,"
        " 19, 20, ...), 31 ('&' in the title), ~20 rows in between, and the arXiv ids repeated across topics.",
    )


if __name__ == "__main__":
    main()
