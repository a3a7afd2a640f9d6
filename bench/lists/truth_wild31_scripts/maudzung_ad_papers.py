"""Wild31 truth for maudzung/Awesome-Autonomous-Driving-Papers README.md: 3D object detection papers
for autonomous driving, in six HTML tables.

Shape: every section (1.1 single-stage, 1.2 two-stage, 2 monocular, 3 fusion, 4 pseudo-LiDAR,
5 training tricks) is one raw ``<table>``; its first ``<tr>`` holds the ``<th>`` header, and every
other ``<tr> ... </tr>`` block (9 lines) is one paper: the first ``<td>`` is
``<a href='paper url'> Title </a>``, then datasets and metrics as ``<ul><li>`` lists inside cells,
objects, a source-code cell (a GitHub link, or ``<a href='...'> --- </a>`` / ``<a href=''>`` when
there is none), publisher and year.  An entry spans its ``<tr>`` to its ``</tr>``; the title is the
first cell's link text.  Special cases: line 46 writes a nickname in curly quotes before the title
(“HorizonLiDAR3D”: ...), kept as written; line 55 adds "(SA-SSD)" after the title, kept as written
(a trailing acronym cannot be told from part of a real title without outside knowledge); lines
333 and 342 are two rows with the same Deep MANTA title and link (the second row has ICRA venue
and another code link) -- two records, so two entries.  Section 6 (object tracking) is empty;
the Datasets list (lines 24-28) and the References line are not papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "maudzung__Awesome-Autonomous-Driving-Papers__README@2103d04.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s == "<tr>":
            start = i
        elif s == "</tr>" and start is not None:
            block = lines[start - 1 : i]
            first = next((b for b in block if b.strip().startswith("<td><a")), None)
            if first is not None:
                m = re.match(r"\s*<td><a href='[^']*'>(.*?)</a></td>", first)
                assert m, first
                papers.append(entry(lines, start, i, m.group(1)))
            start = None
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each HTML table row (<tr>..</tr>) whose first cell links a paper is one entry; the title is "
        "that first cell's link text as written (nickname prefix and trailing acronym kept).",
        "All 37 rows checked by eye against the file (titles, spans, ids), including the repeated Deep "
        "MANTA rows at 333/342 and the header rows that are not entries.",
    )


if __name__ == "__main__":
    main()
