"""Truth for junxia97's awesome-pretrain-on-molecules README (held out, issue 26).

Entries: (a) the numbered items `N. [Venue] **Title**[[paper](url)][[code](url)]` of the Papers
List (numbering is irregular: `1.` repeated, `99.[`, one `5 [`; two items have no bold);
(b) the rows of the 'Open-Sourced Pretrained Graph Models' table, one model per row named by a
nickname linked to its paper (title null, ids from that first cell).  The datasets table and
the authors' own citation BibTeX are not entries.  Title: the bold text (else the text between
the venue tag and `[[paper]]`), a final period dropped.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "junxia97__awesome-pretrain-on-molecules__README@958b889.md"
ITEM = re.compile(r"\s*\d+\.?\s*\[[^\]]*\]\s*(?:\*\*(.+?)\*\*|(.+?)\s*\[\[)")


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = ITEM.match(line)
        if m and i < 258:
            title = clean(m.group(1) or m.group(2)).rstrip(".")
            papers.append(paper(i, i, title, line))
        elif line.startswith("|") and 258 < i < 284 and not line.startswith(("|PGMs", "|---")):
            papers.append(paper(i, i, None, line.split("|")[1]))
    write(
        NAME,
        "Numbered Papers List items '[Venue] **Title**[[paper]]' (title = bold text, else text before [[paper]], "
        "final period dropped) and rows of the pretrained-models table (nickname only: title null, ids from the "
        "first cell) are entries; datasets table and own citation are not.",
        "first/last item of each section, 20 random items, every item not numbered '1.'-style, items without "
        "bold, and all 21 table rows against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
