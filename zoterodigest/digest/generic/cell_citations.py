"""A table cell that names its papers by citation, not by title: one entry each, title unknown.

::

    | Sep 11 | Q. Barn | [Ren, 2023](https://arxiv.org/abs/2308.16912), [Hoot et al., 2023](https://arxiv.org/abs/2309.05566) |
    | Week 1 | Owls | Barn, *Science*, 1970 [`DOI`](https://doi.org/10.1/a) [`PDF`](a.pdf)<br> Hoot & Tawny, *Nature*, 2016 [`DOI`](https://doi.org/10.1/b) |

A seminar's schedule cites each reading by its authors and year; the cell's
papers are the links (or the ``<br>``-separated readings, each with its own
links) and none of them is named by its title.
"""

from __future__ import annotations

import re

from .citation_keys import CITE_KEY
from .found import Found
from .link_finder import find_links
from .links import Identity, link_class
from .prefixes import is_generic_label

#: Names of two words closed by "et al." and perhaps a year (``Dos Santos et al., 2023``, ``Hoot et al.``).
_ET_AL = re.compile(r"[A-Z][\w'’\-]++(?:[ \t]++[A-Z][\w'’\-]++)?+,?+[ \t]++et\.?+[ \t]*+al\.?+"
                    r"(?:,?+[ \t]++\(?(?:19|20)\d{2}[a-z]?+\)?+)?+")
#: What makes an author-date key a citation and no title: "et al.", a comma before the year, two names joined.
_CITING = re.compile(r"et\.? ?al|,[ \t]*+\(?(?:19|20)\d{2}|[ \t](?:and|&)[ \t]")
#: A citation's opening: a capitalised name, then a comma, "et al." or a second name.
_NAMED = re.compile(r"[ \t]*+[A-Z][\w'’\-]++(?:,|[ \t]++(?:et\b|and\b|&|[A-Z]))")
#: What parts the readings of one cell.
_BREAK = re.compile(r"<br\s*/?>|;", re.IGNORECASE)


def cited(text: str) -> bool:
    """Whether a text is a citation (names and "et al.", a name, a comma and a year, or two names
    joined and a year), never a title; ``OWL 2018`` and ``Talons and Grip`` may be titles."""
    t = text.replace("*", "").replace("_", "").strip(" \t.")
    return _ET_AL.fullmatch(t) is not None or CITE_KEY.fullmatch(t) is not None and _CITING.search(t) is not None


def cited_parts(row: str, base: int, c0: int, c1: int, found: Found) -> list[Found] | None:
    """The papers of a title cell ``row[c0:c1]`` that cites two or more (None otherwise)."""
    text = row[c0:c1]
    pieces = _pieces(text)
    if len(pieces) >= 2:
        parts = [p for a, b in pieces if (p := _reading(text, a, b, base + c0, found)) is not None]
        if len(parts) == len(pieces):
            return parts
    links = [t for t in find_links(text) if t[0] != "badge" and link_class(t[1])]
    if len(links) < 2 or not all(cited(label) for label, _, _, _ in links):
        return None
    return [_part(found, [url], base + c0 + s, base + c0 + e) for _, url, s, e in links]


def _pieces(text: str) -> list[tuple[int, int]]:
    """Where each reading of a cell is (split at ``<br>`` and ``;``), blanks trimmed."""
    out = []
    pos = 0
    for m in [*_BREAK.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[pos:end]
        if piece.strip():
            a = pos + len(piece) - len(piece.lstrip())
            out.append((a, a + len(piece.strip())))
        pos = m.end() if m is not None else end
    return out


def _reading(text: str, a: int, b: int, base: int, found: Found) -> Found | None:
    """One reading of a cell: cited by names (and a venue, a year) before its own paper links."""
    links = [t for t in find_links(text[a:b]) if t[0] != "badge"]
    if not links:
        return None
    lead = text[a : a + links[0][2]]
    papers = [url for _, url, _, _ in links if link_class(url)]
    if not papers and _NAMED.match(lead) and re.search(r"(?:19|20)\d{2}", lead):
        papers = [url for _, url, _, _ in links]  # (a reading cited by names and year: its link is its page)
        part = _part(found, papers, base + a, base + b)
        part.extra["cited"] = "1"
        return part
    if not papers:
        return None
    if not lead.strip() and not cited(links[0][0]) or lead.strip() and not re.search(r"(?:19|20)\d{2}", lead):
        return None  # (a reading named by its link's text, or a note without a year: no citation)
    if any(not is_generic_label(label) and not cited(label) and len(label.split()) >= 3 for label, _, _, _ in links):
        return None  # (a linked title: read as titles are)
    return _part(found, papers, base + a, base + b)


def _part(found: Found, urls: list[str], start: int, end: int) -> Found:
    ident = Identity()
    for url in urls:
        ident.add_link(None, url)
    return Found(first=found.first, last=found.last, ident=ident, title="", section=found.section,
                 style=dict(found.style, part=True), span=(start, end))
