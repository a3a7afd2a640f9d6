"""Wild8 truth for X-lab2017/open-research openlist.md: an open-source-research lab's list of papers it reads.

Shape: one Markdown table '|No. | Title | Publication | Year | Rank | Keywords | Clasification | Resource |
History |' whose rows are numbered '|0001| ... |'; the Title cell is either a link '[Title](url)' or plain
text, and many titles put a keyword in bold inside the title ('The **Shifting** Sands of **Motivation**:
...'); several titles are Chinese; the Resource cell links a copy, a video and reading notes ('[[Note](...)]'),
and the History cell the issue where the paper was recommended.  Notes bullets follow the table.

Entries: every numbered row (49), title = the Title cell with its markup removed (the bold keywords kept
as words, doubled spaces collapsed); ids from the whole row (a DOI or arXiv link in the Resource cell
counts).  The header, the separator row and the Notes bullets are not entries.  Count check: 49 rows
'|00nn|' by grep, numbered 0001-0049 without gap.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "X-lab2017__open-research__openlist@edb5546.md"
PART = "wild8_development"
LINES = read_lines(NAME)


def main() -> None:
    papers, numbers = [], []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"\|(\d{4})\|([^|]+)\|", text)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        papers.append(entry(LINES, i, i, m.group(2)))
    assert numbers == list(range(1, 50)), numbers
    write_truth(NAME, PART, papers, (
        "every numbered table row '|00nn|' is an entry; title = its Title cell (link text or plain text) with"
        " the bold keyword markup removed; ids from the whole row"), (
        "49 rows numbered 0001-0049 by grep; all 49 titles read against the Title cells (bold keywords,"
        " Chinese titles, linked titles); the Notes bullets after the table checked to hold no paper"))


if __name__ == "__main__":
    main()
