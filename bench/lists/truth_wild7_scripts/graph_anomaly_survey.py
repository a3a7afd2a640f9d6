"""Wild7 truth for XiaoxiaoMa-MQ/Awesome-Deep-Graph-Anomaly-Detection README.md: companion list of the
TKDE 2021 survey "A Comprehensive Survey on Graph Anomaly Detection with Deep Learning".

Shape: one Markdown table per taxonomy section (Surveys; Anomalous Node / Edge / Sub-graph /
Graph-Level Detection; Graph-Based Anomaly Detection Methods), columns
'| [Title](url) | _Venue_ | Year | Model | [[Code]](url) |' (the Surveys table has no Model/Code).
Every table row under those six sections is an entry, one line each; title = the link text of the
first cell.  One Surveys row (line 46) lacks its leading pipe, and it still renders as a row of the
table: an entry.  Another (line 44) has no Year cell: still an entry.  Netwalk is listed under both
node and edge detection: two entries.  Not entries: the timeline image link, the section toy-figure
links, the libraries table (pygod, DGFraud), the dataset and tool bullets, the TOC.
Counts checked by hand against the file: Surveys 18, Node 38, Edge 6, Sub-graph 3, Graph-Level 4,
Graph-Based 5 = 74.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "XiaoxiaoMa-MQ__Awesome-Deep-Graph-Anomaly-Detection__README@8d33c7f.md"
PART = "wild7_development"
SECTIONS = {
    "## Surveys": 18,
    "## Anomalous Node Detection": 38,
    "## Anomalous Edge Detection": 6,
    "## Anomalous Sub-graph Detection": 3,
    "## Anomalous Graph-Level Detection": 4,
    "## Graph-Based Anomaly Detection Methods": 5,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    per: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text.strip() if text.strip() in SECTIONS else None
            continue
        if section is None:
            continue
        m = re.match(r"^\s*\|?\s*\[([^\]]+)\]\(", text)
        if not m:
            continue
        papers.append(entry(lines, i, i, m.group(1)))
        per[section] = per.get(section, 0) + 1
    assert per == SECTIONS, per
    assert len(papers) == 74
    write_truth(
        NAME, PART, papers,
        "every table row of the six taxonomy sections (Surveys, node, edge, sub-graph, graph-level,"
        " graph-based) is an entry, title = the first cell's link text; the row missing its leading pipe"
        " is a row too; libraries, datasets, tools, figures are not entries",
        "counted the rows of each table by hand (18/38/6/3/4/5) against the script; read every title"
        " against the file; checked line 46 (no leading pipe) and line 44 (no year), the repeated Netwalk",
    )


if __name__ == "__main__":
    main()
