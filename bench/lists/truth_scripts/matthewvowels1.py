"""Truth for matthewvowels1's Awesome-Causal-Inference README (held out, issue 26).

Entries: each blank-line separated paragraph `Title. Authors. URL` (or tab separated) under
the year headings; one blog post (line 24) and one book (line 514) are not papers.  An entry
spans its paragraph.  Title: the text before the first '. ' or tab that
is followed by the author list; the title's closing period dropped ('?' does not end a title: three titles have a subtitle after it; line 102's title ends there).
"""

from __future__ import annotations

import re

from _heldout import lines_of, paper, write

NAME = "matthewvowels1__Awesome-Causal-Inference__README@9af9d02.md"
NOT_PAPERS = {24, 514}
SPLIT = re.compile(r"(?<=\.)\s+(?=[A-Z])|\t")


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    i = 8
    while i < len(lines):
        if not lines[i].strip() or lines[i].startswith("#"):
            i += 1
            continue
        start = i + 1
        while i < len(lines) and lines[i].strip() and not lines[i].startswith("#"):
            i += 1
        if start in NOT_PAPERS:
            continue
        text = " ".join(x.strip() for x in lines[start - 1:i])
        title = re.sub(r"\s+", " ", SPLIT.split(text, maxsplit=1)[0]).strip()
        title = title.removesuffix(".")
        if start == 102:  # the one title ending in '?' right before its authors
            title = title.split("? ")[0] + "?"
        papers.append(paper(start, i, title, text))
    write(
        NAME,
        "Each paragraph 'Title. Authors. URL' under a year heading is an entry (one blog post and one book are not); "
        "title = text before the first sentence end or tab that precedes the authors.",
        "every title whose following author part does not look like a name list, 20 random paragraphs, the "
        "first and last paragraph of each year, and the paragraphs without a URL or with two.",
        papers,
    )


if __name__ == "__main__":
    main()
