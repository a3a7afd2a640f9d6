"""Papers written as HTML records over several lines: a publication page's ``<li>``, ``<p>``,
``<td>`` or ``<div>`` holding a title, its authors, a venue and its links, one field per
line or per ``<br>``.

::

    <li>
    <b>Owl Detection in the Wild</b><br>
    A. Barn, B. Tawny<br>
    <i>CVPR 2021</i><br>
    <a href="https://arxiv.org/abs/2101.00001">[arXiv]</a>
    </li>

A record is the text between two record boundaries (an opening or closing ``li``, ``p``,
``tr``, ``td``, ``dd``, list or table tag, a ``div`` that holds other ``div``s, a blank
line); its fields are its lines and its ``<br>``- or ``div``-separated parts.  A record is
a paper only when it links one.  Its title is the first field that is wholly bold, a
``<papertitle>`` or a link of words; else the first field of three words or more that is
neither names, nor a venue, nor links.  Records other readers took are left to them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from ..document import Document
from ..markup import plain
from .byline import is_venue_text
from .found import Found, title_of
from .line_heads import add_links
from .link_lines import links_only
from .links import Identity
from .name_lists import is_name_list
from .prefixes import is_generic_label

_BOUNDARY = re.compile(
    r"<(?:/?(?:li|p|tr|td|th|dd|dt|ul|ol|table|tbody|thead|h[1-6]|blockquote|section|article)\b[^<>]*+"
    r"|div\b[^<>]*+)>|\n[ \t]*+\n",
    re.IGNORECASE,
)
_FIELD = re.compile(r"<br\s*/?>|\n|</?div\b[^<>]*>", re.IGNORECASE)
#: A field that is wholly marked as a title: bold, ``<papertitle>``, a link, or these nested.
_WRAPPED = re.compile(
    r"[ \t]*+(?:<(?:b|strong|papertitle|a\b[^<>]*+|span\b[^<>]*+|font\b[^<>]*+)>[ \t\n]*+|\*\*)++"
    r"(?P<t>[^<>*\n]{4,400}?(?:\n[^<>*\n]{1,400}?)?)[ \t\n]*+(?:</(?:b|strong|papertitle|a|span|font)>[ \t]*+|\*\*)++[.,]?[ \t]*+",
    re.IGNORECASE,
)
#: Two sentences (a lower-case word closing one before more text): prose, no title.
_PROSE = re.compile(r"(?<=[a-z]{2})[.!?][ \t]++\S")
#: A link opened and not closed in a field's text: its words run on to the next line.
_OPEN_LINK = re.compile(r"<a\b[^<>]*+>[^<>]*+$", re.IGNORECASE)
_OPEN_RECORD = re.compile(r"<(?:li|p|td|dd|div)\b", re.IGNORECASE)
_MAX_RECORD = 2000
_MAX_LINES = 12
_MAX_BLOCK = 200
_TAG_LINE = re.compile(r"</?(?:li|p|td|tr|dd|div|ul|ol|table)\b", re.IGNORECASE)


def _records(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every record of ``text`` that an HTML record tag opens."""
    start: int | None = None
    for m in _BOUNDARY.finditer(text):
        tag = m.group(0)
        eol = text.find("\n", m.end())
        rest = text[m.end() : eol if eol >= 0 else len(text)]
        if tag.lower().startswith("<div") and not text[m.end() :].lstrip().lower().startswith("<div") and rest.strip():
            continue  # a div of one field: a field separator, not a record's edge (which ends its line or holds divs)
        if start is not None and m.start() - start <= _MAX_RECORD:
            yield start, m.start()
        start = m.end() if _OPEN_RECORD.match(tag) else None
    if start is not None and len(text) - start <= _MAX_RECORD:
        yield start, len(text)


class HtmlRecordReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._taken: Callable[[int, int], bool] = lambda first, last: False

    def read(self, lo: int, hi: int, taken: Callable[[int, int], bool]) -> list[Found]:
        """The records of ``[lo, hi)`` on lines ``taken`` says no other paper holds."""
        self._taken = taken
        out: list[Found] = []
        for a, b in self._blocks(lo, hi):
            base = self.doc.starts[a]
            text = self.doc.text_of(a, b)
            for r0, r1 in _records(text):
                found = self._record(text, base, r0, r1)
                if found is not None:
                    out.append(found)
        return out

    def _blocks(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """Runs of lines (first, last) whose record tags lie a record's length apart at most:
        only those are read (a long list with one HTML line is not copied whole)."""
        lines = self.doc.lines
        start = last = -1
        for i in range(lo, hi):
            s = lines[i].lstrip()
            if not s.startswith("<") or not _TAG_LINE.match(s):
                continue
            if start >= 0 and (i - last > _MAX_LINES or i - start > _MAX_BLOCK):  # (small copies)
                yield start, last if i - last > _MAX_LINES else i - 1
                start = -1
            if start < 0:
                start = i
            last = i
        if start >= 0:
            yield start, last

    def _record(self, text: str, base: int, r0: int, r1: int) -> Found | None:
        body = text[r0:r1]
        classed = _classed(body)  # (fields named by their classes: a paper's even with no link)
        if "http" not in body and not classed or body.count("\n") > _MAX_LINES:
            return None
        doc = self.doc
        first = bisect.bisect_right(doc.starts, base + r0 + len(body) - len(body.lstrip())) - 1
        last = bisect.bisect_right(doc.starts, base + r0 + len(body.rstrip()) - 1) - 1
        if self._taken(first, last) or doc.fenced[first] or doc.fenced[last]:
            return None
        ident = Identity()
        add_links(ident, body.replace("\n", " "))
        if not ident.papers and not classed:
            return None
        fields = self._fields(body)
        title = classed or _title(body, fields)
        if title is None:
            return None
        t0, t1, value = title
        found = Found(first=first, last=last, ident=ident, title=title_of(value))
        if t0 >= 0:
            found.title_span = (base + r0 + t0, base + r0 + t1)
        found.style = {"shape": "html-record"}
        for _, _, plain_text in fields:
            if found.authors is None and is_name_list(plain_text) and plain_text != value:
                found.authors = plain_text
            elif found.venue is None and is_venue_text(plain_text):
                found.venue = plain_text.strip(" .,")
        if found.venue and (year := re.search(r"(?:19|20)\d{2}", found.venue)):
            found.year = int(year.group(0))
        return found if found.title else None

    @staticmethod
    def _fields(body: str) -> list[tuple[int, int, str]]:
        """(start, end, plain text) of each non-empty field of a record."""
        out: list[tuple[int, int, str]] = []
        pos = 0
        for m in [*_FIELD.finditer(body), None]:
            end = m.start() if m else len(body)
            if m is not None and m.group(0) == "\n" and _OPEN_LINK.search(body, pos, end) is not None:
                continue  # (a link's text wrapped onto the next line: one field still)
            text = plain(body[pos:end]).strip()
            if text:
                out.append((pos, end, text))
            pos = m.end() if m else end
        return out


#: A field whose class names it: ``<div class="title">Title</div>``, ``<span class="pub-authors">Names</span>``.
_CLASSED = re.compile(r"<(?P<tag>div|span|p)\b[^<>\n]*?\bclass=[\"'][^\"'<>]*?\b(?P<role>title|authors?)\b[^\"'<>]*[\"'][^<>\n]*>"
                      r"(?P<x>[^<>\n]{2,400})</(?P=tag)>", re.IGNORECASE)


def _classed(body: str) -> tuple[int, int, str] | None:
    """The title of a record whose fields are named by their classes, a title's and an author list's
    (``<div class="title">``, ``<div class="authors">``): its columns and text."""
    if "class=" not in body:
        return None
    fields = {m.group("role").lower().rstrip("s"): m for m in _CLASSED.finditer(body)}
    title, names = fields.get("title"), fields.get("author")
    if title is None or names is None or not is_name_list(plain(names.group("x")).strip(" .")):
        return None
    return title.start("x"), title.end("x"), plain(title.group("x")).strip()


def _title(body: str, fields: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The title's columns in the record (-1 when it cannot be spliced) and its text."""
    for f0, f1, text in fields:
        if len(text.split()) < 2 or is_generic_label(text) or is_name_list(text) or is_venue_text(text):
            continue
        raw = body[f0:f1]
        wrapped = _WRAPPED.fullmatch(raw)
        if wrapped is not None:
            return f0 + wrapped.start("t"), f0 + wrapped.end("t"), wrapped.group("t").strip()
        if 3 <= len(text.split()) <= 40 and not links_only(raw) and "<a" not in raw.lower() and "](" not in raw \
                and not _PROSE.search(text) and not (len(text.split()) >= 10 and text.endswith((".", "!", "?"))):
            at = raw.find(text)
            return (f0 + at, f0 + at + len(text), text) if at >= 0 else (-1, -1, text)
        return None  # (the first field of words is the title or nothing: a record does not start with prose)
    return None
