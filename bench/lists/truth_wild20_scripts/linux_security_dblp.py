"""Wild20 truth for akshithg/linux-security-papers readme.md: a README generated from a CSV of DBLP records.

'NOTE: Do **NOT** edit this file manually.', then one pipe table without outer pipes:
'&#35; | year | venue | title | authors | links', a dashes row, and rows
'N | YYYY | venue-key | Title. | Author, Author 0001, ... | [paper](url) [DblpKey](https://dblp.org/rec/...)'.
Every row is an entry (70, numbered 1-70 in order, 2000-2019, kernel and OS security papers).
Title = the title cell without DBLP's closing '.' (a separator); titles DBLP ends with '?' keep
it.  One title carries the list's own note '(Awarded Best Paper!)' before the dot ('Recovering
Device Drivers'): the note is not part of the title and is dropped.  Colons are written ' - ' by
the generator ('SoK - Eternal War in Memory'): kept as written.  DOI from the [paper] link when
it is a doi.org link (33 rows); NDSS/USENIX pages and the DBLP record links carry none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "akshithg__linux-security-papers__readme@8f99103.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    numbers = []
    for i, text in enumerate(LINES, 1):
        if not re.match(r"\d+ \| ", text):
            continue
        cells = text.split(" | ")
        assert len(cells) == 6, i
        numbers.append(int(cells[0]))
        assert re.fullmatch(r"(19|20)\d\d", cells[1]), i
        title = cells[3]
        title = re.sub(r"\s*\(Awarded Best Paper!\)(?=\.$)", "", title)
        title = re.sub(r"\.$", "", title)
        papers.append(entry(LINES, i, i, title))
    assert numbers == list(range(1, 71)), numbers
    assert sum(1 for p in papers if p["doi"]) == 33
    assert not any("Award" in p["title"] for p in papers)
    write_truth(NAME, PART, papers,
                "every numbered row of the generated 'N | year | venue | title | authors | links' table is an entry,"
                " title = the title cell without its closing '.' (and without the one '(Awarded Best Paper!)'"
                " note), DOI from doi.org [paper] links",
                "the numbering 1-70 without gaps, every title against the file by eye, the 33 doi.org links (the"
                " other rows link NDSS/USENIX pages), the one award note, the header and dashes rows")


if __name__ == "__main__":
    main()
