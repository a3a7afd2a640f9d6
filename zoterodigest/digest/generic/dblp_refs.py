"""DBLP's reference style, closed by its venue, year and pages.

::

    Jeffrey Dean, Sanjay Ghemawat: MapReduce: Simplified Data Processing on Large Clusters.OSDI 2004: 137-150
    E. F. Codd: A Relational Model of Data for Large Shared Data Banks (Reprint).Commun. ACM 26(1): 64-69 (1983)

The names (a list of people, joined by commas alone) stand before the first colon; the title runs to
the first full stop before a capital (the venue, often glued to it); the year and the pages close the
line (``2004: 137-150``, ``26(1): 64-69 (1983)``).  That closing is what tells names joined by commas
from a title's words before a colon (``More Tokens, Lower Precision: ...``).  Pure.
"""

from __future__ import annotations

import re

from .name_lists import person_names
from .reference_marks import Reference

#: The venue's year (or volume and issue) and pages closing the reference, and the year after them.
_CLOSING = re.compile(r"(?P<vy>(?:19|20)\d{2}|\d{1,4}\(\d{1,4}\)):[ \t]?\d{1,5}[-–]\d{1,5}"
                      r"(?:[ \t]\((?P<y>(?:19|20)\d{2})\))?[ \t.]*$")
#: A title's end: a full stop before a capital, glued to it or not.
_TITLE_END = re.compile(r"\.[ \t]?(?=[A-Z])")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_GBT_MARK = re.compile(r"\[[A-Z]{1,2}\\?\]")


def dblp(text: str) -> Reference | None:
    """The parts of a reference written as DBLP writes them, or None."""
    closing = _CLOSING.search(text, max(0, len(text) - 60))
    colon = text.find(":", 0, 400)
    if closing is None or colon <= 2 or not person_names(text[:colon].strip()):
        return None
    start = colon + 1
    while start < len(text) and text[start] in " \t":
        start += 1
    end = _TITLE_END.search(text, start, closing.start())
    if end is None or len(text[start : end.start()].split()) < 2 or _GBT_MARK.search(text, start, end.start()):
        return None  # (``Title[C]//Proceedings``: GB/T 7714's style, read elsewhere)
    venue_end = closing.start()
    year = closing.group("y") or (closing.group("vy") if _YEAR.fullmatch(closing.group("vy")) else None)
    return Reference(title=(start, end.start()), authors=(0, colon), venue=(end.end(), venue_end),
                     year=int(year) if year else None)


#: A title on the line below a line of names closed by a colon (DBLP's ``Title. LOPSTR 2022: 83-102``): to the first
#: full stop before a capital that a year follows.
#: Or the linked title below names and a year (``Names (2023).`` over ``[Title](url), Venue``).
BELOW_NAMES = re.compile(r"[ \t]*+(?P<t>[A-Z0-9][^\n\[\]]{8,300}?)\.[ \t]++(?=[A-Z][^\n]{0,80}?(?<!\d)(?:19|20)\d{2}(?!\d))"
                         r"|[ \t]*+\[(?P<lt>[^\[\]\n]{4,300})\]\([^()\s]++\)")
