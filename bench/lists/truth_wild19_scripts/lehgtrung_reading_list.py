"""Wild19 truth for lehgtrung/paper-reading-list README.md: one researcher's 'papers-courses-books-talks'
page (neuro-symbolic learning, knowledge graphs, LLMs, industrial alarm mining).

Shape: '## Blogs', '## Books', '## Talks', '## Courses' (numbered items: not entries), then '## Papers' with
'### topic' sub-headings, an '## Insights' prose section (no entry), '## LLMs', '## MISO' with three
'### topic' sub-headings, and '## Lecture notes' (not an entry).  Under Papers, LLMs and MISO each numbered
item ('1.' .. '10.', often all '1.') is one record, written '**Title** Venue, [paper](url)' or
'**Title**, [paper](url)'; one is not bold ('Link Prediction Based on Graph Neural Networks, [paper](..)\\'
with a note on the next line).  An entry runs from its numbered line to its last non-blank line before
the next item or heading: a note line right after it ('Use GNN to learn subgraph heuristics ...'), an
indented '**Summary**: [Chris's Blog](..)' line, an indented '*Authors*' line.  One bold title wraps
over two lines ('IPL2 and 3 ... using event' / 'correlation analysis**'): both lines, title joined.
Title = the bold text (else the text before ', [paper]'), as written (several in capitals); the venue
and year after it are dropped.

Not entries although written as '[paper]' items: 'Frequent Itemsets' (a chapter of the MMDS textbook,
ch6.pdf) and 'Answer Set Programming: Basics' (Rudolph's lecture slides FLP-ASP-L1.pdf).  Repeated papers
(RNNLogic, RLogic, 'Abductive Learning with Ground Knowledge Base' twice each) are separate entries.

Counts (by eye per heading, 59): Exploration 10, Knowledge graph reasoning 6, Knowledge graph and Link
prediction 2, Meta learning 1, Abductive learning 7, Neural-sympolic Learning 7, Neural Relation
Extraction 2, Visual Relation Extraction 1, Answer Set Programming 1, LLMs 5, Association rules mining 9,
Clustering 6, Nuisance alarm removal 2.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "lehgtrung__paper-reading-list__README@7036dd0.md"
PART = "wild19_development"
LINES = read_lines(NAME)
NOT_PAPERS = ("**Frequent Itemsets**", "**Answer Set Programming: Basics**")
PAPER_PARTS = ("## Papers", "## LLMs", "## MISO")


def main() -> None:
    papers = []
    per_head: dict[str, int] = {}
    top = head = None
    items = []  # (line, heading) of every numbered item inside the paper parts
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            top = text.strip()
            head = top
        elif text.startswith("### "):
            head = text[4:].strip()
        elif top in PAPER_PARTS and re.match(r"\d+\. ", text):
            items.append((i, head))
    bounds = [i for i, t in enumerate(LINES, 1) if re.match(r"\d+\. |#", t)] + [len(LINES) + 1]
    for first, h in items:
        nxt = min(b for b in bounds if b > first)
        last = first
        for k in range(first, nxt):
            if LINES[k - 1].strip():
                last = k
        text = LINES[first - 1]
        if any(text.split(". ", 1)[1].startswith(s) for s in NOT_PAPERS):
            continue
        joined = " ".join(LINES[k - 1].strip() for k in range(first, last + 1))
        m = re.match(r"\d+\. \*\*(.+?)\*\*", joined)
        title = m.group(1) if m else re.match(r"\d+\. (.+?), \[paper\]", joined).group(1)
        papers.append(entry(LINES, first, last, title.rstrip(",").strip()))
        per_head[h] = per_head.get(h, 0) + 1
    assert per_head == {"Exploration": 10, "Knowledge graph reasoning": 6, "Knowledge graph and Link prediction": 2,
                        "Meta learning": 1, "Abductive learning": 7, "Neural-sympolic Learning": 7,
                        "Neural Relation Extraction (NLP)": 2, "Visual Relation Extraction (CV)": 1,
                        "Answer Set Programming": 1, "## LLMs": 5, "Association rules mining": 9, "Clustering": 6,
                        "Nuisance alarm removal": 2}, per_head
    assert len(papers) == 59
    write_truth(NAME, PART, papers,
                "every numbered item under Papers, LLMs and MISO naming one paper is an entry (its note, Summary and"
                " italic author lines included); title = the bold text, else the text before ', [paper]'; blogs,"
                " books, talks, courses, lecture notes, a textbook chapter (Frequent Itemsets) and lecture slides"
                " (Answer Set Programming: Basics) are not entries",
                "all 59 entries' lines and titles read against the file; items per heading counted by eye (10, 6, 2,"
                " 1, 7, 7, 2, 1, 1, 5, 9, 6, 2); the wrapped IPL2 title, the note lines and the non-paper sections")


if __name__ == "__main__":
    main()
