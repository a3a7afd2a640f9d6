"""A publication page's HTML record written as a reference: its authors' names, then its title in quotes
(or its one bold part), a venue and a year (``A. Barn, "<b>Title,</b>" Venue, 2020``).  Pure."""

from __future__ import annotations

import re

from ..markup import plain
from .name_lists import is_name_list
from .references import parse_reference

_BOLD = re.compile(r"<(b|strong)>(?P<t>[^<>]{8,400})</\1>", re.IGNORECASE)


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
