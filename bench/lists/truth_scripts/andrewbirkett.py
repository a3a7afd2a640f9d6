"""Truth for andrewbirkett's quantum-computing paper list (held out, issue 26).

Entries: bullets `* Year Author: Title <url> comment` (a bullet may wrap its link onto the
next line) naming one paper, report or thesis.  Not entries: Feynman's 1959 talk, the IonQ
lecture video, the BCG finance report, IBM backend details and the course under 'Longer
courses'.  Title: the text between the year/author prefix and the autolink; two bullets
that describe rather than name their work (Cook's P-vs-NP summary, 'a useful thesis') get
title null; the comment after ':' in line 102's bullet is dropped.
"""

from __future__ import annotations

import re

from _heldout import lines_of, paper, write

NAME = "andrewbirkett__quantum__quantum-computing-papers@b97076e.md"
NOT_PAPERS = {9, 92, 115, 123, 126}
NO_TITLE = {13, 109}
AUTHOR = re.compile(r"^(?:\d{4}s? era|\d{4}):?\s+(?:(?:[A-Z][\w/]+(?: et al)?|Various|Monroe et al):\s+|Monroe et al\s+)?")


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("* ") or i in NOT_PAPERS:
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("* ", "#")):
            end += 1
        text = " ".join(x.strip() for x in lines[i - 1:end])[2:]
        title: str | None = AUTHOR.sub("", text).split("<")[0].strip()
        if i == 102:
            title = title.split(":")[0]
        if i in NO_TITLE:
            title = None
        papers.append(paper(i, end, title, "\n".join(lines[i - 1:end])))
    write(
        NAME,
        "Each '* Year Author: Title <url>' bullet naming a paper/report/thesis is an entry (one talk, one video, a "
        "finance report, a docs link and a course are not); title = text between the year/author prefix and the "
        "autolink, null where the bullet only describes the work.",
        "all entries and all excluded bullets against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
