"""Unlinked items whose siblings are papers opening with the same kind of lead in parentheses.

::

    1. (WWW) [Owls Count Mice in the Snow](https://arxiv.org/abs/2304.00001)      (or a year: [2003]. Title)
    2. (Owl Journal) [Hoots as Tokens in Barn Networks](https://example.org/owl/2)：a note
    3. (Knowledge-Based Owls) Feathers Map the Wind over Barns：a note     <- a paper, not linked yet
    4. (Neural Owls) Latent Perches of Heterogeneous Barns

A list that writes each paper as ``(Venue) Title`` links most titles and leaves some plain.  Where
three siblings or more, a third of the run at least, are papers opening with a short lead in
parentheses (or the document links ten titles so), an item of the run opening with such a lead and
then a plain title (three words or more, no link, no sentence) is a paper too: the lead is its venue,
as its siblings' are; where most of the run are papers, a plain Latin title of four words or more
needs no lead.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from .found import Found
from .item_template import lines_matching, sibling_runs
from .list_items import Item

#: A short lead in parentheses opening an item's text: ``(WWW) ``, ``(IEEE Transactions on Owls) ``; or its year in
#: brackets (``[2003]. ``), no venue.
_LEAD = re.compile(r"[(（](?P<v>[^()（）\[\]\n]{2,60})[)）][ \t]*+|\[(?:19|20)\d{2}\][.:]?+[ \t]++")
#: A date or a time in a lead: a schedule's, not a venue's.
_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?+[ \t]++\d|\d[ \t]*+(?:am|pm)\b|\d:\d\d|"
                   r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", re.IGNORECASE)
#: What no title's text is: a sentence, a label, a note to do.
_NO_TITLE = re.compile(r"^(?:the following|see|note|todo|tbd)\b|\. [A-Z][a-z]", re.IGNORECASE)
_LEAST = 3
#: Items of the whole document that link a title after a lead (``1. (WWW) [Title](url)``) making its short runs papers too.
_DOCUMENT_LEAST = 10
_LED_LINK = re.compile(r"^[ \t]*+(?:[-*+]|\d{1,4}[.)])[ \t]++[(（][^()（）\[\]\n]{2,60}[)）][ \t]*+\[[^\[\]\n]{8,}\]\(", re.MULTILINE)


def led_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
               retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper that open with a lead in parentheses and a plain title, in a run whose
    papers open so (three at least, a third of the run), read again by ``retry`` (given the item's index)."""
    del papers  # (the run readers' common signature: a lead is evidence enough)
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    document = lines_matching(doc.text, _LED_LINK) >= _DOCUMENT_LEAST
    for run in sibling_runs(items):
        led = sum(1 for it in run if results.get(it.line) is not None and _LEAD.match(doc.lines[it.line], it.body))
        if not document and (led < _LEAST or 3 * led < len(run)):
            continue  # (a short run counts where the document links ten papers so led)
        unread = [it for it in run if it.line in results and results[it.line] is None]
        read = len(run) - len(unread) + sum(1 for it in unread if _lead_and_title(doc.lines[it.line], it.body, False))
        for it in unread:  # (most of the run papers, the led ones counted: a plain Latin title needs no lead)
            if (parts := _lead_and_title(doc.lines[it.line], it.body, 2 * read >= len(run))) \
                    and (found := retry(index[it.line])) is not None:
                _take(doc, found, it.line, parts)
                out.append(found)
    return out


def _lead_and_title(line: str, body: int, bare: bool) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """``(Venue) Title words：note``: the lead's and the plain title's columns (three words or more), or None.
    Where most of the run are papers (``bare``), a Latin title of four words or more needs no lead."""
    m = _LEAD.match(line, body)
    if m is not None and m.group("v") is not None and _DATE.search(m.group("v")):
        return None  # ("(May 5, 2021 10am CET) Topic": a session's date, its topic no paper)
    if "](" in line or "http" in line or "<a " in line or m is None and not bare:
        return None
    start = m.end() if m else body
    note = _NOTE.search(line, start)
    end = note.start() if note else len(line.rstrip())
    rest = line[start:end].strip()
    if len(rest.split()) < 3 or not rest[:1].isalnum() or _NO_TITLE.search(rest) is not None:
        return None
    if m is None and (len(rest.split()) < 4 or not rest[:1].isupper() or not rest.isascii() or rest.endswith(".")):
        return None  # (no lead: a title's look alone, in Latin letters)
    return ((m.start("v"), m.end("v")) if m and m.group("v") is not None else None), (start, start + len(line[start:end].rstrip()))


def _take(doc: Document, found: Found, line: int, parts: tuple[tuple[int, int] | None, tuple[int, int]]) -> None:
    """The item's title and venue from their columns."""
    base, text = doc.starts[line], doc.lines[line]
    venue, (t0, t1) = parts
    found.title, found.title_span = text[t0:t1], (base + t0, base + t1)
    if found.venue is None and venue is not None and not (_CJK.search(lead := text[venue[0] : venue[1]]) and _LATIN.search(lead)):
        found.venue, found.venue_span = text[venue[0] : venue[1]], (base + venue[0], base + venue[1])
    found.style["bare"] = True


#: CJK letters in a lead that also holds Latin ones (``(ICLR 2022被拒+撤回投稿)``: rejected there, withdrawn): a note, no venue.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")
#: Where a reader's note starts after a title: a full-width colon, a spaced dash.
_NOTE = re.compile(r"：|[ \t][-–—][ \t]")
