"""Truth for reddit-economics' minimum-wage FAQ (held out, issue 26; prose, CRLF, not a list).

Entries: only the bulleted list 'These analyses include:' (lines 62-65), whose items each
present one study (line 63 presents two meta-analyses: two entries on the same line; the
sub-bullet 64 is about a figure).  They name authors, not titles, so titles are null.  All
other paper links are inline mentions in running prose, which are not entries.
"""

from __future__ import annotations

import re

from _heldout import lines_of, paper, write

NAME = "reddit-economics__economics-wiki__faq_minwage@5568d34.md"


def main() -> None:
    lines = lines_of(NAME)
    assert lines[59].rstrip().endswith("These analyses include:")
    papers = []
    for i in (62, 63, 65):
        for link in re.findall(r"\[[^\]]+\]\(([^)]+)\)", lines[i - 1]):
            papers.append(paper(i, i, None, link))
    write(
        NAME,
        "Prose FAQ: only the items of the list 'These analyses include:' are entries (one per study presented; "
        "line 63 presents two), titles null (authors only); inline links in prose paragraphs are not entries.",
        "the whole file read; the 4 entries and their links one by one.",
        papers,
    )


if __name__ == "__main__":
    main()
