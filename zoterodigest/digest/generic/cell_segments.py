"""A table cell listing several papers, each in its own segment: one entry each.

::

    | 4/5 | Time | <a href="…">Time, Clocks, and the Owl</a>, <br> <a href="…">Detecting Owls</a> | Ann |
    | 1 | Intro | * R. Barn et al., [Owls on Shared Memory](…), _Proc. VLDB_, 2022. <br/> * B. Tawny, [Disaggregated Owls](…). 2023. |

The cell's line breaks (``<br>``) or semicolons cut it into segments.  When every segment that
holds text holds exactly one link whose text reads as a title (a label such as ``[pdf]`` or a
bare address does not), the cell lists that many papers, and each segment's link is one.  A
segment with text and no such link, or with two, leaves the cell to the other readers.  Each
entry's span is its own link, so that an edit touches nothing of the others.  Pure.
"""

from __future__ import annotations

import re

from .found import Found, title_of
from .link_finder import find_links
from .links import Identity
from .prefixes import is_generic_label

#: Where a cell's segments meet: a line break tag, or a semicolon.
_BREAK = re.compile(r"<br[ \t]*/?>|;", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]{2,}")


def _paper(url: str) -> Identity | None:
    """The identity of a paper's link, or None for a link to no paper."""
    ident = Identity()
    ident.add_link(None, url)
    return ident if ident.papers else None


def segment_parts(row: str, base: int, c0: int, c1: int, found: Found, *, labelled: bool = False) -> list[Found] | None:
    """The papers of the cell ``row[c0:c1]`` by the rule above, or None; ``found`` is the row's paper.  In a
    column of papers' links (``labelled``: ``[PMC](…); [paper](…)``), a segment's one paper link under a label is
    a paper too, its title unknown."""
    text = row[c0:c1]
    if "<br" not in text.lower() and ";" not in text:
        return None
    links = [lk for lk in find_links(text) if lk[0] != "badge"]
    if len(links) < 2:
        return None
    cuts = [m.start() for m in _BREAK.finditer(text) if not any(s < m.start() < e for _, _, s, e in links)]
    bounds = list(zip([0, *cuts], [*cuts, len(text)], strict=True))
    out: list[Found] = []
    for s0, s1 in bounds:
        inside = [lk for lk in links if s0 <= lk[2] and lk[3] <= s1]
        titled = [lk for lk in inside if not is_generic_label(lk[0]) and not lk[0].startswith("http")
                  and len(_WORD.findall(lk[0])) >= 2]
        if not titled and not _WORD.search(_BREAK.sub(" ", text[s0:s1])):
            continue  # (an empty segment: a trailing break)
        if not titled and labelled and len(inside) == 1 and (paper := _paper(inside[0][1])) is not None:
            label, url, s, e = inside[0]
            out.append(Found(first=found.first, last=found.last, ident=paper, title="", title_span=None,
                             section=found.section, style=dict(found.style, part=True), span=(base + c0 + s, base + c0 + e)))
            continue
        if len(titled) != 1:
            return None
        label, url, s, e = titled[0]
        ident = Identity()
        ident.add_link(None, url)
        at = text.find(label, s, e)
        out.append(Found(first=found.first, last=found.last, ident=ident, title=title_of(label),
                         title_span=(base + c0 + at, base + c0 + at + len(label)) if at >= 0 else None,
                         section=found.section, style=dict(found.style, part=True), span=(base + c0 + s, base + c0 + e)))
    return out if len(out) >= 2 else None


#: What may stand between a cell's labelled links (``[PMC](…); [paper](…)``).
_LABEL_REST = re.compile(r"[\s;,/&|]+|\band\b", re.IGNORECASE)


def labelled_cell(text: str) -> bool:
    """Whether a cell holds only links under labels, one at least to a paper (``[PMC](…); [doi](…)``)."""
    links = find_links(text)
    if not links or not all(is_generic_label(label) and "://" not in label for label, _, _, _ in links):
        return False
    rest = text
    for _, _, s0, s1 in reversed(links):
        rest = rest[:s0] + rest[s1:]
    ident = Identity()
    for _, url, _, _ in links:
        ident.add_link(None, url)
    return bool(ident.papers) and not _LABEL_REST.sub("", rest)
