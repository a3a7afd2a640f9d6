"""Truth for jz9888's group journal-publication page (held out, issue 26).

Entries: each pandoc CSL reference `<span class="csl-left-margin">\\[n\\]` … `</span>` (IEEE
style, wrapped over several lines) under the year headings.  Title: the text inside the curly
quotes, without the comma IEEE puts before the closing quote.  No links, so no ids.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "jz9888__group_website_test__content__publication__journal@55630b3.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.startswith('<span class="csl-left-margin">'):
            continue
        end = i + 1
        while not lines[end - 1].rstrip().endswith("</span>"):
            end += 1
        text = " ".join(x.strip() for x in lines[i - 1:end])
        m = re.search(r"“(.+?)”", text)
        assert m, (i, text)
        papers.append(paper(i, end, clean(m.group(1)).rstrip(",").strip(), text))
    write(
        NAME,
        "Each CSL reference span '[n] … </span>' is an entry (wrapped lines joined); title = text in curly quotes "
        "without the trailing comma.",
        "20 random references, the first and last of each year heading, and that reference numbers run 1..N "
        "without gaps.",
        papers,
    )


if __name__ == "__main__":
    main()
