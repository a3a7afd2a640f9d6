"""Wild16 truth for qhliu26/awesome-time-series-analysis README: '* Title, in *Venue* Year. [\\[Paper\\]](url) [\\[Code\\]](url)'.

Shape: a time-series analysis awesome list with HTML headings ('<h2 id=...>', '<h3 id=...>',
'<h4 id=...>Benchmark and Survey</h4>' / 'Related Paper'), one paper per '* ' bullet: the title
as plain text, then ', in *Venue* Year.' and links whose texts are escaped brackets
('[\\[Paper\\]](url)').  Books and theses are written 'Title, *Book* 2019.' /
'Title, *Phd Thesis* 2018.'.

Entries: the two PhD theses of 'Books and PhD Thesis' (lines 46-47; theses are scholarly works,
the four books on lines 42-45 are not), and every '* ' bullet of the paper sections (general,
forecasting, anomaly detection, classification, clustering, segmentation, imputation; lines
65-213) and of 'AI in Finance' (lines 217-219).  Title = the text before ', in *' (before
', *Phd Thesis*' for the theses), as written (the typo 'Forecastersg' on line 106 kept).  Not
entries: the update news, the table of contents, 'Workshops and Tutorials' (workshops and
tutorials, even the VLDB tutorial whose link is a PVLDB pdf), the toolkits (software) and 'More
Awesomeness' (other lists).

Counts checked a second way (awk per heading over '^\\* ' in lines 59-220): general 5 + 19,
forecasting 1 + 20, anomaly detection 8 + 16, classification 1 + 5, clustering 2 + 1,
segmentation 3 + 3, imputation 1 + 3, finance 3 = 91, all with ', in *'; plus 2 theses = 93.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "qhliu26__awesome-time-series-analysis__README@6355cc5.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in (46, 47):  # the two PhD theses
        m = re.match(r"\* (.+?), \*Phd Thesis\* \d{4}\.", lines[i - 1])
        papers.append(entry(lines, i, i, m.group(1)))
    heading = None
    counts: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        h = re.match(r'<h[234] id="([^"]+)"', text)
        if h:
            heading = h.group(1)
            continue
        if not 59 <= i <= 220 or not text.startswith("* "):
            continue
        m = re.match(r"\*\s+(.+?), in \*", text)
        papers.append(entry(lines, i, i, m.group(1)))
        counts[heading] = counts.get(heading, 0) + 1
    assert list(counts.values()) == [5, 19, 1, 20, 8, 16, 1, 5, 2, 1, 3, 3, 1, 3, 3], counts
    assert len(papers) == 93
    write_truth(NAME, PART, papers,
                "every '* Title, in *Venue* Year.' bullet of the paper sections and AI in Finance is an entry, plus the two"
                " PhD theses; title = the text before ', in *' (', *Phd Thesis*'); books, workshops/tutorials, toolkits"
                " and other lists are not entries",
                "per-heading counts (5+19, 1+20, 8+16, 1+5, 2+1, 3+3, 1+3, finance 3 = 91, plus 2 theses = 93), every"
                " title by eye against its line, the books and the workshop/tutorial section left out, the thesis DOI"
                " in an academiccommons URL, ids from casa_token-tailed ACM URLs")


if __name__ == "__main__":
    main()
