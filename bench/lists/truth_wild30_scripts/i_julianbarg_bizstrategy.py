"""Wild30 truth for julianbarg/wiki "Business Strategy I 2018.md": a PhD student's wiki page holding the
session-by-session reading list of a doctoral seminar in business strategy (11 sessions).

Shape: `### Session NN: topic` headings (some topics are themselves wiki links), each followed by a
numbered list; some sessions add a `#### Additional Readings` sub-heading whose numbering continues
(6., 7., 8.). Every record is one line `N. [[Author(s) Year]] - Title`, where the double-bracket
wiki link is only the note's key (authors + year), never the title; the title is the text after
" - ". No URLs, DOIs or arXiv ids anywhere. The `[[_TOC_]]` line (1) and heading lines are not
entries. The last line (92) has no final newline.

Entries: every numbered record that names a journal article / working paper, one per line. Not
entries (books and textbook chapters, decided by the record itself and the well-known works):
line 13 Carlton & Perloff 2000 "... In: Modern Industrial Organization" (textbook chapter), line 25
Penrose 1959 (The Theory of the Growth of the Firm, a monograph), line 44 Hart 1995 (Firms,
Contracts and Financial Structure, a monograph), line 53 Nelson & Winter 1982 (An Evolutionary
Theory of Economic Change, a monograph). Title = text after " - " with a final "." dropped
(lines 6-8 end in a period).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "julianbarg__wiki__Business Strategy I 2018@0e4d927.md"
PART = "wild30_development"
BOOKS = {13, 25, 44, 53}
REC = re.compile(r"^\d+\. \[\[[^\]]+\]\] - (.+)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            assert not re.match(r"^\d+\.", ln), (n, ln)
            continue
        if n in BOOKS:
            continue
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 57, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered `N. [[Key]] - Title` line is one entry (title = text after ' - ', the wiki-link "
                "key of authors and year is not the title); the four monographs/textbook chapters (lines 13, 25, "
                "44, 53) are not entries.",
                "Read the whole file by eye: all 61 numbered records, the 4 book records excluded, every title "
                "checked against its line.")


if __name__ == "__main__":
    main()
