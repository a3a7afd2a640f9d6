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

import functools
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
_NAMED_LINE = re.compile(r"^[ \t]*+(?:[-*+]|\d{1,3}\.)[ \t]++[A-Za-z0-9][\w\-.+/]{0,19}(?:[ \t][A-Z][\w\-.+/]{0,19})?+,[ \t]++[A-Z0-9\"“]",
                         re.MULTILINE)


@functools.lru_cache(maxsize=4)
def _named_lines(text: str) -> int:
    """How many list items of the document open with a short name and a comma (once per document)."""
    return sum(1 for _ in _NAMED_LINE.finditer(text))


def comma_named(doc: Document, items: Sequence[Item], results: dict[int, Found | None]) -> None:
    """The papers of each run whose titles open with a name and a comma, two in three (three at least),
    retitled without it, the name kept apart."""
    least = 1 if _named_lines(doc.text) >= _DOCUMENT_LEAST else _LEAST
    for run in sibling_runs(items):
        read = [f for it in run if (f := results.get(it.line)) is not None and f.title_span is not None]
        named = [(f, m) for f in read if (m := _named(doc, f)) is not None]
        if len(named) < least or 3 * len(named) < 2 * len(read):
            continue
        for found, m in named:
            span = found.title_span
            assert span is not None
            found.extra.setdefault("name", m.group("n"))
            found.title, found.title_span = title_of(doc.text[m.end() : span[1]]), (m.end(), span[1])


def _named(doc: Document, found: Found) -> re.Match[str] | None:
    """The name and comma opening the found paper's title, when three words or more follow them."""
    span = found.title_span
    assert span is not None
    m = _NAME_COMMA.match(doc.text, span[0], span[1])
    if m is None or len(rest := doc.text[m.end() : span[1]].split()) < 3 or _INITIAL.match(rest[0]):
        return None  # ("Barn, A., Tawny, B. 2013. Title": a surname and its initials, no name)
    name = m.group("n")
    written = any(c.isupper() or c.isdigit() or c == "-" for word in name.split() for c in word[1:])
    return m if written or doc.text.startswith(name, m.end()) else None
