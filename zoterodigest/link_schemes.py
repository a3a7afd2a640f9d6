"""Which links may leave a digest for Zotero and the exports (pure).

A digest or a shared library may name any link: ``file:///home/...``,
``javascript:...``, ``data:`` URLs.  Only ``http``, ``https`` and ``doi`` links
are written into Zotero items, attachments and every export; the others are left
out, with a warning where the writer gives one.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = frozenset({"http", "https", "doi"})


def is_web_link(url: str | None) -> bool:
    """An http(s) or doi link, with no line break or other control character inside (a
    space is kept: the writers encode it)."""
    if not url:
        return False
    text = url.strip()
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return False
    try:
        return urlsplit(text).scheme.lower() in SCHEMES
    except ValueError:
        return False
