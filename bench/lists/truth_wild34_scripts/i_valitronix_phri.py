"""Wild34 truth for Valitronix/Notebook 007Papers/Topic_pHRI.md: a lab notebook's physical human-robot interaction papers.

Shape: mostly ``#### Title (Year or Venue Year)`` headings, each followed by a bare URL line and
sometimes a ``Note: ...`` line, under ``##``/``###`` topic headings.  Entries:
- every ``####`` heading (34 of them);
- two papers written as plain text lines right under a ``###`` topic heading, not as headings:
  line 31 ``Common metrics for human-robot interaction (2006)`` and line 57 ``Physical Collaboration of
  Human-Human and Human-Robot Teams (2008)``.
Span: the title line, its URL line and its ``Note:`` line (19-21, 23-25, 41-43, 47-49).
Title: the heading text without the trailing parenthetical that carries the year/venue (``(2014)``,
``(ICRA 2015)``, ``(IJRR - 2013)``, ``(IROS 2013, Dmitry Berenson )``, ``(2017 Arxiv)``), without the
author tail ``- Henny Admoni`` (83) and without the venue prefix ``IJRR - `` (6, 19); line 80's
``Handovers. (RSS 2015)`` loses the venue and then the final period.  Line 6 is a journal editorial
(an article with its DOI) and counts.  Repeated papers (65/74, 62/77, 111/134) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "Valitronix__Notebook__007Papers__Topic_pHRI@fc64d05.md"
PART = "wild34_development"

PLAIN = {31, 57}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("#### "):
            title = ln[5:]
        elif i in PLAIN:
            title = ln
        else:
            continue
        end = i
        while end < len(lines) and (lines[end].startswith("http") or lines[end].startswith("Note:")):
            end += 1
        title = re.sub(r"^IJRR - ", "", title.strip())
        title = re.sub(r"\s*\([^()]*\d{4}[^()]*\)(?:\s*-\s*[A-Z][a-z]+ [A-Z][a-z]+)?$", "", title)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every '####' heading and the two plain title lines at 31 and 57 are one paper each; the title drops the "
        "trailing year/venue parenthetical, the 'IJRR - ' prefix and the author tail; URL and Note lines are in the span.",
        "All 36 entries checked by eye against the file, including the plain-line entries 31 and 57, the editorial at 6, "
        "the author tail at 83, the period at 80 and the repeated papers.",
    )


if __name__ == "__main__":
    main()
