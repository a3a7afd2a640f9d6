"""Wild61 truth for rhit-bryantlj/ComputerArchitectureResearchLog Papers.md at feb279b (2026-02-19): a student's
personal computer-architecture reading log (papers read for research/coursework), one numbered item per paper
with notes.

Shape: 61 lines.  Items ``N) <citation>`` (1, 8, 16, 26, 30, 33, 36, 39, 43, 47, 50, 52, 54, 56, 58, 60),
each followed by indented ``    - `` sub-bullets: summary notes, a "bias" remark, and a bare URL; later items
(43-61) follow each other with no blank line.  The numbering skips 16 (``15)`` is followed by ``17)``).

Special cases:
- Citation forms vary: ``Title by Authors, published 2019`` (items 1-3), ``Title, Authors, published 1984`` /
  ``pub June 2014`` (items 4, 5, 7, 13, 15, 17), ``Title, Authors`` with the year in a sub-bullet (``- published 2014``,
  items 6, 8, 9, 11), and a bare title (items 10, 12, 14).
- Item 4 names two papers joined by `` & ``: ``Cache-Conscious Wavefront Scheduling & CACHE-CONSCIOUS THREAD
  SCHEDULING FOR MASSIVELY MULTITHREADED PROCESSORS, Timothy G. Rogers, ...`` with one URL each (27, 28); two
  entries with the same span.  Item 2's title also contains ``&`` (``REGISTER ALLOCATION & SPILLING VIA GRAPH
  COLORING``) but is one paper.
- Item 3 (16) ends ``published `` with no year; item 6 keeps the typo ``comaring``; capitals kept as written.
- Sub-bullet URLs: DOIs only from dl.acm.org/doi links (30-61); line 12 links a GitHub repo inside a note.

Decisions:
- Entry = every numbered item (16 items, 17 papers); span = the item line through its last sub-bullet.
- Title = the text after ``N) `` up to `` by `` or the first ``, `` (the whole text when neither occurs); item 4 is
  split at `` & ``.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "rhit-bryantlj__ComputerArchitectureResearchLog__Papers@feb279b.md"
PART = "wild61_development"

ITEM = re.compile(r"^(\d+)\) (.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [(n, ITEM.match(ln)) for n, ln in enumerate(lines, 1) if ITEM.match(ln)]
    papers = []
    for i, (n, m) in enumerate(starts):
        nxt = starts[i + 1][0] if i + 1 < len(starts) else len(lines) + 1
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        text = m.group(2)
        head = text.split(" by ")[0] if " by " in text else text.split(", ")[0]
        titles = head.split(" & ") if m.group(1) == "4" else [head]
        for t in titles:
            papers.append(entry(lines, n, last, t.strip()))
    by = {}
    for p in papers:
        by.setdefault(p["line"], []).append(p)
    assert len(starts) == 16 and len(papers) == 17, (len(starts), len(papers))
    assert by[1][0]["title"] == "A New Golden Age for Computer Architecture" and by[1][0]["end"] == 6, by[1]
    assert by[8][0]["title"] == "REGISTER ALLOCATION & SPILLING VIA GRAPH COLORING", by[8]
    assert by[16][0]["title"] == "3D-Stacked Memory Architectures for Multi-Core Processors", by[16]
    assert [p["title"] for p in by[26]] == [
        "Cache-Conscious Wavefront Scheduling",
        "CACHE-CONSCIOUS THREAD SCHEDULING FOR MASSIVELY MULTITHREADED PROCESSORS",
    ], by[26]
    assert by[26][0]["end"] == 28, by[26]
    assert by[30][0]["doi"] == "10.1145/12276.13312", by[30]
    assert by[33][0]["title"].startswith("Performance from Architecture: comaring"), by[33]
    assert by[39][0]["title"] == "Dark Silicon and the end of multicore scaling" and by[39][0]["end"] == 42, by[39]
    assert by[47][0]["title"] == "Investigating the Cause and Effect of an AMD Zen Energy Management Anomaly"
    assert by[60][0]["title"] == "The Energy Efficiency of Modern Multicore Systems" and by[60][0]["end"] == 61
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item 'N) <citation>' is one entry spanning the item line and its indented"
        " sub-bullets (16 items); item 4 names two papers joined by ' & ' and gives two entries with the same"
        " span (17).  Title = text after 'N) ' up to ' by ' or the first ', ', or the whole text for bare"
        " titles; typos and capitals kept.",
        checked="Read the whole file (61 lines); compared the -v output with all 16 items: the three citation"
        " forms, the bare titles (47, 52, 56), the two-paper item 4 versus the one-paper '&' title of item 2,"
        " spans without blank lines (43-61), the skipped number 16 and the dl.acm.org DOIs.",
    )


if __name__ == "__main__":
    main()
