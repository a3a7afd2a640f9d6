"""Wild18 truth for azminewasi/PaperADay README.md: one student's '#PaperADay' log (July 2023), a
challenge of reading one AI paper a day.

Shape: a heading 'Papers I Read' over a three-column Markdown table '| No | Paper Name | Review |':
the day number (zero-padded, spacing irregular: '| 01|', '| 06  |'), the paper's title as plain
text (no link, no authors, no venue), and a '[Review](github .../papers/NNN-....md)' link to the
author's own review note.  Prose before the table; a star request, a Substack image in HTML and
badge links after it.

Entry: every data row (20, days 01-20); all are papers (Objaverse-XL is a dataset paper, kept).
Lines: the row's single line.  Title: the second cell, as written ("Reconstructing the Mind's Eye
fMRI-to-Image with ..." keeps its missing colon, 'Patch n’ Pack' its curly apostrophe).  The
links point to the review notes in the repository: no arXiv id, no DOI.  The header row, the
separator row and the badges after the table are not entries.

Counts: 20 rows by grep '^| [0-9]', numbered 01..20 without a gap.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "azminewasi__PaperADay__README@ea4e52e.md"
PART = "wild18_development"
LINES = read_lines(NAME)
ROW = re.compile(r"\| (\d\d) *\| (.+?) *\| \[Review\]\(https://github\.com/azminewasi/PaperADay/blob/main/papers/[^)]+\) \|$")


def main() -> None:
    papers, numbers = [], []
    for i, text in enumerate(LINES, 1):
        if not re.match(r"\| \d", text):
            continue
        m = ROW.match(text)
        assert m, i
        numbers.append(int(m.group(1)))
        papers.append(entry(LINES, i, i, m.group(2)))
    assert numbers == list(range(1, 21)), numbers
    assert len(papers) == 20
    write_truth(NAME, PART, papers,
                "every data row of the 'No | Paper Name | Review' table is an entry, title = the plain 'Paper Name'"
                " cell as written; header, separator, star request and badge links are not entries",
                "all 20 rows read one by one against the file (numbers 01-20, titles, no ids); the text around the"
                " table checked for other papers (none)")


if __name__ == "__main__":
    main()
