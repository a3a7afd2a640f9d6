"""Wild54 truth for keithbuhler/keithbuhler.github.io content/philosophy/philosophy-nagel.md: a philosophy teacher's
Jekyll page listing Thomas Nagel's works (humanities: philosophy of mind, ethics, political philosophy), newest commit
touching it (604298c, 2017-05-31, the site overhaul that moved it from pages-philosophy/ to content/philosophy/).

Shape: 95 lines, 5 KB, no list markup at all: every reference is its own paragraph separated by blank lines.  Jekyll
front matter (1-7); ``## Books ##`` (10) with 13 book references in author-year style (12-36: ``Nagel, Thomas (1970).
The possibility of altruism. Princeton, N.J: Oxford University Press. ISBN ...``), one of them repeated in a second,
year-first style (30 ``2002, The Myth of Ownership: Taxes and Justice, (with Liam Murphy) Oxford University Press.``);
then ``## Articles`` (40) with 28 references in the year-first style ``1959, "Hobbes's Concept of Obligation",
Philosophical Review, pp. 68–83.`` (41-95, one per odd line).  No links except one: line 65 wraps the whole reference
in a Markdown link to a PDF (``[1974, "What Is it Like to Be a Bat?", ... ](http://...nagel_bat.pdf)``).

Special cases:
- Notes after the citation: ``(repr. in Mortal Questions)``, ``(a discussion review of A Theory of Justice by John
  Rawls)`` (53, 61), co-authors ``(with R. Dworkin, R. Nozick, ...)`` after the title (81), bare words ``Online text`` /
  ``Online PDF`` where a link once was (85-89).
- Book chapters (``1983, "The Objective Self", in Carl Ginet and Sydney Shoemaker (eds.), Knowledge and Mind``: 73, 77,
  83, 89, 91) are research works: entries.  81 (``Assisted Suicide: The Philosophers' Brief``, New York Review of Books)
  and 95 (``The I in Me``, a review article in the LRB) are listed as articles and kept as entries.
- Titles keep their own punctuation (``What Is it Like to Be a Bat?``, ``Hobbes's Concept of Obligation``).

Decisions:
- Entry = every reference paragraph under ``## Articles`` (28, lines 41-95); title = the text in double quotes.
- Not entries: the 13 book references and the repeated book line under ``## Books ##`` (10-36) -- books.
- No ids: the only URL (65) is a PDF link without a DOI or arXiv id.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "keithbuhler__keithbuhler.github.io__content__philosophy__philosophy-nagel@604298c.md"
PART = "wild54_development"

ARTICLE = re.compile(r'^\[?(?P<year>(?:19|20)\d\d), "(?P<title>[^"]+)",? ')
BOOK = re.compile(r"^(?:Nagel, Thomas.* \((?:19|20)\d\d\)\. |2002, The Myth of Ownership)")


def main() -> None:
    lines = read_lines(NAME)
    books_at, articles_at = lines.index("## Books ##") + 1, lines.index("## Articles") + 1
    assert (books_at, articles_at) == (10, 40), (books_at, articles_at)
    books = [n for n in range(books_at + 1, articles_at) if lines[n - 1].strip()]
    assert all(BOOK.match(lines[n - 1]) for n in books) and len(books) == 13, books
    papers = []
    for n in range(articles_at + 1, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.strip():
            continue
        m = ARTICLE.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert t[41]["title"] == "Hobbes's Concept of Obligation", t[41]
    assert t[65]["title"] == "What Is it Like to Be a Bat?", t[65]
    assert t[81]["title"] == "Assisted Suicide: The Philosophers' Brief", t[81]
    assert t[95]["title"] == "The I in Me", t[95]
    assert sorted(t) == list(range(41, 96, 2)), sorted(t)
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every reference paragraph under '## Articles' (41-95, year-first style '1959, \"Title\", Journal, pp.') is an"
        " entry (28), book chapters and the review articles included; title = the double-quoted text; the 13 book"
        " references and the repeated book line under '## Books ##' (12-36) are not entries.",
        "Read all 95 lines; compared -v for all 28 article lines: the link-wrapped 65 (Bat), notes after the title"
        " (repr., discussion review 53/61, co-authors 81, 'Online PDF' 85-89), chapters 73/77/83/89/91, the LRB"
        " review 95; checked that lines 12-36 are all books (13) and yield no entry; no ids anywhere.",
    )


if __name__ == "__main__":
    main()
