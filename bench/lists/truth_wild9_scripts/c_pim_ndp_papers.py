"""Wild9 truth for miglopst/PIM_NDP_papers NDP.md: a survey's taxonomy page (NDP -> architecture /
system level -> sub-kinds) whose records are lines '![#color](placehold badge)[Venue Year][Title]<br/>'.

Shape: a table of contents of '* [..](#..)' bullets (lines 1-13, not entries), then '#'/'##'/'###'
headings; under them each paper is one line made of an optional colour badge image (application
scenario marker), a bracketed '[Venue Year]' and a bracketed '[Title]' (no link target, no
reference definitions in the file), followed by zero or more free note lines ('Granularity: ...',
'Thermal Analysis<br/>').  Entry = every line holding '[..][..]' at its start (after the optional
badge); one line (196) has no badge.  The entry's lines run from that line over its note lines up
to the next entry, heading or end of file; a blank line inside the notes (line 75, between two note
lines of the same paper) does not end them, trailing blank lines are not part of it.  The quotation
at line 130 stands under a heading before any paper, so it belongs to no entry.  Title = the second
bracket's text.  The thesis (line 88) and the simulator papers (HMC-Sim-2.0) are scholarly works
and count.  No entry gives a URL, so no arXiv id or DOI.

Counts: 98 lines hold '][' (grep), 97 start with a badge and 1 (line 196) does not; per section
4+9+46+3+1+4+2 (architecture) and 9+16+2+1+1 (system) = 98.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "miglopst__PIM_NDP_papers__NDP@e2976d5.md"
REC = re.compile(r"^(?:!\[#\w+\]\([^)]*\))?\[([^\]]+)\]\[([^\]]+)\]")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if REC.match(t)]
    papers = []
    for i in starts:
        end = i
        j = i + 1
        while j <= len(lines) and not REC.match(lines[j - 1]) and not lines[j - 1].startswith("#"):
            if lines[j - 1].strip():
                end = j
            j += 1
        title = REC.match(lines[i - 1]).group(2)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 98, len(papers)
    assert sum(1 for t in lines if "][" in t) == 98
    assert sum(1 for t in lines if t.startswith("![#")) == 97
    write_truth(NAME, "wild9_development", papers,
                "every line '[Venue Year][Title]' (after an optional colour badge) is an entry spanning its"
                " following note lines up to the next entry or heading, title = the second bracket",
                "all 202 lines read; 98 '][' lines counted per section (4,9,46,3,1,4,2,9,16,2,1,1), the"
                " badge-less line 196, the note block split by a blank line (70-76), the quotation at 130"
                " outside any entry, all 98 titles against their lines")


if __name__ == "__main__":
    main()
