"""A paper's field written as its own paragraph under the paragraph naming it: its source, DOI or link.

::

    **title**:  Owls Count Mice at Night

    **source**: DOI 10.1109/OWL.2024.3375325

A log that writes each field as a paragraph leaves the reader two entries where there is one paper:
the title's, and one read at the field for the id or venue it writes (its title the label's words, or
another field's value when it took that paragraph too: ``**作者**：Names`` between them).
The field's entry goes: its lines, and its ids where the title's entry has none, become the title's.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from ..document import Document
from .found import Found

#: A field's label opening a line: where the paper is found, not what it is called.
_FIELD = re.compile(r"[ \t]*+(?:\*\*|__)?+[ \t]*+(?P<l>source|doi|link|url|pdf|arxiv|paper link|出处|来源|链接)"
                    r"[ \t]*+(?:\*\*|__)?+[ \t]*+[:：]", re.IGNORECASE)
#: Lines at most between the title's paragraph and its field's.
_GAP = 6
#: Any field's label opening a line (``**作者**：``, ``Authors:``): the paragraphs a record's fields are written in.
_ANY_FIELD = re.compile(r"[ \t]*+(?:\*\*|__)?+[^\s*_:：|\[\]()]{1,12}(?:[ \t][^\s*_:：|\[\]()]{1,12})?(?:\*\*|__)?+[ \t]*+[:：]")
#: A title's field: the next record's, never the record's own link.
_TITLE_FIELD = re.compile(r"[ \t]*+(?:\*\*|__)?+[ \t]*+(?:paper[ \t]++)?(?:title|标题|题目|论文题目|论文标题|제목)[ \t]*+(?:\*\*|__)?+[ \t]*+[:：]", re.IGNORECASE)
#: Field paragraphs at most between the title's and the field's.
_FIELDS_MAX = 4

T = TypeVar("T")


def with_field_lines(doc: Document, found: Sequence[T]) -> list[T]:
    """``found`` (in file order) without the entries read at a field's own paragraph right under a titled
    entry; that entry takes their lines, and their ids when it has none."""
    out: list[T] = []
    prev: Found | None = None
    for f in found:
        if isinstance(f, Found) and prev is not None and _field_of(doc, prev, f):
            if not prev.ident.paper_id:
                prev.ident = f.ident
            prev.last = f.last
            continue
        out.append(f)
        prev = f if isinstance(f, Found) else None
    return out


def _field_of(doc: Document, owner: Found, f: Found) -> bool:
    if not owner.title or not 1 < f.first - owner.last <= _GAP:
        return False
    between = [k for k in range(owner.last + 1, f.last + 1) if doc.lines[k].strip()]
    if not all(_ANY_FIELD.match(doc.lines[k]) for k in between) or len(between) > _FIELDS_MAX \
            or any(_TITLE_FIELD.match(doc.lines[k]) for k in between):
        return False  # (other fields' paragraphs between, "**Authors**: Names", or the field's entry holding them; never a title's)
    label = next((m for k in between if (m := _FIELD.match(doc.lines[k])) is not None), None)
    return label is not None and (not f.title or f.title.lower().startswith(label.group("l").lower())
                                  or f.first != f.last or f.first > owner.last + 2)
