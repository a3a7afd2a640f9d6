"""Wild23 truth for msande231/msande231.github.io syllabus.markdown: Stanford MS&E 231 (computational
social science) course syllabus, Fall 2023.

Shape: '## Week N -- Topic ##' headings, bold session dates ('**Tues 9/26**'), optional plain topic
lines ('Weak ties:'), then '- ' bullets, one reading each, written as unlinked author-year citations:
'- Authors (year) "Title," Venue.'  There are no links, DOIs or arXiv ids on any reading line.  The
comma after the title sits inside the quotes ('"Title," PNAS') or outside ('"Title", Nature');
variants: '(2016), "Title"' (line 47), 'Feld (1991). "Title,"' (line 143), '"Title,""' with a doubled
closing quote (line 100), '"Title?,"' (line 134, '?' kept), a bullet with no venue (line 91), a
leading double space after '-' (line 100), and one title wrapped over two lines (lines 82-83, joined
with a space).  Title = the text between the first '"' and the next '"', a final ',' dropped.

Entries: every visible reading bullet whose subject is a paper (journal and conference papers, arXiv
and SocArxiv preprints, the Routledge-series paper on line 29).  Not entries: line 23 (Salganik, Bit
by Bit, book chapters, no quoted title) and line 107 (Gillespie 2021, 'Custodians of the Internet',
a Yale University Press book), both listed in BOOKS; headings, dates, topic lines and the notes
'Democracy Day -- no class.', 'Lightening talks ...'.  The block of old weeks inside an HTML
comment (lines 153-206: 19 quoted citations plus '**PS2: Due**'-style and 'Digital exhaust'
bullets) is not rendered on the page and is not counted.
Count check: 83 '- ' bullets outside the comment (grep '^- ' on lines 1-152 and 207-end; the
'-  ' bullet on line 100 included), 82 of them with a quoted title (all but line 23), minus the two
books = 81 entries; 19 quoted bullets inside the comment are skipped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "msande231__msande231.github.io__syllabus@a6e39f9.md"
PART = "wild23_development"
BOOKS = {23, 107}
COMMENT = (153, 206)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[COMMENT[0] - 1] == "<!--" and lines[COMMENT[1] - 1] == "-->"
    papers = []
    skipped_in_comment = 0
    i = 0
    while i < len(lines):
        n = i + 1
        text = lines[i]
        i += 1
        if not text.startswith("- "):
            continue
        if COMMENT[0] <= n <= COMMENT[1]:
            if '"' in text:
                skipped_in_comment += 1
            continue
        if n in BOOKS:
            continue
        end = n
        own = text
        if own.count('"') < 2:  # title wraps onto the next line (82-83)
            own = own + " " + lines[i]
            end = n + 1
            i += 1
        m = re.search(r'"(.+?)"', own)
        assert m, n
        title = m.group(1).strip().rstrip(",").strip()
        papers.append(entry(lines, n, end, title))
    assert skipped_in_comment == 19, skipped_in_comment
    assert len(papers) == 81, len(papers)
    write_truth(NAME, PART, papers,
                "every visible '- ' reading bullet citing a paper is an entry (author-year citations without links);"
                " title = the text inside the first pair of double quotes, a final comma dropped (lines 82-83 joined);"
                " two book readings (lines 23, 107) and the 19 citations inside the HTML comment (lines 153-206)"
                " are not entries",
                "whole file read by eye; every one of the 81 titles compared with its bullet; the quote/comma"
                " variants on lines 16, 47, 91, 100, 134, 143 and the wrapped title on lines 82-83 checked;"
                " the two books and the commented-out block checked as excluded")


if __name__ == "__main__":
    main()
