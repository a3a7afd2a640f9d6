"""Wild31 truth for BBusagi/project002 reference/A_List.md: a student's reference list for a VR haptics
(HCI) project, grouped into haptic controllers, EMS haptic devices, Microsoft Research controllers, surveys,
self-motion and design-of-experiments papers.

Shape: one heading section per paper, ``## **NNN Short name**`` (a number and a nickname, bold), the paper's
title as plain text on the next line(s), then notes (backticked "focus --- solution" line, ``>`` quotes,
``### Limitation :`` / ``### Future Work :`` lists, ``<br>``).  No links anywhere.  Entry span: the heading
line through the last title line.  Special cases:
- Template / placeholder sections are not entries: ``000 Name`` with "T  I  T  L  E" (lines 11-28) and the two
  empty ``000 TBD`` headings (256, 348).  The to-do lines 2-7 are not entries.
- Titles wrapped over two lines: 220-221, 383-384, 411-412.
- Japanese titles (SPIDAR-W, 155-156 and 160-161).
- Line 449: the heading itself holds the title and no title line follows ("Active Haptic Perception in Robots:
  A Review"); the title is the heading without its number.
- Line 459: the title is directly followed by a ``>`` image line (not part of it).
- Lines 475 and 478: the institution ". Technische Universiteit Eindhoven." after the title is dropped (the
  first is the Game Experience Questionnaire report, counted).
- Curly quotes inside titles are kept (235, 228, 400); straight quotes around a title's opening phrase are
  part of it (353, 361).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "BBusagi__project002__reference__A_List@a06f7bc.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"## \*\*(\d{3}) (.+?)\*\*\s*$", ln)
        if not m:
            continue
        if m.group(1) == "000":  # template and TBD placeholders
            continue
        title_lines = []
        j = i  # index of next line (0-based == i)
        while j < len(lines) and lines[j].strip() and not lines[j].startswith((">", "`", "#", "<br>")):
            title_lines.append(lines[j].strip())
            j += 1
        if title_lines:
            title = " ".join(title_lines)
            title = re.sub(r"\.?\s*Technische Universiteit Eindhoven\.$", "", title)
            last = i + len(title_lines)
        else:
            title = m.group(2)
            last = i
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '## **NNN name**' heading section except the 000 template/TBD placeholders is one paper; the title "
        "is the plain-text line(s) under the heading (the heading's own text when none follows), institution "
        "suffix dropped.",
        "All 46 sections read by eye against the file: wrapped titles, Japanese titles, the heading-only entry at "
        "449, the image line after 459, the Eindhoven suffixes and the placeholder headings.",
    )


if __name__ == "__main__":
    main()
