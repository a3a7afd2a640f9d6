"""A paragraph whose first line is a plain title and whose other lines are what
a reference adds to it: names, a venue, the paper's links.

::

    Owls in Transformers for Speech
    *Ann Barn, Bob Tawny*
    CVPR 2021
    [[paper]](https://arxiv.org/abs/2101.01021) [[code]](https://github.com/o/s)

The title line holds no link and reads as a title (three words or more, no
sentence); every other line is names, a venue or links only, and one of them
links a paper.  Prose paragraphs never pass: their lines are sentences.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .byline import is_venue_text
from .found import Found, title_of
from .line_heads import add_links
from .link_lines import links_only
from .links import Identity
from .lists import ITEM
from .references import is_name_list

#: The most lines such a paragraph runs to.
_MAX = 5
_BREAK = re.compile(r"(?:(?<![ \t])|(?![ \t]))(?:[ \t]*+<br\s*/?>|\\|[ \t]{2,}+)[ \t]*+$")
_NOT_FIRST = frozenset("#>|<![`*_-+0123456789")
_NOT_TITLE = re.compile(r"^[ \t]*(?:[#>|<!\[`*_-]|\d+[.)][ \t])|[.:：;,]$|https?://")


def plain_block(doc: Document, i: int, hi: int) -> Found | None:
    """The paper of the paragraph starting at line ``i``, or None."""
    first = doc.lines[i]
    if "](" in first or "http" in first or first.lstrip()[:1] in _NOT_FIRST or i + 1 >= hi or not doc.lines[i + 1].strip():
        return None  # (a cheap first look: a title line holds no link, and lines follow it)
    end = _BREAK.search(first)
    title_end = end.start() if end else len(first.rstrip())
    text = first[:title_end].strip()
    if not text or _NOT_TITLE.search(text) or "](" in first or not 3 <= len(text.split()) <= 30:
        return None
    k = i + 1
    ident = Identity()
    said: set[str] = set()
    values: dict[str, str] = {}
    while k < hi and k - i < _MAX and doc.lines[k].strip():
        line = _BREAK.sub("", doc.lines[k]).strip()
        bullet = ITEM.match(line)
        body = line[bullet.end() :] if bullet else line
        inner = plain(body).strip(" *_")
        names = is_name_list(inner) and (re.search(r",|\band\b|&|\bet al", inner) or body[:1] in "*_")
        if not (links_only(body) or names or is_venue_text(inner)):
            return None
        add_links(ident, line)
        said.add("names" if names else "venue" if is_venue_text(inner) else "links")
        if names and "names" not in values:
            values["names"] = inner
        elif "venue" not in values and is_venue_text(inner):
            values["venue"] = inner
        k += 1
    if k == i + 1 or (k < hi and doc.lines[k].strip()) or not ident.papers and not {"names", "venue"} <= said:
        return None  # (a paper link, or else names and a venue with its year: a reference)
    indent = len(first) - len(first.lstrip())
    found = Found(first=i, last=k - 1, ident=ident, title=title_of(text))
    found.title_span = (doc.starts[i] + indent, doc.starts[i] + indent + len(text))
    found.style = {"shape": "paragraph"}
    found.authors = values.get("names")
    found.venue = values.get("venue")
    if found.venue and (year := re.search(r"(?:19|20)\d{2}", found.venue)):
        found.year = int(year.group(0))
    return found
