"""Truth for RuishanFang's daily-arXiv-ai-enhanced page of 2025-05-28 (held out, issue 26).

Entries: each `### [n] [Title](arXiv abs)` card, running over its authors, category, TL;DR
and `<details>` block to `</details>`.  Title: the link text.  The table of contents is not
an entry.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "RuishanFang__daily-arXiv-ai-enhanced__data__2025-05-28@b9f73fb.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r"### \[\d+\] \[(.+)\]\((\S+)\)\s*$", line)
        if not m:
            continue
        end = i
        while end < len(lines) and lines[end - 1].strip() != "</details>":
            end += 1
        papers.append(paper(i, end, clean(m.group(1)), line))
    write(
        NAME,
        "Each '### [n] [Title](arXiv)' card is an entry, from the heading to its '</details>'; title = link text; "
        "id from the heading link.",
        "all 11 entries (heading, span end at </details>, id) against the file and the TOC totals (5+2+1+2+1).",
        papers,
    )


if __name__ == "__main__":
    main()
