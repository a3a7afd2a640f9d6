"""Wild20 truth for plewis/plewis.github.io phylogenetics/papers2026.md: a phylogenetics course's literature cited.

A Jekyll page: front matter, a link back to the course page, two sentences (one explaining that
':heavy_check_mark:' marks papers cited in Spring 2026), then one author-year reference per
paragraph, alphabetical, single-line (one, Milkey & Lewis 2026, wraps its link URL onto a second
line): '[:heavy_check_mark: ]Authors. YEAR. Title. Journal vol:pages. (note)'.  The title is either
plain text ending at its '.', or a Markdown link (to doi.org, dx.doi.org, JSTOR, PMC, a handle, a
PDF); one link ('Hastings 1970') runs on over the journal and pages, one has a doubled '(('.
The year is sometimes written '(2010).'.  Course notes follow in parentheses or brackets.
Entries: every reference paragraph whose subject is an article, proceedings paper, lecture-series
article or book chapter (Akaike 1973, Buneman 1971, Edwards & Cavalli-Sforza 1964, Jukes & Cantor
1969, Swofford & Kubatko 2024 chapters; Geyer 1991 and Stamatakis 2006 proceedings; Dayhoff 1978
in the Atlas).  Not entries: the seven books (Darwin 1859, Eck & Dayhoff 1966 Atlas, Felsenstein
2004, Gould 1977, Hennig 1966, Paradis 2006, Wiley 1981) and the page's prose lines.  One entry
names no title (Fan et al. 2011: authors, year, journal, note): title null.  One entry's author
list starts with ', D. T.' (the surname lost): still an entry.
Title: the link text if a link follows the year, else the text after 'YEAR. ' up to the first
'. '; a handful of titles where that rule fails are written out in FIXED (a period inside the title,
a title with no period before the journal, a chapter title ending at a comma, the Hastings link
running on over the journal, Newton & Raftery's '(with discussion)' note, a bibliographic remark
rather than part of the title).  A link text's closing '.' is the citation's separator and is
dropped ('Diversitree: ... in R.').
Counts: 167 non-blank lines after line 10 = 166 paragraphs (one spans two lines); 166 - 7 books =
159 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "plewis__plewis.github.io__phylogenetics__papers2026@eb2b297.md"
PART = "wild20_development"
LINES = read_lines(NAME)

BOOKS = {  # first words of the book paragraphs (after the check mark)
    "Darwin, C. R. 1859.",
    "Eck, R. V., and M. O. Dayhoff. 1966.",
    "Felsenstein, J. 2004.",
    "Gould, S. J. 1977.",
    "Hennig, W. 1966.",
    "Paradis, E. 2006.",
    "Wiley, E. O. 1981.",
}
FIXED = {  # paragraph start -> title, where the first-'. ' rule does not give the title
    "Fan, Y., Wu, R.": None,
    "Gogarten, J. P.": "Evolution of the vacuolar H+-ATPase: Implications for the origin of eukaryotes",
    "Hastings, W. K. 1970.": "Monte Carlo sampling methods using Markov chains and their applications",
    "Jones, C. S., F. T. Bakker": "Leaf shape evolution in the South African genus _Pelargonium_ L'Hér. (Geraniaceae)",
    "Swofford, D. L., and L. S. Kubatko. 2024.": "Species tree estimation using site pattern frequencies",
    "Newton, M. A.": "Approximate Bayesian inference with the weighted likelihood bootstrap",
}
YEAR = re.compile(r"\(?(?:18|19|20)\d\d[ab]?\)?\.\s+")


def main() -> None:
    paras: list[tuple[int, int]] = []
    first = None
    for i in range(11, len(LINES) + 1):
        blank = not LINES[i - 1].strip()
        if not blank and first is None:
            first = i
        if blank and first is not None:
            paras.append((first, i - 1))
            first = None
    if first is not None:
        paras.append((first, len(LINES)))
    assert len(paras) == 166, len(paras)

    papers = []
    books = fixed = 0
    for a, b in paras:
        text = " ".join(LINES[a - 1 : b]).removeprefix(":heavy_check_mark: ").strip()
        if any(text.startswith(k) for k in BOOKS):
            books += 1
            continue
        key = next((k for k in FIXED if text.startswith(k)), None)
        if key is not None:
            title = FIXED[key]
            fixed += 1
        else:
            m = YEAR.search(text)
            assert m, a
            rest = text[m.end():]
            link = re.match(r"\[([^\]]+)\]\(", rest)
            if link:
                title = link.group(1).strip().removesuffix(".")  # the citation's '.' ('... in R.')
            else:
                cut = rest.find(". ")
                assert cut > 0, a
                title = rest[:cut]
        papers.append(entry(LINES, a, b, title))
    assert books == 7 and fixed == 6, (books, fixed)
    assert len(papers) == 159, len(papers)
    write_truth(
        NAME, PART, papers,
        "every author-year reference paragraph of an article, proceedings paper or chapter is an entry (its"
        " lines); the 7 books are not; title = the link text after the year, else the text up to the first"
        " '. ', with 6 hand-written exceptions (one entry without a title is null)",
        "paragraph count (166) and the 7 books by eye; all 159 titles printed and read against the file"
        " (links with run-on journal text, titles with periods, no-period titles, the two-line Milkey link,"
        " the malformed '((' link, the ', D. T.' author list, the '(2005).' years), the DOIs of linked and"
        " '[DOI:...]' references",
    )


if __name__ == "__main__":
    main()
