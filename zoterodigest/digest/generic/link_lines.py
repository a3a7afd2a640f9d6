"""Lines that are links and labels only (``[arXiv](url) [Code](url)``, ``Paper: URL``), and
text that opens with a marked title."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..markup import plain
from .link_finder import find_links
from .links import arxiv_of, doi_of, link_class
from .list_items import Item, direct_children
from .prefixes import is_generic_label

_LABEL_TEXT = re.compile(r"[A-Za-z\u3040-\u9fff]+")
_MARKED_FIRST = re.compile(r"[ \t]*(?:[\"“](?:\*\*|__)?|\*\*|__|\*|_)(?P<t>[^*_\"“”\[\]()]{8,300}?)"
                           r"(?:(?:\*\*|__)?[\"”]|\*\*|__|\*|_)")


def marked_first(text: str) -> bool:
    """Text opening with a bold, italic or quoted title (``"**Title**" https://...``): a titled
    line however few its words."""
    m = _MARKED_FIRST.match(text)
    return m is not None and len(m.group("t").split()) >= 2


def links_only(text: str) -> bool:
    """A line that is links (or ``Label: URL``) and a few label words, no prose."""
    links = find_links(text)
    if not links:
        return False
    rest = text
    for _, _, s, e in reversed(links):
        rest = rest[:s] + "\x00" + rest[e:]
    words = _LABEL_TEXT.findall(plain(rest))
    if any(_titled_gap(gap) for gap in rest.split("\x00")):
        return False  # ("Title of Four Words (https://...)": a title beside its link, not labels)
    return len(words) <= 8 and not re.search(r"(?<![a-z])[a-z]{3,}+[.!?](?:\s|$)", rest) and not _APA_YEAR.search(rest)


#: An author-date reference's year (``Barn, A. (2005). [Title](url).``): a reference's line, no labels.
_APA_YEAR = re.compile(r"\((?:19|20)\d{2}[a-z]?\)\.")


def _titled_gap(gap: str) -> bool:
    """Four words or more between links that open like a title and are no labels: no ``Label:``
    before a link, no ``Video / Summary PDF / Code`` run of labels, no names running on."""
    text = plain(gap).strip(" \t([").lstrip("-–—_ \t")  # ("[2025 Nature](url) - Title": a dash before the title)
    return len(_LABEL_TEXT.findall(text)) >= 4 and text[:1].isupper() and not text.endswith((":", "：")) \
        and "/" not in text and "|" not in text and "et al" not in text


def titled_link_line(text: str) -> bool:
    """A sub-item that is a link whose text is a title of four words or more."""
    if not text.startswith("[", 0 if text[:1] == "[" else 1):
        return False
    links = find_links(text, 0)
    return bool(links) and links[0][2] <= 1 and len(links[0][0].split()) >= 4 and not is_generic_label(links[0][0])


def titles_below(lines: Sequence[str], item: Item, children: Sequence[Item]) -> bool:
    """Two lines or more of the item's own text that are each a link titled as a paper, or two sub-items
    opening with one under a label of three words at most, under a first line with no link: a label
    over papers (``- Query-based RAG`` over ``[Title](url)`` lines, ``+ ICCV`` over ``- [Title](url)``)."""
    if "](" in lines[item.line] or "http" in lines[item.line]:
        return False
    stop = children[0].line if children else item.end + 1
    direct = direct_children(children)
    if len(lines[item.line][item.body :].split()) <= 3 \
            and (sum(1 for c in children if titled_link_line(lines[c.line][c.body :].strip())) >= 2 or _papers_under(lines, children)
                 or len(direct) < len(children) and _paper_links_open(lines, direct)):
        return True  # ("- **Morning**" over "- Barn, A. (2021). Title. *Venue*. https://doi.org/...": readings; "- Networks"
        # over "  - [Title](arXiv)" items, each over its own "    - Names" and "    - Venue": three levels)
    return sum(1 for k in range(item.line + 1, stop) if titled_link_line(lines[k].strip())) >= 2


def _paper_links_open(lines: Sequence[str], items: Sequence[Item]) -> bool:
    """Whether two items or more, and two in three at least, open with a link to a paper."""
    opened = 0
    for c in items:
        links = find_links(lines[c.line]) if "](" in lines[c.line] else []
        opened += bool(links) and links[0][2] <= c.body + 2 and link_class(links[0][1]) is not None
    return opened >= 2 and 3 * opened >= 2 * len(items)


def _papers_under(lines: Sequence[str], children: Sequence[Item]) -> bool:
    """Whether the sub-items name two papers or more by their ids (two DOIs or arXiv ids), half of them one at least."""
    seen: set[str] = set()
    named = 0
    for c in children:
        ids = {str(p) for _, url, _, _ in (find_links(lines[c.line]) if "http" in lines[c.line] else ())
               if (p := arxiv_of(url) or doi_of(url)) is not None}
        named += bool(ids)
        seen |= ids
    return len(seen) >= 2 and 2 * named >= len(children)  # (most of them: not datasets, a few linking their papers)

