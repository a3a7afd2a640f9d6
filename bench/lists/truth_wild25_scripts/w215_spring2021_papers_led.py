"""Wild25 truth for uc-berkeley-w215/spring2021 papers-led.md: usable-security course, papers led by each student.

Shape: a course page (UC Berkeley W215, usable privacy and security, Spring 2021): one '* **Student
Name**:' bullet per student (line 17 has no colon), and under it two indented '  * ' bullets, one
per paper the student led: 'Title, by Authors. (Unit N, Date)'.  No links, no ids, no venues.
Some items add a sentence before the unit ('by Felt et al. (2014). This paper was rehearsed and the
recording sent to us before the class. (Unit 5, Feb 8)', lines 22, 34, 50, 58).  Two titles end
in '?' and have no comma before 'by' (line 35 'Security automation considered harmful? by Edwards
et al.', line 39 'What Do ... Communicate to Users? by León et al.'); the '?' is kept.
Entry = each indented paper bullet; title = the text before ', by ' (or before ' by ' after a
'?'); the student-name bullets are not entries.  The same paper led by two students is two
entries ('The Emperor’s New Security Indicators ...', lines 50 and 58).  Titles keep the file's
curly apostrophes and quotes (‘secret’, line 34).  'A Taxonomy of Privacy, by Solove' (line 38)
is a law-review article, counted as a paper.
Count check: 14 student bullets x 2 paper bullets = 28 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "uc-berkeley-w215__spring2021__papers-led@441ed7c.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    students = 0
    for i, text in enumerate(lines, 1):
        if re.match(r"\* \*\*[^*]+\*\*:?$", text):
            students += 1
            continue
        if not text.startswith("  * "):
            continue
        m = re.match(r"  \* (.+?)(?:, by |(?<=\?) by )", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert students == 14, students
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "each indented '* Title, by Authors. (Unit N, Date)' bullet under a student's name is an entry;"
                " title = the text before ', by ' (before ' by ' when the title ends in '?'); student-name bullets"
                " are not entries; a paper led by two students is two entries",
                "all 28 entries read against the file (every title, including the two '?' titles on lines 35"
                " and 39, the rehearsal notes on lines 22, 34, 50, 58 and the repeated paper on lines 50/58);"
                " no links or ids in the file")


if __name__ == "__main__":
    main()
