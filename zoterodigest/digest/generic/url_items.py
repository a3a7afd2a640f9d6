"""A list item that is a paper's bare address, its title the one sub-item under it.

::

    - https://arxiv.org/abs/2011.09012
      - OwlViz: Interactively visualizing barn ownership

    - https://arxiv.org/abs/2011.06171
      - Usability of Owl Ownership

A reader pasting addresses first writes each paper's title below its address later.  Where an item's
whole text is one address naming a paper (an arXiv id, a DOI, a paper host) and its only sub-item is
plain words (two or more, no link), the two lines are one paper, titled by the sub-item.  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from .found import Found, title_of
from .line_heads import add_links
from .links import Identity
from .list_items import Item

#: An item's whole text a bare address (or one in angle brackets).
_BARE_URL = re.compile(r"<?https?://[^\s<>]++>?[ \t]*+$")
#: A sub-item's text with no link or address in it.
_LINKED = re.compile(r"\]\(|https?://|<a[ \t]")


def url_over_title(doc: Document, item: Item, children: list[Item]) -> Found | None:
    """The paper of an item that is a paper's bare address over one plain sub-item, its title; else None."""
    line = doc.lines[item.line]
    if len(children) != 1 or not _BARE_URL.match(line, item.body) or children[0].end != children[0].line:
        return None
    child = children[0]
    text = doc.lines[child.line]
    words = text[child.body :].rstrip()
    if len(words.split()) < 2 or _LINKED.search(words) or not words[:1].isalnum():
        return None
    ident = Identity()
    add_links(ident, line)
    if not ident.papers:
        return None
    base = doc.starts[child.line]
    found = Found(first=item.line, last=child.line, ident=ident, title=title_of(words))
    found.title_span = (base + child.body, base + child.body + len(words))
    found.style = {"indent": line[: item.body - len(item.bullet) - 1] if item.body > len(item.bullet) else "",
                   "bullet": item.bullet, "bold": True}
    return found
