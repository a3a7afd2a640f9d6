"""Wild52 truth for MaximilianAlgehed/ReadingList ReadingList.md: a Chalmers PhD student's "My current reading list"
(functional programming, property-based testing, hardware description in Haskell), the repository's only file, newest
commit (39be037, 2016-05-30; its commit message is garbled ``APLgit add ReadingList.md ...``).

Shape: 32 lines, 1.8 KB, no links, no ids, no years.  ``# My current reading list`` (1), blank (2), then 30 bullets
(3-32) of the form ``* Title - Surname[, Surname, & Surname]`` (``* Theorems for free - Wadler`` 3,
``* Backpack to Work: Towards Practical Mixin Linking for Haskell - Yang, Kilpatrick, Dreyer, & Jones `` 18 with a
trailing space, ``* Curry, An Integrated Functional Logic Language - Hanus et. al.`` 31).  The last line (32) has no
``&`` (``Slepak, Shivers, Manolios``).

Special cases:
- Papers and books are mixed in one list with nothing to tell them apart.  Not research works, so not entries:
  ``Machine Learning lecture notes - Ng`` (4, course notes), and the textbooks ``Introduction to probability and
  statistics (again...)`` (5), ``The algebra of programming`` (8), ``Mathematics form and function`` (11),
  ``Introduction to topology`` (13), ``Types and programming languages`` (17), ``The Haskell School of Expression``
  (19), ``Introduction to VLSI systems`` (22).
- Kept as entries: Pierce's ``A taste of category theory for computer scientists`` (7, a CMU technical report) and the
  Curry language report (31, a technical report edited by Hanus), besides the conference / journal papers.
- ``(again...)`` after a title (10, re-reading note) is a trailing remark, dropped from the title.
- Titles as written: ``Testing monadic code with QuickSpec`` (6; the Claessen-Hughes paper is about QuickCheck),
  ``The Study of Butteflies`` (24, typo), the comma inside ``Curry, An Integrated ...`` (31).

Decisions:
- Entry = a bullet naming a research work (22 of the 30 bullets); title = the text before the last `` - `` (the
  authors come after it), a trailing ``(again...)`` dropped; the 8 book / lecture-note bullets are not entries.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "MaximilianAlgehed__ReadingList__ReadingList@39be037.md"
PART = "wild52_development"

BULLET = re.compile(r"^\* (?P<title>.+) - (?P<authors>[^-]+?)\s*$")
AGAIN = " (again...)"
NOT_PAPERS = {4, 5, 8, 11, 13, 17, 19, 22}  # lecture notes and textbooks


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# My current reading list"
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            assert n in (1, 2, 33) or not ln.strip(), (n, ln)
            continue
        bullets += 1
        m = BULLET.match(ln)
        assert m, (n, ln)
        if n in NOT_PAPERS:
            continue
        title = m.group("title").removesuffix(AGAIN)
        assert AGAIN not in title and " - " not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert bullets == 30, bullets
    assert len(papers) == 22, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Theorems for free", t[3]
    assert t[10]["title"] == "The design of a pretty printing library", t[10]
    assert t[18]["title"] == "Backpack to Work: Towards Practical Mixin Linking for Haskell", t[18]
    assert t[24]["title"] == "The Study of Butteflies", t[24]
    assert t[30]["title"] == "On Computable Numbers, With an Application to the Entscheidungsproblem", t[30]
    assert t[31]["title"] == "Curry, An Integrated Functional Logic Language", t[31]
    assert t[32]["title"] == "An Array-Oriented Language with Static Rank Polymorphism", t[32]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* Title - Authors' bullet (3-32) naming a research work is an entry (22 of 30): title = the text"
        " before the last ' - ', the re-reading remark '(again...)' dropped (10); the lecture notes (4) and the"
        " textbooks (5, 8, 11, 13, 17, 19, 22: probability/statistics, Algebra of Programming, Mathematics Form and"
        " Function, topology, TAPL, Haskell School of Expression, VLSI systems) are not entries; Pierce's CMU report"
        " (7) and the Curry language report (31) are kept as technical reports.",
        "Read all 32 lines; compared -v for all 22 entries against the file: author part cut at the last ' - ' incl."
        " the trailing space on 18 and 'Hanus et. al.' on 31, '(again...)' dropped on 10 but not on the skipped 5,"
        " typos kept ('Butteflies' 24, 'QuickSpec' 6), the comma inside the Curry title kept; checked each skipped"
        " bullet is a book or lecture notes; no links or ids anywhere.",
    )


if __name__ == "__main__":
    main()
