"""Wild13 truth for palvaro/CMPS232-Spring18 readings.md: the reading schedule of a graduate distributed-
systems course (UC Santa Cruz CMPS 232, spring 2018), one Markdown table whose cells hold raw HTML.

Shape: a four-column table (Date | Subject | Reading | Presented by), one line per class.  The Reading
cell holds one to three '<a href="url">Title</a>' anchors separated by ', <br>', ',<br>' or '; ' (a
leading space inside one link text); empty anchors ('<a href=""></a>', '<a href="">None</a>') fill
rows without a reading.  The 'Presented by' cell names students and often repeats a reading's title
in quotes or parentheses ('Isaak Cherdak, Justin Lee "Time, Clocks, ..."', 'Aaron Chu: Bayou').

Entries: every non-empty anchor of a Reading cell (several per line; each takes its ids from its own
anchor).  Title = the anchor text, with two exceptions: the parenthetical citation the file appends
to 'A view of cloud computing (Armbrust, CACM 53(4), 2010)' is dropped, and anchors that name a paper
only by its system's name or a topic ('Sinfonia', 'MapReduce', 'State machine replication' for
Schneider's state-machine tutorial) give title null.  The Bitcoin paper is kept (a scholarly work),
as are the technical reports.  The last row ('6/7 wrapup') has an empty Reading anchor but its
Presented-by cell names a paper a student presented, in quotes ('"The Declarative Imperative:
Experiences and Conjectures in Distributed Logic"'): kept as an entry, since no Reading cell lists it.
Titles repeated in the other Presented-by cells are the same readings again, not entries.  A
CiteSeerX 'doi=10.1.1.41.7628' query parameter is a CiteSeerX document id, not a DOI: doi null.

Count check: 32 '<a href' in the file (grep -o) = 1 header anchor + 3 empty/'None' anchors + 28
readings; per row 2,2,2,2,1,3,2,2,2,2,2,2,1,1,2 (counted by eye); 28 + 1 presented paper = 29.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "palvaro__CMPS232-Spring18__readings@7811580.md"
LINES = read_lines(NAME)

ANCHOR = re.compile(r'<a href="([^"]*)"\s*>([^<]*)</a>')
NICKNAMES = {"Sinfonia", "MapReduce", "State machine replication"}
PER_ROW = [2, 2, 2, 2, 1, 3, 2, 2, 2, 2, 2, 2, 1, 1, 2]


def main() -> None:
    papers = []
    per_row = []
    for n, text in enumerate(LINES, 1):
        if n <= 2 or not text.startswith("|"):
            continue
        cells = text.split("|")
        reading = cells[3]
        found = 0
        for m in ANCHOR.finditer(reading):
            url, title = m.group(1), m.group(2).strip()
            if not url or title in ("", "None"):
                continue
            found += 1
            if title in NICKNAMES:
                title = None
            elif title.startswith("A view of cloud computing ("):
                title = "A view of cloud computing"
            e = entry(LINES, n, n, title)
            e["arxiv"], e["doi"] = arxiv_of(url), doi_of(url)
            if "citeseerx" in url:
                e["doi"] = None
            papers.append(e)
        if found:
            per_row.append(found)
        if "The Declarative Imperative" in text:
            papers.append(entry(LINES, n, n, "The Declarative Imperative: Experiences and Conjectures in"
                                " Distributed Logic"))
    assert per_row == PER_ROW, per_row
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "each non-empty '<a href=url>Title</a>' anchor in a row's Reading cell is an entry on that line"
        " (ids from its own anchor), title = anchor text ('A view of cloud computing' without its appended"
        " citation; null for the anchors 'Sinfonia', 'MapReduce', 'State machine replication', which name"
        " a system or topic); plus the paper named in quotes in the last row's Presented-by cell, whose"
        " Reading cell is empty; titles repeated in other Presented-by cells are not entries",
        "all 32 anchors of the file one by one (28 readings, 4 header/empty), per-row counts, the 3 null"
        " titles, the leading space of 'Just Say NO ...', the CiteSeerX id not taken as a DOI, and the"
        " Declarative Imperative row against the file",
    )


if __name__ == "__main__":
    main()
