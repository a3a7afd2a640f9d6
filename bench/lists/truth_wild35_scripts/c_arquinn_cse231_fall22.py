"""Wild35 truth for arquinn/arquinn.github.io _teaching/cse231_fall22_schedule.md (commit b5a39ec, the
last one holding the file: the newest commit deleted the whole _teaching folder): the schedule of a
graduate Advanced Operating Systems course (UCSC CSE 231, Fall 2022) and its pool of papers for student
presentations.

Shape: a Markdown table (lines 12-42: Date | Type | Topic | Readings | Auxiliary Material | Due) whose
Readings and Auxiliary cells hold one or more ``[label](url)`` links separated by ``<br />`` (some followed
by presenter names), then a second table "Paper Pool for Presentations" (lines 52-70: Area | Paper |
Description).  Every link to a paper is an entry; a cell naming two papers gives two entries on the same
line, so each entry's ids are read from its own link's URL only (not from the whole line).
Not entries: the OSTEP textbook and the "worse is better" web essay (line 12), the "Paper reading advice"
web page (line 13), and rows without links.  Lines 16 and 42 link papers with empty targets
(``[Linux Scalability]()``, ``[Implementing RPC]()``, ``[Ivy]()``): still entries, with no ids.
Titles: the labels are the instructor's short names.  A label is taken as the title when it is the
paper's own title or a leading or trailing run of at least two of its words (case, punctuation, a leading
"The"/"On" of the real title and the u/µ spelling aside; the misspelt "Failure-Oblivous Computing" is
kept as written); a system name or acronym (Unix, Xen, LFS, Eraser, IX, Theseus, DemiKernel, ...), an
author's name ("Brinch Hansen") or a descriptive label not drawn from the title ("Multics Memory",
"Virtualization Requirements", "System Research Faces", "Hints for Design", "From Rig to Mach",
"Implementing RPC", "Bugs as Deviance") gives title null.  The decision for each label is the TITLED set
below.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "arquinn__arquinn.github.io___teaching__cse231_fall22_schedule@b5a39ec.md"
PART = "wild35_development"

NOT_PAPERS = {"OStep", "worse is better", "Paper reading advice"}
# labels that reproduce (part of) the paper's own title
TITLED = {
    "How to Read a paper",                 # Keshav, How to Read a Paper
    "u-Kernel Construction",               # On µ-Kernel Construction
    "The MultiKernel",                     # The Multikernel: a new OS architecture ...
    "A decade of wasted cores",            # The Linux Scheduler: a Decade of Wasted Cores
    "Scalable Commutativity",              # The Scalable Commutativity Rule: ...
    "Lottery Scheduling",                  # Lottery Scheduling: Flexible Proportional-Share ...
    "Scheduler Activations",               # Scheduler Activations: Effective Kernel Support ...
    "A Fast File-System for UNIX",         # A Fast File System for UNIX
    "Why do Computers stop",               # Why Do Computers Stop and What Can Be Done About It?
    "Fault Isolation",                     # Efficient Software-Based Fault Isolation
    "Failure-Oblivous Computing",          # Enhancing Server Availability ... Failure-Oblivious Computing
    "The DemiKernel",                      # The Demikernel Datapath OS Architecture ...
    "Lightweight Contexts",                # Light-Weight Contexts: An OS Abstraction ...
    "Resource Containers",                 # Resource Containers: A New Facility ...
    "Rethink the Sync",                    # Rethink the Sync
    "Bugs as Deviant Behavior",            # Bugs as Deviant Behavior: A General Approach ...
    "Software-based Fault Isolation",      # Efficient Software-Based Fault Isolation
}
LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|") or not (12 <= i <= 42 or 52 <= i <= 70):
            continue
        cells = ln.split("|")
        # schedule rows: cells[4] Readings, cells[5] Auxiliary; pool rows: cells[2] Paper
        wanted = cells[4:6] if i <= 42 else cells[2:3]
        for cell in wanted:
            for m in LINK.finditer(cell):
                label, url = m.group(1).strip(), m.group(2)
                if label in NOT_PAPERS or label == "About You":
                    continue
                p = entry(lines, i, i, label if label in TITLED else None)
                p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
                papers.append(p)
    assert len(papers) == 59, len(papers)
    write_truth(NAME, PART, papers,
                "Each paper link in the schedule's Readings/Auxiliary cells and in the presentation-pool table"
                " is an entry (ids from that link's URL only); the link label is the title only when it"
                " reproduces a leading or trailing run of the paper's own title, else null (system names,"
                " acronyms, descriptive labels).",
                "Every link of both tables read by eye against the output; each label's title decision"
                " checked against the paper's real title.")


if __name__ == "__main__":
    main()
