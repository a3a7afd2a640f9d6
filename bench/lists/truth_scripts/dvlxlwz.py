"""Truth for DVLXLWZ's blog post of algebraic-geometry papers, notes and websites (held out, issue 26).

Entries: the blockquoted `> - **Authors. [Title](url). Venue.**` cards under '## 2. Papers' and
'## 3. Surveys'; the cards under '## 1. Notes and Books' (lecture notes, textbooks) and
'## 4. Websites' are not papers.  An entry runs from its card line to the end of its
'Introduction' quote.  Title: the link text.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = (
    "DVLXLWZ__dvlxlwz.github.io___Blogs__2024-03-26-Some-Interesting-Papers-and-Notes-and-Websites@6ae489a.md"
)


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    section = ""
    for i, line in enumerate(lines, 1):
        if line.startswith("## "):
            section = line
        m = re.match(r"> - \*\*.*?\[(.+?)\]\((\S+?)\)", line)
        if not m or not section.startswith(("## 2.", "## 3.")):
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        papers.append(paper(i, end, clean(m.group(1)), line))
    write(
        NAME,
        "Each '> - **Authors. [Title](url). Venue.**' card under the 'Papers' and 'Surveys' sections is an entry "
        "(lecture notes/books and websites sections are not); it runs to the end of its Introduction quote; "
        "title = the link text; ids from the card line only.",
        "all 18 entries against the file, and the excluded Notes/Books and Websites cards.",
        papers,
    )


if __name__ == "__main__":
    main()
