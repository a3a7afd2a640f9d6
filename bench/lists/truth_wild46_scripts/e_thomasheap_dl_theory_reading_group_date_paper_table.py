"""Wild46 truth for ThomasHeap/ThomasHeap.github.io reading-group.md: the archived schedule of a PhD student's
reading group on deep-learning theory (July 2022 - November 2023), one session per row.

Shape (52 lines, ASCII, no final newline): Jekyll front matter (1-4), two headings and a sentence (6-10), then one
pipe table ``| Date | Paper | Resources |`` (header 12-13, rows 14-52).  The Paper cell is ``[Title](url)`` optionally
followed by the part read (``Chapters 1 & 2``, ``Section 4``, ``Section 7...``, ``Section 1,2 & 3``, ``Lecture 3``);
the Resources cell holds the organiser's notes PDFs, chapter PDFs or an autolink ``<https://rajatvd.github.io/NTK/>``,
and is empty on most rows (``||`` glued to the link on 30-52).  One row starts without a space (43 ``|09/08/2023``),
one link text ends with a space before ``]`` (40).  Hosts: arXiv abs and pdf, OpenReview forum and pdf, a CMU course
copy of a 1989 paper, the Caltech repository, transformer-circuits.pub, a JKU PDF.

Decisions:
- Entries (31): the rows whose Paper cell names a scholarly work (13 rows 17-29, 18 rows 35-52).  A paper read over
  several sessions is one entry per row, as the set does with repeated records ("Monte Carlo Gradient Estimation in
  Machine Learning" 21-23, "Toy Models of Superposition" 24-26).  "Toy Models of Superposition" (Anthropic, on
  transformer-circuits.pub) is a research report, so an entry.
- Not entries: the two rows on the book "Principles of Deep Learning Theory" (14 chapters 1-2, 15 ``PoDLT`` chapter
  3), the note row 16 ("We decided to change approach and read papers") and the five rows on lectures of the Toronto
  course CSC2541 (30-34: course notes, not papers).
- Title: the link text of the Paper cell, the trailing space of 40 collapsed; the part read after the link is not
  part of it.  29's link text ends with the list's own gloss ``(Hopfield Networks)`` (the paper is "Neural networks
  and physical systems with emergent collective computational abilities"): dropped as a nickname, which it is, not
  a subtitle.  17 keeps the file's short title "Neural Tangent Kernel" as written.
- Ids: the first arXiv id of the row (abs or pdf URL, 21 rows); no DOIs in the file.  OpenReview, Caltech,
  transformer-circuits and JKU links give none.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "ThomasHeap__ThomasHeap.github.io__reading-group@ce52836.md"
PART = "wild46_development"

ROW = re.compile(r"^\| ?(?P<date>\d{1,2}/\d{2}/\d{4}) *\| (?P<paper>.*?)\|(?P<res>.*)$")
LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\((?P<u>[^)\s]+)\)")
# Rows that are not papers: the book's chapters, a note, and lectures of a course.
NOT_PAPER = {14: "book chapters 1-2", 15: "book chapter 3 (PoDLT)", 16: "note, no reading",
             30: "CSC2541 lecture 1", 31: "CSC2541 lecture 2", 32: "CSC2541 lecture 3",
             33: "CSC2541 lecture 4", 34: "CSC2541 lecture 5"}
NICKNAME = " (Hopfield Networks)"


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 52, len(lines)
    papers = []
    rows = 0
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            assert n < 14, (n, ln)
            continue
        rows += 1
        if n in NOT_PAPER:
            continue
        link = LINK.match(m.group("paper"))
        assert link, (n, ln)
        title = link.group("t")
        if title.endswith(NICKNAME):
            assert n == 29
            title = title[: -len(NICKNAME)]
        papers.append(entry(lines, n, n, title))
    assert rows == 39, rows
    by_line = {p["line"]: p for p in papers}
    assert by_line[29]["title"] == "Neural networks and physical systems with emergent collective computational abilities"
    assert by_line[40]["title"].endswith("Implicit Bias of Gradient Descent")
    assert by_line[17]["arxiv"] == "1806.07572" and by_line[42]["arxiv"] == "2305.14314"
    assert [p["title"] for p in papers].count("Toy Models of Superposition") == 3
    assert sum(1 for p in papers if p["arxiv"]) == 21
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the date/paper table whose Paper cell links a scholarly work is an entry on its line (31), a"
        " paper read over several sessions once per row; title = the link text (the list's '(Hopfield Networks)'"
        " gloss dropped), the part read after the link left out; the two book-chapter rows, the note row and five"
        " course-lecture rows are not entries; first arXiv id of the row.",
        "Whole file read (52 lines) against the -v output: all 39 table rows classified (31 papers; 14-15 book, 16"
        " note, 30-34 CSC2541 lectures left out), the repeated rows 21-23 and 24-26 kept apart, 'Section'/'Lecture'"
        " tails outside the titles, the trailing space of 40's link text, the unspaced row 43, the Hopfield gloss"
        " at 29, the NTK autolink in 17's resources cell giving no id, 21 arXiv ids (abs and pdf forms) and no DOI.",
    )


if __name__ == "__main__":
    main()
