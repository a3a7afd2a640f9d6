"""Truth for xmindflow's Awesome-Transformer-in-Medical-Imaging README (held out, issue 26).

Entries: (a) each paper block `**Title** <br>` / `*Authors*<br>` / `[date] [venue] \\` /
`[[PDF](url)] [[GitHub](url)]` (the block runs to its last non-blank line); (b) the two
':loudspeaker: Our review paper published on …: [Title](url)' lines, each a standalone record
naming the survey (MedIA and arXiv versions); the survey's citation BibTeX is boilerplate.
Title: the bold text / the link text.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "xmindflow__Awesome-Transformer-in-Medical-Imaging__README@23b7602.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        m = re.match(r":loudspeaker: Our review paper published on \w+: \[(.+?)\]\((\S+)\)", line)
        if m:
            papers.append(paper(i, i, clean(m.group(1)), line))
            continue
        m = re.match(r"\*\*(.+)\*\* *<br> *$", line)
        if not m:
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].startswith("**"):
            end += 1
        papers.append(paper(i, end, clean(m.group(1)), "\n".join(lines[i - 1:end])))
    write(
        NAME,
        "Each '**Title** <br>' paper block (to its [[PDF]] line) and the two ':loudspeaker:' lines naming the "
        "survey are entries; title = bold text / link text; ids from the block.",
        "first and last block of each of the 7 sections, 20 random blocks, all blocks without an id, both survey "
        "lines, and the count (80 bold title lines).",
        papers,
    )


if __name__ == "__main__":
    main()
