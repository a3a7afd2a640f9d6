"""A digest's title heading -- its first level-1 heading, exactly as markdown-it
finds it in the whole file -- found by parsing only the start of the file.

Why not parse the whole file: a 1 MB digest takes markdown-it a quarter of a
second, and the title is nearly always on the first line.  Why a prefix gives
the same answer: markdown-it reads blocks from the top down, and the kind of a
line depends only on the lines before it and the one after it (a setext
underline, a table's delimiter row); so a level-1 heading found in a prefix
that goes at least two lines past it is where the whole parse finds it, and
nothing before it is a level-1 heading.  Its text is taken from the heading's
inline tokens, which depend on the rest of the file only through link
reference definitions: when reading the heading's text looks a reference label
up, the whole file is parsed instead.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..memo import memo
from .text_limits import repaired

#: Parses digests only to find their title heading (parsed as notes render Markdown).
_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
#: Lines that may open or end a level-1 heading: an ATX ``#`` (maybe after container
#: marks) or a setext ``=`` underline.  Anything else can be no level-1 heading.
_CANDIDATE = re.compile(r"^[ \t>*+\-0-9.)]*(?:#(?:[ \t]|$)|=)", re.MULTILINE)
#: Lines parsed past a heading before it is taken as the whole file's.
_MARGIN = 2


def title_heading(markdown: str) -> str | None:
    """The digest's first level-1 heading (ATX or setext, never inside code), as text."""
    return _title_heading(markdown)


@memo(maxsize=32)
def _title_heading(markdown: str) -> str | None:
    found = _CANDIDATE.search(markdown)
    if found is None:
        return None
    lines = markdown.count("\n", 0, found.start()) + 1 + _MARGIN  # up to the candidate, and the margin
    while True:
        end = _line_offset(markdown, lines)
        if end >= len(markdown) or end * 2 >= len(markdown):
            return _heading_text(_MARKDOWN.parse(markdown))
        tokens = _MARKDOWN.parse(markdown[:end])
        index = _first_h1(tokens)
        span = tokens[index].map if index is not None else None
        if index is not None and span is not None and span[1] + _MARGIN <= lines:
            references = _Lookups()
            _MARKDOWN.parseInline(tokens[index + 1].content, {"references": references})
            if references.looked_up:
                return _heading_text(_MARKDOWN.parse(markdown))  # the label may be defined further down
            return _heading_text(tokens)
        later = _CANDIDATE.search(markdown, end)
        if later is None and index is None:
            return None
        nearest = markdown.count("\n", 0, later.start()) + 1 + _MARGIN if later is not None else 0
        lines = max(lines * 2, nearest)


class _Lookups(dict[str, object]):
    """Link reference definitions, saying whether an inline link or image looked one up."""

    looked_up = False

    def get(self, key: str, default: object = None) -> object:
        self.looked_up = True
        return super().get(key, default)


def _line_offset(text: str, lines: int) -> int:
    """The offset just past the first ``lines`` lines (the text's length when it has fewer)."""
    pos = 0
    for _ in range(lines):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return len(text)
    return pos


def _first_h1(tokens: list[Token]) -> int | None:
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1" and i + 1 < len(tokens):
            return i
    return None


def _heading_text(tokens: list[Token]) -> str | None:
    index = _first_h1(tokens)
    if index is None:
        return None
    parts = [c.content for c in tokens[index + 1].children or [] if c.type in ("text", "code_inline")]
    return repaired("".join(parts)) or None
