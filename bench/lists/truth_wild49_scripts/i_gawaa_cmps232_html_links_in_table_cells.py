"""Wild49 truth for Gawaa/CMPS232-Spring18 readings.md: the reading schedule of a graduate distributed-systems
course (UCSC CMPS 232, spring 2018) kept by the students in a GitHub repo, newest commit on the default branch
(3cad2dd, 2018-04-04; a later edit with two more presenter names sits only on the unmerged ``patch-1`` branch).

Shape: 22 lines, 5 KB, one pipe table and nothing else: header ``|Date|Subject|<a href="Link">Reading</a>|Presented
by|`` (1), alignment row (2), 20 data rows (3-22), one per class meeting.  The Reading cell holds one to three raw
HTML links ``<a href="url">Title</a>`` separated by ``, <br> ``, ``,<br>`` or ``; ``; the Presented-by cell names
the student presenters and often repeats a title in quotes or parentheses (``Zehui Cheng "A Note on Distributed
Computing"``, ``Aaron Chu: Ceph``).

Special cases:
- 3 ``<a href="">None</a>`` (Intro), 16 and 22 ``<a href=""></a>`` (lightning talks, wrap-up), 15 ``LIGHTNING TALKS
  1</a>`` (a stray closing tag, no Reading cell): no reading -> no entry.
- 17 ``A view of cloud computing (Armbrust, CACM 53(4), 2010)``: author and venue in parentheses inside the link
  text -> dropped from the title.
- 13 ``Ceph``, 18 ``Sinfonia`` and ``MapReduce``: the link text is only the system's name; it is the list's name for
  the paper and kept as the title (not None: the entry does name the work, by its nickname).
- 5 the second link has a space before ``>`` (``summary?doi=10.1.1.41.7628" >``); its CiteSeerX ``doi=10.1.1...``
  is not a DOI.
- 12 Bayou's title keeps its lower-case ``Managing update conflicts in Bayou, ...``; 6 has a curly ``Amazon’s``.

Decisions:
- Entry = every ``<a href="...">text</a>`` with a non-empty href in the Reading cell (third cell) of a data row:
  27 entries, several per line (4, 5, 7, 10, 12-14, 17-19); the header link ``Reading`` is not an entry.
- The Presented-by mentions of titles are assignment notes pointing at the same row's readings, not further list
  items: not entries.
- Title = the link text, a trailing ``(author, venue, year)`` parenthesis dropped.
- Ids from the row: no arXiv or DOI links are written (none expected).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "Gawaa__CMPS232-Spring18__readings@3cad2dd.md"
PART = "wild49_development"

LINK = re.compile(r'<a href="(?P<url>[^"]*)"\s*>(?P<text>[^<]*)</a>')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == '|Date|Subject|<a href="Link">Reading</a>|Presented by|'
    papers = []
    per_line = {}
    for n, ln in enumerate(lines[2:], 3):
        if not ln.strip():
            continue
        cells = ln.split("|")
        assert cells[0] == "" and len(cells) >= 4, (n, cells)
        reading = cells[3] if len(cells) > 4 else ""
        for m in LINK.finditer(reading):
            if not m.group("url"):
                continue
            title = re.sub(r"\s*\(Armbrust, CACM 53\(4\), 2010\)$", "", m.group("text"))
            papers.append(entry(lines, n, n, title))
            per_line[n] = per_line.get(n, 0) + 1
        for cell in cells[:3] + cells[4:]:
            assert not LINK.search(cell) or n == 1, (n, cell)
    assert per_line == {4: 2, 5: 2, 6: 1, 7: 2, 8: 1, 9: 1, 10: 3, 11: 1, 12: 2, 13: 2, 14: 2, 17: 2, 18: 2, 19: 2,
                        20: 1, 21: 1}, per_line
    titles = [(p["line"], p["title"]) for p in papers]
    assert (17, "A view of cloud computing") in titles, titles
    assert (13, "Ceph") in titles and (18, "Sinfonia") in titles and (18, "MapReduce") in titles, titles
    assert (10, "In Search of an Understandable Consensus Algorithm") in titles, titles
    assert (6, "Dynamo: Amazon’s Highly Available Key-value Store") in titles, titles
    assert (5, "A Note on Distributed Computing") in titles, titles
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "One pipe table of class meetings; every '<a href=\"url\">Title</a>' with a non-empty href in the Reading"
        " (third) cell is an entry, one to three per row: 27 entries; title = the link text, the '(Armbrust, CACM"
        " 53(4), 2010)' tail of 17 dropped, nickname-only link texts (Ceph, Sinfonia, MapReduce) kept as written;"
        " empty-href placeholders (3, 16, 22), the header link and the titles repeated in the Presented-by cell are"
        " not entries.",
        "Read all 22 lines; compared -v for all 27 entries: two links on 4, 5, 7, 12, 13, 14, 17, 18, 19 and three on"
        " 10 (separators ', <br>', ',<br>', '; '), the ' >' spacing on 5, the parenthesised author/venue on 17 removed,"
        " curly apostrophe 6 kept; no entry from the Presented-by mentions or the placeholder rows; no ids in the file.",
    )


if __name__ == "__main__":
    main()
