"""A link whose text is a whole reference rather than a title alone: where its title is.

::

    [A. Barn, B. Tawny, “Owl flight,” Owl Letters, 2011.](https://doi.org/…)     (parse_reference)
    ["Owl flight." Journal of Owl Systems](https://…)                           (a quoted title, then the journal)
    [Barn et al., _Owl Cell_ (2020) Owl Retrons Function In Anti-Owl Defense. ](https://…)
                                                              (names, the venue in italics and the year, then the title)
    [Ann Barn, Bob Tawny: Owl Flight at Night. 188-208](https://doi.org/…)   (DBLP's names, a colon, the title, its pages)

Pure.
"""

from __future__ import annotations

import re

from .name_lists import is_name_list, person_names
from .reference_marks import Reference
from .references import parse_reference

#: A link's text opening with a quoted title of three words or more, a stop or comma closing it, a venue after it.
_QUOTED_LEAD = re.compile(r"[\"“](?P<t>[^\"“”\s]++(?:[ \t]++[^\"“”\s]+?){2,}?)(?<!\.)(?:[.,][\"”]|[\"”][.,])[ \t]++(?P<v>[A-Z][^\"“”]{2,120}?)[.,]?$")
#: Several authors before a title: two names or more, initials or "et al." (not "No Grammar, No Problem").
_SEVERAL = re.compile(r"(?:,|\band\b|&|\bet al\b|(?<![^\W\d_])[A-Z]\.)")
#: Names, the venue in italics and the year in parentheses, then the title (a life-sciences habit).
_VENUE_YEAR_FIRST = re.compile(r"[ \t]*+(?P<n>[A-Z][^_*()\[\]\n]{1,200}?)[.,][ \t]++(?P<m>[_*])(?P<v>[^_*\n]{2,80}?)(?P=m)[ \t]*+"
                               r"\((?P<y>(?:1[6-9]|20)\d{2})\)[ \t]*+[.,:]?[ \t]*+(?P<t>[^ \t\n][^\n]{8,400}?)[ \t.]*+$")


#: DBLP's names, a colon, the title and its pages, with no venue (``Ann Barn, Bob Tawny:`` over ``Title. 188-208``).
_NAMES_COLON = re.compile(r"[ \t]*+(?P<n>[A-Z][^:：\[\]\n]{2,400}?):[ \t]*+\n?[ \t]*+(?P<t>[^\n]{8,400}?)\.[ \t]++\d{1,5}[-–]\d{1,5}[ \t.]*+$")


#: A title's first word in camel case, lower case first (``pipeComp``, ``scAI``, ``iPhone``).
_CAMEL = re.compile(r"[a-z]++[A-Z]")


def link_reference(label: str, url: str) -> Reference | None:
    """The parts of a link text written as a reference (offsets into ``label``), or None for a title."""
    if (m := _VENUE_YEAR_FIRST.match(label)) is not None and len(m.group("t").split()) >= 3 and _names(m.group("n")):
        return Reference(title=m.span("t"), authors=m.span("n"), venue=m.span("v"), year=int(m.group("y")))
    if (m := _NAMES_COLON.match(label)) is not None and len(m.group("t").split()) >= 3 and "," in m.group("n") \
            and person_names(m.group("n").strip()):
        return Reference(title=m.span("t"), authors=m.span("n"))
    ref = parse_reference(label) if not url.startswith(("http", "www")) else _whole_reference(label)
    if ref is None and (quoted := _QUOTED_LEAD.match(label)) is not None:
        return Reference(title=quoted.span("t"), venue=quoted.span("v"))
    return ref


def _names(text: str) -> bool:
    """Authors as a list of this kind writes them: ``Barn et al.``, ``Barn and Owl``, ``Barn``."""
    text = text.strip()
    words = text.removesuffix("et al.").removesuffix("et al").strip(" ,").split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() or w in ("and", "&") for w in words) or is_name_list(text)


def _whole_reference(label: str) -> Reference | None:
    """A long link text written as a whole reference (``[A. Barn, B. Tawny, “Title,” Venue, 2011.](url)``)."""
    ref = parse_reference(label) if len(label.split()) >= 10 else None
    if ref is None or ref.authors is None or not _SEVERAL.search(label, *ref.authors) \
            or not (label[ref.title[0]].isupper() or label[ref.title[0]].isdigit() or _CAMEL.match(label, ref.title[0])):
        return None
    return ref
