"""Zotero's length limits, and the helpers that keep a value within them.

Every JSON builder of this package (items, notes, tags, collections) clips the
same way, so the limits live in one place instead of in each builder.
"""

from __future__ import annotations

from typing import Any

from ..memo import memo

#: A Zotero object (item, note, collection) as the Web API's JSON.
ZoteroJson = dict[str, Any]

NAME_MAX_CHARS = 255  # tag, creator name, collection name
FIELD_MAX_BYTES = 65_535
NOTE_MAX_CHARS = 500_000


def clip_bytes(text: str, limit: int = FIELD_MAX_BYTES) -> str:
    """``text`` cut to ``limit`` UTF-8 bytes (with an ellipsis), as a field must be."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[: limit - 3].decode("utf-8", "ignore") + "…"


def clip_chars(text: str, limit: int = NAME_MAX_CHARS) -> str:
    """``text`` cut to ``limit`` characters (with an ellipsis), as a tag or name must be."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: str | None) -> str:
    """``text`` on one line, runs of white space made one space."""
    return " ".join((text or "").split())


@memo(maxsize=65536)
def repaired(text: str | None) -> str:
    """:func:`one_line` of ``text`` with mojibake repaired, as every name reaching Zotero
    must be (tags, collection names, note headings), like the entries' values."""
    from ..digest.markup import repair  # pure; imported late so zotero/ stays loadable alone

    return one_line(repair(one_line(text)))
