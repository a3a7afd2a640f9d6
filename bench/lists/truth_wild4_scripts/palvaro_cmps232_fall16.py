"""Wild4 truth for palvaro/CMPS232-Fall16 readings.md: the reading schedule of a graduate
distributed-systems course (UCSC CMPS 232, fall 2016).

Shape: one Markdown table 'Date|Subject|<a href="Link">Reading</a>|Presented by' (the header's
Reading cell is itself an anchor), one row a class day, the reading written as HTML anchors
'<a href="url">text</a>'.  Two rows hold two papers (9/30 separated by ', ', 10/5 by '; ').
Non-paper rows: the intro ('<a href="">None</a>'), lightning talks, holidays and wrap-up (empty
anchors, or a stray '</a>' with no anchor).

Entry: every anchor with text in a body row except 'None' (27 anchors on 25 rows; the two papers
of one row are two entries on the same line).  Title = the anchor text, with an appended
'(Author, Venue Year)' note dropped (Lamport CACM 1978, Castro OSDI 1999, Kotla SOSP 2007,
Armbrust CACM 53(4), 2010).  Anchors that give only a system's name stand for a paper without
naming its title: 'Raft', 'Ceph', 'Sinfonia', 'MapReduce' -> title null.  'State machine
replication' (Schneider's tutorial PDF) is a descriptive phrase that could be a title and is kept
as written.  IDs: none of the links is arXiv; the CiteSeerX link's '?doi=10.1.1.41.7628' is a
CiteSeerX document id, not a DOI, so no entry has a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "palvaro__CMPS232-Fall16__readings@502f0bd.md"
PART = "wild4_development"

ANCHOR = re.compile(r'<a href="([^"]*)"\s*>([^<]*)</a>')
NICKNAMES = {"Raft", "Ceph", "Sinfonia", "MapReduce"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= 2 or not text.startswith("|"):
            continue
        for url, label in ANCHOR.findall(text):
            if not label or label == "None":
                continue
            assert url.startswith("http"), (i, url)
            title = re.sub(r" \([A-Z][a-z]+, .*\d{4}\)$", "", label)
            e = entry(lines, i, i, None if title in NICKNAMES else title)
            e["doi"] = None  # only candidate: CiteSeerX '?doi=10.1.1.41.7628', a CiteSeerX id
            papers.append(e)
    assert len(papers) == 27 and sum(1 for p in papers if p["title"] is None) == 4
    write_truth(
        NAME, PART, papers,
        "every non-empty HTML anchor of a table body row except 'None' is an entry (two rows hold two), title ="
        " the anchor text without an appended '(Author, Venue Year)'; bare system names (Raft, Ceph, Sinfonia,"
        " MapReduce) -> null",
        "all 33 rows read by eye: 33 anchors in the file - the header's, 'None' and 4 empty = 27 entries (asserted);"
        " the two-paper rows (9/30, 10/5), the four '(Author, Venue Year)' notes, the four nicknames, the stray"
        " '</a>' row (11/2) and the CiteSeerX link (no DOI) checked one by one",
    )


if __name__ == "__main__":
    main()
