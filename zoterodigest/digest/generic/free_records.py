"""The free records of a range: its list items (their own lines, not their sub-items) and
paragraphs that no other reader took, and where a record's words begin.  Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..document import Document
from .list_items import scan_items

#: Marks before a record's text: emoji, ``:shortcode:`` emoji, status signs, a small image (a coloured dot).
_DECOR = re.compile(r"(?:[ \t]|\d{1,3}[.)](?=[A-Z\u00c0-\u024f][a-z])|:[a-z0-9_+\-]+:|[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\ufe0f\u200d]"
                    r"|[\U0001f000-\U0001faff]|!\[[^\[\]\n]{0,40}\]\([^()\s]{1,300}\))*+")
BREAK_END = re.compile(r"<br[ \t]*+/?>[ \t]*+$", re.IGNORECASE)
#: A line opening with a field's label: ``**Authors**: ``, ``作者：``.
_FIELD = re.compile(r"[ \t]*+(?:\*\*|__)?[^\W\d_][^:：*\n]{0,20}(?:\*\*|__)?[ \t]*+[:：]")


@dataclass
class Record:
    first: int
    last: int  # last line of the record's own text (0-based, inclusive)
    start: int  # column where the text starts on the first line
    depth: int  # an item's indent; -1 for a paragraph


def free_records(doc: Document, lo: int, hi: int, taken: bytearray, html: bool = False) -> list[Record]:
    """The list items (their own lines, not their sub-items) and paragraphs of ``[lo, hi)`` that no
    line of which is taken, fenced or a heading, table, quote or (unless ``html``) HTML."""
    marks = ("#", "|", ">", ":::") if html else ("#", "|", ">", "<", ":::")  # (":::" opens or closes a Pandoc div)
    out: list[Record] = []
    in_item = bytearray(hi - lo)
    items = scan_items(doc, lo, hi)
    for n, item in enumerate(items):
        in_item[item.line - lo : item.end - lo + 1] = b"\x01" * (item.end - item.line + 1)
        own = items[n + 1].line - 1 if n + 1 < len(items) and items[n + 1].line <= item.end else item.end
        out.append(Record(item.line, own, item.body, item.indent))

    def free(k: int) -> bool:  # (a paragraph's line: no item's, heading, table row, quote, HTML or code)
        return not in_item[k - lo] and bool(doc.lines[k].strip()) and not doc.lines[k].lstrip(" \t").startswith(marks) \
            and not doc.fenced[k]

    def joined(j: int) -> bool:  # (line j + 1 goes on the paragraph of line j)
        return j + 1 < hi and free(j + 1) and not (doc.lines[j + 1].lstrip().startswith("<!--") and taken[j + 1 - lo])

    cards = _cards(doc, lo, hi, free, joined)
    i = lo
    while i < hi:
        if not free(i):
            i += 1
            continue
        j = cards.get(i, i)
        while i not in cards and joined(j) and not (BREAK_END.search(doc.lines[j]) and not _FIELD.match(doc.lines[j + 1])):
            j += 1  # (a line closed by a line break's tag is a record of its own, "[CF 2015][Title]<br/>", unless
            # a field follows it: "**Title**: ...<br>" over "**Authors**: ...<br>" is one record; a card is one)
        out.append(Record(i, j, len(doc.lines[i]) - len(doc.lines[i].lstrip()), -1))
        i = j + 1
    kept = []
    for rec in out:
        while rec.last > rec.first and not doc.lines[rec.last].strip():
            rec.last -= 1
        if any(taken[k - lo] or doc.fenced[k] or doc.lines[k].lstrip().startswith(marks)
               for k in range(rec.first, rec.last + 1)):
            continue
        kept.append(rec)
    return sorted(kept, key=lambda r: r.first)


def _cards(doc: Document, lo: int, hi: int, free: Callable[[int], bool], joined: Callable[[int], bool]) -> dict[int, int]:
    """The paragraphs of ``[lo, hi)`` that are cards: two to five lines, the first ones closed by a line
    break's tag (``_Title_<br>``, ``Names<br>``), one or two after them not (``Venue, 2022``, its links), their
    first two lines not alike (not two links), in a run of such cards with as many closed lines; first line → last line."""
    shapes: dict[int, tuple[int, int]] = {}
    i = lo
    while i < hi:
        if not free(i):
            i += 1
            continue
        j = i
        while joined(j):
            j += 1
        lines = doc.lines[i : j + 1]
        closed = next((n for n, x in enumerate(lines) if not BREAK_END.search(x)), len(lines))
        if 2 <= len(lines) <= 5 and 1 <= closed < len(lines) and len(lines) - closed <= 2 \
                and not (lines[0].lstrip().startswith("[") and lines[1].lstrip().startswith("[")):
            shapes[i] = (j, closed)
        i = j + 1
    kinds = [closed for _, closed in shapes.values()]
    return {i: j for i, (j, closed) in shapes.items() if kinds.count(closed) >= 2}


def card_top(doc: Document, i: int, lo: int) -> int | None:
    """The first line of the card whose last lines line ``i`` ends (``_Title_<br>`` over ``Names<br>`` over
    ``Venue, 2019 ([URL](...))``, a venue line maybe between): a paragraph that starts with two lines closed by
    a line break's tag, at most four lines above ``i``; None when ``i`` ends no such paragraph."""
    k = i
    while k - 1 >= lo and k > i - 4 and doc.lines[k - 1].strip() and not doc.lines[k - 1].lstrip().startswith(("#", "|", ">", "-", "*", "+")):
        k -= 1
    if k - 1 >= lo and doc.lines[k - 1].strip() or i - k < 2 or BREAK_END.search(doc.lines[i]):
        return None
    closed = next((n for n in range(k, i + 1) if not BREAK_END.search(doc.lines[n])), i) - k
    return k if closed >= 2 and i - (k + closed) <= 1 else None


def text_start(line: str, start: int) -> int:
    """Where the record's words begin: after its marker, any emoji or status sign, and a number glued to
    the words (``1.Howard C Reeve``)."""
    m = _DECOR.match(line, start)
    return m.end() if m else start
