r"""Wild21 truth for JackEdTaylor/expra-wise25 lecture/general/reading.md: a psychology practical's reading page.

Shape: two parts.  'Assigned Reading' is a Markdown table (Date | Group | Title | Authors | Year |
Link) whose Title cell is plain text and whose Link cell is the journal citation linked to a
doi.org URL; every table row is an entry, title = the Title cell.  'Suggested Reading' holds APA 7
references as '* ' bullets separated by blank lines under four 'Group' headings:
'Authors (Year). Title. *Journal*, *vol*(issue), pages. https://doi.org/...'; title = the text
between '(Year). ' and the italic journal.  Five papers occur both in the table and as a bullet:
each occurrence is an entry (repeated records are separate entries).  Titles keep their own '?'
('Are brand names special words?', 'Does face-selective cortex ...?'); a final '.' separator is
dropped by the helper.  Count checks: 8 table rows (grep '^| [0-9][0-9]/'), 14 bullets (grep '^\* ')
= 2 + 5 + 4 + 3 per group heading.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "JackEdTaylor__expra-wise25__lecture__general__reading@7ce06d2.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = bullets = 0
    per_group: dict[str, int] = {}
    group = None
    for i, text in enumerate(lines, 1):
        if text.startswith("### Group"):
            group = text
            per_group[group] = 0
        m = re.match(r"\| \d\d/\d\d/\d{4} \|", text)
        if m:
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            papers.append(entry(lines, i, i, cells[2]))
            rows += 1
            continue
        if text.startswith("* "):
            t = re.search(r"\(\d{4}\)\. (.+?)\s\*[A-Z]", text)
            assert t, i
            papers.append(entry(lines, i, i, t.group(1)))
            bullets += 1
            per_group[group] += 1
    assert rows == 8, rows
    assert bullets == 14, bullets
    assert list(per_group.values()) == [2, 5, 4, 3], per_group
    write_truth(NAME, PART, papers,
                "every dated table row under 'Assigned Reading' (title = the plain Title cell) and every '* ' APA"
                " bullet under the Group headings (title = text between '(Year). ' and the italic journal) is an"
                " entry; papers listed in both places count each time",
                "all 22 entries against the file by eye: titles (with '?' kept, final '.' dropped), line numbers,"
                " the 22 doi.org DOIs (one http://doi.org); counts 8 rows + 2/5/4/3 bullets per group")


if __name__ == "__main__":
    main()
