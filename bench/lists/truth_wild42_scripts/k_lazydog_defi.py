"""Truth of LazyDreamingDog/Blockchain_Paper_Reading ``README.md``: a personal blockchain (DeFi) paper-reading
tracker, its framing written in Chinese (区块链论文阅读记录, 状态：TODO 待读 ...), the papers in English.

Shape: a short Chinese introduction and a status legend, then ``## Conference Index`` with one ``###`` heading per
venue, a ``- YEAR`` bullet per year and, nested under it, one bullet per paper:
``- `[DONE]` [【TDSC‘2024】Title](notes/defi/【TDSC‘2024】slug.md) ([DOI](https://doi.org/...), [code](...))`` for
papers with a note file, ``- `[TODO]` [Title](pdf-or-search-url)`` for papers still to read.  Closing sections
``## Note Files`` and ``## Workflow Tool`` link the template, the notes folder and a tool repository.

Decisions:
- an entry is one status bullet (one line); the year bullets, the legend and the closing sections are not;
- title: the link text without the venue/year tag the list puts in ``【...】`` before it (a tag, as ``[Venue]``);
- ids: the line's own links: a ``doi.org`` DOI, an arXiv URL (``www.arxiv.org/pdf/...`` too); an IACR ePrint, a
  Google Scholar search, a Dropbox or USENIX page give none.
"""

from __future__ import annotations

import re

from _wild42 import entry, read_lines, write_truth

NAME = "LazyDreamingDog__Blockchain_Paper_Reading__README@616d786.md"
PART = "wild42_development"

ITEM = re.compile(r"^  - `\[(?:DONE|TODO|READING|REVISIT)\]` \[(?:【[^】]*】)?([^\]]+)\]\(")

lines = read_lines(NAME)
papers = []
for i, ln in enumerate(lines, 1):
    if m := ITEM.match(ln):
        papers.append(entry(lines, i, i, m.group(1)))

assert len(papers) == 24
assert sum(1 for ln in lines if "`[" in ln and ln.startswith("  - ")) == 24

write_truth(
    NAME,
    PART,
    papers,
    "Each nested '- `[STATUS]` [Title](url)' bullet under a venue heading and year bullet is one entry (one line); "
    "title = the link text without the leading 【VENUE‘YEAR】 tag; year bullets, legend and closing sections are not "
    "entries.",
    "Every one of the 24 status bullets compared with the -v output (11 DONE with the 【...】 tag removed, 13 TODO "
    "without tag); DOIs of the doi.org links (lines 14-84) and arXiv ids (28, 43, 51, 54, 56, 57, 64, 86) "
    "checked against the lines, 'How dark is the forest?' keeps its '?'; year bullets, status legend (line 7), "
    "'Note Files' and 'Workflow Tool' links excluded.",
)
