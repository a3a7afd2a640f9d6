"""Wild6 truth for KimMeen/Awesome-GNN4TS README.md: the companion list of a survey on graph neural
networks for time series (forecasting, classification, anomaly detection, imputation, applications).

Shape: a centred HTML title, badges, links to the survey and four Chinese write-ups, a blockquote
about the survey with its own BibTeX in a fenced block (the list's boilerplate 'cite our survey'),
English and Chinese prose, a News bullet list (dated items, two linking the survey), a table of
contents, then '### <task>' sections under '## Collection of Papers' and '### <domain>' sections
under '## Applications'.  Each paper is one plain bullet
'- Title (Venue, Year) [[paper]](url)': the title is unlinked text, the venue and year follow in
parentheses (once only a year: '(2021)'), and the only link is the '[[paper]]' label.  One bullet
has a space between '[[paper]]' and '(url)' (so the URL is not a link), one has no space before
'[[paper]]'.  A '## Collection of Datasets' table lists datasets with a Source URL.  Dozens of blank
lines close the file.

Entry: every bullet with a '[[paper]]' label (one line each).  Title: the text between '- ' and the
last parenthesised venue/year before '[[paper]]' (a final '.' some titles carry is the separator
and is dropped by the helper; typos and the tab characters inside one title are kept as written,
tabs collapse to spaces).  The same paper under a task and an application section is an entry each
time.  Not entries: News items, TOC links, the survey's own BibTeX and 'Paper Page' links (the
list's boilerplate), the dataset table rows (their subject is a dataset; the Source cell is where
it is got).

Counts: GNN4TSF 60, GNN4TSC 8, GNN4TAD 19, GNN4TSI 14, Healthcare 19, Smart Transportation 35,
On-Demand Services 19, Environment & Sustainable Energy 19, Internet of Things 10, Fraud Detection
19; 222 entries (= lines holding '[[paper]]').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "KimMeen__Awesome-GNN4TS__README@1a470ce.md"
PART = "wild6_development"

EXPECTED = {
    "GNNs for Time Series Forecasting (GNN4TSF)": 60,
    "GNNs for Time Series Classification (GNN4TSC)": 8,
    "GNNs for Time Series Anomaly Detection (GNN4TAD)": 19,
    "GNNs for Time Series Imputation (GNN4TSI)": 14,
    "Healthcare": 19,
    "Smart Transportation": 35,
    "On-Demand Services": 19,
    "Environment & Sustainable Energy": 19,
    "Internet of Things": 10,
    "Fraud Detection": 19,
}

ITEM = re.compile(r"- (.*\S)\s*\(([^()]*)\)\s*\[\[paper\]\]\s*\((\S+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if "[[paper]]" not in text or not text.startswith("- "):
            continue
        m = ITEM.match(text)
        assert m, (i, text)
        venue = m.group(2)
        assert re.search(r"\b(19|20)\d\d\b|, 23$", venue), (i, venue)
        papers.append(entry(lines, i, i, m.group(1)))
        counts[section] = counts.get(section, 0) + 1
    assert counts == EXPECTED, counts
    assert len(papers) == 222 == sum(1 for t in lines if "[[paper]]" in t)
    write_truth(NAME, PART, papers,
                "every '- Title (Venue, Year) [[paper]](url)' bullet under the task and application sections is an"
                " entry (one line); title = the plain text before the last parenthesised venue/year; News items,"
                " TOC, the survey's own BibTeX and links, and the dataset table are not entries",
                "bullets counted per section with awk (222, equal to the lines holding '[[paper]]'), every title"
                " read against its line, the two bullets with odd spacing around '[[paper]]', the year-only and"
                " 'DLG-AAAI, 23' venues and the titles ending in '.' looked at")


if __name__ == "__main__":
    main()
