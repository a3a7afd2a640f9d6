"""Truth for potterzot's economics reading list (held out, issue 26).

Entries: checklist bullets naming one article: `**BibKey**: (Field) https://dx.doi.org/…`
(title null: only a key and a DOI; duplicates count on each line), `Author, Year. "Title"
[Venue]` bullets, and 'Nikolov2013 Quarterly Journal of Economics' (a journal article, title
null).  Not entries: the books (Friedman … Breit/Hirsch, Freakonomics, McCloskey ×2,
Lantz's R book) and the bare keys that do not say what the work is (Keshav2016,
ChernozhukovXXXX, Dudenhefer2009).  Title: the quoted text without a trailing comma.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "potterzot__potterzot.github.io___notes__papers__reading_list@7f29c6c.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("* ["):
            continue
        q = re.search(r'"(.+)"', line)
        if "doi.org/" in line or i == 41:
            papers.append(paper(i, i, None, line))
        elif q:
            papers.append(paper(i, i, clean(q.group(1)).rstrip(","), line))
    write(
        NAME,
        "Checklist bullets naming one article are entries: BibKey + DOI bullets (title null), 'Author, Year. "
        "\"Title\"' bullets (title = quoted text) and one key with a journal name (title null); books and bare keys "
        "that do not identify the work are not.",
        "all 77 bullets against the file (entries and the 12 left out).",
        papers,
    )


if __name__ == "__main__":
    main()
