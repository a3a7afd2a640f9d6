"""Wild22 truth for OrderLab/reading-group _semesters/summer24.md: one semester of a systems reading group.

The OrderLab (U. Michigan) systems seminar, Summer 2024.  The page is a Jekyll collection item:
every meeting is a record in the YAML front matter (lines 1-121), which the site's layout renders
as the schedule table; below the front matter is only the group's description (no papers).

Shape: under 'sessions:' one YAML list item per meeting, 4-6 lines each:
'  - date: "MM/DD/2024"', '    presenter: "..."', '    title: "..."', '    authors: "..."',
'    venue: "SOSP \\'23"', '    link: "url"'.  Title = the quoted 'title:' value.  An entry spans
its item from the '- date:' line to its 'link:' line.
Not an entry: the item on lines 32-35 ('Yuzhuo's Project Presentation', link '#', no authors or
venue), a student's project talk, not a paper.  The front-matter keys (layout, semester, time,
coordinator, permalink) and the description are not entries.
Ids: five items link dl.acm.org/doi/10.1145/... (DOIs); no arXiv links.
Count check: 16 '  - date:' items, minus the project talk = 15 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "OrderLab__reading-group___semesters__summer24@e5507fe.md"
PART = "wild22_development"
NOT_PAPERS = {32}  # project presentation


def main() -> None:
    lines = read_lines(NAME)
    end_fm = lines.index("---", 1) + 1  # closing '---' of the front matter (1-based)
    assert end_fm == 121, end_fm
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("  - date:")]
    assert len(starts) == 16, len(starts)
    papers = []
    for k, first in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else end_fm
        item = list(range(first, stop))
        last = max(i for i in item if lines[i - 1].strip())
        assert lines[last - 1].startswith("    link:"), last
        if first in NOT_PAPERS:
            assert "Project Presentation" in lines[first + 1], first
            continue
        titles = [re.match(r'    title: "(.*)"$', lines[i - 1]) for i in item]
        titles = [m.group(1) for m in titles if m]
        assert len(titles) == 1, first
        papers.append(entry(lines, first, last, titles[0]))
    assert len(papers) == 15, len(papers)
    write_truth(NAME, PART, papers,
                "every meeting record of the YAML front matter's 'sessions' list that presents a paper is an entry"
                " (from its '- date:' line to its 'link:' line), title = the quoted 'title:' value; one student"
                " project talk is not an entry",
                "all 16 records read by eye against the -v output (15 papers, 1 project talk); the five ACM DOIs"
                " checked; description below the front matter read (no papers)")


if __name__ == "__main__":
    main()
