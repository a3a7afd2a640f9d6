"""Wild28 truth for mcenv/box docs/src/references/papers.md: the reference papers of a programming-language project.

Shape: a PL language project's docs page (76 lines), '## YYYY' year headings (1972 ... 2023),
under each one bullet per record: '* [Authors. **Title**. Venue, vol, pages.](url)' -- the whole
Semantic-Scholar-style citation is the link text, the title is the one bold span inside it.  Some
records have no venue (lines 46, 55, 56, 69, 74, 75); arXiv preprints are written 'ArXiv,
abs/2207.03402' in the citation and linked by a 10.48550/arXiv DOI (lines 63, 66, 75, 76).  Line 54
links a percent-encoded DOI (10.22152/programming-journal.org%2F2022%2F6%2F5).
Commit: the repository's HEAD no longer has the page (moved to another repository by commit
e6359b5), so the last commit that has it, cc42f04, is used.
Entries: every bullet whose subject is a paper: journal/conference papers, arXiv preprints, ML
Family workshop papers (lines 55, 69, linked to their workshop page), a master's dissertation
(line 46) and a thesis (line 56).  Not an entry: line 21, 'The Garbage Collection Handbook' (a
book).  Count check: 33 bullets (grep "^\\* \\[" = 33) = 32 entries + 1 book.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "mcenv__box__docs__src__references__papers@cc42f04.md"
PART = "wild28_development"
BOOKS = {21}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("* ["):
            continue
        bullets += 1
        if i in BOOKS:
            continue
        m = re.match(r"\* \[[^*\]]*\*\*(.+?)\*\*", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert bullets == 33, bullets
    assert len(papers) == 32, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet under the year headings whose subject is a paper (incl. workshop papers, arXiv"
                " preprints and two theses) is an entry; title = the bold span inside the linked citation;"
                " the one book (line 21) is not an entry",
                "all 33 bullets read by eye against the -v output; titles, the 28 DOIs (incl. the 10.48550"
                " arXiv DOIs and the percent-encoded one on line 54) and the 4 arXiv ids checked")


if __name__ == "__main__":
    main()
