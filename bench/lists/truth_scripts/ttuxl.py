"""Truth for TTUXL's pasted Google Scholar export (held out, issue 26).

Entries: every line `Authors. "Title." Venue … host, Year` (one article per line, 1,000
lines, no Markdown).  Title: the text between the quotes, without the closing period.
"""

from __future__ import annotations

import re

from _heldout import lines_of, paper, write

NAME = "TTUXL__TTUXL.github.io__report__Untitled@7d1ae9f.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r'[^"]*"(.+)\."\s', line)
        if m:
            papers.append(paper(i, i, re.sub(r"\s+", " ", m.group(1)).strip(), line))
    write(
        NAME,
        "Each line 'Authors. \"Title.\" Venue … host, Year' is an entry; title = the quoted text without its "
        "closing period.",
        "20 random lines, the first and last 5, all lines with a '…' or a quote inside the title, and that every "
        "one of the 1,000 lines has exactly one quoted title ending in '.\"'.",
        papers,
    )


if __name__ == "__main__":
    main()
