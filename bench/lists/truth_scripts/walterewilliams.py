"""Truth for walterewilliams' Economics 811 study references (held out, issue 26).

Entries: each HTML `<li>…</li>` reference (wrapped over lines) that names an article or
chapter in quotes: `Author, "Title," <U>Journal</U>, …`; the one item naming two articles
(Alchian and Demsetz, lines 29-33) is two entries.  Items naming only an underlined book
title are books, not entries.  Title: the quoted text without the comma or period before the
closing quote.  No links, so no ids.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "walterewilliams__walterewilliams.github.io__courses__study-references@e230b2c.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    start = 0
    for i, line in enumerate(lines, 1):
        if "<li>" in line:
            start = i
        if "</li>" in line and start:
            text = " ".join(x.strip() for x in lines[start - 1:i])
            for quoted in re.findall(r'"([^"]+)"', text):
                papers.append(paper(start, i, clean(quoted).rstrip(",.").strip(), text))
            start = 0
    write(
        NAME,
        "Each <li> reference naming a quoted article/chapter title is an entry (one per quoted title: one item names "
        "two); book-only items are not; title = quoted text without trailing comma/period.",
        "all 91 <li> items: the 35 book-only items left out, the two-article item, and 20 random titles.",
        papers,
    )


if __name__ == "__main__":
    main()
