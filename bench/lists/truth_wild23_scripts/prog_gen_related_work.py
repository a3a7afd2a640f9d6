"""Wild23 truth for hellotommmy/prog-gen-notes related_work.md: a researcher's related-work survey.

Shape: notes for a paper in progress on the complexity of test-data generators; eleven numbered
'##' topic sections, each with '### Core Papers' / '### Extended Reading' (or '### On ...')
subsections; one bullet per work: '- **Authors (Venue Year), "Title"** (note)' on one line and a
two-space-indented description paragraph on the next line (line 287, RustSmith's, opens with a
parenthesised pointer to a local PDF).  No links, no ids at all.  The file ends with a summary
table (lines 364-375) whose rows are topics, not works.  Title = the double-quoted text inside the
bold span (every bullet has exactly one quoted string).
Entries: 79 of the 88 bullets: papers, surveys, a thesis (line 155), a tool paper (line 166), two
handbook chapters (line 321 Fülöp & Vogler, line 338 Jerrum & Sinclair), Gini's 1912 essay
'Variabilità e Mutabilità' (line 233, published in a university series; counted as a work, not
a book), a record whose title is probably garbled (line 88, '"Lattice Lattices" and Flajolet's
analytic combinatorics line': title 'Lattice Lattices').  Repeated records stay separate entries:
lines 160 and 163 (same paper, two venues, 'Same as above; different venue') and line 341 (the
Jerrum-Valiant-Vazirani paper of line 79, '(also listed above)').
Not entries (BOOKS, 9): the records the file marks as textbook, monograph or lecture notes (lines
38, 82, 239, 346, 349) and four unmarked books (line 236 Theil 1967 'Economics and Information
Theory', line 242 Boucheron-Lugosi-Massart 'Concentration Inequalities', line 354 Marshall-
Olkin-Arnold 'Inequalities: Theory of Majorization ...', line 357 Galambos-Simonelli
'Bonferroni-type Inequalities with Applications'), known as books and described as 'the
standard reference'; the summary table rows.
Entry lines: the bullet line to its description's last line (the next blank line ends it).
Count check: 88 lines start with '- **'; 88 - 9 = 79.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "hellotommmy__prog-gen-notes__related_work@af192e4.md"
PART = "wild23_development"
BOOKS = {38: "Computational Complexity: A Conceptual Perspective",
         82: "Algorithms for Random Generation and Counting",
         236: "Economics and Information Theory",
         239: "Elements of Information Theory",
         242: "Concentration Inequalities: A Nonasymptotic Theory of Independence",
         346: "Probability and Measure",
         349: "Combinatorial Stochastic Processes",
         354: "Inequalities: Theory of Majorization and Its Applications",
         357: "Bonferroni-type Inequalities with Applications"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- **"):
            continue
        bullets += 1
        m = re.match(r'- \*\*[^"]*"([^"]+)"[^"]*\*\*', text)
        assert m, i
        title = m.group(1)
        if i in BOOKS:
            assert BOOKS[i] == title, (i, title)
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        papers.append(entry(lines, i, end, title))
    assert bullets == 88, bullets
    assert len(papers) == 79, len(papers)
    write_truth(NAME, PART, papers,
                "every '- **Authors (Venue Year), \"Title\"**' bullet and its indented description is an entry"
                " except 9 books (5 marked textbook/monograph/lecture notes, 4 well-known books unmarked);"
                " title = the quoted text in the bold span; repeated records kept",
                "all 88 bullets read by eye: 9 books set aside by line, the 79 quoted titles compared with"
                " their lines, every entry's end line checked (each record is 2 lines); no links or ids in"
                " the file")


if __name__ == "__main__":
    main()
