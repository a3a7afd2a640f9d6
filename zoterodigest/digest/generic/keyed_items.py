"""List items keyed by a short lower-case name before a colon, the paper's title after it.

::

    ## Papers
    - vision-basic
        - u-net : U-Net(Convolutional Owl Networks for Biomedical Image Segmentation)
        - mae : Masked Owl Autoencoders Are Scalable Vision Learners
        - dinov3: DINOv3

A notes repository often lists its papers by the names of their notes files: a key in lower case (letters,
digits, hyphens), a colon, then the title, or a short name with the title in parentheses after it.  Where
a section that names papers holds a run of five one-line siblings or more, two in three of them written
so, each is a paper: its title the text after the colon, the part in parentheses when the text before
them is one short name (``U-Net(Title)``).  No link is needed.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from .found import Found, title_of
from .item_template import sibling_runs
from .list_items import Item

#: A key in lower case, a colon, the rest: ``u-net : U-Net(Title)``, ``dinov2: DINOv2: Title``.
_KEYED = re.compile(r"(?P<k>[a-z0-9][a-z0-9_\-.]{0,40})[ \t]*+:[ \t]++(?P<t>[^\s:][^\n]{1,400}?)[ \t]*+$")
#: A short name and the title in parentheses after it: ``U-Net(Convolutional Networks for ...)``.
_NAMED = re.compile(r"[^\s()]{1,30}(?:[ \t][^\s()]{1,30})?[ \t]*+\((?P<t>[^()\n]{8,400})\)")
_RUN = 5


def keyed_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper in a run of keyed siblings under a heading naming papers: each a paper."""
    if not papers:
        return []
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if len(run) < _RUN:
            continue
        keyed = {it.line: m for it in run if it.end == it.line and "](" not in (line := doc.lines[it.line])
                 and "http" not in line and (m := _KEYED.fullmatch(line, it.body)) is not None}
        if 3 * len(keyed) < 2 * len(run):
            continue
        for it in run:
            if (m := keyed.get(it.line)) is None or it.line not in results or results[it.line] is not None:
                continue
            t0, t1 = m.span("t")
            if (named := _NAMED.fullmatch(m.group("t"))) is not None and len(named.group("t").split()) >= 2:
                t0, t1 = t0 + named.start("t"), t0 + named.end("t")
            if (found := retry(index[it.line])) is None:
                continue
            base = doc.starts[it.line]
            found.title, found.title_span = title_of(doc.lines[it.line][t0:t1]), (base + t0, base + t1)
            found.authors = found.venue = None
            found.style["bare"] = True
            out.append(found)
    return out
