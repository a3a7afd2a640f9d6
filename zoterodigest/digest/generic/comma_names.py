"""A method's short name and a comma before each title of a run: the name kept apart.

::

    * GPT-3, Owls Are Few-Shot Hunters. NeurIPS 20. \\[[Paper](https://example.org/owl/1)\\]
    * T5, Exploring the Limits of Barn Transfer. \\[[Paper](https://example.org/owl/2)\\]
    * LoRA, LoRA: Low-rank Adaptation of Owl Models. ICLR 22. \\[[Paper](https://arxiv.org/abs/2106.09685)\\]

A comma after one word rarely opens a title; where three of a run's papers or more, two in three
of them, open their titles with a name (``GPT-3``, ``T5``, ``FLAN``) and a comma, that
word is the method's name in each of them and the title follows it (two words at most: ``Code Llama``; one
such paper is enough where ten items of the document open so).  A name is written as one (capitals or digits
inside it, a hyphen: ``LoRA``, ``T5``) or opens the title again (``Lemur, Lemur: ...``); a surname before
initials (``Barn, A., Tawny, B.``) is none.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..document import Document
from .found import Found, title_of
from .item_template import sibling_runs
from .list_items import Item

#: One word and a comma opening a title, the title's words after it from a capital, a digit or a quote.
_NAME_COMMA = re.compile(r"(?P<n>[A-Za-z0-9][\w\-.+/]{0,19}(?:[ \t][A-Z][\w\-.+/]{0,19})?+),[ \t]++(?=[A-Z0-9\"“])")
_LEAST = 3
#: An initial after the comma: the name was a surname (``Barn, A.``, ``Barn, AB,``).
_INITIAL = re.compile(r"[A-Z](?:\.|[A-Z]?,|$)")
#: List items of the whole document opening so that make its short runs (one or two papers a section) count too.
_DOCUMENT_LEAST = 10
_NAMED_LINE = re.compile(r"[ \t]*+(?:[-*+]|\d{1,3}\.)[ \t]++[A-Za-z0-9][\w\-.+/]{0,19}(?:[ \t][A-Z][\w\-.+/]{0,19})?+,[ \t]++[A-Z0-9\"“]")


def _named_lines(doc: Document) -> int:
    """How many list items of the document open with a short name and a comma (line by line: the whole text
    is never built for it)."""
    return sum(1 for line in doc.lines if _NAMED_LINE.match(line))


def comma_named(doc: Document, items: Sequence[Item], results: dict[int, Found | None]) -> None:
    """The papers of each run whose titles open with a name and a comma, two in three (three at least),
    retitled without it, the name kept apart."""
    least: int | None = None
    for run in sibling_runs(items):
        read = [f for it in run if (f := results.get(it.line)) is not None and f.title_span is not None]
        named = [(f, km) for f in read if (km := _named(doc, f)) is not None]
        if not named or 3 * len(named) < 2 * len(read):
            continue
        if len(named) < _LEAST and (least := least or (1 if _named_lines(doc) >= _DOCUMENT_LEAST else _LEAST)) > len(named):
            continue  # (a short run counts where ten items of the document open so)
        for found, (k, m) in named:
            span, base = found.title_span, doc.starts[k]
            assert span is not None
            found.extra.setdefault("name", m.group("n"))
            found.title, found.title_span = title_of(doc.lines[k][m.end() : span[1] - base]), (base + m.end(), span[1])


def _named(doc: Document, found: Found) -> tuple[int, re.Match[str]] | None:
    """The line of the found paper's title and the name and comma opening it (columns of that line), when three
    words or more follow them; None when the title opens otherwise or runs past its line."""
    span = found.title_span
    assert span is not None
    k = doc.line_of(span[0]) - 1
    line, base = doc.lines[k], doc.starts[k]
    if span[1] - base > len(line):
        return None
    m = _NAME_COMMA.match(line, span[0] - base, span[1] - base)
    if m is None or len(rest := line[m.end() : span[1] - base].split()) < 3 or _INITIAL.match(rest[0]):
        return None  # ("Barn, A., Tawny, B. 2013. Title": a surname and its initials, no name)
    name = m.group("n")
    written = any(c.isupper() or c.isdigit() or c == "-" for word in name.split() for c in word[1:])
    return (k, m) if written or line.startswith(name, m.end()) else None
