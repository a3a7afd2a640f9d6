"""The list items of a document: each item's line, indent, bullet, where its text starts and the
last line of its block (its continuation lines and sub-items).

Pure: reads a :class:`~zoterodigest.digest.document.Document` only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Document

#: A list item's marker; a task list's box (``- [x] ``, ``- [ ] ``), and a number after it (``- [x] 12. ``),
#: belong to the marker, not to the text; a quote's marks before it (``> - Title``) are its indent.  A number
#: whose stop is escaped (``12\\. Names. 2018. Title.``, a numbered list kept as text) marks an item too, and so
#: does a small roman numeral (``ii. Title, 2020, [paper](url)``: the papers under a numbered topic).
ITEM = re.compile(r"^(?P<indent>(?:>[ \t]?)*+[ \t]*)(?P<bullet>[-*+•●▪◦►]|&(?:bull|#8226|#x2022);|\d{1,4}\\?[.)]|[ivx][ivxIVX]{0,4}\.(?=[ \t]++[^\d\s]))(?:[ \t]+(?:\[[ xX*]?\][ \t]+(?:\d{1,3}[.)][ \t]+)?)?|$)")


#: An item's number after its bullet, before a capital, a bracket, a mark or a quote (``- 4 [KEY] Names``, ``- 8 Names``).
_NUMBER_AFTER = re.compile(r"\d{1,3}[ \t]++(?=[\[A-Z*_\"“])")


@dataclass
class Item:
    line: int
    indent: int
    body: int  # column where the item's text starts
    bullet: str
    end: int  # last line (inclusive) of the item with its children


def _width(s: str) -> int:
    return len(s.expandtabs(4))


def scan_items(doc: Document, lo: int, hi: int) -> list[Item]:
    """Every list item of ``[lo, hi)`` with the last line of its own block."""
    items: list[Item] = []
    open_items: list[Item] = []
    last_text = lo - 1
    blank_run = False
    for i in range(lo, hi):
        line = doc.lines[i]
        if not line.strip():
            blank_run = True
            continue
        if doc.fenced[i] and not (open_items and _width(line) - _width(line.lstrip()) >= open_items[-1].body):
            _close(open_items, last_text, 0)
            last_text = i
            continue
        m = ITEM.match(line) if not doc.fenced[i] else None
        if m and _continues_paragraph(doc, m, i, last_text, blank_run, open_items):
            m = None
        indent = _width(m.group("indent")) if m else _width(line) - _width(line.lstrip())
        if m:
            same = open_items and open_items[-1].indent < indent < open_items[-1].body and open_items[-1].bullet == m.group("bullet")
            # (" * Title" under "* Title": short of the text's column, a sibling as CommonMark reads it)
            _close(open_items, last_text, open_items[-1].indent + 1 if same else indent + 1)
            body = m.end()
            if not m.group("bullet")[0].isdigit() and (num := _NUMBER_AFTER.match(line, body)) is not None:
                body = num.end()  # ("- 4 [ABRAHAM13] Abraham, Ittai. 2013. **Title.**": the item's number, no part of its text)
            item = Item(i, indent, body, m.group("bullet"), i)
            items.append(item)
            open_items.append(item)
        elif line.lstrip().startswith(("#", "|")) or (blank_run and open_items and indent < open_items[-1].body - 1
                                                         and indent <= open_items[-1].indent):
            _close(open_items, last_text, 0)
        elif blank_run:
            _close(open_items, last_text, indent + 1)
        last_text = i
        blank_run = False
    _close(open_items, last_text, 0)
    return items


def _continues_paragraph(doc: Document, m: re.Match[str], i: int, last_text: int, blank_run: bool,
                         open_items: list[Item]) -> bool:
    """A number other than 1 right under a paragraph's line starts no list (CommonMark): the line runs
    the paragraph on (``Names. KDD`` / ``2016. [Available Online](url)``), unless a numbered list is open there."""
    if blank_run or last_text != i - 1 or not _numbered_past_one(m):
        return False
    if not open_items:
        return runs_paragraph_on(doc, i)
    above = doc.lines[i - 1].lstrip()
    if above.startswith(("#", "|", "<", "```", "~~~")) or doc.fenced[i - 1]:
        return False
    indent = _width(m.group("indent"))
    if indent < open_items[-1].body:
        return False  # (outdented under an item: a list of its own, as its writer meant, though CommonMark runs it on)
    return not any(o.bullet[0].isdigit() and abs(o.indent - indent) <= 1 for o in open_items)


def _numbered_past_one(m: re.Match[str]) -> bool:
    bullet = m.group("bullet")
    return bullet[0].isdigit() and bullet[:-1].lstrip("0") != "1"


def runs_paragraph_on(doc: Document, k: int) -> bool:
    """Whether line ``k``, numbered past 1 (``2018. “Title...``) right under a paragraph's line that no
    list item opens, continues that paragraph: CommonMark lets only a 1 interrupt a paragraph."""
    m = ITEM.match(doc.lines[k])
    if m is None or k == 0 or not _numbered_past_one(m) or doc.fenced[k - 1]:
        return False
    for j in range(k - 1, max(-1, k - 9), -1):  # the paragraph above, up to its first line
        text = doc.lines[j]
        if not text.strip():
            return True
        if text.lstrip().startswith(("#", "|", "<", "```", "~~~", ">")) or ITEM.match(text):
            return False  # (under a heading, a table, HTML or a list item: a list of its own, or its next item)
    return False


def opens_item(doc: Document, k: int) -> bool:
    """Whether line ``k`` opens a list item (a marker, and not a number running a paragraph on)."""
    return ITEM.match(doc.lines[k]) is not None and not runs_paragraph_on(doc, k)


def _close(open_items: list[Item], last: int, min_indent: int) -> None:
    """Close the open items indented at least ``min_indent - 1`` ... deeper than a new line's."""
    while open_items and open_items[-1].indent >= min_indent - 1:
        item = open_items.pop()
        item.end = max(item.line, last)


def direct_children(children: Sequence[Item]) -> list[Item]:
    """The item's own sub-items among ``children`` (:func:`.item_template.children_of`): those indented least; where only the
    first is, the ones not nested in an earlier one (``   * Authors:`` then ``    * PDF:``, siblings by CommonMark).
    (A stray shallower one among many, ``   - Names`` under ``  - "Title"``, is no sibling of theirs.)"""
    if not children:
        return []
    least = [c for c in children if c.indent == min(x.indent for x in children)]
    if len(least) > 1 or least[0] is not children[0]:
        return least
    direct: list[Item] = []
    for child in children:
        if not direct or child.line > direct[-1].end:
            direct.append(child)
    return direct
