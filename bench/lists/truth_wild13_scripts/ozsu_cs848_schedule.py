"""Wild13 truth for ozsu/cs848-w2024 Schedule.md: a graduate seminar's weekly schedule (Waterloo CS 848,
winter 2024, disaggregated and heterogeneous data platforms) as one Markdown table.

Shape: a six-column table (Week | Date | Topic | Speaker | Readings | Slides), one line per week.
The Readings cell holds several references separated by '<br/>' (some doubled or tripled), each
written '* Authors, [Title](url){:target="_blank"}, _Venue_, pages, year.' (two Shanbhag references
in week 10 lack the '* '), some followed by '(This is the paper to review.)'.  Every reference
shares its row's line, so several entries have the same line; each takes its DOI from its own
reference text (the part of the cell between '<br/>'s), not from the first one of the line.
Title = the link text.

Entries: the papers, the survey, the conference papers (Ghandeharizadeh et al.'s TPCTC paper in
'Performance Evaluation and Benchmarking' included) and the InfiniBand Trade Association's white
paper (a technical report; white papers are kept as in the wild set's scripts).  Not entries: the
ACM SIGARCH blog post ('The time is ripe for disaggregated systems'), Recio's HPCwire trade-press
tutorial ('A Tutorial of the RDMA Model'), the two readings of a textbook chapter (Özsu and
Valduriez, 'Big Data Processing', In _Principles of Distributed Database Systems_, listed twice for
two sections), the week 13 project titles (student projects in a row without a leading pipe), and
the slides links.

Count check: 25 entries = 2 + 1 + 3 + 2 + 2 + 2 + 2 + 5 + 3 + 3 references kept on the rows of weeks
1, 2, 3, 4, 5, 6, 9, 10, 11, 12 (29 bracketed links in Readings cells, counted by eye, less the
4 left out); every entry's link sits in the fifth cell of a row starting '| <week> |'.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "ozsu__cs848-w2024__Schedule@384a9dd.md"
LINES = read_lines(NAME)

#: link texts of the readings that are not scholarly works
NOT_PAPERS = {
    "The time is ripe for disaggregated systems",  # ACM SIGARCH blog post
    "A Tutorial of the RDMA Model",  # HPCwire trade-press article
    "Big Data Processing",  # textbook chapter (twice)
}
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
ROW = re.compile(r"^\|\s*(\d+)\s*\|")
PER_WEEK = {1: 2, 2: 1, 3: 3, 4: 2, 5: 2, 6: 2, 9: 2, 10: 5, 11: 3, 12: 3}


def main() -> None:
    papers = []
    seen: dict[int, int] = {}
    left_out = 0
    for i, text in enumerate(LINES, 1):
        m = ROW.match(text)
        if not m:
            continue
        week = int(m.group(1))
        readings = text.split("|")[5]
        for ref in readings.split("<br/>"):
            lm = LINK.search(ref)
            if not lm:
                continue
            if lm.group(1) in NOT_PAPERS:
                left_out += 1
                continue
            e = entry(LINES, i, i, lm.group(1))
            # several references share the line: each takes the ids of its own reference text
            e["arxiv"], e["doi"] = arxiv_of(ref), doi_of(ref)
            papers.append(e)
            seen[week] = seen.get(week, 0) + 1
    assert seen == PER_WEEK, seen
    assert left_out == 4, left_out
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "each '[Title](url)' reference in the Readings cell of a week row is an entry on that row's line"
        " (several per line), title = the link text; a blog post, a trade-press tutorial and a textbook"
        " chapter (listed twice) are left out, the industry white paper is kept; the week 13 project"
        " titles and slides are not entries",
        "all 29 links of the Readings cells one by one against the file: 25 entries by week (2,1,3,2,2,2,"
        "2,5,3,3), the 4 left out, the two Shanbhag references without '* ', DOIs from doi.org and"
        " dl.acm.org links (abs form included), each from its own reference, no arXiv id",
    )


if __name__ == "__main__":
    main()
