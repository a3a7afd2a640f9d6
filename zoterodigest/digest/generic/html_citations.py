"""A publication page's HTML record written as a reference: its authors' names, then its title in quotes
(or its one bold part), a venue and a year (``A. Barn, "<b>Title,</b>" Venue, 2020``).  Pure."""

from __future__ import annotations

import re

from ..markup import plain
from .link_finder import find_links
from .name_lists import is_name_list
from .names_paragraphs import reference_title
from .references import parse_reference

_BOLD = re.compile(r"<(b|strong)>(?P<t>[^<>]{4,400})</\1>", re.IGNORECASE)


def owner_named(body: str) -> bool:
    """A record naming the page's owner in bold among its authors, its one bold part (``Barn, A., <b>Hoot, C.</b>``)."""
    bold = list(_BOLD.finditer(body))
    return len(bold) == 1 and is_name_list(plain(bold[0].group("t")).strip(" ,."))


def cited_year(body: str) -> int | None:
    ref = parse_reference(plain(body))
    return ref.year if ref is not None else None


def cited_title(body: str, dated: bool = True) -> tuple[int, int, str] | None:
    """The title of a record written as a reference: the part in quotes (or the one bold part of a record
    without quotes) after its authors' names, a year after it (``A. Barn, "<b>Title,</b>" Venue, 2020``)."""
    bold = list(_BOLD.finditer(body))
    flat = plain(body)
    if not any(q in flat for q in "\"“”"):
        if len(bold) != 1 or owner_named(body):
            return None  # (one bold name among the authors is the page's owner, no title)
        flat = plain(body[: bold[0].start()] + "“" + bold[0].group("t") + "”" + body[bold[0].end() :])
    ref = parse_reference(flat)
    if ref is None or ref.authors is None or dated and ref.year is None or flat[ref.title[0] - 1 : ref.title[0]] not in ("\"", "“"):
        return None
    value = flat[ref.title[0] : ref.title[1]].strip(" ,.")
    if len(value.split()) < 3:
        return None
    inside = [m for m in bold if plain(m.group("t")).strip(" ,.") == value]
    if inside:
        m = inside[0]
        at = body.find(value, m.start("t"), m.end("t"))
        if at >= 0:
            return at, at + len(value), value
    return -1, -1, value


#: A record's number before its reference (``91.``, ``[12]``), and the marks set on authors' names saying their role
#: (``Hou, H.§``, ``Wang, Z.-H.*``, ``Huang, Y.‡,§``: a student, the corresponding author, an equal share).
_NUMBER = re.compile(r"[ \t]*+(?:\[\d{1,4}\]|\d{1,4}[.)])[ \t]++")
_ROLE_MARK = re.compile(r"(?<=\.)[*§‡†¶]{1,3}+(?:,[*§‡†¶]{1,3}+){0,3}+(?=[,;&\s]|$)")


def whole_reference(body: str) -> tuple[int, int, str] | None:
    """The title of a linked record whose plain text is a whole reference opening with its authors and dated (``91.
    Li, Y.*, <span class="me">Wang, C.</span>, &amp; Xiao, S. (2026). Title. <span>Journal</span>, 131(14), e2.``): its
    number and the marks on names set aside."""
    if any(len(plain(label).split()) >= 3 for label, _, _, _ in find_links(body)):
        return None  # (a link's text of words: the record's title is there, the readers of fields take it)
    flat = plain(body)
    flat = _ROLE_MARK.sub("", flat) if any(c in flat for c in "*§‡†¶") else flat
    return reference_title(body, flat[m.end() :] if (m := _NUMBER.match(flat)) else flat)
