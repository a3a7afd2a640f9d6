"""Wild6 truth for sound-communities/references README.md: a linguistics (bilingualism, phonetics,
sociolinguistics) reference list rendered by Quarto/pandoc from a BibTeX file, Chicago author-date.

Shape: after four headings that only hold images (citation types, journals, authors, years), one
'# Reference list' with a '<div id="refs" class="references csl-bib-body ...">' holding 106
'<div id="ref-KEY" class="csl-entry">' blocks, each: the div line, a blank line, the reference
wrapped over 2-5 text lines, a blank line, '</div>'.  A reference is 'Authors. Year. “Title.”
*Venue* vol (issue): pages. <https://doi.org/...>.'; a repeated author is written '———.'.
Chapters add 'In *Book*, edited by ...'; theses 'PhD thesis, University'.

Entry: every csl-entry block whose work is an article, chapter, thesis, proceedings paper,
editorial or report, i.e. every block with a “quoted” title; its lines = its text lines (the div
lines and blanks hold no text).  Title = the text between the curly quotes “ and ” (the only pair in
each such block, asserted), the separator '.' before the closing quote dropped, a '?' kept;
'<span class="nocase">' markup removed, straight quotes inside titles kept as written.
Not entries: the six books, whose title is in italics with no quotes (Ellis 2010, Grosjean 2010,
Mendoza-Denton 2014, Potowski & Torres 2023, Silva-Corvalan & Treffers-Daller 2016, Weinreich
1968), and ref-birdsong2012, the Bilingual Language Profile, a questionnaire instrument (a tool)
cited by its website although its name is quoted.  The Census Bureau's 'The American Community
Survey: 50 Years of Personal Stories' (a report) is kept.  One DOI link is malformed
('https://doi.org/3588485', Levis 2005): no DOI is taken from it.

Counts: 106 csl-entry blocks (grep -c 'class="csl-entry"'), 7 excluded, 99 entries; 99 blocks
with one “ and one ” (checked separately).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "sound-communities__references__README@6234ee3.md"
PART = "wild6_development"
LINES = read_lines(NAME)
BOOKS = {"ref-ellis2010essential", "ref-grosjean2010bilingual", "ref-mendoza2014homegirls",
         "ref-potowski2023spanish", "ref-treffers2016language", "ref-weinreich1968languages"}
TOOLS = {"ref-birdsong2012"}


def main() -> None:
    papers = []
    blocks = 0
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r'<div id="(ref-[^"]+)" class="csl-entry">', text)
        if not m:
            continue
        blocks += 1
        key = m.group(1)
        assert LINES[i] == "", i  # blank line after the div line
        first = i + 2
        last = first
        while LINES[last] != "":
            last += 1
        assert LINES[last + 1] == "</div>", (i, LINES[last + 1])
        own = " ".join(LINES[first - 1:last])
        if key in BOOKS:
            assert "“" not in own and re.search(r"\d{4}\. \*", own), key
            continue
        if key in TOOLS:
            continue
        assert own.count("“") == 1 and own.count("”") == 1, key
        title = re.search(r"“(.+?)”", own).group(1).strip()
        title = title[:-1] if title.endswith((".", ",")) else title
        papers.append(entry(LINES, first, last, title))
    assert blocks == 106, blocks
    assert len(papers) == 99, len(papers)
    write_truth(NAME, PART, papers,
                "every Chicago author-date csl-entry block with a quoted title (articles, chapters, theses, a proceedings"
                " paper, editorials, a Census report) is an entry, its text lines between the div lines; title = the text"
                " inside the curly quotes without the final '.'; the six italic-title books and the Bilingual Language"
                " Profile (a questionnaire tool) are not entries",
                "all 106 blocks' shapes (asserted), the 6 books and the BLP tool by eye, every one of the 99 titles against"
                " the file (the span-nocase titles, the straight-quote titles of Byrnes 2016, Casillas 2021 and Brown 2023,"
                " the all-caps Christoffersen title, the '?' titles), the DOIs of 10 sampled entries and the malformed"
                " Levis DOI")


if __name__ == "__main__":
    main()
