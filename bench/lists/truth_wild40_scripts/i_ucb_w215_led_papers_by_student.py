"""Wild40 truth for uc-berkeley-w215/summer2020 led-papers.md: the record of which student led the discussion of
which paper in UC Berkeley's MICS W215 "Usable Privacy and Security" course, summer 2020 (HCI and security:
passwords and authentication, warnings, privacy notices, access control, IoT).

Shape: "# Current semester (summer 2020) readings" (1), then one block per student: a bold name line
"**Name**:" (not a list item) followed by one to three "- " bullets, each a paper:
    - "Title", by Authors. (Unit N)
Quotes are straight; titles keep curly apostrophes and inner curly quotes ("It’s No Secret: Measuring the
Security and Reliability of Authentication via “Secret” Questions", 21).  Variants: the citation's "." inside
the closing quote ("Real life challenges in access-control management.", 5); no "." between the authors and
"(Unit N)" on 25 and 26 ("by Weinberger and Felt (Unit 11)"); author typo "by He et a." (8).  No links or ids.

Decisions:
- Entries: every "- " bullet (23), each one paper: conference and journal papers, Solove's law-review article
  "A Taxonomy of Privacy" (15), Cranor's journal article "Necessary but Not Sufficient ..." (26) and Norman's
  ACM interactions article "When Security Gets in the Way" (52).  The bold student names and the heading are
  not entries.
- Span: the bullet's single line.
- Title: the text between the straight quotes, the "." before the closing quote dropped as the citation's
  separator (5); curly quotes and apostrophes inside kept; the shortened "No One Can Hack My Mind" (48, the
  paper's quoted lead phrase) kept as written.
- Ids: none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "uc-berkeley-w215__summer2020__led-papers@ad103d2.md"
PART = "wild40_development"

BULLET = re.compile(r'^- "(.+?)\.?", by .+\(Unit \d+\)\.?$')
NAME_LINE = re.compile(r"^\*\*[^*]+\*\*:$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    students = 0
    for n, ln in enumerate(lines, 1):
        if m := BULLET.match(ln):
            papers.append(entry(lines, n, n, m.group(1)))
        elif NAME_LINE.match(ln):
            students += 1
        else:
            assert n == 1 or not ln.strip(), (n, ln)
    assert students == 14, students
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- \"Title\", by Authors. (Unit N)' bullet under a bold student name is one paper (23, including a"
        " law-review, a journal and an ACM interactions article); title = the quoted text, a '.' before the"
        " closing quote dropped; no ids.",
        "All 52 lines read and asserted (heading, 14 bold names, 23 bullets, blanks); -v output compared by eye"
        " for every bullet against its line: the '.'-inside-quote title 5, the curly quotes and apostrophes"
        " (12, 21, 33, 40, 41, 47), the two bullets without '.' before '(Unit N)' 25/26, and the three"
        " non-conference articles 15/26/52.",
    )


if __name__ == "__main__":
    main()
