"""Marks a list item's line may open with before its title: a heading's (``- #### Title``), a
strike-through's (``~~[Title](url)~~``), a bullet drawn by hand (``##### • Title``) and a status
pictograph before a bar (``✅｜[Title](url)``).  Pure.
"""

from __future__ import annotations

import re

_ITEM_HEADING = re.compile(r"#{1,6}[ \t]++")


_BULLETS = frozenset("•·▪◦‣∙●○■□►▸")
_MARK_BAR = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?[ \t]*+[｜|][ \t]*+")  # (a status pictograph and a bar: "✅｜")


def past_heading_marks(line: str, start: int) -> int:
    """Past the marks of a heading written inside a list item (``- #### Title``), or of a strike-through
    (``~~[Title](url)~~``: a paper struck through once read is still the paper)."""
    if line.startswith("~~[", start):
        return start + 2
    h = _ITEM_HEADING.match(line, start) if line.startswith("#", start) else None
    start = h.end() if h else start
    while line[start:start + 1] in _BULLETS and line[start + 1:start + 2] in (" ", "\t"):
        start += 2  # (a bullet drawn by hand: "##### • Title")
    return m.end() if (m := _MARK_BAR.match(line, start)) else start  # ("#### ✅｜[Title](url)": a status mark and a bar)
