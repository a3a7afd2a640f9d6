"""A paper's field written as its own paragraph under the paragraph naming it: its source, DOI or link.

::

    **title**:  Owls Count Mice at Night

    **source**: DOI 10.1109/OWL.2024.3375325

A log that writes each field as a paragraph leaves the reader two entries where there is one paper:
the title's, and one read at the field for the id or venue it writes (its title the label's words).
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
#: Blank lines at most between the title's paragraph and its field's.
_GAP = 4

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
    if not owner.title or f.first != f.last \
            or not 1 < f.first - owner.last <= _GAP or any(doc.lines[k].strip() for k in range(owner.last + 1, f.first)):
        return False
    label = _FIELD.match(doc.lines[f.first])
    return label is not None and (not f.title or f.title.lower().startswith(label.group("l").lower()))
