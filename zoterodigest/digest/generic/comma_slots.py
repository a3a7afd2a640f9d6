"""A venue after a title's last comma, read from what the records of one section share.

::

    * Owl-Sim: Simulating Owls by Data-Driven Optimization, TVCG. [[paper](…)]
    * Learning Socially Aware Models of Owl Motion, RAL. [[paper](…)]
    * Owl crowds, ACM Transactions on Graphics (TOG 2006). [[paper](…)]
    * A Learning Approach to Owl Flight, AIAA Guidance, Navigation, and Control (GNC) Conference 2013. [[paper](…)]

When three records of a section or more, two in five of its titled ones, end their title where a comma
and a venue the reader knows (its acronym) follow it, the section's template puts the venue after the title's last
comma; a title still holding a comma followed by a venue's name written in full (capitalised words, one
of them a word venues use, or a year closing them) ends at that comma.  Nothing is cut from a section
whose records do not share that template, nor a title left shorter than two words.  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from .found import Found
from .venue_tails import known_venue

#: Words a venue's full name holds (``International Conference on …``, ``… Transactions on …``).
_VENUE_WORD = re.compile(r"\b(?:Conference|Symposium|Workshops?|Transactions|Journal|Proceedings|Letters|Congress|Meeting"
                         r"|Magazine|Forum|Annual|International|Technical[ \t]Report|Dissertation|Thesis)\b")
#: A venue's full name: capitalised words, small words, acronyms and a year in parentheses, a closing year.
_FULL_NAME = re.compile(r"(?:IEEE|ACM|[A-Z][\w'’&.\-/]*+|\d{1,2}(?:th|st|nd|rd)(?=[ \t]))(?:[ \t]++(?:[A-Z][\w'’&.\-/]*+|of|on|and|for|in|the|&|\d{1,4}(?:th|st|nd|rd)?"
                        r"|\([A-Za-z&\-]{2,15}(?:[ \t]++(?:19|20)\d{2})?\))){1,14}[ \t]*+(?:(?:19|20)\d{2})?")
#: A venue's acronym after the comma (``TVCG``, ``CVPR 2018``).
_ACRONYM = re.compile(r"([A-Za-z][\w&\-]{1,14})(?:[ \t]?+['’]?(?:19|20)?\d{2})?")
_YEAR_END = re.compile(r"(?:19|20)\d{2}\)?$")
#: A short note in brackets closing a record after its venue (``, FSE 2017 (tool: Stoat)``).
_NOTE_CLOSE = re.compile(r"(?<![ \t])[ \t]*+\([^()\n]{1,60}\)[ \t]*+$")
_LEAST = 3


def cut_comma_venues(doc: Document, found: list[Found]) -> None:
    """Cut the venue written in full after a title's last comma, when the section's template puts a venue
    there (see the module's text), in place."""
    titled = [f for f in found if f.title and f.title_span is not None]
    slotted = sum(1 for f in titled if _venue_after(doc, f))
    if slotted < _LEAST or 5 * slotted < 2 * len(titled):
        return
    for f in titled:
        if ", " in f.title and (k := _venue_comma(f.title)) is not None:
            s0 = f.title_span[0] if f.title_span else 0
            if doc.text[s0 : s0 + k] == f.title[:k]:
                f.title, f.title_span = f.title[:k], (s0, s0 + k)


def _venue_after(doc: Document, f: Found) -> bool:
    """Whether the record's title was cut before a comma and a venue (``Title, TVCG``, ``Title, CVPR 2018``)."""
    if f.title_span is None:
        return False
    if f.venue_span is not None:
        return doc.text[f.title_span[1] : f.venue_span[0]].strip(" \t*_") == ","
    end = doc.text.find("\n", f.title_span[1], f.title_span[1] + 60)
    k = f.title.rfind(", ")  # (the title may still hold its venue: "Title, TVCG" is cut when its entry is made)
    return any(after.startswith(", ") and (m := _ACRONYM.fullmatch(after.rstrip(" \t."), 2)) is not None and known_venue(m.group(1))
               for after in (_NOTE_CLOSE.sub("", doc.text[f.title_span[1] : end if end >= 0 else f.title_span[1] + 24]),
                             f.title[k:] if k > 0 else ""))  # (after the title as read, a note closing the line aside; or in it)


def _venue_comma(title: str) -> int | None:
    """Where the title ends before a comma and a venue's full name closing it, else None."""
    k = title.rfind(", ")
    if k < 0:
        return None
    if title.startswith(("and ", "& "), k + 2):  # ("Guidance, Navigation, and Control Conference": a venue's list of words)
        j = title.rfind(", ", 0, k)
        while j > 0 and len(title[j + 2 : k].split()) <= 2 and title[j + 2 : j + 3].isupper():
            k, j = j, title.rfind(", ", 0, j)
        k = j if j > 0 and title[j + 2 : j + 3].isupper() and len(title[j + 2 : k].split()) <= 4 else k
    tail = title[k + 2 :].rstrip(" \t.")
    plain = tail.replace(", ", " ")
    if len(title[:k].split()) < 2 or not _FULL_NAME.fullmatch(plain):
        return None
    return k if _VENUE_WORD.search(tail) or _YEAR_END.search(tail) and len(tail.split()) >= 2 else None
