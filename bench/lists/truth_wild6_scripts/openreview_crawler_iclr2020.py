"""Wild6 truth for Xiaoming-Zhao/OpenReview-Crawler ICLR2020/README.md: a conference paper ranking
(ICLR 2020's top-rated submissions by average reviewer score) produced by the repository's crawler.

Shape: a short README (a fenced bash command line, not an entry) and one table
'| Rank | Average Rating | Title | Ratings | Decision |' with rows
'| 7 | 8.00 | [Title](https://openreview.net/forum?id=...) | 8.0, 8.0, 8.0 | spotlight |'.
Every row is an entry (one line); title = the link text of the Title cell (the rank number, rating, the
reviewers' scores and the decision -- talk / spotlight / poster -- are not title).  '&' and quotes inside
titles ('CATER: ... Actions & TEmporal Reasoning', 'On the "steerability" of ...') are kept as written.
No arXiv ids or DOIs (OpenReview forum links only).

Count check: 34 rows (grep '^| [0-9]'), ranks 1..34 in order.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "Xiaoming-Zhao__OpenReview-Crawler__ICLR2020__README@8d9ecd0.md"
PART = "wild6_development"
LINES = read_lines(NAME)
ROW = re.compile(r"\| (\d+) \| \d\.\d\d \| \[(.+)\]\((https://openreview\.net/forum\?id=[\w-]+)\) \| [\d., ]+ \| (talk|spotlight|poster) \|$")


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not re.match(r"\| \d", text):
            continue
        m = ROW.match(text)
        assert m, (i, text)
        assert int(m.group(1)) == len(papers) + 1, (i, text)
        papers.append(entry(LINES, i, i, m.group(2)))
    assert len(papers) == 34
    write_truth(NAME, PART, papers,
                "every '| Rank | Avg | [Title](openreview forum) | Ratings | Decision |' row of the ranking table is an"
                " entry, title = the Title cell's link text",
                "all 34 rows one by one (ranks 1..34 in order, link text titles with '&', '?', quotes), the fenced"
                " command line and headings give no entry; no ids (OpenReview links only)")


if __name__ == "__main__":
    main()
