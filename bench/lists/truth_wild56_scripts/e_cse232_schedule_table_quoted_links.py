"""Wild56 truth for lkuper/CSE232-2024-09 schedule.md: the schedule page of a graduate distributed-systems course
(UC Santa Cruz CSE 232, fall 2024), newest commit (5118a5d, 2024-12-06).

Shape: 53 lines (plus the final newline).  Jekyll front matter (1-4), a ``<style>`` block defining the
``span.discussion`` / ``span.lecture`` classes (6-9), ``## Schedule of topics and readings`` (11), two prose
paragraphs, then a 3-column pipe table ``| Date | Topic | Notes`` (17-52) whose header and rows have no closing pipe on
many lines.  Every other class day is a discussion day whose Topic cell reads ``<span class="discussion">Discussion</span>:
Authors, ["Title" (Venue, Year)](readings/file.pdf)`` sometimes followed by a bold reading instruction ``**(sections 1-3
only)**``; lecture rows list lecture topics; the Notes cell says when the reading response is due.

Special cases:
- The link text holds the quoted title and, in parentheses after it, the venue and/or year: ``["Time, Clocks, and the
  Ordering of Events in a Distributed System" (CACM 1978)]``, ``["Paxos Made Simple" (2001)]``, ``["Paxos Made Live: An
  Engineering Perspective" (invited talk, PODC 2007)]``: title = the text between the double quotes.
- Authors sit outside the link before it (``Jim Waldo et al.,``, ``K. Mani Chandy and Leslie Lamport,``).
- 31 and 48 read ``<span class="discussion">Discussion (on Zoom)</span>``.
- 48 ``"Dynamo: Amazon’s Highly Available Key-value Store"`` has a curly apostrophe.
- 30 (a no-class row) has a Notes cell ``check out the [paper we're presenting at
  OOPSLA](https://2024.splashcon.org/.../Inductive-diagrams-for-causal-reasoning)``: a link to a research paper whose
  text names no title (the title is only in the URL slug), so an entry with title ``None``.
- Links to the course overview, the ``readings/`` PDFs are local (no arXiv/DOI anywhere); the guest lecturer's
  LinkedIn (45) and Wikipedia links in the prose (13) are not papers.

Decisions:
- Entry = each discussion-day row's reading (one paper per row, 12 rows) plus the OOPSLA paper link at 30: 13 entries,
  one line each.
- Title = the double-quoted text inside the link; ``None`` for 30.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "lkuper__CSE232-2024-09__schedule@5118a5d.md"
PART = "wild56_development"

READING = re.compile(r'<span class="discussion">Discussion[^<]*</span>: [^\[]*\["(?P<title>[^"]+)" \([^)]*\)\]\(')
OOPSLA = re.compile(r"\[paper we're presenting at OOPSLA\]\(https://2024\.splashcon\.org/")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = READING.search(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title")))
        elif OOPSLA.search(ln):
            papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [21, 23, 25, 27, 30, 31, 33, 35, 37, 40, 42, 44, 48], sorted(by)
    assert by[21]["title"] == "A Note on Distributed Computing", by[21]
    assert by[23]["title"] == "Time, Clocks, and the Ordering of Events in a Distributed System", by[23]
    assert by[25]["title"] == (
        "Detecting Causal Relationships in Distributed Computations: In Search of the Holy Grail"
    ), by[25]
    assert by[30]["title"] is None, by[30]
    assert by[31]["title"] == "Distributed Snapshots: Determining Global States of Distributed Systems", by[31]
    assert by[42]["title"] == "Paxos Made Live: An Engineering Perspective", by[42]
    assert by[48]["title"] == "Dynamo: Amazon’s Highly Available Key-value Store", by[48]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 13, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each discussion-day row of the schedule table ('<span class=\"discussion\">Discussion</span>: Authors,"
        " [\"Title\" (Venue Year)](readings/x.pdf)') is an entry for its one reading; title = the double-quoted text"
        " inside the link text (venue/year parenthesis and bold section notes excluded).  The no-class row at 30 links"
        " a research paper with the text 'paper we're presenting at OOPSLA': an entry with title None.  Lecture rows,"
        " course/Wikipedia/LinkedIn links are not entries.",
        checked="Read the whole file and compared the -v output for all 13 entries: the 12 quoted titles (with the"
        " curly apostrophe at 48 and the 'Discussion (on Zoom)' rows 31/48), the None-title OOPSLA link at 30, and that"
        " no arXiv id or DOI is present.",
    )


if __name__ == "__main__":
    main()
