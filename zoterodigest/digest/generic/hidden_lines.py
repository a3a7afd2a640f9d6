"""The lines a reader never shows, so that name no paper of the list: HTML comments that start a
line (``<!--`` to ``-->``) and Markdown's comment idiom, a link definition no text uses (``[//]: # (note)``).

Pure: reads a :class:`~zoterodigest.digest.document.Document` only.
"""

from __future__ import annotations

import re

from ..document import Document

_COMMENT_OPEN = re.compile(r"^[ \t]{0,3}<!--")
#: A line written as a link definition no text uses, the Markdown comment ``[//]: # (note)``, ``[//]: 1. **Title**``.
_COMMENT_LINE = re.compile(r"^[ \t]{0,3}\[(?://|comment|_)\]:", re.IGNORECASE)


def commented(doc: Document) -> bytearray:
    """1 for the lines of an HTML comment that starts a line (``<!--`` to ``-->``): never shown, so
    no paper of the list (a template row, a paper the list's author took out)."""
    hidden = bytearray(len(doc.lines))
    i = 0
    while i < len(doc.lines):
        if doc.lines[i].lstrip().startswith("[") and _COMMENT_LINE.match(doc.lines[i]) and not doc.fenced[i]:
            hidden[i] = 1
        elif "<!--" in doc.lines[i] and not doc.fenced[i] and _COMMENT_OPEN.match(doc.lines[i]):
            j, at = i, doc.lines[i].index("<!--") + 4
            while j < len(doc.lines) and "-->" not in doc.lines[j][at if j == i else 0 :]:
                j += 1
            hidden[i : j + 1] = b"\x01" * (min(j, len(doc.lines) - 1) - i + 1)
            i = j
        i += 1
    return hidden
