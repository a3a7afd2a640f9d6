"""Truth for papers-we-love's distributed_systems README (held out, issue 26).

Entries: every bullet naming a paper after the contents: `* [Title](url)`,
`* [:scroll:](local.pdf) [Title](url)` and `* :scroll: [Title](local.pdf)`; link text may wrap
over lines, and the Einstein bullet carries an indented description (part of its entry).
Title: the link text (after the scroll link), whitespace collapsed, U+FFFC object-replacement
characters dropped; the Einstein bullet's quotes, '(1905) — Einstein' dropped.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "papers-we-love__papers-we-love__distributed_systems__README@47567e0.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("* ") or i < 10:
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].startswith("* "):
            end += 1
        if end + 1 < len(lines) and not lines[end].strip() and lines[end + 1].startswith("    "):
            end += 2  # an indented paragraph after a blank line belongs to the item
        text = " ".join(x.strip() for x in lines[i - 1:end])
        text = re.sub(r"^\* (?:\[:scroll:\]\([^)]*\)\s*|:scroll:\s*)?", "", text)
        m = re.match(r"\[(.+?)\]\(([^)]*)\)", text)
        assert m, (i, text)
        title = clean(m.group(1).replace("\ufffc", ""))
        if title.startswith("“"):
            title = re.match(r"“(.+)”", title).group(1)  # type: ignore[union-attr]
        papers.append(paper(i, end, title, "\n".join(lines[i - 1:end])))
    write(
        NAME,
        "Each bullet after the contents naming a paper ('* [Title](url)', '* [:scroll:](pdf) [Title](url)', "
        "'* :scroll: [Title](pdf)') is an entry; title = the (possibly wrapped) link text, U+FFFC dropped; the "
        "Einstein bullet's title without quotes, year and author.",
        "all bullets matched by one pattern (assert), the 6 wrapped titles, the Einstein bullet, titles with "
        "U+FFFC, and 20 random bullets against the file.",
        papers,
    )


if __name__ == "__main__":
    main()
