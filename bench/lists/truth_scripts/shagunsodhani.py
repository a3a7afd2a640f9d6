"""Truth for shagunsodhani's papers-I-read README (held out, issue 26).

Entries: every bullet `- [Title](link to the author's summary: site, gist or Medium)` of
'List of papers' (each summarises one paper; the links are summaries, so no ids).
Title: the link text.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "shagunsodhani__papers-I-read__README@3cb183e.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("- "):
            continue
        m = re.match(r"- \[(.+)\]\((\S+)\)\s*$", line)
        assert m, (i, line)
        papers.append(paper(i, i, clean(m.group(1)), line))
    write(
        NAME,
        "Each '- [Title](summary link)' bullet of 'List of papers' is an entry; title = link text.",
        "all 221 bullets matched by one pattern (assert), 20 random titles, the first 10 and last 5, and the 77 gist/Medium/GitHub bullets read against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
