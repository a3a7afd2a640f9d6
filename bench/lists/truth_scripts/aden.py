"""Truth for AdenChen27's economics reading-group log (held out, issue 26).

Entries: the `- [Name presents:] Authors (Year) Title` bullets and the suggested-reading bullets
naming one article or essay; books, topics without a paper, Q&A-site links and the
commented-out pool are left out.  Title: the text after `(Year)`, without trailing notes.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "AdenChen27__AdenChen27.github.io__content__theory-reading-25@28e731d.md"
BOOKS = {"Capitalism and Freedom", "The Economic Approach to Human Behavior"}
NOTES = re.compile(r"\s*(?:— excerpts|\(up to Lemma 1.*\)|\(Chapters? [\d-]+\)|, foreword in .*)$")


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r"- (?:[^:()]+ present(?:s|ed): )?(.+?) \((\d{4})\) (.+)$", line)
        if not m:
            continue
        title = clean(NOTES.sub("", m.group(3)))
        title = NOTES.sub("", title)
        if title in BOOKS or title.startswith("Capitalism and Freedom"):
            continue
        papers.append(paper(i, i, title, line))
    write(
        NAME,
        "Each '- [Name presents:] Authors (Year) Title' bullet naming an article or essay is an entry (books, "
        "topic-only talks, Q&A links and the HTML-commented pool are not); title = text after '(Year)' without "
        "trailing notes such as '— excerpts' or '(up to Lemma 1 ...)'.",
        "all entries against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
