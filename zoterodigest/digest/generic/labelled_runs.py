"""Runs of plain list items nested under an item that labels them papers or theses.

::

    * Tesi assegnate
      - Tesi di Laurea
        + L'arabo dei barbagianni
      - Tesi di Laurea Magistrale
        + Il ruolo del gufo nel contesto didattico

The label says what its items are, as a heading naming papers does: each item under it that reads as a title (two
words or more, no sentence, no label itself, no items of its own) is a paper, one item alone too.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document

_BULLET = re.compile(r"^[ \t]{0,16}(?:[-*+]|\(?\d{1,4}[.)])[ \t]")
_PRONOUN = re.compile(r"(?i)\b(?:i|we|you|our|my|your|us|me|this|these|it|they)\b")
#: What a list's label calls its items when they are papers or theses (plural, but for Italian's ``tesi``).
_LIST_OF = re.compile(r"(?i)\b(?:papers|publications|articles|thes[ie]s|tesi|tesis|teses|dissertations|abschlussarbeiten)\b|论文|論文|논문")


def labelled(doc: Document, lines: Sequence[int], texts: Sequence[str]) -> bool:
    """Whether the run of items at ``lines`` (their ``texts`` after the bullets) is nested under an item labelling
    them papers or theses (``- Tesi di Laurea`` over ``  + Title``), each item a title (no labels: ``- Tesi di Laurea``
    under ``- Tesi``; no sentences; no item over items of its own)."""
    return under_label(doc, lines[0]) and all(len(text.split()) >= 2 and not text.rstrip().endswith(".") and not _label(text)
                                               and not _PRONOUN.search(text) and not _parent(doc, i) for i, text in zip(lines, texts, strict=True))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def under_label(doc: Document, i: int) -> bool:
    """Whether the item at line ``i`` is nested under an item labelling a list of papers or theses."""
    ind = _indent(doc.lines[i])
    for k in range(i - 1, max(-1, i - 200), -1):
        line = doc.lines[k]
        if not line.strip():
            continue
        if _BULLET.match(line) is None:
            return False
        if _indent(line) < ind:
            return _label(_BULLET.sub("", line))
    return False


def _label(text: str) -> bool:
    """Four plain words at most naming papers or theses, no number: a list's label (``Papers``, ``Tesi di Laurea``)."""
    text = text.strip(" *_:：")
    return 0 < len(text.split()) <= 4 and _LIST_OF.search(text) is not None and not any(c.isdigit() or c in "[]()" for c in text)


def _parent(doc: Document, i: int) -> bool:
    """Whether the item at line ``i`` has items nested under it."""
    k = next((k for k in range(i + 1, min(len(doc.lines), i + 20)) if doc.lines[k].strip()), None)
    return k is not None and _BULLET.match(doc.lines[k]) is not None and _indent(doc.lines[k]) > _indent(doc.lines[i])
