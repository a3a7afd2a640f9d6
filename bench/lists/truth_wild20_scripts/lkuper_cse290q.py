"""Wild20 truth for lkuper/CSE290Q-2019-09 readings.md: a graduate seminar's reading schedule (UCSC
CSE 290Q, SMT solving and solver-aided systems, fall 2019).

Shape: YAML front matter, then a pipe table without closing pipes (Date | Topic | Presenter |
Reading, lines 13-46) whose Reading cell writes 'Authors, [Title (VENUE YEAR)](url)' and sometimes
an '([off-campus access link](...))'; two rows (lines 29 and 37) hold two readings separated by
';'.  Then a 'Further reading' part: prose paragraphs and nested bullets (some indented with tabs)
in the same 'Authors, [Title (VENUE YEAR)](url)' form.

Entry: every link whose text ends in a parenthesised venue/year '(... YYYY)' and whose subject is
a paper.  Title = the link text without that final parenthetical (venue, year; '_AI
Communications_, 2011' included).  A row naming two papers gives two entries on the same line.

Not entries (books and book parts): the 'Sections ... of Kroening and Strichman' rows (the book
_Decision Procedures: An Algorithmic Point of View_, line 17, and the plain-text section pointers
on lines 18-23), 'Chapter 1 (Propositional Logic) of _The Calculus of Computation_' (line 52), the
_Handbook of Satisfiability_ (line 54) and Yurichev's 'SAT/SMT by Example' (line 63, a free book,
no year in its link).  Lecture-note links in the Topic column (e.g. '"The science of brute
force"' pdf of the lecture) and course pages, guest-lecturer pages, the Potassco and Boolector
web sites are not entries.

Decision: the Z3 paragraph (line 61) says 'The standard citation is: Leonardo de Moura and Nikolaj
Bjorner, [Z3: an efficient SMT solver (TACAS 2008)]' -- a formal reference given as such, so it is
an entry; the mention 'the Onward 2013 Rosette paper we're reading' (line 77) is prose, not one.

Counts: 41 links of the 'Title (... YYYY)' shape (grep), minus the 3 book links = 37; 19 in the
table (17 rows, two of them with two papers) + 18 in 'Further reading'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "lkuper__CSE290Q-2019-09__readings@849dd96.md"
PART = "wild20_development"
LINES = read_lines(NAME)

# '[Title (VENUE YEAR)](' -- the link text may hold '_italics_'
LINK = re.compile(r"\[((?:[^\[\]])*?)\s*\(([^()]*?\d{4})\)\]\(")
BOOK_LINES = {17: "Kroening & Strichman book", 52: "book chapter (Bradley & Manna)", 54: "Handbook of Satisfiability"}


def main() -> None:
    papers = []
    table, further = 0, 0
    for i, text in enumerate(LINES, 1):
        for m in LINK.finditer(text):
            if i in BOOK_LINES:
                continue
            papers.append(entry(LINES, i, i, m.group(1)))
            if i <= 46:
                table += 1
            else:
                further += 1
    assert (table, further) == (19, 18), (table, further)
    assert len(papers) == 37
    # the two rows with two readings each
    assert sum(1 for p in papers if p["line"] == 29) == 2 and sum(1 for p in papers if p["line"] == 37) == 2
    write_truth(
        NAME, PART, papers,
        "every link 'Authors, [Title (VENUE YEAR)](url)' of the reading-schedule table and of the 'Further"
        " reading' bullets/paragraphs is an entry (two on one row = two entries on that line), title = the link"
        " text without its final '(venue year)'; the Kroening & Strichman book and its section pointers, the"
        " Calculus of Computation chapter, the Handbook of Satisfiability and 'SAT/SMT by Example' (books),"
        " lecture notes and web sites are not entries; the Z3 'standard citation' paragraph counts as a reference",
        "all 92 lines read; the 41 'Title (... YYYY)' links listed with grep, the 3 book links dropped by line;"
        " table rows 15-46 one by one (19 papers, rows 29 and 37 with two), the 18 further-reading links one by"
        " one incl. the tab-indented bullets 73-75/79, the titles with '_AI Communications_' and no venue"
        " ('(2018)', '(2019)'); arXiv ids on lines 41, 78, 90 and the Springer chapter DOIs checked",
    )


if __name__ == "__main__":
    main()
