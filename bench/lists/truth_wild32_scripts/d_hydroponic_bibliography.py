"""Wild32 truth for kapil-161/hydroponic_python docs/RESEARCH_BIBLIOGRAPHY.md: the research bibliography
of a hydroponic crop-growth (CROPGRO/DSSAT) simulator: plant physiology, crop modelling, horticulture.

Shape: emoji headings (## / ###) group 78 numbered records "N. **Authors** (Year). Title. *Venue* vol:
pages." each followed by two indented sub-bullets: an italic note and "DOI: 10...." / "ISBN: ..." /
"PMID: ..." (item 50, line 268, has no id line).  The entry spans the numbered line and its
sub-bullets.  Records whose title is the italic text right after the year are books, manuals and
standards (items 2, 6, 17, 22, 23, 25, 38, 39, 41, 52, 53, 58, 64-70, 72, 75-78): not entries, except
item 21 (line 110), FAO Irrigation and Drainage Paper 56, a technical report: entry with the italic
title.  Items 71, 73, 74 (ISO standard, two climate data services) have no year and are not entries.
Book chapters (items 29, 31-33, 50, 54: plain title, italic book) are entries.  Title = text between
"(Year). " and the venue's opening "*" (the last ". *" or "? *"); italics inside a title (items 36,
37, 47) are kept as text.  The closing "Total References: 78" paragraph is not a record.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "kapil-161__hydroponic_python__docs__RESEARCH_BIBLIOGRAPHY@e39fdc6.md"
PART = "wild32_development"

REPORTS_WITH_ITALIC_TITLE = {21}
NO_YEAR_NON_ENTRIES = {71, 73, 74}


def main() -> None:
    lines = read_lines(NAME)
    items = []
    for no, ln in enumerate(lines, 1):
        m = re.match(r"(\d+)\. \*\*", ln)
        if m:
            last = no
            while last < len(lines) and re.match(r"\s+- ", lines[last]):
                last += 1
            items.append((int(m.group(1)), no, last))
    assert [n for n, _, _ in items] == list(range(1, 79))
    papers = []
    books = []
    for n, first, last in items:
        head = lines[first - 1]
        m = re.search(r"\*\* \(\d{4}\)\. (.*)$", head)
        if not m:
            assert n in NO_YEAR_NON_ENTRIES, n
            continue
        rest = m.group(1)
        if rest.startswith("*"):
            if n in REPORTS_WITH_ITALIC_TITLE:
                papers.append(entry(lines, first, last, re.match(r"\*(.+?)\*", rest).group(1)))
            else:
                books.append(n)
            continue
        cut = [mm.start() for mm in re.finditer(r"[.?] \*", rest)]
        title = rest[: cut[-1] + 1]
        papers.append(entry(lines, first, last, title))
    assert len(books) == 24, books
    assert len(papers) == 51, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered record with a plain title between '(Year). ' and the italic venue is an entry (span: the "
                "record and its note/DOI sub-bullets); italic-title books, manuals, standards and data services are not, "
                "except the FAO-56 report.",
                "All 78 records read by eye: 24 italic-title books/standards and 3 year-less standards/data services "
                "excluded, FAO-56 kept, book chapters, the id-less item 50 and titles with italic species names checked.")


if __name__ == "__main__":
    main()
