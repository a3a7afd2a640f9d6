"""Truth for hanghoo's daily_arxiv bot README (held out, issue 26).

Entries: every row `|[title](arXiv abs)|[repo](github)|` of the per-day `|paper|code|` tables
(a paper repeated on several days counts on each day).  Title: the link text of the paper
cell, lower-cased as the bot wrote it.  Ids from the paper cell.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "hanghoo__daily_arxiv__README@924f12e.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("|") or line.startswith(("|paper|", "|---")):
            continue
        cell = line.split("|")[1]
        m = re.fullmatch(r"\[(.*)\]\((\S+)\)", cell.strip())
        assert m, (i, line)
        papers.append(paper(i, i, clean(m.group(1)), cell))
    write(
        NAME,
        "Each row of the per-day '|paper|code|' tables is an entry; title = the paper cell's link text "
        "(lower-case as written); id from that cell.",
        "every table row parsed by one pattern (an assert), 20 random rows and the first/last row of 6 days "
        "against the file, and all rows without an arXiv id.",
        papers,
    )


if __name__ == "__main__":
    main()
