"""Where each paper heading's scope ends, and whether papers start inside a span of lines.  Pure."""

from __future__ import annotations

import bisect

from .headings import HeadingReader


def scope_ends(reader: HeadingReader, lines: list[int], hi: int) -> dict[int, int]:
    """Each heading line's last line under it: before the next heading as high as it (``hi - 1`` when none is),
    in one pass over the headings."""
    out: dict[int, int] = {}
    open_: list[tuple[int, int]] = []  # (level, line) of the headings whose scope is still open
    for h in lines:
        level = reader.level(h)
        while open_ and open_[-1][0] >= level:
            out[open_.pop()[1]] = min(h, hi) - 1
        open_.append((level, h))
    out.update((h, hi - 1) for _, h in open_)
    return out


def starts_in(starts: list[int], lo: int, hi: int, least: int = 1) -> bool:
    """True when ``least`` of ``starts`` (sorted) lie in ``(lo, hi]``."""
    k = bisect.bisect_right(starts, lo) + least - 1
    return k < len(starts) and starts[k] <= hi
