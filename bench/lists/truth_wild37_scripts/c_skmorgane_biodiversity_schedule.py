"""Wild37 truth for skmorgane/biodiversity-course schedule.md at commit 35c8fdb (2023-09-19): the class
schedule of an undergraduate ecology course on biodiversity (Fall 2023), one ``#### N. Date Topic``
heading per class under ``### Classes/Weeks`` part headings.

Why this commit: it is the last one holding the schedule.  The next commit (b254f3d, 2024-08-19) replaced
the page with "See Canvas for Schedule", and the newest commit (6791f52) keeps that stub.

Shape: under each class heading, ``*`` bullets ``Reading: [Title](url)`` or ``Readings: [Title](url)``
(the title is the only link; most URLs are doi.org, some science.org/doi, sciencemag.org, jstor.org/stable),
followed by nested note bullets (which sections to read) and ``[Questions]({{ site.baseurl }}/...)``
bullets; class-activity bullets list R files and instructions.  Special cases:
- 36-37: the line after the bullet ("Read Section 1 (INTRODUCTION), ...") is not indented, so Markdown
  renders it as a lazy continuation of the bullet: the entry spans 36-37.
- 64-66: three nested bullets ``* [Title](url)`` under "Read the introduction from one of the following
  papers" (a group-project activity) -- each is an entry.
- 69: a note follows the link on the same line (" - only the first three paragraphs of the introduction").
- 114: ``Readings: [Title](url)`` written as a plain paragraph, not a bullet -- an entry all the same.
- Titles are kept as the file writes them, typos included: 17 "phylogeneticdiversity", 70 "... in
  mutualisitic" (the link text stops there), 13 with its lower-case "drivers".
- 13 and 64 have a space inside the link's parentheses (``doi.org/... )``, ``( https://doi.org/...``).

Entries: every link to a paper (20).  Not entries: the syllabus link (10), the R instructions, workbook and
data files (26-30, 42-43), the YouTube video (62), the "Frankenpaper" emailed to the class (87, a
compilation named by no title), "Reading: TBD" (97), the wrap-up bullets (142-144) and all Questions links.
Nested note bullets (18, 20, 75) are notes on the paper above, not part of its entry's span.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "skmorgane__biodiversity-course__schedule@35c8fdb.md"
PART = "wild37_development"

LINK = re.compile(r"\[([^\]]+)\]\(\s*([^)\s]+)\s*\)")
# links that are course pages, files or a video, not papers
NOT_PAPER_URL = re.compile(r"site\.baseurl|youtube\.com")
# an item's text runs on to a following line that is neither indented, blank, a bullet nor a heading
LAZY = {36: 37}
EXPECTED = [13, 17, 19, 36, 47, 55, 64, 65, 66, 69, 70, 74, 76, 83, 92, 101, 110, 114, 119, 127]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        for m in LINK.finditer(ln):
            if NOT_PAPER_URL.search(m.group(2)):
                continue
            papers.append(entry(lines, i, LAZY.get(i, i), m.group(1)))
    assert [p["line"] for p in papers] == EXPECTED, [p["line"] for p in papers]
    assert len(papers) == 20, len(papers)
    write_truth(NAME, PART, papers,
                "Each link to a paper in a class's Reading/Readings bullet (or the one plain 'Readings:' paragraph"
                " at 114, or the three nested paper bullets at 64-66) is an entry on its line (36 runs on to its"
                " lazy continuation 37); title = the link text as written; course pages, R files, the video, the"
                " emailed 'Frankenpaper', 'TBD' and Questions links are not entries.",
                "All 147 lines read by eye against the -v output: every class's readings from the first (13) to"
                " the last (127), the nested bullets 64-66, the unbulleted 114, the lazy continuation 36-37, the"
                " typo'd titles 17 and 70, the note after the link at 69, the non-entries 10, 62, 87, 97, 142-144,"
                " and the DOIs (doi.org with a space before ')' at 13 and after '(' at 64, science.org/doi at 127,"
                " jstor.org/stable/10.1086 at 101; none from the sciencemag.org path at 76); the commit history of"
                " schedule.md checked to pick 35c8fdb.")


if __name__ == "__main__":
    main()
