"""Truth for albarqouni's Deep-Learning-for-Medical-Applications README (held out, issue 26).

Entries: the linked bullets under 'Deep Learning Techniques' (`- [Title](url)`) and every
row of the application tables `| Technique | Modality | Area | Paper Title | DB | J/C | Year |`
(duplicates across tables included).  Title: the link text of a bullet; the Paper Title cell
without its `[pdf](url)` link and a trailing '(Section …)' note.  Ids only from the Paper
Title cell (the DB cell links datasets).
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "albarqouni__Deep-Learning-for-Medical-Applications__README@b636b4c.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r"- \[(.+)\]\((\S+)\)\s*$", line)
        if m and 69 <= i < 83:
            papers.append(paper(i, i, clean(m.group(1)), line))
            continue
        if not line.startswith("|") or i < 83:
            continue
        cells = line.split("|")
        if len(cells) < 6 or cells[4].strip() in ("Paper Title", "") or set(cells[4].strip()) <= {"-"}:
            continue
        cell = cells[4]
        title = re.sub(r"\[?\[pdf\]\]?\([^)]*\)", "", cell)
        title = re.sub(r"\(Section [^)]*\)", "", title)
        papers.append(paper(i, i, clean(title), cell))
    write(
        NAME,
        "Linked bullets under 'Deep Learning Techniques' and every row of the application tables are entries; "
        "title = bullet link text / Paper Title cell without its [pdf] link and '(Section ...)' note; ids from "
        "that cell only.",
        "all entries (bullets and every table row) against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
