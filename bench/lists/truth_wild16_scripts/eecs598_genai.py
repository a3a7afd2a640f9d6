"""Wild16 truth for mosharaf/eecs598 README.md on branch w24-genai (commit 01cca76): the syllabus of
EECS 598 'Systems for Generative AI' (Michigan, Winter 2024).

Shape: a course page (administrivia, policies, grading) whose 'Tentative Schedule and Reading List'
is one Markdown pipe table, lines 44-126, columns Date | Readings | Presenter | Summary | Reviewer.
Rows have no closing pipe.  A class row puts the date in the first cell and its first reading in the
second; each further reading of that class is a row of its own with an empty date cell ('|         |
[Title](url) (Required)').  Topic rows ('|         | **Pre-Training**') and event rows ('| Mar 12  |
**Mid-Semester Presentations**') hold no link.  The Presenter and Summary cells link slides and
summary PDFs (never entries).

Entry: a reading (the Markdown link in the Readings cell, one per row) whose subject is a paper;
title = the link text ('(Required)' and '(Chapters 1 and 2)' are outside it; the parrot emoji in
'On the Dangers of Stochastic Parrots: Can Language Models be too Big?🦜' is the file's title text
and kept).  Not entries (11): talk slides 'How to Give a Bad Talk', the guide 'Writing Reviews for
Systems Conferences' (an informal essay PDF, never published), the book 'The Datacenter as a
Computer' (Springer book link), blog posts 'The Illustrated Transformer', 'The Transformer Family
Version 2.0', 'CLIP: Connecting Text and Images' (OpenAI blog), 'The Illustrated Stable Diffusion',
'Multimodality and Large Multimodal Models (LMMs)' (huyenchip.com), 'Large Transformer Model
Inference Optimization' (lilianweng.github.io), the Wikipedia page 'Worse is Better' and the
Microsoft Research talk page 'How to Write a Great Research Paper'.  Kept: 'How to Read a Paper'
(Keshav, SIGCOMM CCR article) and 'Hints and Principles for Computer System Design' (arXiv).
An entry's line is its row; its ids come from the Readings cell only.

Count check: 65 rows of the table link a reading (47 rows with an empty date cell + 18 dated rows,
counted with grep); 65 - 11 = 54 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "mosharaf__eecs598__README@01cca76.md"
PART = "wild16_development"
LINES = read_lines(NAME)

FIRST, LAST = 44, 126
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
NOT_PAPERS = {
    "How to Give a Bad Talk", "Writing Reviews for Systems Conferences", "The Datacenter as a Computer",
    "The Illustrated Transformer", "The Transformer Family Version 2.0", "CLIP: Connecting Text and Images",
    "The Illustrated Stable Diffusion", "Multimodality and Large Multimodal Models (LMMs)", "Worse is Better",
    "Large Transformer Model Inference Optimization", "How to Write a Great Research Paper",
}


def main() -> None:
    assert LINES[FIRST - 1].startswith("| Date") and LINES[LAST - 1].startswith("| Apr 18")
    papers, links, skipped = [], 0, set()
    for i in range(FIRST + 2, LAST + 1):
        cells = LINES[i - 1].split("|")
        reading = cells[2]
        m = LINK.search(reading)
        if not m:
            continue
        links += 1
        assert len(LINK.findall(reading)) == 1, i
        title = m.group(1).strip()
        if title in NOT_PAPERS:
            skipped.add(title)
            continue
        e = entry(LINES, i, i, title)
        e["arxiv"], e["doi"] = arxiv_of(reading), doi_of(reading)
        papers.append(e)
    assert links == 65, links
    assert skipped == NOT_PAPERS, NOT_PAPERS - skipped
    assert len(papers) == 54
    write_truth(NAME, PART, papers,
                "every link in the Readings column of the schedule table (one per row, dated or with an empty date"
                " cell) whose subject is a paper is an entry, title = the link text; blog posts, talk slides or pages,"
                " a Wikipedia page, a book and an informal guide (11 readings) are not entries; ids from the Readings"
                " cell only",
                "all 65 reading links one by one against the file (titles by eye), the 11 left out and why, the"
                " emoji title, the dated rows whose other cells link slides and summaries, the ACM/IEEE/Springer DOIs"
                " and arXiv links")


if __name__ == "__main__":
    main()
