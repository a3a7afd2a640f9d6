"""Bold marks (``***x***``, ``**x**``, ``__x__``) taken off a value, keeping the text.

A short value goes through one pattern; a long one is scanned: each mark's close is found
by bisection among the closes of its kind, so a line of opening marks with no close (a
hostile ``## **## **...``) is read in linear time where the pattern took quadratic time.
Both give the same text: a mark opens before a non-blank character, and its close is the
first same mark after at least one character of the same line, just after a non-blank one.
"""

from __future__ import annotations

import bisect
import re

MARKS = ("***", "**", "__")
_PATTERN = re.compile(r"(\*\*\*|\*\*|__)(?=\S)(.+?)(?<=\S)\1")
#: Above this length the value is scanned.
SCAN_FROM = 2048


def strip_emphasis(text: str) -> str:
    if len(text) < SCAN_FROM:
        return _PATTERN.sub(lambda m: m.group(2), text)
    return scanned(text)


def _closes(text: str, mark: str) -> list[int]:
    """Every place ``mark`` occurs (overlapping too) just after a non-blank character."""
    out = []
    at = text.find(mark, 1)
    while at != -1:
        if not text[at - 1].isspace():
            out.append(at)
        at = text.find(mark, at + 1)
    return out


def scanned(text: str) -> str:
    """What the pattern gives, by a scan whose time grows with the text."""
    closes = {mark: _closes(text, mark) for mark in MARKS if mark in text}
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    out: list[str] = []
    kept = i = 0
    n = len(text)
    while i < n:
        if text[i] in "*_":
            span = _close(text, i, closes, breaks)
            if span is not None:
                start, close, width = span
                out.append(text[kept:i])
                out.append(text[start:close])
                i = kept = close + width
                continue
        i += 1
    out.append(text[kept:])
    return "".join(out)


def _close(text: str, i: int, closes: dict[str, list[int]], breaks: list[int]) -> tuple[int, int, int] | None:
    """The bold span opening at ``i``: (text start, close, mark length), or None."""
    for mark in MARKS:
        if mark not in closes or not text.startswith(mark, i):
            continue
        start = i + len(mark)
        if start >= len(text) or text[start].isspace():
            continue
        found = closes[mark]
        k = bisect.bisect_left(found, start + 1)
        line_end = breaks[b] if (b := bisect.bisect_left(breaks, start)) < len(breaks) else len(text)
        if k < len(found) and found[k] <= line_end:
            return start, found[k], len(mark)
    return None
