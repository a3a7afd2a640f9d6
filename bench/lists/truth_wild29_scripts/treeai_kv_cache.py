"""Wild29 truth for TreeAI-Lab/Awesome-KV-Cache-Management README.md: the paper list of a survey on KV-cache
management for LLM acceleration.

Shape: under '#'/'##'/'###' taxonomy headings (from line 83), one Markdown table per leaf heading with the
columns ``| Year | Title | Type | Venue | Paper | code |``; the title is plain text in the second column and the
paper link is a bare ``[Link](url)`` in the fifth (arXiv, PMLR, ACL Anthology, OpenReview, USENIX ...). Every
body row is one entry (one line); the title is the Title cell. Line 253 (QCQA) has a stray extra empty cell
at the end, which changes nothing. Not entries: the two news items at lines 6 and 11 (papers mentioned in
announcement prose), the survey's own heading (line 16) and its boilerplate BibTeX (lines 23-30), the table
of contents, header/separator rows, and the 'Datasets and Benchmarks' stub (line 418, no records).
Repeated papers in two tables stay separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "TreeAI-Lab__Awesome-KV-Cache-Management__README@cf598f0.md"
PART = "wild29_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 83 or not ln.startswith("|"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if cells[0] == "Year" or set(cells[0]) <= set("-: "):
            continue
        assert re.fullmatch(r"\d{4}", cells[0]), (n, ln)
        papers.append(entry(lines, n, n, cells[1]))
    assert len(papers) == 160, len(papers)
    write_truth(NAME, PART, papers,
                "Every body row of the '| Year | Title | Type | Venue | Paper | code |' tables after line 83 is an "
                "entry on its own line, titled by the Title cell; news, the survey's own heading and BibTeX are not.",
                "First and last row of every table and a sample of 25 rows read by eye; the extra-cell row 253 and "
                "the non-arXiv links checked; titles and ids checked mechanically against their lines.")


if __name__ == "__main__":
    main()
