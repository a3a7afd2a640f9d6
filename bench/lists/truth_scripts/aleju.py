"""Truth for aleju's paper-summary index (held out, issue 26).

Entries: every bullet `* [****`TAG`**** …] [Title](local notes .md) [(thanks, …)]` under the
'## Added YYYY/MM/DD:' headings.  The links go to the author's notes, so no ids.  Title: the
first link's text (tags and thanks left out).
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "aleju__papers__README@dda3756.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r"\s*\* (?:\*\*\*\*`[^`]*`\*\*\*\* )*\[(.+?)\]\(([^)\s]+)\)", line)
        if m:
            papers.append(paper(i, i, clean(m.group(1)), line))
    write(
        NAME,
        "Each bullet '* [tags] [Title](notes.md)' is an entry; title = the first link text; no ids (links are notes).",
        "all 98 bullets matched (98 bullets in the file), 20 random titles and the first/last bullet of each of "
        "the 23 date sections read against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
