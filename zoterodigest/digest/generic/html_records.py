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
neither names, nor a venue, nor links; or the words before a field's labelled links
(``<li>Title<a href="...">[paper]</a>``, a tag or a shortcode around them cut, the title perhaps wrapped
over two lines).  A record whose only link waits for its address (``<a href="">[paper]</a>``) is a paper
where most of its block's records are, or under a venue's heading.  Records other readers took are left
to them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from ..document import Document
from ..markup import plain
from .byline import is_venue_text
from .found import Found, title_of
from .html_citations import cited_title as _cited_title
from .html_citations import cited_year as _cited_year
from .html_citations import owner_named as _owner_named
from .html_citations import whole_reference
from .line_heads import add_links
from .link_finder import find_links
from .link_lines import links_only
from .links import Identity
from .name_lists import is_name_list, listed_names
from .names_paragraphs import reference_title, volumed
from .prefixes import is_generic_label
from .title_asides import drop_tag
from .title_parts import strip_title

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
#: How many of a block's first linked records are weighed for whole references (enough to see the page's template).
_WHOLE_SEEN = 5
#: A link to nowhere yet (``<a href="">[paper]</a>``): a record waiting for its paper's address.
_PLACEHOLDER_HREF = re.compile(r"<a\s[^<>]*?href[ \t]*+=[ \t]*+[\"']\s*+(?:#|nan|null|none|tbd|todo)?\s*+[\"'][^<>]*>[^<>]{0,40}</a>", re.IGNORECASE)
#: An emoji's shortcode closing a record: ``...</a>\n:heavy_check_mark:<li>``.
_SHORTCODE_END = re.compile(r":[a-z0-9_+\-]{1,30}:$")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_MAX_RECORD = 2000
_MAX_LINES = 16  # (a pretty-printed record: a tag and a field a line, a field's text on lines of its own)
_MAX_BLOCK = 200
#: An affiliation in parentheses after a name (``Ann Barn (Kobe Univ.)``, ``岡本雅弘(立命館大)``).
_AFFILIATION = re.compile(r"\([^()]{1,60}\)|（[^（）]{1,60}）")
_NAME_SEP = re.compile(r"[,、，]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: What parts records made of paragraphs: a rule, or an empty paragraph (``<p style="..."> </p>``).
_RULE = re.compile(r"<hr\b[^<>]*+>|<p\b[^<>]*+>(?:[ \t]|&nbsp;)*+</p>", re.IGNORECASE)
_PARAGRAPH_TAG = re.compile(r"</?p\b[^<>]*+>", re.IGNORECASE)
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

    def read(self, lo: int, hi: int, taken: Callable[[int, int], bool], papers_here: bool = False) -> list[Found]:
        """The records of ``[lo, hi)`` on lines ``taken`` says no other paper holds; ``papers_here`` when
        the section's heading says it lists papers (a venue's name): its records waiting for their links too."""
        self._taken = taken
        out: list[Found] = []
        for a, b in self._blocks(lo, hi):
            out += self._block(self.doc.text_of(a, b), self.doc.starts[a], papers_here)
        return out

    def _block(self, text: str, base: int, papers_here: bool) -> list[Found]:
        """The papers of one block of HTML records (``text``, at offset ``base``)."""
        out: list[Found] = []
        papers: list[Found] = []
        waiting: list[Found] = []
        unlinked: list[Found] = []
        records = 0
        cited: list[Found] = []
        undated: list[Found] = []
        linked, rest = [], []  # (the records of the papers found, and of those read as nothing)
        for r0, r1 in _records(text):
            records += bool(text[r0:r1].strip())
            found = self._record(text, base, r0, r1)
            if found is not None:
                papers.append(found)
                linked.append((r0, r1))
            elif (found := self._cited(text, base, r0, r1)) is not None:
                (cited if found.year else undated).append(found)
            elif _PLACEHOLDER_HREF.search(text, r0, r1) and (found := self._record(text, base, r0, r1, True)) is not None:
                waiting.append(found)
            elif "http" not in text[r0:r1] and (found := self._unlinked(text, base, r0, r1)) is not None:
                unlinked.append(found)
            else:
                rest.append((r0, r1))
        cited += self._references(text, base, linked, rest)
        if (ruled := self._ruled(text, base)) is not None and len(ruled) > 2 * len(papers):
            papers = ruled  # (each record a few paragraphs, records parted by rules: names, a title, a venue)
        out += papers
        if len(cited) >= 3 and 2 * (len(cited) + len(undated)) >= records - len(papers):
            out += cited + undated  # (a publication page's references with no link: names, a quoted title, a venue, a year
            # on most; a record of the same shape with its year left out, or written '08, is one of them)
        if len(unlinked) >= 3 and 3 * len(unlinked) >= 2 * records:
            out += unlinked  # (a programme's talks: every record a title over its authors, no link anywhere)
        if len(papers) >= 2 * len(waiting) or papers_here and len(waiting) >= 2:
            out += waiting  # (records written as their siblings, their paper's link left empty: papers not linked yet)
        return out

    def _ruled(self, text: str, base: int) -> list[Found] | None:
        """The papers of a block whose records are groups of paragraphs parted by ``<hr>`` rules (``<p>Names</p>``,
        ``<p><strong>"Title"</strong></p>``, ``<p><a href=...>Venue</a></p>``, then ``<hr>``), each group one record;
        None unless three groups or more are papers."""
        if text.count("<hr") + text.count("</p") < 6:
            return None
        rules = [(m.start(), m.end()) for m in _RULE.finditer(text)]
        if len(rules) < 2:
            return None
        masked = _PARAGRAPH_TAG.sub(lambda m: " " * len(m.group(0)), text)  # (offsets kept: the tags' places blanked)
        cuts = [0, *(x for r in rules for x in r), len(masked)]
        found = [f for r0, r1 in zip(cuts[::2], cuts[1::2], strict=True) if masked[r0:r1].strip()
                 and ((f := self._record(masked, base, r0, r1)) is not None or (f := self._cited(masked, base, r0, r1)) is not None)]
        return found if len(found) >= 3 else None

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

    def _record(self, text: str, base: int, r0: int, r1: int, waiting: bool = False) -> Found | None:
        body = text[r0:r1]
        classed = _classed(body)  # (fields named by their classes: a paper's even with no link)
        if "http" not in body and not classed and not waiting or body.count("\n") > _MAX_LINES:
            return None
        doc = self.doc
        first, last = self._lines(base + r0, body, _before_marks(body))  # (a check mark before the next tag: not ours)
        if self._taken(first, last) or doc.fenced[first] or doc.fenced[last]:
            return None
        ident = Identity()
        add_links(ident, body.replace("\n", " "))
        if not ident.papers and not classed and not waiting:
            return None
        fields = self._fields(body)
        cited = None if classed else _cited_title(body) or whole_reference(body)
        title = classed or cited or (_waiting_title(body, fields) if waiting else _title(body, fields))
        if title is None:
            return None
        t0, t1, value = _stripped(*title)
        found = Found(first=first, last=last, ident=ident, title=title_of(value))
        if t0 >= 0:
            found.title_span = (base + r0 + t0, base + r0 + t1)
        found.style = {"shape": "html-record"}
        _fill(found, fields, value)
        if found.year is None and cited is not None:
            found.year = _cited_year(body)
        return found if found.title else None

    def _lines(self, at: int, body: str, end: int) -> tuple[int, int]:
        """The first and last lines of a record's ``body`` that starts at offset ``at`` and ends at ``end`` in it."""
        starts = self.doc.starts
        return (bisect.bisect_right(starts, at + len(body) - len(body.lstrip())) - 1,
                bisect.bisect_right(starts, at + end - 1) - 1)

    def _unlinked(self, text: str, base: int, r0: int, r1: int) -> Found | None:
        """A record with no link that is a title over its authors' names (two or more, affiliations in
        parentheses after them): ``<li>Title<br><i class="icon"></i>Ann Barn (Kobe), Bob Tawny (Kyoto)</li>``."""
        body = text[r0:r1]
        fields = self._fields(body)
        if len(fields) != 2 or body.count("\n") > 3:
            return None
        f0, f1, title = fields[0]
        names = ", ".join(part.strip() for part in _NAME_SEP.split(_AFFILIATION.sub("", fields[1][2])) if part.strip(" ."))
        if not (3 <= len(title.split()) <= 40 or len(title.split()) <= 2 and len(_CJK.findall(title)) >= 8) \
                or _PROSE.search(title) or is_name_list(title) and len(_CJK.findall(title)) < 8 or is_venue_text(title) \
                or not re.search(r"[,、，]|\band\b", names) or not is_name_list(names):
            return None
        doc = self.doc
        first, last = self._lines(base + r0, body, len(body.rstrip()))
        at = body.find(title, f0, f1)
        if self._taken(first, last) or doc.fenced[first] or at < 0:
            return None
        found = Found(first=first, last=last, ident=Identity(), title=title_of(title),
                      title_span=(base + r0 + at, base + r0 + at + len(title)))
        found.authors, found.style = names, {"shape": "html-record"}
        return found if found.title else None

    def _references(self, text: str, base: int, linked: list[tuple[int, int]], rest: list[tuple[int, int]]) -> list[Found]:
        """The records of ``rest`` read as whole references (names, year, title) where the block's linked papers are
        written so (most of its first ones): a page of references, most linked, one with no link one of them."""
        whole = sum(whole_reference(text[r0:r1]) is not None for r0, r1 in linked[: 2 * _WHOLE_SEEN]) if rest else 0
        if whole < _WHOLE_SEEN or 3 * whole < 2 * min(len(linked), 2 * _WHOLE_SEEN):
            return []
        return [f for r0, r1 in rest if (f := self._cited(text, base, r0, r1, True)) is not None]

    def _cited(self, text: str, base: int, r0: int, r1: int, whole: bool = False) -> Found | None:
        """A record with no link written as a reference: names, then a quoted or bold title, a venue and a year;
        or names, a year and a plain title (``Barn, A., <b>Tawny, B.</b> (2024) Title? <i>Journal</i>``)."""
        body = text[r0:r1]
        if "http" in body or body.count("\n") > _MAX_LINES \
                or (title := _cited_title(body, dated=False)
                    or (reference_title(body, plain(body).strip()) if _owner_named(body) or volumed(body) else None)
                    or (whole_reference(body) if whole else None)) is None:
            return None
        first, last = self._lines(base + r0, body, len(body.rstrip()))
        if self._taken(first, last) or self.doc.fenced[first] or self.doc.fenced[last]:
            return None
        t0, t1, value = title
        found = Found(first=first, last=last, ident=Identity(), title=title_of(value))
        if t0 >= 0:
            found.title_span = (base + r0 + t0, base + r0 + t1)
        found.style = {"shape": "html-record"}
        found.year = _cited_year(body)
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
                      r"(?P<x>[^<>]{2,400})</(?P=tag)>", re.IGNORECASE)  # (its text maybe over lines)


def _classed(body: str) -> tuple[int, int, str] | None:
    """The title of a record whose fields are named by their classes, a title's and an author list's
    (``<div class="title">``, ``<div class="authors">``): its columns and text."""
    if "class=" not in body:
        return None
    fields = {m.group("role").lower().rstrip("s"): m for m in _CLASSED.finditer(body)}
    title, names = fields.get("title"), fields.get("author")
    if title is None or names is None or not is_name_list(plain(names.group("x")).strip(" .")):
        return None
    x = title.group("x")
    lead, trail = len(x) - len(x.lstrip()), len(x) - len(x.rstrip())  # (blanks inside the tag: "<span class="title"> Title</span>")
    return title.start("x") + lead, title.end("x") - trail, plain(x).strip()


def _fill(found: Found, fields: list[tuple[int, int, str]], title: str) -> None:
    """A record's authors, venue and year from its fields: the first list of names, the first venue."""
    for _, _, plain_text in fields:
        if found.authors is None and is_name_list(plain_text) and plain_text != title:
            found.authors = plain_text
        elif found.venue is None and is_venue_text(plain_text):
            found.venue = plain_text.strip(" .,")
    if found.venue and (year := re.search(r"(?:19|20)\d{2}", found.venue)):
        found.year = int(year.group(0))


def _stripped(t0: int, t1: int, value: str) -> tuple[int, int, str]:
    """A title's columns and text without marks, tags or a shortcode around its words (``:star:Title [workshop]``)."""
    cut = strip_title(value, 0, len(value))
    cut = (cut[0], drop_tag(value, cut[0], cut[1]))
    if cut == (0, len(value)) or len(value[cut[0] : cut[1]].split()) < 2:
        return t0, t1, value
    return (t0 + cut[0] if t0 >= 0 else -1), (t0 + cut[1] if t0 >= 0 else -1), value[cut[0] : cut[1]]


def _title(body: str, fields: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The title's columns in the record (-1 when it cannot be spliced) and its text."""
    for k, (f0, f1, text) in enumerate(fields):
        if len(text.split()) < 2 or is_generic_label(text) or is_name_list(text) or is_venue_text(text):
            continue
        raw = body[f0:f1]
        if (whole := reference_title(raw, text)) is not None:
            return f0 + whole[0] if whole[0] >= 0 else -1, f0 + whole[1] if whole[0] >= 0 else -1, whole[2]
        if (joined := _wrapped_title(body, fields, k)) is not None:
            return -1, -1, joined
        wrapped = _WRAPPED.fullmatch(raw)
        if wrapped is not None:
            return f0 + wrapped.start("t"), f0 + wrapped.end("t"), wrapped.group("t").strip()
        if (head := _before_links(raw)) is not None:
            return f0 + head[0], f0 + head[1], head[2]
        if 3 <= len(text.split()) <= 40 and not links_only(raw) and "<a" not in raw.lower() and "](" not in raw \
                and not _PROSE.search(text) and not (len(text.split()) >= 10 and text.endswith((".", "!", "?"))):
            at = raw.find(text)
            return (f0 + at, f0 + at + len(text), text) if at >= 0 else (-1, -1, text)
        return None  # (the first field of words is the title or nothing: a record does not start with prose)
    return None


def _before_links(raw: str, waiting: bool = False) -> tuple[int, int, str] | None:
    """A field that is a title's words and then its labelled links (``Title<a href=...>[paper]</a>``,
    or links to nowhere yet when ``waiting``): the title's columns and text."""
    at = raw.lower().find("<a")
    if at <= 0 or not (_PLACEHOLDER_HREF.sub("", raw[at:]).strip(" \t\n:") == "" if waiting else links_only(raw[at:])) \
            or any(len(label.split()) > 3 for label, _, _, _ in find_links(raw[at:])):
        return None  # (labels after the title, "[paper]" "[code]"; "Here's the actual pdf." is a sentence's link)
    if "<" in raw[:at]:
        text = plain(raw[:at]).strip()
    else:
        s0, s1 = strip_title(raw, 0, at)  # (a tag before or after the words: "[WACV2021]Title", "Title [workshop]")
        s1 = drop_tag(raw, s0, s1)
        text = raw[s0:s1]
    if not 2 <= len(text.split()) <= 40 or len(_WORDS.findall(text)) < 2 or "<!--" in text or _PROSE.search(text) or listed_names(text) or len(text.split()) <= 4 and is_venue_text(text):
        return None
    start = raw.find(text)
    return (start, start + len(text), text) if start >= 0 else (-1, -1, text)


def _waiting_title(body: str, fields: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The title of a record whose only link waits for its address: its first field's words before
    that link (``Title<a href="">[paper]</a>``, the link perhaps on the next line)."""
    if not fields:
        return None
    f0, f1, _ = fields[0]
    raw = body[f0:f1]
    if "<a" not in raw.lower() and len(fields) >= 2 and _PLACEHOLDER_HREF.match(body[fields[1][0] : fields[1][1]].strip()):
        raw += " " + body[fields[1][0] : fields[1][1]].strip()  # (the title on its own line, its link on the next)
    head = _before_links(raw, True)
    return (f0 + head[0], f0 + head[1], head[2]) if head is not None and head[0] >= 0 else None


def _wrapped_title(body: str, fields: list[tuple[int, int, str]], k: int) -> str | None:
    """A title wrapped over two lines, its links after its last words (``Title words\nmore words<a ...>``):
    its words, joined; None unless field ``k`` is plain words and the next line ends the title so."""
    if k + 1 >= len(fields):
        return None
    f0, f1, text = fields[k]
    n0, n1, _ = fields[k + 1]
    if "<" in body[f0:f1] or body[f1:n0].strip() or "\n" not in body[f1:n0] or text.endswith((".", ":", "!", "?")) \
            or (head := _before_links(body[n0:n1])) is None or not head[2][:1].isalpha():
        return None
    return f"{text} {head[2]}"


def _before_marks(body: str) -> int:
    """Where a record's text ends without the blanks and emoji shortcodes closing it."""
    end = len(body.rstrip())
    while end and body[end - 1] == ":" and (m := _SHORTCODE_END.search(body, max(0, end - 32), end)) is not None:
        end = len(body[: m.start()].rstrip())
    return end
