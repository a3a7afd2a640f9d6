"""Wild61 truth for lee-jeongha/PaperNotesArchive README.md at 380b625 (2025-08-31): a systems student's
archive of personal paper notes (one PDF of notes per paper), numbered #01 .. #23 in reading order with the
date each note was written.

Shape: 102 lines.  ``# Paper Notes Archive`` (1); ``## Brief Notes`` (3) with one bullet (4-6) for a
collection "USENIX FAST 2023" of brief notes on many FAST'23 papers; ``## Paper Notes`` (8) with 23 bullets
(9 .. 100), each
``- **Title** <sup>[#NN](./paper_notes/NN_X/X.pdf)</sup><sub>&nbsp;YYYY.MM.DD</sub>`` followed by two to three
indented blockquote lines: an optional system name in backticks (``> `NoPFS` <br/>``), topic tags
(``> DeepLearning, FileI/O <br/>``) and ``> VENUE, YEAR``.  Bullets are separated by blank lines.

Special cases:
- HTML inside Markdown: ``<sup>`` note number link, ``<sub>`` date with ``&nbsp;``, ``<br/>`` line ends.
- 9 ``SecretFlow-SPU`` and 12 ``Cyclosa`` give only the system's name in bold, not the paper's full title;
  the others give the full title (``SHADE: Enable Fundamental Cacheability ...``).
- Some bullets have no tag line (9-10, 76-77); 68-70 has no venue, only ``> 2019``.
- 79 starts with a non-ASCII letter (``λ-IO: A Unified IO Stack for Computational Storage``).
- Links are local note PDFs; no arXiv ids or DOIs.

Decisions:
- Entry = each bullet under ``## Paper Notes`` (23), spanning the bullet line and its blockquote lines.  The
  "USENIX FAST 2023" collection bullet (4-6) is a group of notes on a conference, not a paper, and is not an
  entry.
- Title = the bold text as written (for 9 and 12 the system name, which is all the file gives).
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "lee-jeongha__PaperNotesArchive__README@380b625.md"
PART = "wild61_development"

BULLET = re.compile(r"^- \*\*(?P<title>.+?)\*\* <sup>\[#(?P<num>\d+)\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].lstrip().startswith(">"):
            last += 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 23, len(papers)
    assert min(by) == 9 and max(by) == 100, (min(by), max(by))
    assert 4 not in by
    assert by[9]["title"] == "SecretFlow-SPU" and by[9]["end"] == 10, by[9]
    assert by[12]["title"] == "Cyclosa" and by[12]["end"] == 14, by[12]
    assert by[24]["title"] == "Clairvoyant Prefetching for Distributed Machine Learning I/O", by[24]
    assert by[24]["end"] == 27, by[24]
    assert by[52]["title"] == (
        "Are You Killing Time? Predicting Smartphone Users' Time-killing Moments via Fusion of Smartphone"
        " Sensor Data and Screenshots"
    ), by[52]
    assert by[79]["title"] == "λ-IO: A Unified IO Stack for Computational Storage", by[79]
    assert by[100]["title"] == (
        "CSOT: Curriculum and Structure-Aware Optimal Transport for Learning with Noisy Labels"
    ) and by[100]["end"] == 102, by[100]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '- **Title** <sup>[#NN](note.pdf)</sup><sub>&nbsp;date</sub>' bullet under '## Paper Notes'"
        " is one entry (23), spanning the bullet and its indented '> ...' lines (system name, tags, venue and"
        " year).  Title = the bold text as written; for #01 and #02 that is only the system name"
        " (SecretFlow-SPU, Cyclosa).  The 'USENIX FAST 2023' bullet under '## Brief Notes' is a collection of"
        " notes on a conference, not a paper.",
        checked="Read all 102 lines; compared the -v output with all 23 bullets: titles (including the"
        " system-name-only 9 and 12, the apostrophe in 52, the λ in 79), spans of 2-4 lines, the excluded"
        " collection bullet at 4, and that no ids are claimed (links are local PDFs).",
    )


if __name__ == "__main__":
    main()
