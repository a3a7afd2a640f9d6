"""Truth for horseee's Awesome-Efficient-LLM quantization table (held out, issue 26).

Entries: every row of the `| Title & Authors | Introduction | Links |` table.  Title: the
text of the first link of the first cell that is not a badge (star / venue badges come
first, then `<br>[Title](url) <br> authors`).  Ids from the first cell and the Links cell.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "horseee__Awesome-Efficient-LLM__quantization@215a154.md"
BADGE = re.compile(r"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)")


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("|") or line.startswith(("| Title & Authors", "|:--")):
            continue
        cells = line.split("|")
        first = BADGE.sub("", cells[1])
        m = re.search(r"\[(.+?)\]\(([^)]*)\)", first)
        assert m, (i, line[:200])
        papers.append(paper(i, i, clean(m.group(1)), first + " " + cells[-2]))
    write(
        NAME,
        "Each row of the 'Title & Authors | Introduction | Links' table is an entry; title = first non-badge link "
        "text of the first cell; ids from the first and the Links cells.",
        "20 random rows, the first and last 5 rows, and every row whose id is missing or differs between the title "
        "link and the Links cell.",
        papers,
    )


if __name__ == "__main__":
    main()
