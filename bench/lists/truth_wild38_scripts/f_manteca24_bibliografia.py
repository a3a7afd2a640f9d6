"""Wild38 truth for Manteca24/beyond_lotka_volterra bibliografia.md: the "Bibliografía" of a Spanish
agent-based ecology project (a notebook and site "más allá de Lotka-Volterra": predator-prey, Allee
effects, corridors, ecological traps), 39 references in one bulleted list, Spanish citation style.

Shape: "# Bibliografía" (1), a blank line, then 39 "- " items on lines 3-41, one per line, sorted by
author: "- **Surname, Given y Surname, Given.** ..." -- the bold author block (Spanish "y" between the
last two authors, "et al.", "(eds.)"), then either
- a quoted title "\"Title\"." followed by the italic journal, volume(issue), pages, year -- journal
  articles (Science, Nature, Ecology, The American Naturalist, Biometrika, ...), or followed by "En:"
  and an edited volume or proceedings: Gilpin & Soulé 1986 (13, a chapter in *Conservation Biology:
  The Science of Scarcity and Diversity*), Moore 1962 (30, *Proceedings of Symposia in Applied
  Mathematics*), Masad & Kazil 2015 (28, the Mesa paper, *Proceedings of the 14th Python in Science
  Conference*);
- or an italic title followed by a publisher -- a book (12 items: Allee 1931, Courchamp et al. 2008,
  Epstein & Axtell 1996, Grimm & Railsback 2005, Heppenstall et al. (eds.) 2012, Hilty et al. 2006,
  Holland 1998, Lotka 1925, MacArthur & Wilson 1967, Malthus 1798, Okubo 1980, Schelling 1978).
Entry = each item with a quoted title (27): articles, the chapter and the two proceedings papers;
Gardner 1970 (11, the Scientific American "Mathematical Games" column that introduced Conway's Life)
and Noss 1992 (32, "The Wildlands Project", *Wild Earth*) are magazine/journal articles and kept.
Not entries: the 12 books.  Title = the text inside the double quotes, as written: the separator "."
after the closing quote is not part of it; "?" inside is ("What is conservation biology?", 40); the
single-quoted 'life' inside Gardner's title is kept.  Titles are English; the Spanish is in the
heading and the citation glue ("y", "En:", "(eds.)").  No DOIs, no arXiv ids, no links.  27 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "Manteca24__beyond_lotka_volterra__bibliografia@ea53810.md"
PART = "wild38_development"

ITEM = re.compile(r"^- \*\*(.+?)\*\* (.+)$")
QUOTED = re.compile(r'^"(.+)"\.\s')
BOOK = re.compile(r"^\*[^*]+\*\.\s")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    books = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("- "):
            assert n in (1, 2) or not text.strip(), n
            continue
        m = ITEM.match(text)
        assert m, n
        rest = m.group(2)
        q = QUOTED.match(rest)
        if q:
            papers.append(entry(lines, n, n, q.group(1)))
        else:
            assert BOOK.match(rest), n
            books.append(n)

    assert books == [3, 6, 9, 15, 17, 18, 19, 25, 26, 27, 33, 37], books
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- **Authors.** \"Title\". ...' item (journal articles, the Gilpin & Soulé chapter, the Moore and "
        "Masad & Kazil proceedings papers, Gardner's Scientific American column) is an entry, its title the text "
        "inside the double quotes; the twelve '*Book Title*. Publisher' items are books, not entries.",
        "Read all 41 lines: each of the 39 items classified by hand (quoted title vs italic book title, the 'En:' "
        "chapter 13 and proceedings 28, 30, the magazine articles 11 and 32) and all 27 titles compared with "
        "the -v output (the '?' of 40, the inner 'life' quotes of 11, capitalisation as written).",
    )


if __name__ == "__main__":
    main()
