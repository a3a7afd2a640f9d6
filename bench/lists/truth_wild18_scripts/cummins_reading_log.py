"""Wild18 truth for ChrisCummins/msc-thesis docs/ReadingLog.md (commit 62ab871, 2014-12-01): an MSc
student's reading log, 'A list of papers read since Nov 14, organised by amount of time spent
reading them'.

The file was kept for a few months and removed from the repository in May 2015 ('docs: Remove
reading log'); this is its fullest state (36 numbered items), taken from the commit that last
grew it, not from the repository's head, where the path no longer exists.

Shape: four headings by reading time ('# < 5 min', '# 5-12 min', '# 12-30 min', '# > 30 min'),
each with a Markdown ordered list written '1.' for every item; each item is an IEEE-style
reference wrapped over two to five lines (three-space continuation indent): authors, then the
title in bold curly quotes with the comma inside (**“Title,”**, once straight quotes), then the
venue, volume, pages and year.  No links except three '[Online]. Available:' URLs.

Entry: every item whose subject is a paper (journal or conference article, workshop paper) or
the chapter 'matplotlib' of The Architecture of Open Source Applications (a chapter with its own
authors, cited like an article).  Not entries: A. Bundy's three 2014 course notes of the
Edinburgh IRM course ('The Need for Hypothesis in Informatics', 'The Nature of Informatics',
'Empirical methods', each '[Online]. Available: .../teaching/courses/irm/notes/...'): lecture
notes, not scholarly works.  Lines: the item's first line to its last continuation line.
Title: the bold quoted text joined over its lines, without the quotes and the comma inside them;
kept as written, e.g. 'Cache Replacement Based on Reuse-Distance Prediction Pavlos Petoumenos
Stefanos Kaxiras' (author names pasted into the title in the source).  No arXiv id, no DOI.

Counts: 36 items by grep '^1\\. ' (15 + 15 + 4 + 2 per heading), minus 3 course notes = 33.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "ChrisCummins__msc-thesis__docs__ReadingLog@62ab871.md"
PART = "wild18_development"
LINES = read_lines(NAME)


def main() -> None:
    items = []  # (first, last, heading)
    heading = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("# "):
            heading = text[2:]
        if text.startswith("1. "):
            end = i
            while end < len(LINES) and LINES[end].startswith("   ") and LINES[end].strip():
                end += 1
            items.append((i, end, heading))
    assert len(items) == 36, len(items)
    per = {}
    for _, _, h in items:
        per[h] = per.get(h, 0) + 1
    assert per == {"< 5 min": 15, "5-12 min": 15, "12-30 min": 4, "> 30 min": 2}, per
    papers, notes = [], []
    for first, last, _ in items:
        block = " ".join(ln.strip() for ln in LINES[first - 1:last])
        m = re.search(r"\*\*[“\"](.+?),?[”\"]\*\*", block)
        assert m, first
        if "teaching/courses/irm/notes" in block:
            notes.append(first)
            continue
        papers.append(entry(LINES, first, last, m.group(1).rstrip(",")))
    assert notes == [101, 104, 126], notes
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "every '1.' item under the four reading-time headings is an entry (lines: the item and its"
                " continuation lines), title = the bold quoted title joined over its lines, quotes and inner comma"
                " dropped; A. Bundy's three online course notes are not entries; the AOSA 'matplotlib' chapter is one",
                "36 items by grep (15/15/4/2 per heading) minus 3 course notes = 33; all 33 titles and line ranges"
                " read against the file, incl. the straight-quoted last item and the title with pasted author names")


if __name__ == "__main__":
    main()
