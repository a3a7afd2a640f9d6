"""A year and a few words before a dash opening a title: the venue and year a list writes first
(``2022 Nature - Title``, ``2021 Clinical Chem. - Title``, ``Cell article 2019 - Title``).  Pure.
"""

from __future__ import annotations

import re

from .venue_tails import known_venue

#: A year opening or closing a few words, then a spaced dash: ``2022 Nature Med - ``, ``Cell resource 2019 – ``.
_DATED_LEAD = re.compile(r"(?:(?P<a>(?:19|20)\d{2})[ \t]++(?P<v>[^\s\-–—:][^\-–—:\n]{0,40}?)"
                         r"|(?P<w>[^\s\-–—:\d][^\-–—:\n]{0,40}?)[ \t]++(?P<b>(?:19|20)\d{2}))[ \t]++[-–—][ \t]++(?=\S)")
#: How many words the venue or kind beside the year may have.
_WORDS_MAX = 4


def dated_lead(title: str) -> tuple[int, int, str] | None:
    """(where the title starts, the year, the words beside it) when ``title`` opens with a year and a venue
    or kind before a spaced dash and at least three words follow; else None."""
    m = _DATED_LEAD.match(title)
    if m is None:
        return None
    words = (m.group("v") or m.group("w")).strip()
    if len(words.split()) > _WORDS_MAX or any(ch.isdigit() for ch in words) or len(title[m.end() :].split()) < 3:
        return None  # ("2020 Census data, 12 states - a study": not a label)
    if m.group("w") and not (known_venue(words.split()[0]) or any(w[:1].islower() for w in words.split())):
        return None  # ("MEGC 2019 – The Second … Challenge": an event a title names, not "Cell resource 2019 - Title")
    return m.end(), int(m.group("a") or m.group("b")), words
