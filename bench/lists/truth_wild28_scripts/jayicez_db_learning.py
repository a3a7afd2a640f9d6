"""Wild28 truth for JayiceZ/awesome-reading db-learning.md: a database-systems reading checklist made from a folder dump of PDF files.

Shape (143 lines): one 'refer to <zhihu answer>' line, then five numbered topic headings written
as ordered-list items ('1. consensus&replication', '2. local engine', '3. AP', '4. TP',
'5.  shared memory'); under each, one task-list item per file of a shared folder of PDFs: the
record is the file name itself ('- [ ] Fast Paxos.pdf', '7. [ ]  clickhouse-docs-en.pdf'), bullets
under the first two headings, numbered items under the last three; '[x]' marks the ones read.
The list began as a `tree` dump of that folder and keeps its file names: '.pdf'/'.ppt'
extensions, '_' for ':' or spaces ('Mesa_ Geo-Replicated ...'), bare keys ('raft.pdf',
'Percolator.pdf'), duplicates under two spellings (42/43, 95/96), ligature characters
('Dataﬂows' line 8, 'Efﬁcient' 47, 68), typos kept ('fo r' 127; 'On Optimistic Control  Methods  for
Concurrency' 115).  Some items are struck through ('~~...~~', lines 6, 12, 16, 25) with a note
after them ('Not Found', a code span); line 142 has no extension.
Entries: every item whose file is a scholarly work: papers, surveys and Foundations-and-Trends
monographs (50, 66, 78, 92, 134), PhD theses (5 Ongaro's 'CONSENSUS: BRIDGING THEORY AND
PRACTICE', 19 Castro's, 138 Fraser's 'Practical lock-freedom'), technical reports (9, 119);
struck-through papers (12, 25) are still listed and count; duplicates count twice.
Not entries (31 items): books (4, 76, 83, 91, 109, 121, 122, 129, 130, 137, 133 a book chapter),
slides and talks (16, 108, 112, 131, 135, 136, 140), tutorials (55, 94), vendor documents,
whitepapers and blog posts (6, 13, 37, 51, 52, 69, 70, 71), and three items judged not to be
papers: 53 'SQLite.pdf' (no SQLite paper before 2022), 128 'C C++11 Memory model',
132 'Introduction to memory order consume'.  Uncertain calls (by name only): 38 'bdb.pdf' (taken as
the USENIX 'Berkeley DB' paper), 111 'Granularity.pdf' (next to Gray et al.'s granularity-of-locks
paper, taken as that paper), 78 'Materialized Views' (taken as the survey), 128, 131, 132, 136.
Title = the file name as written, without the checkbox, numbering, '~~', the note after it and the
'.pdf' extension; a final '.' separator dropped (line 49 'systems..pdf').  Labels before the title
dropped: 'Phd thesis ' (19), 'snapshot isolation-' (117), 'Technical Report: ' (119); the
'\\003' file-name tail on line 141 dropped.  Null title where the file name is a key, not the
title's words: 12 lamport-paxos, 15 PacificA, 18 paxos-simple, 21 raft, 27 viewstamped,
28 zab.totally-ordered-broadcast-protocol.2008, 38 bdb, 46 dostoyevski, 87 snowflake,
90 stonebraker-cstore, 97 vertica, 111 Granularity, 116 Percolator.  No ids in the file.
Count check: 25 + 23 + 37 + 17 + 17 = 119 items ('[ ]' or '[x]'), minus 31 not papers = 88.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "JayiceZ__awesome-reading__db-learning@2b3cea7.md"
PART = "wild28_development"
BOOKS = {4, 76, 83, 91, 109, 121, 122, 129, 130, 137, 133}
TALKS = {16, 108, 112, 131, 135, 136, 140}
TUTORIALS = {55, 94}
DOCS = {6, 13, 37, 51, 52, 69, 70, 71}
JUDGED = {53, 128, 132}
NOT_PAPERS = BOOKS | TALKS | TUTORIALS | DOCS | JUDGED
KEYS = {12, 15, 18, 21, 27, 28, 38, 46, 87, 90, 97, 111, 116}
LABELS = {19: "Phd thesis ", 117: "snapshot isolation-", 119: "Technical Report: "}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = {}
    section = None
    for i, text in enumerate(lines, 1):
        h = re.match(r"(\d)\. +(\S.*)$", text)
        if h and "[" not in text:
            section = h.group(1)
            continue
        m = re.match(r"\s+(?:-|\d+\.) \[[ x]\] +(.*)$", text)
        if not m:
            continue
        items[section] = items.get(section, 0) + 1
        if i in NOT_PAPERS:
            continue
        name = m.group(1).rstrip()
        struck = re.match(r"~~(.+?)~~", name)
        if struck:
            name = struck.group(1)
        name = re.sub(r"\.pdf$", "", name.rstrip())
        name = name.replace(" \\003", "")
        if i in LABELS:
            assert name.startswith(LABELS[i]), i
            name = name[len(LABELS[i]):]
        name = name.rstrip().removesuffix(".")
        papers.append(entry(lines, i, i, None if i in KEYS else name))
    assert items == {"1": 25, "2": 23, "3": 37, "4": 17, "5": 17}, items
    assert len(NOT_PAPERS) == 31
    assert len(papers) == 88, len(papers)
    write_truth(NAME, PART, papers,
                "every checklist item whose PDF file is a scholarly work (paper, survey/monograph, thesis, report;"
                " struck-through and duplicate items included) is an entry; title = the file name without checkbox,"
                " strike-through, note and '.pdf' (three type/topic labels dropped), null when the name is a bare"
                " key; books, slides, talks, tutorials, vendor docs and blog posts are not entries",
                "all 119 items read by eye and sorted into 88 entries and 31 non-papers by their names (uncertain"
                " calls listed in the docstring); every title checked against its line in the -v output")


if __name__ == "__main__":
    main()
