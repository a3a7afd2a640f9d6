"""``<details>`` cards of any generator: the title in the ``<summary>``, the paper's
links anywhere in the card.

::

    <details>
    <summary><b>Title</b> ⭐ 120</summary>            <summary><strong>1. Title</strong></summary>
    - Paper: [arXiv](https://arxiv.org/abs/...)        <summary><a href="url">Title</a> <img ...></summary>
    </details>                                         <summary>Title (NeurIPS 2021)</summary>

The title is the summary's bold or linked text, else its plain text (a leading
number, stars, badges and a trailing venue in parentheses left out).  A card
is a paper when its lines link or name one; a card whose summary is a label
(``Abstract``, ``Click to expand``, a category holding other cards) is not.  A ``<summary>`` opening a
line with no ``<details>`` around it (``<summary> Title <a href=url>`` over ``[Paper]`` and ``</a></summary>``)
is a card of its own: its title the plain text before its link.
"""

from __future__ import annotations

import re

from ..document import Document
from .found import Found, title_of
from .inline import read_head
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity
from .list_items import ITEM
from .prefixes import is_generic_label
from .title_records import named_page

_OPEN = re.compile(r"^[ \t]*(?:<li(?:[ \t][^<>]*)?>[ \t]*|[-*+][ \t]+|(?:</(?:pre|code|details|p|div)>[ \t]*)++)?<details(?:[ \t][^>]*)?>",
                   re.IGNORECASE)  # (the last card's closing tags may come first: "</pre></code></details><details>")
#: (the inner text stops before another ``<summary``: a line of many open summaries is read in linear time)
_SUMMARY = re.compile(r"<summary(?:[ \t][^>]*)?>(?P<inner>(?:(?!</?summary).)*+)</summary>", re.IGNORECASE)
_CLOSE = re.compile(r"</details>", re.IGNORECASE)
_BARE = re.compile(r"[ \t]{0,3}<summary(?:[ \t][^>]*)?>[ \t]*+", re.IGNORECASE)  # (a summary opening a line, no card around it)
#: A short name in parentheses opening a card's title.
_NICK = re.compile(r"\([^()\s][^()]{0,30}\)[ \t]++")
_NUMBER = re.compile(r"[ \t]*(?:\d{1,4}[.)]|\[\d{1,4}\])[ \t]+")
_TAIL = re.compile(r"(?:<img[^>]*>|!\[[^\]]*\]\([^)]*\)|[⭐★🌟] ?\d[\d,.kK]*|\([A-Za-z][\w .'’-]{0,30}\d{2,4}\))$")
#: Bold or linked text in a summary written over several lines, and the most lines looked at.
_MARKED_INNER = re.compile(r"<(?P<tag>strong|b|a)\b[^>]*>(?P<inner>[^<]{3,400})</(?P=tag)>", re.IGNORECASE)
_SUMMARY_LINES = 30
#: A PubMed record's address and its number.
_PUBMED = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{4,10})")
_EMPHASIS = re.compile(r"(?:\*\*|__|\*|_)?")
#: The most lines a card may run to (a longer one is a section, not a card).
_MAX_LINES = 200


def _titled_item(line: str) -> bool:
    """A list item that opens with a link (bold or not) whose text is a title of three words or more."""
    item = ITEM.match(line)
    if item is None:
        return False
    marks = _EMPHASIS.match(line, item.end())
    at = marks.end() if marks else item.end()  # ("- **[Title](url)**")
    if not line.startswith("[", at):
        return False
    links = find_links(line, item.end())
    return bool(links) and links[0][2] == at and len(links[0][0].split()) >= 3 and not is_generic_label(links[0][0])


class DetailsCardReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def read(self, lo: int, hi: int) -> list[Found]:
        doc = self.doc
        out: list[Found] = []
        i = lo
        while i < hi:
            line = doc.lines[i]
            if not doc.fenced[i] and _BARE.match(line) and (i == lo or "<details" not in doc.lines[i - 1].lower()):
                found, i = self._bare(i, hi)  # ("<summary>Title <a href=url>" / "[Paper]" / "</a></summary>": no <details>)
                out.extend([found] if found is not None else [])
                continue
            if doc.fenced[i] or "<details" not in line.lower() or not _OPEN.match(line):
                i += 1
                continue
            found, nxt = self._card(i, hi)
            i = nxt - 1 if nxt - 1 > i and _OPEN.match(doc.lines[nxt - 1]) else nxt  # (a card's closing line opening the next)
            if found is not None:
                out.append(found)
        return out

    def _card(self, i: int, hi: int) -> tuple[Found | None, int]:
        """The card opening at line ``i`` and the line after it (after its summary when
        the card holds other cards under a plain label, so they are read too)."""
        doc = self.doc
        s_line = i if "<summary" in doc.lines[i].lower() else i + 1
        m = _SUMMARY.search(doc.lines[s_line]) if s_line < hi else None
        if m is None and s_line < hi and "<summary" in doc.lines[s_line].lower():
            s_line, m = self._summary_lines(s_line, hi)  # (a summary written over several lines)
        if m is None:
            return None, i + 1
        last, nested = self._end(i, hi)
        marked = re.match(r"[ \t]*(?:\d{1,4}[.)][ \t]*)?(?:<(?:b|strong|a)\b|\*\*|\[)", m.group("inner"), re.IGNORECASE)
        if last is None or nested and not marked:
            return None, s_line + 1  # a category of cards, or no end: its cards are read one by one
        found = self._title(s_line, m)
        if found is None:
            return None, last + 1
        if any(_titled_item(doc.lines[k]) for k in range(s_line + 1, last)):
            return None, s_line + 1  # ("<summary>Before 2024</summary>" over "- [Title](url)": a label over its papers)
        found.first, found.last = i, last - (last > i and _OPEN.match(doc.lines[last]) is not None)  # (its closing line opens the next)
        if not self._links(i, last, found):
            return None, s_line + 1  # a card listing several papers: a section, its papers read one by one
        noted = not found.ident.papers and any(named_page(url, found.title) for _, url, _, _ in find_links(m.group("inner")))
        return (found if found.ident.papers or noted else None), last + 1  # (noted: a summary linking its notes page)

    def _bare(self, i: int, hi: int) -> tuple[Found | None, int]:
        """A summary standing alone (no ``<details>`` around it) over a few lines, its title the plain text before
        its first link, its links up to ``</summary>``: a paper when they link one; and the line after it."""
        doc = self.doc
        last = next((k for k in range(i, min(hi, i + 6)) if "</summary>" in doc.lines[k].lower()), None)
        if last is None:
            return None, i + 1
        line = doc.lines[i]
        start = m.end() if (m := _BARE.match(line)) else 0
        cut = [c for c in (line.lower().find("<a ", start), line.find("[", start), line.lower().find("</summary>", start)) if c >= 0]
        span = read_head(line[: min(cut, default=len(line))], start).title
        title = title_of(line[span[0] : span[1]]) if span else ""
        if span is None or len(title.split()) < 2 or is_generic_label(title):
            return None, last + 1
        found = Found(first=i, last=last, ident=Identity(), title=title, style={"shape": "card"})
        found.title_span = (doc.starts[i] + span[0], doc.starts[i] + span[1])
        return (found if self._links(i, last, found) and found.ident.papers else None), last + 1

    def _links(self, i: int, last: int, found: Found) -> bool:
        """Add the links of the card's lines ``i`` to ``last`` to ``found``; False when they name two papers."""
        arxiv: set[str] = set()
        dois: set[str] = set()
        pubmed: set[str] = set()  # (a PubMed record's number names its paper as an id does)
        for k in range(i, last + 1):
            line = self.doc.lines[k]
            if k == last and (close := _CLOSE.search(line, max(0, line.lower().find("<details")) if k == i else 0)) is not None:
                line = line[: close.start()]  # (not the next card's, opened after this one's close)
            if k == i:
                line = line[max(0, line.lower().find("<details")) :]
            if "](" in line or "http" in line or "rxiv" in line.lower() or "doi" in line.lower():
                one = Identity()
                add_links(one, line)
                add_links(found.ident, line)
                arxiv.update([one.arxiv.id] if one.arxiv else [])
                dois.update([one.doi] if one.doi else [])
                pubmed.update(m.group(1) for url in one.links.values() if (m := _PUBMED.search(url)) is not None)
                if len(arxiv) > 1 or len(dois) > 1 or len(pubmed) > 1:
                    return False
        return True

    def _summary_lines(self, s_line: int, hi: int) -> tuple[int, re.Match[str] | None]:
        """In a summary running over lines up to its ``</summary>``: the line of its first bold or
        linked text of two words or more, and that text (``<strong>Title</strong>`` on a line of its own)."""
        for k in range(s_line, min(hi, s_line + _SUMMARY_LINES)):
            line = self.doc.lines[k]
            if (m := _MARKED_INNER.search(line)) is not None and len(m.group("inner").split()) >= 2:
                return k, m
            if "</summary>" in line.lower():
                break
        return s_line, None

    def _end(self, i: int, hi: int) -> tuple[int | None, bool]:
        """The card's closing line and whether another card opens inside it."""
        doc = self.doc
        nested = False
        for k in range(i, min(hi, i + _MAX_LINES)):
            line = doc.lines[k]
            if k > i and _OPEN.match(line) and "<summary" in (line + doc.lines[min(k + 1, hi - 1)]).lower():
                nested = True
            if _CLOSE.search(line, line.lower().find("<details") if k == i else 0):
                return k, nested
        return None, nested

    def _title(self, s_line: int, m: re.Match[str]) -> Found | None:
        doc = self.doc
        line = doc.lines[s_line]
        start, end = m.start("inner"), m.end("inner")
        num = _NUMBER.match(line, start)
        if num:
            start = num.end()
        for _ in range(4):  # stars, badges, a venue after the title
            tail = _TAIL.search(line[start:end].rstrip())
            if tail is None or tail.start() == 0:
                break
            end = start + tail.start()
        text = line[:end]
        head = read_head(text, start)
        if head.title is None:
            return None
        t0, t1 = head.title
        if (nick := _NICK.match(text, t0, t1)) is not None and len(text[nick.end() : t1].split()) >= 2:
            t0 = nick.end()  # ("(OpenDriveVLA) OpenDriveVLA: Towards ...": the short name before the title)
        title = title_of(text[t0:t1])
        if not title or is_generic_label(title) or len(title.split()) < 2:
            return None
        found = Found(first=s_line, last=s_line, ident=Identity(), title=title)
        found.title_span = (doc.starts[s_line] + t0, doc.starts[s_line] + t1)
        found.style = {"shape": "card"}
        return found

