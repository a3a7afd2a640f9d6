"""Wild60 truth for konradwrzeszcz/konradwrzeszcz.github.io
courses/distributed_systems_course/23-great_papers/README.md at 5de5073 (2020-11): the "great papers" page of a
personal distributed-systems course, listing classic papers on consensus and logical/vector clocks, each paper
inside its own fenced code block.

Shape: 61 lines.  ``## Consensus algorithms`` (1), an image (3), then the label ``2PC, PAXOS`` (5) and a fence
(6-8), the label ``PBFT`` (10) and a fence (11-13), an image (15); ``## Who invented vector clocks?`` (17), then
eleven fences (19-21, 23-25, ..., 59-61).  Each fence holds one line ``<Title> - <Authors>``.

Special cases:
- The papers are inside ``` code blocks, not list items or links; no URL, DOI or arXiv id anywhere.
- The labels before the first two fences (``2PC, PAXOS`` 5, ``PBFT`` 10) name the algorithm, not the paper.
- 48 keeps the author's typo ``COnsensus`` and the ``(Extended Version)`` that is part of the Raft paper's title.
- 44 (RADOS) is a storage paper in the vector-clocks section: still an entry.

Decisions:
- Entry = the single line inside each fenced block (13), one line each (the fence lines are not included).
- Title = the text before `` - `` (the authors follow); no title contains `` - ``.
"""
from _wild60 import entry, read_lines, write_truth

NAME = (
    "konradwrzeszcz__konradwrzeszcz.github.io__courses__distributed_systems_course__23-great_papers__README@5de5073.md"
)
PART = "wild60_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln.strip() == "```":
            inside = not inside
            continue
        if inside and ln.strip():
            title, authors = ln.strip().split(" - ", 1)
            assert authors, (n, ln)
            papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert sorted(by) == [7, 12, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60], sorted(by)
    assert by[7]["title"] == "Consensus on transaction commit", by[7]
    assert by[12]["title"] == "Practical Byzantine Fault Tolerance", by[12]
    assert by[20]["title"] == "Time, Clocks, and the Ordering of Events in a Distributed System", by[20]
    assert by[48]["title"] == "In Search of an Understandable COnsensus Algorithm (Extended Version)", by[48]
    assert by[60]["title"] == "Paxos vs Raft: Have we reached consensus on distributed consensus?", by[60]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each fenced ``` block holds one paper as '<Title> - <Authors>' on one line: 13 entries (the line"
        " inside the fence).  Title = the text before ' - '.  The algorithm labels above the first two blocks"
        " ('2PC, PAXOS', 'PBFT'), headings and images are not entries.",
        checked="Read all 61 lines; compared the 13 titles of the -v output with the fenced lines, including the"
        " 'COnsensus' typo and '(Extended Version)' (48) and the question-mark title (60).",
    )


if __name__ == "__main__":
    main()
