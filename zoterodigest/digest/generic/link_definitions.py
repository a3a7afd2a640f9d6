"""A document's link definitions (``[name]: url``), for the links that use them: ``[Title][name]``,
``[Title][]`` and the shortcut ``[Title]``.

The definitions go to :data:`.link_finder.DEFINITIONS` (one document at a time); a definition some text
uses is hidden, as a Markdown renderer hides it: the paper is where its link is, never on the definition's
own line.  A definition no text uses stays readable (a list written as definitions).
"""

from __future__ import annotations

import re

from ..document import Document
from .link_finder import DEFINITIONS, REF_LINK

_DEFINITION = re.compile(r"^ {0,3}\[(?P<name>[^\]^][^\]]*)\]:[ \t]*<?(?P<url>[^\s>]+)>?")


def read_definitions(doc: Document, hidden: bytearray) -> None:
    """Fill :data:`DEFINITIONS` from ``doc`` (the first definition of a name wins, as CommonMark has it) and
    mark in ``hidden`` the lines of those a link of the text uses."""
    DEFINITIONS.clear()
    lines: list[tuple[int, str]] = []
    for i, line in enumerate(doc.lines):
        if line.startswith(("[", " [")) and "]:" in line and not doc.fenced[i] and (m := _DEFINITION.match(line)):
            name = m.group("name").strip().lower()
            DEFINITIONS.setdefault(name, m.group("url"))
            lines.append((i, name))
    if not lines:
        return
    used: set[str] = set()
    for line in doc.lines:
        if "]" in line:
            used.update((m.group("ref") or m.group("label")).strip().lower() for m in REF_LINK.finditer(line))
    for i, name in lines:
        if name in used:
            hidden[i] = 1
