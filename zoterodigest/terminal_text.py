"""Text as a terminal may show it (pure): control characters made visible.

A title, a note or a server's message can hold escape sequences (``ESC [ ...``) that
recolour, move the cursor, retitle the window or hide text, and bidirectional
overrides that reorder what a line seems to say.  Every message and every plain-text
result goes through :func:`printable`: such characters are written as ``\\x1b``,
``\\u202e`` and so on, and the rest is left alone (line breaks and tabs too).
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings,
# overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character a terminal would act on written out."""
    return _UNSAFE.sub(_visible, text) if _UNSAFE.search(text) else text
