"""Wild15 truth for mental2008/awesome-papers paper-list/systems-for-ml/resource-scheduler.md: a
graduate student's personal topic list beside his paper-reading notes (GitBook page, "I am
actively maintaining this list").

Shape: five '## ' sections (DL training scheduling, general ML training scheduling, trace
analysis, survey, acronyms).  Each paper is a top-level bullet
'* Title (Venue Year) \\[[Personal Notes](..)] \\[[Paper](url)] \\[[Code](url)]', the venue often
a link to the author's notes of that conference ('([OSDI 2020](../../reading-notes/...))') or
plain text ('(SC 2021)', '(arXiv 2202.07848)'), followed by indented '  * ' sub-bullets
(affiliations, a 'Best Paper Award' line, one-line notes).

Entry: every top-level '* ' bullet of the first four sections (28), from its own line to its
last sub-bullet.  Title: the text of the bullet before the final venue parenthesis (no title
holds a parenthesis of its own).  Not entries: the two '## Acronyms' bullets ('DL: Deep
Learning', 'ML: Machine Learning') and the sub-bullets (notes under an entry).  Blox ('A Modular
Toolkit ...', EuroSys 2024) is a paper and kept.

Count check: grep -c '^\\* ' gives 30 = 28 papers + 2 acronyms; per section 22 / 1 / 4 / 1,
counted by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "mental2008__awesome-papers__paper-list__systems-for-ml__resource-scheduler@79bee4a.md"
PART = "wild15_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    section = None
    per_section: dict[str, int] = {}
    i = 0
    while i < len(LINES):
        text = LINES[i]
        if text.startswith("## "):
            section = text[3:].strip()
        if not text.startswith("* ") or section == "Acronyms":
            i += 1
            continue
        end = i
        while end + 1 < len(LINES) and LINES[end + 1].startswith("  "):
            end += 1
        head = text[2:].split(" \\[[", 1)[0]
        m = re.match(r"(.+?) \((?:\[[^\]]+\]\([^)]*\)|[^()]+)\)$", head)
        assert m, (i + 1, head)
        papers.append(entry(LINES, i + 1, end + 1, m.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
        i = end + 1
    assert per_section == {"Scheduling for DL Training Workloads": 22, "Scheduling for General ML Training Workloads": 1,
                           "Trace Analysis": 4, "Survey": 1}, per_section
    assert len(papers) == 28
    write_truth(NAME, PART, papers,
                "every top-level '* ' bullet outside '## Acronyms' is an entry, running to its last indented sub-bullet;"
                " title = the bullet's text before the link labels and the final '(Venue Year)' parenthesis",
                "every entry (28) against the file: title, first/last line, arXiv id (from arXiv links)"
                " and DOI (doi.org and dl.acm.org/doi links); grep count 30 top-level bullets"
                " minus 2 acronym bullets; the venue parentheses written as links and as plain text")


if __name__ == "__main__":
    main()
