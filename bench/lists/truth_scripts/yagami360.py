"""Truth for Yagami360's machine-learning paper survey index (held out, issue 26).

Entries: the linked bullets `- [[Abbr] Title](notes link)` (in `<details>` cards and nested
topic bullets) above the 'how to read papers' part; bullets inside HTML comments, the
placeholder 'xxx' bullets and the reference-site bullets at the end are not entries.  The
links go to the author's notes, so no ids.  Title: the link text without the leading
`[Abbr]` tag; for `Nickname [Title]` the bracketed title; an alias after ' / ' is dropped.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "Yagami360__machine-learning-papers-survey__README@57047af.md"


def title_of(text: str) -> str:
    text = re.sub(r"^\[[^\]]*\]\s*", "", text.strip())
    m = re.fullmatch(r"[^\[\]]+ \[([^\]]+)\]", text)
    if m:
        text = m.group(1)
    text = text.split(" / ")[0]
    return clean(text)


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    in_comment = False
    for i, line in enumerate(lines, 1):
        if line.startswith("## ■ 機械学習系の論文調査"):
            break
        if line.strip().startswith("<!--"):
            in_comment = True
        if in_comment:
            in_comment = "-->" not in line
            continue
        m = re.match(r"\s*- \[(.+)\]\((https?://[^)\s]+)\)\s*$", line)
        if m:
            papers.append(paper(i, i, title_of(m.group(1)), line))
    write(
        NAME,
        "Each linked bullet '- [[Abbr] Title](notes link)' before the 'how to read papers' part is an entry (not "
        "inside HTML comments; reference-site bullets excluded); title = link text without a leading [Abbr] tag, "
        "'Nick [Title]' gives the bracketed title, an alias after ' / ' is dropped.",
        "all entries' titles read against the file, the two HTML-commented blocks and the end sections left out.",
        papers,
    )


if __name__ == "__main__":
    main()
