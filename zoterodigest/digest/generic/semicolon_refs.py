"""The reference style of MDPI and ACS journals: every author ``Surname, I.``, the authors joined by semicolons,
then the title's sentence and the journal's.

::

    Barn, A.; Tawny, B.C.; Hoot, C. Owls at Night: A Census. Owl Journal. 17(5), 2035–2062.
    Barn, A.; van Tawny, B. Counting Owls by Their Calls. J. Owls 2022, 11, 627.

The semicolons tell the names from the title: the last name's initials close the list with a full stop.  The title
runs to the next full stop before a capital; a year is taken only where it stands alone (never a page number of
``2035–2062``).  Pure.
"""

from __future__ import annotations

import re

from .reference_marks import Reference

_NAME = r"(?:(?:[Vv][ao]n|[Dd]e[lr]?|[Dd][aiu]|[Ll][ae])[ \t]++)?[A-Z][\w'’\-]*+(?:[ \t][A-Z][\w'’\-]*+)?,[ \t]*+(?:[A-Z]\.[ \t\-]?+){1,3}"
#: Two names or more joined by semicolons (``Barn, A.; Tawny, B.C.``), maybe ending with ``et al.``.
_NAMES = re.compile(r"[ \t]*+(?P<n>" + _NAME + r"(?:[ \t]*+;[ \t]*+(?:and[ \t]++)?" + _NAME + r")++)(?:[ \t]*+et[ \t]++al\.)?(?<=[. \t])[ \t]*+(?=[A-Z0-9\"“])")
#: The title's end: a full stop before a capital or a digit (a question mark may open a subtitle: ``Why Owls? A Study``).
_TITLE_END = re.compile(r"(?<=[^\s.])\.[\"”]?[ \t]++(?=[A-Z0-9*_])")
#: A year closing a reference with no full stop after its title (``Title, 2014``).
_CLOSING_YEAR = re.compile(r",[ \t]*+(?:19|20)\d{2}[ \t.]*+$")
#: A year standing alone: not a page number of a range (``2035–2062``), nor a volume in brackets.
_YEAR = re.compile(r"(?<![\d\-–(])((?:19|20)\d{2})(?![\d\-–)])")


def semicolon_names(text: str) -> Reference | None:
    """The parts of a reference whose authors are ``Surname, I.`` joined by semicolons, or None."""
    m = _NAMES.match(text) if ";" in text[:400] else None
    if m is None:
        return None
    end = _TITLE_END.search(text, m.end())
    stop = end.start() if end else (closing.start() if (closing := _CLOSING_YEAR.search(text, m.end())) else len(text.rstrip(" .")))
    start = m.end() + (text[m.end()] in "\"“")
    stop -= text[stop - 1] in "\"”"
    if len(text[start:stop].split()) < 2:
        return None
    year = _YEAR.search(text, stop)
    venue = _venue(text, end.end()) if end else None
    names_end = m.start("n") + len(m.group("n").rstrip(" \t-"))
    return Reference((start, stop), (m.start("n"), names_end), venue, int(year.group(1)) if year else None)


#: What follows a journal's name: its year, volume or pages (``Chem. Rev. 2019, 119``, ``Data. 17(5)``).
_NUMBER = re.compile(r"\(?\d")


def _venue(text: str, start: int) -> tuple[int, int] | None:
    """The journal's name after the title's full stop, up to its year or volume: its marks and closing stop left out
    unless it is an abbreviation's (``Chem. Rev.``)."""
    m = _NUMBER.search(text, start)
    end = m.start() if m else len(text)
    while start < end and text[start] in " \t*_":
        start += 1
    while end > start and text[end - 1] in " \t*_,":
        end -= 1
    if end > start and text[end - 1] == "." and ". " not in text[start:end]:
        end -= 1
    return (start, end) if end - start >= 2 else None
