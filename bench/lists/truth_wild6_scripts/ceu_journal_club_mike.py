"""Wild6 truth for cambridge-ceu/CEU-journal-club docs/mike.md: the journal-club schedule of a
genetic/cardiovascular epidemiology group (Cambridge CEU, "Mike's group").

Shape: a heading, an italic contact line, then one pipe table written without leading or
trailing pipes ('Date | Presenter | URL | Venue'), its rows indented by three spaces.  Two rows
are academic-year separators ('**2023--2024**| &nbsp; | &nbsp; | room'), not entries.  Every other
row is one session presenting one paper: date, presenter's first name, then either
'[Title](url)' (34 rows, 2023-2024) or a bare autolink '<url>' (11 rows, 2022-2023), then an
optional venue or time cell.

Entry: every dated row (lines 8-29 and 31-53); its lines = the row's line.  Title = the link
text of the URL cell; null for the 11 rows whose cell is only '<url>' (the list names no title).
The papers are journal articles, reviews, a Nature Protocols tutorial and medRxiv/bioRxiv
preprints; none is a tool or a talk.  DOIs only where the URL holds one literally (doi.org,
medRxiv/bioRxiv 10.1101, PLOS ?id=, Science, BMC); Nature, Cell, Lancet, JAMA, eLife and
ScienceDirect ids are not DOIs.

Counts: 47 table body rows (lines 7-53), 2 year rows, 45 entries; 34 '](http' rows and 11
'<http' rows (grep -c each), asserted.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "cambridge-ceu__CEU-journal-club__docs__mike@f62b84c.md"
PART = "wild6_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    titled = bare = years = 0
    for i, text in enumerate(LINES, 1):
        if i <= 6:
            continue
        if not text.strip():
            continue
        if text.startswith("**20"):
            years += 1
            continue
        cells = [c.strip() for c in text.split(" | ")]
        assert re.fullmatch(r"\d\d/\d\d/\d{4}", cells[0]), i
        url = cells[2]
        m = re.fullmatch(r"\[(.+)\]\((https?://[^ ]+)\)", url)
        if m:
            titled += 1
            papers.append(entry(LINES, i, i, m.group(1)))
        else:
            assert re.fullmatch(r"<https?://[^ >]+>", url), i
            bare += 1
            papers.append(entry(LINES, i, i, None))
    assert (titled, bare, years) == (34, 11, 2), (titled, bare, years)
    assert len(papers) == 45
    write_truth(NAME, PART, papers,
                "every dated row of the pipe table (no outer pipes) is one paper presented at a session; title = the link"
                " text of the URL cell, null where the cell is only a bare '<url>' autolink; the two bold academic-year"
                " rows are not entries",
                "every row by eye (45 entries: 34 titled, 11 bare URLs), the two year rows, all 34 titles against the file,"
                " the DOIs taken from medRxiv/bioRxiv, doi.org, PLOS, Science and BMC URLs and none from Nature/Cell/Lancet"
                " ids")


if __name__ == "__main__":
    main()
