"""``<details><summary>LABEL</summary><p>BODY</p></details>`` blocks in one table cell,
found by scanning rather than by one pattern with lazy groups and optional whitespace (which
took cubic time on a cell of spaces: 13 s for 3.5 KB).

The rules are those of the daily-table family: the label runs to the first ``</summary>``;
the body starts after the whitespace and an optional ``<p>`` that follow it, and ends before
an optional ``</p>`` and whitespace in front of the closing ``</details>``. Tags are matched
without regard to case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_OPEN = re.compile(r"<details>\s*+<summary>", re.IGNORECASE)
_SUMMARY_END = re.compile(r"</summary>\s*+(?:<p>)?", re.IGNORECASE)
_CLOSE = re.compile(r"</details>", re.IGNORECASE)
_NEXT_OPEN = re.compile(r"\s*+<details", re.IGNORECASE)
_P_END = "</p>"


@dataclass(frozen=True)
class Details:
    """One block: spans of its label and body in the text, and where the block ends."""

    text: str
    label_span: tuple[int, int]
    body_span: tuple[int, int]
    end: int

    @property
    def label(self) -> str:
        return self.text[self.label_span[0] : self.label_span[1]]

    @property
    def body(self) -> str:
        return self.text[self.body_span[0] : self.body_span[1]]


def leading(text: str) -> Details | None:
    """The block the cell starts with, when it is followed by another block (an abstract and
    its translation), or else when it is the whole cell (a final newline allowed)."""
    head = _head(text, 0, anchored=True)
    if head is None:
        return None
    label_span, body_start = head
    for close in _CLOSE.finditer(text, body_start):
        after = _NEXT_OPEN.match(text, close.end())
        if after:
            return _block(text, label_span, body_start, close.start(), after.end() - len("<details"))
    whole = _whole_close(text, body_start)
    return None if whole is None else _block(text, label_span, body_start, whole, whole + len("</details>"))


def whole(text: str) -> Details | None:
    """The block when it is the whole cell (a final newline allowed)."""
    head = _head(text, 0, anchored=True)
    if head is None:
        return None
    close = _whole_close(text, head[1])
    return None if close is None else _block(text, head[0], head[1], close, close + len("</details>"))


def every(text: str) -> Iterator[Details]:
    """Each block in the text from left to right, each closed by the first ``</details>``."""
    pos = 0
    while (head := _head(text, pos, anchored=False)) is not None:
        label_span, body_start = head
        close = _CLOSE.search(text, body_start)
        if close is None:
            return
        block = _block(text, label_span, body_start, close.start(), close.end())
        yield block
        pos = block.end


def _head(text: str, pos: int, *, anchored: bool) -> tuple[tuple[int, int], int] | None:
    """The label's span and where the body starts, for the first opening at (or after) pos."""
    while True:
        opening = _OPEN.match(text, pos) if anchored else _OPEN.search(text, pos)
        if opening is None:
            return None
        summary_end = _SUMMARY_END.search(text, opening.end())
        if summary_end is not None:
            return (opening.end(), summary_end.start()), summary_end.end()
        if anchored:
            return None
        pos = opening.end()


def _whole_close(text: str, body_start: int) -> int | None:
    """Where the closing tag that ends the text starts, or None."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    start = end - len("</details>")
    if start < body_start or not _CLOSE.match(text, start, end):
        return None
    return start


def _block(text: str, label_span: tuple[int, int], body_start: int, close: int, end: int) -> Details:
    """The body ends before an optional ``</p>`` and the whitespace in front of the close."""
    body_end = len(text[body_start:close].rstrip()) + body_start
    if text[max(body_start, body_end - len(_P_END)) : body_end].lower() == _P_END:
        body_end -= len(_P_END)
    else:
        body_end = max(body_end, body_start)
    return Details(text, label_span, (body_start, body_end), end)
