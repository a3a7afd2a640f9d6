"""Wild19 truth for GUoGUoWi/Awesome-Federated-Transfer-Learning README: '| Paper | Strategy | Venue |
Year | Code |' tables whose Paper cell is a whole reference citation used as link text,
'[Surname I, Surname I. Title. In: Proceedings ... Year, pages](url)'.

Shape: a TOC of anchor links, then heading sections (##, ###, ####) each holding one table.
Rows start with ' | [', '| [' or ' |[' (leading space varies).  The Paper cell's link text is a
GB/T-7714-style citation: authors written 'Surname Initials' separated by ', ' (initials without
dots, sometimes ending 'others .'), then '. ', the title, then '. ' (or '? ' for titles ending in
a question mark) and the venue/journal/arXiv note.  Some links are empty '()' (3 rows); one row
nests a second link inside the URL parentheses (line 225).

Entries: every table row (259; 26 + 3 + 17 + 14 + 10 + 120 + 31 + 1 + 3 + 22 + 11 + 1 per
section).  Papers repeated across sections (many) are separate entries.  Title = the citation's
text between the author list (up to the first '. ') and the next '. ' / '? ' ('?' kept); on line
225 the citation writes the book chapter number into the title ('16 federated knowledge
distillation'), and the leading '16 ' is dropped as numbering.  Not entries: the TOC lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "GUoGUoWi__Awesome-Federated-Transfer-Learning__README@24b499e.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    heading = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            heading = text.lstrip("#").strip()
            continue
        m = re.match(r" *\| *\[(.+?)\]\((\S*?)\) *\|", text)
        if not m:
            assert not re.match(r" *\| *\[", text), text
            continue
        citation = m.group(1)
        authors, sep, rest = citation.partition(". ")
        assert sep and "," in authors or len(authors.split()) <= 3, (i, authors)
        t = re.match(r"(.+?[.?])(?: |$)", rest)
        title = t.group(1).removesuffix(".")
        if i == 225:
            assert title == "16 federated knowledge distillation", title
            title = title.removeprefix("16 ")
        per[heading] = per.get(heading, 0) + 1
        papers.append(entry(LINES, i, i, title))
    assert list(per.values()) == [26, 3, 17, 14, 10, 120, 31, 1, 3, 22, 11, 1], per
    assert len(papers) == 259
    write_truth(NAME, "wild19_development", papers,
                "every row of the Paper/Strategy/Venue/Year/Code tables is an entry; the Paper cell's link text is a full"
                " citation and the title is its part between the author list and the next '. ' or '? ' (chapter number"
                " '16' dropped on line 225); repeated papers across sections are separate entries",
                "row counts per section by awk (26/3/17/14/10/120/31/1/3/22/11/1 = 259); every extracted title checked to be"
                " followed by a venue/journal/arXiv note (none cut short) and preceded by an author list; titles of the"
                " first 40 rows and of the odd rows (empty links, nested link on line 225, 'others .' authors, '?' titles)"
                " read by eye against the file")


if __name__ == "__main__":
    main()
