"""Wild11 truth for ozsu/CS738 paper-list.md: a databases course's approved papers for a review assignment.

Under eight lettered topic headings ('## A. Core DBMS, ...' to '## H. Vector Databases ...'),
each paper is a three-line bullet: '- Initials Surnames. [Link](url)' (the link to DOI, ACM DL,
IEEE Xplore, CIDR, USENIX, VLDB, arXiv or, once, a Slack message), then an indented bold title
line '  **Title.**', then an italic venue line; one item (Text-to-SQL) adds a fourth line
'DOI: 10....'.  Every bullet is an entry (25: 4+4+3+2+3+3+3+3 per section, counted by eye
and with grep for '^- ' and '^  **'); its lines run from the bullet to its last indented line;
title = the bold text (its final '.' dropped).  Ids come from the entry's own lines (the link,
the 'DOI:' text, 'arXiv:2502.05562').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "ozsu__CS738__paper-list@2612753.md"
PART = "wild11_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3]
            per_section[section] = 0
        if not text.startswith("- "):
            continue
        assert "[Link](" in text, i
        m = re.fullmatch(r"  \*\*(.+)\*\*\s*", LINES[i])
        assert m, i
        last = i + 1
        while last < len(LINES) and LINES[last].startswith("  ") and LINES[last].strip():
            last += 1
        papers.append(entry(LINES, i, last, m.group(1)))
        per_section[section] += 1
    assert per_section == {"A": 4, "B": 4, "C": 3, "D": 2, "E": 3, "F": 3, "G": 3, "H": 3}, per_section
    assert len(papers) == 25
    write_truth(NAME, PART, papers,
                "every '- Authors. [Link](url)' bullet is an entry from the bullet to its last indented line"
                " (bold title line, italic venue line, once a 'DOI:' line); title = the bold text, final '.' dropped",
                "all 25 entries against the file (count per section 4/4/3/2/3/3/3/3 by eye and grep of '^- ' and"
                " '^  **'), every title, line ranges, ids (DOI links, ACM DL 10.5555/10.14778/10.1145 URLs, arXiv"
                " 2502.05562; IEEE, CIDR, USENIX, VLDB PDF and Slack links give none)")


if __name__ == "__main__":
    main()
