"""Truth for shen-shanshan's personal paper tables (held out, issue 26).

Entries: every row `| [<u>Title</u>][n] | Date | [![arXiv][0]][n] | GitHub | Note | Read |` of
the topic tables (not the template row inside the HTML comment).  Title: the underlined link
text (inline tags such as `<sup>` removed).  Ids: the row's links are reference-style, so
the title link's reference `[n]: url` (defined at the bottom) is resolved, as Markdown does.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "shen-shanshan__cs-self-learning__Research__Papers__README@5e60115.md"


def main() -> None:
    lines = lines_of(NAME)
    refs = dict(re.findall(r"^\[(\d+)\]: (\S+)", "\n".join(lines), re.MULTILINE))
    papers = []
    in_comment = False
    for i, line in enumerate(lines, 1):
        if line.startswith("<!--") and "-->" not in line:
            in_comment = True
        if in_comment:
            in_comment = "-->" not in line
            continue
        m = re.match(r"\| \[(.+?)\]\[(\d+)\] \|", line)
        if m:
            papers.append(paper(i, i, clean(m.group(1)), refs[m.group(2)]))
    write(
        NAME,
        "Each table row '| [<u>Title</u>][n] | ...' is an entry (the commented-out template row is not); title = "
        "the link text; ids from the URL the row's reference-style title link resolves to.",
        "all rows against the file and each row's reference definition.",
        papers,
    )


if __name__ == "__main__":
    main()
