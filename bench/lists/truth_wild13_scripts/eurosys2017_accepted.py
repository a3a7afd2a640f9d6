"""Wild13 truth for eurosys-chapter/2017 program/papers.md: the EuroSys 2017 accepted-paper page.

Jekyll front matter (the page is marked 'published: false', yet the file is the full list), a heading,
a sentence ('Of 200 submissions, the Program Committee has selected 41 papers for acceptance.') with a
link to the program, then one record per paper: '* **Title**' ending in two spaces (a Markdown hard
line break) and, on the next line (sometimes indented by one space), the authors with their
affiliations in italics, 'Name, Name, and Name (*Affiliation*), ...'; records are separated by a blank
line.  No links, no ids.

Every bullet is an entry (41, as the page says; 41 '* **' lines by grep); lines = the bullet line and the
authors line; title = the bold text (one title holds a nested italic, '(*dIPC*)', which the helper's
markup removal unwraps to '(dIPC)').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "eurosys-chapter__2017__program__papers@1188847.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("* "):
            continue
        m = re.fullmatch(r"\* \*\*(.+)\*\*  ", text)
        assert m, i
        nxt = LINES[i]
        assert nxt.strip() and "(*" in nxt and not nxt.startswith("*"), i
        papers.append(entry(LINES, i, i + 1, m.group(1)))
    assert len(papers) == 41
    assert "selected 41 papers" in "\n".join(LINES)
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "every '* **Title**' bullet with the authors line under it is an entry (both lines), title = the bold text",
        "all 41 bullets (the page's own count, and 41 '* **' lines by grep), every title by eye, the nested"
        " '(*dIPC*)' italic, the authors lines with and without a leading space; no links or ids in the file",
    )


if __name__ == "__main__":
    main()
