"""Wild35 truth for CSHL-comp-neuro-vision/website source/2024/lecture_notes.md: the 2024 Cold Spring
Harbor computational-vision summer course, slides and suggested readings per lecturer.

Shape: one ``## Lecturer`` section each, with slide links and a "### Suggested Readings" list.  Every
record is a line ``• <a href="pdf">Authors (Year). Title</a>\\`` (the whole citation is the link text; the
PDFs are local, so there are no ids).  The title is the anchor text after the first ``(Year).`` / ``(Year)``,
a closing ``.`` dropped.
Not entries: slide, lecture-notes, tutorial and code links (lines 59-61, 79-80, 141, 248, and the
``Slides`` bullets); textbook chapters (line 35 Wandell "Foundations of vision" chapter, line 110 Bishop's
PRML chapter 9, line 193 Dayan & Abbott textbook chapter); the paragraph on line 46 (prose with inline
links); bullets inside HTML comments (lines 196-197, 270-271: not rendered).
Special cases: line 19 the venue ". PLoS Biology" after the title is dropped; line 109 is a chapter in an
edited volume (The New Cognitive Neurosciences), counted as a scholarly work, the "(Chapter in ...)" tail
dropped; line 113 writes the title with its first word missing ("of simple-cell ..."), kept as written;
line 140 has no year (title after the author list); line 249 and 250 are Chicago-style (no year
parenthesis; 250's title is in quotes); line 307 repeats "(2019)." after part of the author list, the
title follows the second one; lines 306-309 carry a "Priority N:" prefix outside the link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "CSHL-comp-neuro-vision__website__source__2024__lecture_notes@d02f11b.md"
PART = "wild35_development"

NOT_ENTRIES = {35, 59, 60, 61, 79, 80, 110, 141, 193, 248}
COMMENTED = {196, 197, 270, 271}
TITLE_BY_LINE = {
    140: "A dynamic normalization model of temporal attention",
    249: "The plenoptic function and the elements of early vision",
    250: "Light field analysis for modeling image formation",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("• ") or "Slides" in ln or i in NOT_ENTRIES or i in COMMENTED:
            continue
        m = re.search(r"<a href=\s*\"[^\"]*\">(.*?)</a>", ln)
        assert m, i
        text = re.sub(r"\s+", " ", m.group(1)).strip()
        if i in TITLE_BY_LINE:
            title = TITLE_BY_LINE[i]
        else:
            parts = re.split(r"\(\d{4}[a-z]?\)\.? ", text)
            assert len(parts) >= 2, (i, text)
            title = parts[-1].strip()
            title = re.sub(r"\. PLoS Biology$", "", title)
            title = re.sub(r"\. \(Chapter in [^)]*\)\.$", "", title)
            title = title.rstrip(".").strip()
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 82, len(papers)
    write_truth(NAME, PART, papers,
                "Each rendered '• <a>Authors (Year). Title</a>' reading bullet is an entry, the title being the"
                " link text after the year; slide/notes/tutorial/code links, textbook chapters and bullets"
                " inside HTML comments are not entries.",
                "Every bullet line of the file compared by eye with the output, including each special case"
                " named in the docstring.")


if __name__ == "__main__":
    main()
