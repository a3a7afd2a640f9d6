"""Wild33 truth for dragonlong/Trending-in-3D-Vision README.md: a reading list of 3D-vision deep-learning papers
(SLAM, avatars, neural implicit functions / NeRF, point clouds, pose, motion, robotics), 2022 snapshot.

Shape: each record starts with a line ``[[Author et al. (VENUE 'YY)](paper-url)] Title`` (often indented two spaces,
venue sometimes bold), followed by zero or more lines of ``[[Project](..)]``, ``[[Code](..)]``, ``[[Video](..)]``,
``[[Data](..)]`` links; records are separated by blank lines (not always: some follow directly).  An entry is one such
record, spanning its first line to its last link line.  The title is the text after ``)]`` on the first line; when the
title wraps, the following plain-text line(s) are joined (lines 55-56, 351-352, 361-362).
Special cases:
- lines 170-175 (Rombach et al.): the first line has no title; line 171 gives it ("Geometry-Free View Synthesis: ...").
  Line 172 names a second, different paper ("Scene Representation Transformer: ...") with no link of its own; it is a
  second entry on its own line 172 only (so it takes none of the Geometry-Free links), title as written.
- line 234 ``[[DVGOv2](arxiv)]`` inside the DVGO record (230-234) links a second paper by nickname only: it is its own
  entry on line 234 with title None, and the DVGO entry ends at line 233.
- Dataset papers (Google Scanned Objects 333, Objectron 382, ObjectFolder 2.0 439, Ego4D 93) are papers, so entries.
- line 416 ``[[Project(need fix)](..)]`` is a link line of the MoDi record (415-417), not a record start.
- "More resources" (489-495) are links to other lists/sites: not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "dragonlong__Trending-in-3D-Vision__README@2c34ff3.md"
PART = "wild33_development"

START = re.compile(r"^\s*\[\[([^\[\]]*\s\([^()]*'\d\d\**\))\]\(\s*[^)]*?\s*\)\]\s*(.*)$")
LINKLINE = re.compile(r"^\s*\[\[[^\]]*\]\(")


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    i = 0
    while i < n:
        m = START.match(lines[i])
        if not m:
            i += 1
            continue
        first = i + 1
        title_parts = [m.group(2).strip()] if m.group(2).strip() else []
        j = i + 1
        extra_titles = []
        # wrapped title / stray title lines directly after the first line
        while j < n and lines[j].strip() and not LINKLINE.match(lines[j]) and not lines[j].lstrip().startswith("#"):
            if first == 170 and j + 1 == 172:
                extra_titles.append((j + 1, lines[j].strip()))
            else:
                title_parts.append(lines[j].strip())
            j += 1
        # link lines of the record
        last = j
        while j < n and LINKLINE.match(lines[j]) and not START.match(lines[j]):
            last = j + 1
            j += 1
        last = max(last, first)
        title = " ".join(title_parts)
        if first == 230:  # DVGO record; line 234 is DVGOv2 by nickname
            assert "DVGOv2" in lines[233]
            papers.append(entry(lines, 230, 233, title))
            papers.append(entry(lines, 234, 234, None))
        else:
            papers.append(entry(lines, first, last, title))
        for ln, t in extra_titles:
            papers.append(entry(lines, ln, ln, t))
        i = j
    assert len(papers) == 110, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[[Author et al. (Venue)](url)] Title' record with its following [[Project]]/[[Code]]/[[Video]] link lines is"
        " an entry titled by the text after the author link (wrapped lines joined); line 172's stray second title and the"
        " DVGOv2 nickname link (234) are separate entries; the 'More resources' links are not entries.",
        "Every entry's span and title read by eye against the file; the wrapped titles (55-56, 351-352, 361-362), the"
        " Rombach/SRT record (170-175) and DVGO/DVGOv2 (230-234) checked one by one.",
    )


if __name__ == "__main__":
    main()
