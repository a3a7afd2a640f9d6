"""Wild55 truth for lkuper/CSE232-2020-10 readings.md: the reading schedule of UC Santa Cruz CSE232 ("Distributed
Systems", fall 2020, Lindsey Kuper), at commit 567dab0 (2020-09-24).  The newest commit touching the path (b32a058)
renamed readings.md to schedule.md, so the last commit where readings.md exists is used.

Shape: 50 lines.  Jekyll front matter (1-4), an inline ``<style>`` block (6-9), ``## Schedule`` (11), two paragraphs
(13, 15), then a pipe table (17-50) whose header has five columns (Date | Topic | Presenter | Reading | Notes) but
whose rows fill only two or three cells and have no closing pipe: ``| Wednesday, 10/7  | <span
class="discussion">Discussion</span>: Jim Waldo et al., ["A Note on Distributed Computing" (1994)](readings/...pdf)``.
Lecture rows (``<span class="lecture">Lecture</span>: topics``) and holidays have no paper.  Five discussion rows (25,
31, 35, 38, 47) start with a TAB before the pipe (an editing artefact), which in Markdown makes them indented code
inside or after the table.

Special cases:
- Each discussion row names one paper: authors (``Leslie Lamport``, ``Jim Waldo et al.``, three names with ``and``),
  then a link whose text is the title in straight double quotes followed by ``(venue year)`` in parentheses, sometimes
  with italics (``(_Distributed Computing_, 1994)``, ``(ACM _Computing Surveys_, 1999)``); 25 has no authors.
- Bold reading instructions follow some links (``**(skip the section "Physical Clocks")**`` 23, ``**(sections 1-5
  only)**`` 27): not part of the title.
- Links are local PDFs (``readings/*.pdf``): no arXiv ids or DOIs.

Decisions:
- Entry = each Discussion row (14 papers), one line each; lecture/holiday/overview rows are not entries.
- Title = the quoted text at the start of the link text, without the quotes and without the ``(venue year)`` part.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "lkuper__CSE232-2020-10__readings@567dab0.md"
PART = "wild55_development"

ROW = re.compile(r'^\t?\| [^|]+\| <span class="discussion">Discussion</span>: ')
LINK = re.compile(r'\["(?P<title>[^"]+)" \([^)]*\)\]\((?P<url>[^)]+)\)')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ROW.match(ln):
            continue
        links = LINK.findall(ln)
        assert len(links) == 1, (n, ln)
        papers.append(entry(lines, n, n, links[0][0]))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 14, len(papers)
    assert by[21]["title"] == "A Note on Distributed Computing", by[21]
    assert by[23]["title"] == "Time, Clocks, and the Ordering of Events in a Distributed System", by[23]
    assert by[25]["title"] == (
        "Detecting Causal Relationships in Distributed Computations: In Search of the Holy Grail"), by[25]
    assert by[35]["title"] == (
        "Fundamentals of Fault-Tolerant Distributed Computing in Asynchronous Environments"), by[35]
    assert by[45]["title"] == "Just say NO to Paxos Overhead: Replacing Consensus with Network Ordering", by[45]
    assert by[47]["title"] == "Dynamo: Amazon’s Highly Available Key-value Store", by[47]
    assert by[49]["title"] == "Chord: A Scalable Peer-to-peer Lookup Service for Internet Applications", by[49]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert sum(1 for p in papers if lines[p["line"] - 1].startswith("\t")) == 5
    write_truth(
        NAME,
        PART,
        papers,
        "Table rows marked '<span class=\"discussion\">Discussion</span>: Authors, [\"Title\" (venue year)](pdf)' are"
        " the readings (14; five rows start with a stray TAB); lecture, holiday and overview rows are not entries."
        "  Title = the quoted part of the link text, without quotes and the '(venue year)' tail; bold reading"
        " instructions after the link are ignored.",
        "Printed all 14 Discussion rows and compared -v with them: each title, the author-less row 25, the TAB-indented"
        " rows 25/31/35/38/47, the 'Physical Clocks' instruction at 23; no ids (local PDF links only).",
    )


if __name__ == "__main__":
    main()
