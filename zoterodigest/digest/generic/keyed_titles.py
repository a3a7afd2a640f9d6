"""A record led by its citation key in bold, its title in italics or quotes later on (a researcher's notes)::

    - **Barn, Tawny & Hoot 2016**, arXiv:1512.06619 — *Silent Flight of Owls without
      Likelihood Approximation.* Why it matters to us ...

The key (names and a year) stands for the paper (``**Barn & Tawny 2026 — "Title"**`` names it after a dash); the title is the first italic or quoted span of three words
or more after it, within the record.  Pure but for the found paper it mends.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document
    from .found import Found

_NAME = r"[A-Z][^\W\d_]*+(?:[-'’][A-Z]?[^\W\d_]++)*+"
#: A citation key: names (one, several joined by commas and ``&``/``and``, or one and "et al.") and a year.
_KEY = re.compile(rf"{_NAME}(?:(?:,[ \t]++{_NAME})*+,?[ \t]++(?:and|&)[ \t]++{_NAME}|[ \t]++et[ \t]++al\.?)?[ \t]++(?:19|20)\d{{2}}[a-z]?")
#: The title after it: italics or quotes, maybe wrapped onto the next line.
_TITLE = re.compile(r"(?<![*\w])\*(?=[^\s*])(?P<i>[^*\n]++(?:\n[^*\n]++)?)(?<=\S)\*(?![*\w])|[\"“](?P<q>[^\"“”\n]++(?:\n[^\"“”\n]++)?)[\"”]")


#: A key, a dash and the quoted title, all in one bold: ``Barn & Tawny 2026 — "Title"``, ``Barn et al. — "Title"``.
_KEY_DASH = re.compile(rf"(?:{_KEY.pattern}|{_NAME}[ \t]++et[ \t]++al\.?)[ \t]++[—–-][ \t]++[\"“](?P<t>[^\"“”]{{8,400}})[\"”]")


def keyed_title(doc: Document, found: Found) -> None:
    """``found``'s title, when it is a citation key in bold, becomes the italic or quoted title after it in its record
    (or the quoted title after a dash in the same bold)."""
    span = found.title_span
    if (dashed := _KEY_DASH.fullmatch(found.title)) is not None:
        text = dashed.group("t").strip()
        at = doc.text.find(text, span[0], span[1]) if span is not None else -1
        found.title, found.title_span = text, (at, at + len(text)) if at >= 0 else None
        return
    if span is None or _KEY.fullmatch(found.title) is None or doc.text[span[1] : span[1] + 2] not in ("**", "__"):
        return
    end = doc.line_end(found.last)
    if (m := _TITLE.search(doc.text, span[1], end)) is None:
        return
    group = "i" if m.group("i") is not None else "q"
    text = " ".join(m.group(group).split()).rstrip(".,")
    if len(text.split()) >= 3:
        found.title = text
        found.title_span = (m.start(group), m.start(group) + len(text)) if "\n" not in m.group(group) else None
