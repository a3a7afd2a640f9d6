"""The title in a table's cell: a link's text, the words a line break sets apart from badges, or the cell's
plain words.

::

    | [**Title**](https://arxiv.org/abs/2408.04840) <br> Names |
    | [![arXiv](badge)](https://arxiv.org/abs/1711.03938)<br>Title |
    | Title [Barn et al.](url) |

Pure: answers with columns of the row.
"""

from __future__ import annotations

import re

from ..table import Cell
from .inline import read_head
from .link_finder import find_links
from .prefixes import is_generic_label
from .title_asides import drop_label


def cell_title(row: str, cell: Cell, linked: bool = False) -> tuple[int, int] | None:
    """Columns of the title in its cell: a link's text (badges and ``<br>`` skipped) or the
    cell's text (only a link's text when ``linked``: a Paper column of links)."""
    text = cell.text(row)
    first = (_BOLD_FIRST.match(text) or _PLAIN_FIRST.match(text)) if not linked and "<br" in text.lower() else None
    if first is not None and len(first.group("t").split()) >= 3 and not first.group("t").rstrip().endswith((":", "：")):
        # ("Title <br> [Video & Abstract](url)": the words first; "Title:<br> Subtitle" runs on)
        return _strip(row, cell.start + first.start("t"), cell.start + first.end("t"))
    for label, url, s, _ in find_links(text):
        if label and label != "badge" and url and not is_generic_label(label) and not label.startswith("![") \
                and not (label.startswith("(") and label.endswith(")")):  # "Title [(IJCAI 2019)](url)": a venue
            if _CITED_LINK.search(label) and len((before := text[:s].strip(" \t-–—:")).split()) >= 3 and "](" not in before:
                at = text.find(before)  # ("Title [Barn et al.](url)": the link cites the paper, the words before it name it)
                return _strip(row, cell.start + at, cell.start + at + len(before))
            at = text.find(label, s)  # (a Markdown link's text starts after "[", an HTML anchor's after its tag)
            t0 = cell.start + (at if at >= 0 else s + 1)
            return _strip(row, t0, t0 + len(label))
    if linked and "](" in text:
        bold = _BOLD_FIRST.match(text) or _PLAIN_FIRST.match(text)  # "**Title** <br> Names <br> [[arXiv](url)]",
        if bold:  # "Title<br>[PDF](url)"
            return _strip(row, cell.start + bold.start("t"), cell.start + bold.end("t"))
        if (after := _after_badges(row, cell, text)) is not None:
            return after
        # (no link's text names it: 'Barn et al. "Title". [[link](url)]', the cell's words are the title)
    head = read_head(text, 0)
    if head.title is None:
        return None
    t0, t1 = head.title
    if head.title_more is not None and text[t0 - 2 : t0] in ("**", "__"):  # ("**Nick**: Rest": one title, its marks whole)
        return cell.start + t0 - 2, cell.start + head.title_more[1]
    return _strip(row, cell.start + t0, cell.start + t1)


#: A link's text citing its paper by its authors: ``Barn et al.``, ``Barn and Tawny``, ``Barn et al., 2020``.
_CITED_LINK = re.compile(r"^[A-Z][\w'’\-]++(?:[ \t]++(?:et[ \t]++al\.?|(?:and|&)[ \t]++[A-Z][\w'’\-]++))(?:,?[ \t]*+(?:19|20)\d{2})?$")
_BOLD_FIRST = re.compile(r"[ \t]*+(?:\*\*|__|<b>|<strong>)(?P<t>[^*_<>\[\]]{4,300}?)(?:\*\*|__|</b>|</strong>)[ \t]*+(?:<br\s*/?>|$)",
                         re.IGNORECASE)


_PLAIN_FIRST = re.compile(r"[ \t]*+(?P<t>[^*_<>\[\]()|]{4,300}?)[ \t]*+<br\s*/?>", re.IGNORECASE)


def _after_badges(row: str, cell: Cell, text: str) -> tuple[int, int] | None:
    """``[![arXiv](badge)](url)<br>Title``: the words a line break sets apart from the cell's links."""
    for m in _BREAK_PART.finditer(text):
        if len(m.group("t").split()) >= 2 and "](" not in m.group("t"):
            return _strip(row, cell.start + m.start("t"), cell.start + m.end("t"))
    return None


#: A part of a cell between line breaks (``<br>``) or its edges.
_BREAK_PART = re.compile(r"(?:^|<br\s*/?>)[ \t]*+(?P<t>[^<>\[\]|]{4,300}?)[ \t]*+(?=<br\s*/?>|$)", re.IGNORECASE)


def _strip(row: str, t0: int, t1: int) -> tuple[int, int] | None:
    while t0 < t1 and row[t0] in " *_\t":
        t0 += 1
    while t1 > t0 and row[t1 - 1] in " *_\t.":
        t1 -= 1
    if t1 > t0 and (end := drop_label(row, t0, t1)) < t1:  # ("[Title (Preprint)](url)": where the paper stands, no title)
        t1 = len(row[:end].rstrip(" \t"))
    return (t0, t1) if t1 > t0 else None


#: A title in book-title marks in a cell: ``《Title》``.
_CELL_BOOK = re.compile(r"《(?P<t>[^《》\n]{3,300}?)》")


def book_title(row: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of a title the cell at ``span`` writes in book-title marks (``《Title》``, ``2024-《Title》``),
    when they hold words in Latin letters and nothing but a number or a year stands outside them."""
    if span is None:
        return None
    cell = row[span[0] : span[1]]
    m = _CELL_BOOK.search(cell)
    if m is None or not re.search(r"[A-Za-z]{2}", m.group("t")) or "《" in cell[m.end() :] \
            or not re.fullmatch(r"[\s\d\-.、:：]*+", cell[: m.start()] + cell[m.end() :]):
        return None
    return span[0] + m.start("t"), span[0] + m.end("t")
