"""Wild17 truth for saranshkarira/Deep-Learning-Paper-Summaries README.md: a student's index of his own paper reviews.

Shape: year headings (2018 down to 2012), under each a '-' bullet whose text is the plain
(unlinked) paper title followed by link labels '[[Paper](url)][[Review](url)]' (one bullet has
only '[[Paper]]', one a space between the two labels), and an indented sub-bullet
'    - Authors, venue, year' (one, line 34, only 'Leslie N. Smith'; blank lines between some
entries, not all).  A closing 'To-Reads' heading holds five task-list bullets '- [ ] Title'.

Entries: each top-level bullet (19 reviewed papers + 5 to-read = 24).  A reviewed paper's entry
spans its title line and its author sub-bullet; title = the bullet text before ' [['
('Overfeat : Integrated ...' kept as written).  A to-read entry is its one line, title = the
text after '- [ ] '.
Ids: the [Paper] link is arXiv for 18 of the 19 (abs, http or https); AlexNet's goes to NIPS
proceedings; the to-read items have no link.  No DOI.
Count: 24 lines start with '- ' (grep), sub-bullets start with four spaces (19).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "saranshkarira__Deep-Learning-Paper-Summaries__README@8c15582.md"
PART = "wild17_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def main() -> None:
    subs = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("    - "):
            subs += 1
            assert LINES[i - 2].startswith("- ") and " [[Paper](" in LINES[i - 2], i
            continue
        if not text.startswith("- "):
            continue
        m = re.match(r"- \[ \] (.+)$", text)
        if m:
            PAPERS.append(entry(LINES, i, i, m.group(1).strip()))
            continue
        m = re.match(r"- (.+?) \[\[Paper\]\(", text)
        assert m, (i, text)
        assert LINES[i].startswith("    - "), i
        PAPERS.append(entry(LINES, i, i + 1, m.group(1)))
    assert subs == 19
    assert len(PAPERS) == 24, len(PAPERS)
    write_truth(NAME, PART, PAPERS,
                "every top-level bullet is an entry: the 19 reviewed papers (title = plain text before ' [[Paper]',"
                " entry = title line + author sub-bullet) and the 5 '- [ ] Title' to-read items",
                "every line of the file read; 24 '- ' bullets and 19 author sub-bullets counted with grep; all titles"
                " and the 18 arXiv ids checked against the lines")


if __name__ == "__main__":
    main()
