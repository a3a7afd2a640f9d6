"""Wild21 truth for Chiu-Te-Wang/Paper-Reading README: a student's index of the papers they read and
summarised, one bullet per paper under topic headings.

Shape: ``- [Venue Year] Title(Nickname) [summary](/paper/<own note>.md)`` -- the venue tag in square
brackets comes first (written ``[ACL 2017]`` or ``[2019 ACL]``), then the title, then often a short
name in parentheses glued to the title without a space (``(BERT)``, ``(ERNIE 2.0)``, once ``(Short
Papers)``), then a ``[summary]`` link to the author's own note (no paper link anywhere).

Entry: every ``- [`` bullet (84; all of them are papers, including the two OpenAI reports tagged
``[website 2018]``).  Title: the text between the venue tag and `` [summary]``, with a trailing glued
parenthesis dropped (it is the list's nickname or a note, not part of the title); bold spans inside
a few titles (``**Graph Convolutional Networks** for Text Classification``) are markup and stay in
the title text.  No entry carries an arXiv id or DOI (links point to the author's notes).

Checks: 84 bullets by ``grep -c '^- \\['`` = 84 ``[summary](`` links = 84 entries; 35 glued
parentheses counted by grep and all dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "Chiu-Te-Wang__Paper-Reading__README@97ae46e.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    glued = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ["):
            continue
        m = re.match(r"- \[[^\]]+\] (.+?) \[summary\]\(", text)
        assert m, (i, text)
        title = m.group(1).strip()
        t2 = re.sub(r"(?<=\S)\([^()]*\)$", "", title)
        if t2 != title:
            glued += 1
        papers.append(entry(lines, i, i, t2))
    assert len(papers) == 84, len(papers)
    assert glued == 35, glued
    write_truth(NAME, PART, papers,
                "every '- [Venue Year] Title [summary](note)' bullet is an entry (84); title = text between the"
                " venue tag and ' [summary]', a nickname or note in parentheses glued to its end dropped",
                "every entry by eye against the file (84 lines), the 35 glued parentheses (nicknames such as"
                " (BERT), (ERNIE 2.0) and the note (Short Papers)), bold spans inside 5 titles")


if __name__ == "__main__":
    main()
