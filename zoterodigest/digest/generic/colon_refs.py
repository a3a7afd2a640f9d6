"""References with a colon between their parts: in the style of the U.S. Geological Survey (names, the year after a
comma, the title, and after a colon the journal with its volume and pages, or the publisher); names with the year in
parentheses and a colon before the title; and names written surname first, persons apart by semicolons.

::

    Barn, A.B., and Tawny, C.D., 1986, Owl calls at dusk: Journal of Owls, v. 112, no. 2, p. 139–155.
    Hoot, Ann, and Screech, Bob, 1998, Pellet counts—Guidelines for barns: Rome, Owl Society, Paper No. 56, 174 p.
    Barn, A.B., 1972, Owl counts in snow, in Proceedings of the Owl Conference: Barn City, p. 7–12.
    Ann Barn and Bob Tawny (1994): Owl Reasoning: Foundational Issues. Owl Communications, Vol. 7:1, pp. 39 - 59.

Pure.
"""

from __future__ import annotations

import re

from .name_lists import is_name_list, person_names
from .reference_marks import Reference

_NAMES_YEAR_TITLE = re.compile(r"(?P<n>[A-Z][^:;()\[\]\n]{2,400}?),[ \t]++(?P<y>(?:19|20)\d{2})[a-z]?,[ \t]++"
                               r"(?P<t>[^:\n]{8,400}?)(?::|,[ \t]++in(?=[ \t]++[A-Z])|[ \t]++in(?=[ \t]++(?:Proceedings|[A-Z][\w'’\-]++,[ \t]++[A-Z]\.)))[ \t]++(?P<v>[^\n]{3,400})$")
_VOLUME = re.compile(r"\bv\.[ \t]*+\d")
#: What follows a title in this style: a journal's volume (``v. 112``), its pages (``p. 139``) or a report's series; a
#: book's length alone (``477 p.``) is none.
_PUBLISHED = re.compile(r"\bv\.[ \t]*+\d|\bp\.[ \t]*+\d|\b(?:Report|Circular|Bulletin|Paper|Professional|Survey|"
                        r"Water-Resources|Investigations)\b")


def names_year_colon(text: str) -> Reference | None:
    """``Names, 1986, Title: Journal, v. 112, p. 139–155.``, or None when ``text`` is not written so."""
    m = _NAMES_YEAR_TITLE.match(text.strip())
    if m is None or not _PUBLISHED.search(m.group("v")) or not (person_names(m.group("n")) or is_name_list(m.group("n"))):
        return None
    lead = len(text) - len(text.lstrip())
    venue_end = m.end("v") - len(m.group("v")) + len(m.group("v").split(",")[0])
    journal = _VOLUME.search(m.group("v")) is not None  # (a report's first part is its place, "Rome": no venue)
    return Reference(title=(lead + m.start("t"), lead + m.end("t")), authors=(lead + m.start("n"), lead + m.end("n")),
                     venue=(lead + m.start("v"), lead + venue_end) if journal else None, year=int(m.group("y")))


#: Names, the year in parentheses and a colon, then the title to its sentence's end (``Ann Barn and Bob Tawny (1994):
#: Title: Subtitle. Venue``, ``Barn, Ann M. (2003): Title. In: Book``).
_NAMES_PAREN_YEAR = re.compile(r"(?P<n>[A-Z][^:;()\[\]\n]{2,400}?)[ \t]*+\((?P<y>(?:19|20)\d{2})[a-z]?\)[ \t]*+:[ \t]++"
                               r"(?P<t>[^\n]{3,400}?)(?:\.[ \t]++(?=\S)|\.?[ \t]*+$)")


def names_paren_year_colon(text: str) -> Reference | None:
    """``Ann Barn and Bob Tawny (1994): Title. Venue``, or None when ``text`` is not written so."""
    lead = len(text) - len(text.lstrip())
    m = _NAMES_PAREN_YEAR.match(text, lead)
    if m is None or m.group("t")[:1] in "*_\"“‘'[" or not (person_names(m.group("n")) or is_name_list(m.group("n"))):
        return None  # (a title in emphasis, quotes or a link: the readers of marked titles')
    return Reference(title=(m.start("t"), m.end("t")), authors=(m.start("n"), m.end("n")), year=int(m.group("y")))


#: Surnames first, each person's given names after a comma, persons apart by semicolons, as German and French
#: humanities cite (``Barn, Kristina; Tawny, Matjaž; Hoot, Zoran``, ``Kite, Kim-Björn``).
_INVERTED_NAMES = re.compile(r"(?:[A-Z][^\W\d_A-Z]++(?:-[A-Z][^\W\d_A-Z]++)?,[ \t]++(?:[A-Z][^\W\d_A-Z]++(?:-[A-Z][^\W\d_A-Z]++)?|[A-Z]\.)"
                             r"(?:[ \t]++(?:[A-Z][^\W\d_A-Z]++|[A-Z]\.)){0,2}(?:;[ \t]++|$))++")


_NOT_GIVEN = frozenset({"The", "Then", "And", "Of", "For", "With", "In", "On", "To", "Is", "All", "You", "Your", "We", "Our",
                        "My", "Not", "No", "Be", "Are", "More", "Less", "Now", "New", "How", "Why", "What", "When"})


def inverted_names(names: str) -> bool:
    """Whether ``names`` are persons written surname first (:data:`_INVERTED_NAMES`), no method's name twice
    (``Magicoder, Magicoder``) nor a title's words (``Compress, Then Prompt``)."""
    if _INVERTED_NAMES.fullmatch(names) is None:
        return False
    persons = [p.split(",", 1) for p in names.split(";")]
    return all(sur.strip() != given.split()[0] and not _NOT_GIVEN.intersection(given.split()) for sur, given in persons)
