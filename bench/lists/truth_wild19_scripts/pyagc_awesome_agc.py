"""Wild19 truth for Cloudy1225/PyAGC AWESOME_AGC.md: attributed graph clustering papers in pipe tables.

Shape: 18 sections ('## Survey & Benchmark', the '### ...' method families under '## Research
Papers', the '### ...' domains under '## Application Papers'), each one pipe table
'| Year | Venue | Title | Code |' (year first, title in the third column).  Every body row of those
tables is an entry (one line); title = the link text of the Title cell '[Title](url)'; the Code
cell is '[Code](github)' or an em dash.  Ids come from the title link (arXiv abs, ACM DL, IEEE
Xplore, OpenReview, doi.org, ScienceDirect pii, SIAM epubs ...), the first link of the row.

Not entries: the table of contents; the 'ECO Taxonomy Quick Reference' table (one row per method
nickname - AGC, SSGC, DCRN ... - with venue and the encoder/cluster/coordination columns, no
title and no link: a summary of methods already listed above, not a record of the list); its
bold group rows; the 'Community Resources' table (repositories and reading lists); the two
surveys named in the intro prose; the cite-us BibTeX.

Counts: 209 rows matching '| yyyy |' before the ECO table (grep), per section 8, 12, 62, 25, 15,
27, 7, 5, 6, 16, 3, 4, 7, 3, 2, 2, 3, 2 (awk per heading), each row of the exact four-cell shape
(a grep of the whole row shape leaves none out).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "Cloudy1225__PyAGC__AWESOME_AGC@24d3c78.md"
PART = "wild19_development"

ROW = re.compile(r"\| ((?:19|20)\d\d) \| ([^|]+?) +\| \[([^\]]+)\]\((\S+)\) \| +(?:—|\[Code\]\(\S+\)) +\|")
EXPECTED = {
    "## Survey & Benchmark": 8,
    "### Non-Parametric & Decoupled Methods": 12,
    "### Deep Decoupled Methods": 62,
    "### Deep Joint Methods": 25,
    "### Hybrid Coordination Methods": 15,
    "### Multi-View and Multimodal Graph Clustering": 27,
    "### Attributed Hypergraph Clustering": 7,
    "### Dynamic and Temporal Graph Clustering": 5,
    "### Attribute-Missing Graph Clustering": 6,
    "### Large-Scale and Scalable Methods": 16,
    "### LLM-Enhanced Graph Clustering": 3,
    "### Federated Graph Clustering": 4,
    "### Other Extensions": 7,
    "### Fraud Detection and Anomaly Detection": 3,
    "### Recommendation Systems": 2,
    "### Graph Condensation and Distillation": 2,
    "### Bioinformatics and Medical Science": 3,
    "### Natural Language Processing": 2,
}


def main() -> None:
    lines = read_lines(NAME)
    stop = lines.index("## ECO Taxonomy Quick Reference")
    papers = []
    counts: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines[:stop], 1):
        if text.startswith("#"):
            section = text
            continue
        if not text.startswith("|") or text.startswith(("| Year |", "| ----")):
            continue
        m = ROW.fullmatch(text)
        assert m, (i, text)
        counts[section] = counts.get(section, 0) + 1
        papers.append(entry(lines, i, i, m.group(3)))
    assert counts == EXPECTED, counts
    assert len(papers) == 209
    write_truth(NAME, PART, papers,
                "every body row of the 18 'Year | Venue | Title | Code' tables before the ECO taxonomy table is an"
                " entry, title = the link text of the Title cell; the ECO taxonomy table (method nicknames, no"
                " title or link), the Community Resources table and the cite-us BibTeX are not entries",
                "row count by grep (209 '| yyyy |' rows before the ECO table) and per heading by awk; every row"
                " matches the four-cell shape; titles of ~30 rows over all sections read against the file (colon"
                " titles, the two rows with padded cells, Nature/ScienceDirect/SIAM/IJCAI links)")


if __name__ == "__main__":
    main()
