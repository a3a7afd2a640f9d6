"""Wild32 truth for elonmj/Memory sources.md: "Ultimate Research Collection: Traffic Flow Modeling for
Benin (Top 50)", a numbered reading list for a master's thesis in traffic engineering.

Shape: bold section headings that look like numbered items ("**1. Foundational ...:**", lines 5, 17, ...)
are headings, not records.  Records are Markdown ordered-list items "N.  **Authors (Year).** "Title."
*Venue*, vol(issue), pages." (item 40 and 41 put the period after the bold), usually followed by an
indented line with the DOI link (ends the item); item 4 (line 13) has no link, only a note.
Books flagged by the list itself "(Book - search title and author)" (items 32, 42, 43; lines 89, 112,
113) are not entries.  Items 37, 38 and 46 (lines 99, 101, 121) are records whose bold text is the
title itself (a paper PDF, an SSATP report, a paper PDF); item 39 (line 103) is a titled report with
only a search note; item 36 (line 98) is a World Bank report the list names by no title ("World Bank
Document"): all are entries (reports count), item 36 with title None.  The closing "Important Notes"
bullets are not records.  Title = the double-quoted text, or the bold text for 37/38/39/46.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "elonmj__Memory__sources@d16dede.md"
PART = "wild32_development"

BOOKS = {32, 42, 43}
BOLD_TITLE = {37, 38, 39, 46}
NO_TITLE = {36}


def main() -> None:
    lines = read_lines(NAME)
    items = []
    for no, ln in enumerate(lines, 1):
        m = re.match(r"(\d+)\.\s+\*\*", ln)
        if m:
            last = no
            while last < len(lines) and lines[last].startswith(" ") and lines[last].strip():
                last += 1
            items.append((int(m.group(1)), no, last))
    assert [n for n, _, _ in items] == list(range(1, 47)), [n for n, _, _ in items]
    papers = []
    for n, first, last in items:
        if n in BOOKS:
            assert "(Book - search" in lines[first - 1], n
            continue
        head = lines[first - 1]
        if n in NO_TITLE:
            title = None
        elif n in BOLD_TITLE:
            title = re.match(r"\d+\.\s+\*\*(.+?)\*\*", head).group(1)
        else:
            title = re.search(r'"(.+?)"\s*\*', head).group(1)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 43, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item is an entry (title = the quoted title, or the bold text where the item is only "
                "a bold title) except the three items the list itself flags as books; the unnamed World Bank "
                "report item has title null.",
                "All 46 items read by eye; section headings in bold numbering, book flags, bold-title items, the "
                "link-less items 4 and 39 and the final notes checked.")


if __name__ == "__main__":
    main()
