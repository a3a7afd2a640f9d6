"""Wild44 truth for BenjaminHCCarr/Collapse manuscript/litsearch.md (newest commit 1738c12, 2014): the literature
search table of a fisheries-science manuscript project on fish-stock collapse ("Fishery Collapse Literature review") --
meta-analyses of stock-assessment data (RAM legacy database), catch shares, trophic levels, life history, tipping
points and recovery.

Shape: 27 lines.  ``# Fishery Collapse Literature review`` (1), then a pipe table without outer pipes (3-26):
header ``first author | year | journal | DOI | relevance | short note`` (3), the delimiter row (4) and 22 rows
(5-26), one paper each: first author's surname only (three starred ``*Ricard``, ``*Thorson``, ``*Neubauer`` --
the author's marks), year, an abbreviated journal ("Fish&Fisheries", "CJFAS", "Eco Applic", "Front. Ecology"...),
the DOI as bare text, a relevance grade and a short note.  There is no title column: no row writes the paper's
title (the note is the collector's comment, e.g. "Another Meta-Analysis of RAM").  Special cases: two rows give
``N/A`` for the DOI (9 Roughgarden 1996 PNAS, 11 Patrick 2010 NOAA Fishery Bulletin); 21 has two spaces before its
DOI; 24 ``Sohns | 2013 | Book Chap | 10.5822/ 978-1-61091-458-1_6`` is a book chapter (Island Press) whose DOI is
written with a stray space after the slash.

Entries (22): every table row (5-26), one line each, all with a null title (the row names the paper by first
author, year, journal and DOI only).  The book chapter (24) is counted, as contributed chapters are in the other
wild sets.  Not entries: the heading, the header and delimiter rows.
Ids: the bare DOI of the DOI cell (19 rows); 9 and 11 have none; 24 none either: its cell ``10.5822/
978-1-61091-458-1_6`` is broken by a space after the slash, so the row does not write the DOI literally (the
conventions count a DOI only when it is written literally; the helper finds none).  No arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "BenjaminHCCarr__Collapse__manuscript__litsearch@1738c12.md"
PART = "wild44_development"

ROW = re.compile(r"^\*?([A-Z][a-z]+)\s*\|\s*(\d{4})\s*\|([^|]+)\|([^|]+)\|([^|]+)\|(.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2].startswith("first author | year | journal | DOI |") and lines[3].startswith("------------ |")
    papers = []
    for i, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            assert i < 5 or not ln.strip(), (i, ln)
            continue
        p = entry(lines, i, i, None)
        cell = m.group(4).strip()
        if i == 24:
            assert cell == "10.5822/ 978-1-61091-458-1_6" and p["doi"] is None  # broken by a space: not literal
        elif cell == "N/A":
            assert p["doi"] is None
        else:
            assert p["doi"] == cell.lower(), (i, p["doi"], cell)
        papers.append(p)
    d = {p["line"]: p["doi"] for p in papers}
    assert [p["line"] for p in papers] == list(range(5, 27))
    assert d[5] == "10.1111/j.1467-2979.2011.00435.x" and d[12] == "10.2307/2269409"
    assert d[18] == "10.1890/13.wb.006" and d[21] == "10.1890/12-1855.1"
    assert d[24] is None and d[26] == "10.1111/faf.12077"
    assert d[9] is None and d[11] is None and sum(1 for v in d.values() if v) == 19
    assert not any(p["title"] or p["arxiv"] for p in papers)
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each row of the headerless-pipe table (first author | year | journal | DOI | relevance | note) is an entry "
        "of one line with a null title (the table has no title column); DOI = the bare DOI cell (none for the two "
        "N/A rows and for the book-chapter row whose DOI is broken by a space); no arXiv ids.",
        "Whole file (27 lines) read against the -v output: all 22 rows (5-26) one by one, the starred first authors "
        "(5-7), the two N/A DOI cells (9, 11), the DOI with a leading double space (21), the book-chapter row (24, "
        "'10.5822/ 978-…' with a space), that no cell holds a title and the notes are the collector's comments.",
    )


if __name__ == "__main__":
    main()
