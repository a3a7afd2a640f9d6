"""Whether a list item's sub-item names a paper of its own, not a link or a note of the item's.

::

    * Lasso
      * 1996 - ["Regression Shrinkage and Selection via the Lasso"](pdf) - Names
    - [Title](https://arxiv.org/abs/2401.00001)
      - [Another Title](https://arxiv.org/abs/2402.00002)

Pure: reads the document's lines and the item's ids.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document
from ..markup import plain
from .found import Found
from .inline import read_head
from .line_heads import add_links
from .links import Identity, link_class
from .list_items import Item, scan_items
from .name_lists import is_name_list


def linked_child(doc: Document, child: Item, found: Found) -> bool:
    """A sub-item whose linked title of two words or more the item's own line does not hold
    (``* Lasso`` over ``* 1996 - ["Regression Shrinkage ..."](pdf) - Names``): a paper under a topic."""
    line = doc.lines[child.line]
    head = read_head(line, child.body)
    if head.title is None or head.title_in_link is None or link_class(head.title_in_link) is None:
        return False  # (the title is the text of the paper's own link, not of a video's or a review's)
    title = plain(line[head.title[0] : head.title[1]]).strip(" \"“”'").lower()
    parent = plain(doc.lines[found.first]).strip(" \t-*+0123456789.")
    if len(parent.split()) >= 2 and is_name_list(parent):
        return False  # ("- 岩下 蓮師" over "  - [Title](pdf)": the item names the paper's author)
    return len(title.split()) >= 2 and title not in parent.lower() and is_own_paper(doc, child, found)


def is_own_paper(doc: Document, child: Item, found: Found) -> bool:
    """A sub-item with its own title and a paper link the item itself does not name."""
    line = doc.lines[child.line]
    ident = Identity()
    add_links(ident, line)
    if not ident.papers or read_head(line, child.body).title is None:
        return False
    if not found.ident.papers:
        return True
    mine = (ident.arxiv.id if ident.arxiv else None, ident.doi)
    theirs = (found.ident.arxiv.id if found.ident.arxiv else None, found.ident.doi)
    return mine != theirs or mine == (None, None)


def papers_under(doc: Document, child: Item, found: Found) -> bool:
    """A sub-item over items of its own that link papers by their titles (``- Data Incompleteness`` over
    ``- KDD '19, [Title](url)``): a label of the list's, no note of the item's."""
    return child.end > child.line and any(linked_child(doc, it, found) for it in scan_items(doc, child.line + 1, child.end + 1))


def under_paper_item(lines: list[str], first: int, lo: int, is_paper: Callable[[int], bool]) -> bool:
    """Whether the list item at line ``first`` is a sub-item of an item read as a paper (the nearest item above it at
    a smaller indent, no further up than ``lo``, for which ``is_paper`` holds): plain sub-items of a paper are its notes."""
    line = lines[first]
    indent = len(line.expandtabs(4)) - len(line.lstrip(" \t").expandtabs(4))
    if indent == 0:
        return False
    for k in range(first - 1, max(lo, first - 200) - 1, -1):
        above = lines[k]
        if not above.strip():
            continue
        if len(above.expandtabs(4)) - len(above.lstrip(" \t").expandtabs(4)) < indent:
            return above.lstrip(" \t")[:1] in "-*+0123456789" and is_paper(k)
    return False
