"""Authors' names after a dash closing the titles of a section, as a reading list writes them.

::

    - [The Square Cat - E. Putterman, O. Raz](https://arxiv.org/pdf/0801.0926)
    - [Theorems for Free - Philip Wadler](https://...)
    - Notation as a Tool of Thought - Kenneth E. Iverson

A dash between blanks and people's names closing the line is the list's template, not the paper's
title, when three titles of the section or more close so with names that are plainly names (initials,
two names or more, a given name and a surname) and they are a third of its titles or more: then every
title closing with a dash and names is cut before the dash, a lone surname too (``Title - Sendker``).
A title with a dash and two words after it alone (``Superoptimizer - A Look``) says nothing.  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from .found import Found
from .name_lists import TITLE_WORDS, one_name

#: A dash between blanks and what follows it to the title's end.
_DASH_TAIL = re.compile(r"[ \t][-–—][ \t]++(?P<n>[A-Z][^\-–—\n]{1,120}?)[ \t.]*+$")
_SEPS = re.compile(r",|&|\band\b")
_ET_AL = re.compile(r"\bet\.?[ \t]*+al\b\.?")
#: A surname alone (``Ratiu``, ``Niles-Weed``, ``O'Hoot``), never a word in capitals or a title's small word.
_SURNAME = re.compile(r"(?:(?:[Vv][ao]n|[Dd]e[lr]?|[Dd][aiu]|[Ll][ae])[ \t]++)?(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ'’\-]{2,}+")
#: The fewest titles closing so, and the least share of the section's titles (one in three).
_FEWEST = 3


def _names(text: str) -> bool | None:
    """None when ``text`` is no names; True when plainly names (initials, two names or more, one full name, "et
    al."), False for a lone surname."""
    bare = _ET_AL.sub("", text).strip(" \t.,")
    parts = [p.strip() for p in _SEPS.split(bare) if p.strip()]
    if not parts or any(ch.isdigit() for ch in bare):
        return None
    for p in parts:
        if not (one_name(p) or _SURNAME.fullmatch(p)) or p.split()[0].lower() in TITLE_WORDS:
            return None
    return len(parts) >= 2 or one_name(parts[0]) or bare != text.strip(" \t.,")


def _names_after_span(doc: Document, f: Found) -> bool:
    """Whether the title read already stands before a dash and names closing its line (``Title - Ann Barn``)."""
    if f.title_span is None:
        return False
    end = doc.text.find("\n", f.title_span[1])
    rest = doc.text[f.title_span[1] : end if end >= 0 else len(doc.text)]
    return (m := _DASH_TAIL.match(" " + rest.lstrip(" \t*_"))) is not None and bool(_names(m.group("n")))


def cut_dash_names(doc: Document, found: list[Found]) -> None:
    """Cut the names after a dash closing the section's titles, where they are its template (see above)."""
    tails = [(f, m, plain) for f in found if f.title and (m := _DASH_TAIL.search(f.title)) is not None
             and len(f.title[: m.start()].strip()) >= 4 and (plain := _names(m.group("n"))) is not None]
    strong = sum(1 for _, _, plain in tails if plain) + sum(1 for f in found if f.title and _names_after_span(doc, f))
    if strong < _FEWEST or 3 * strong < sum(1 for f in found if f.title):
        return
    for f, m, _ in tails:
        title = f.title[: m.start()].rstrip()
        span = f.title_span
        if span is not None and doc.text[span[0] : span[0] + len(title)] == title:
            f.title, f.title_span = title, (span[0], span[0] + len(title))
        else:
            f.title, f.title_span = title, None
