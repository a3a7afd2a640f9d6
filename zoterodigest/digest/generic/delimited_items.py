"""List items written as fields between one separator, the same fields in every sibling.

::

    * Barn / Owls Count Mice in the Snow at Night / 2016
    * Tawny / Hoots as Tokens in Barn Networks (HootNet) / 2019 / **read**
    * Owl | Feathers Map the Wind over Barns | 2021

Where three siblings or more split on one separator (`` / ``, `` | ``, `` · ``, `` ; ``) into
three fields or more, and one field position holds a year in two items in three, the position
whose text is longest (three words or more in most items, no list of names) is the title (a
one-word name in parentheses after it that the title does not hold left out); a short field of
capitalised words beside it is the authors, the year field the year.  No link is needed: the
run's template says what each field is.  Pure: reads the items' lines, answers with columns of them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from statistics import median

from ..document import Document
from ..markup import plain
from .found import Found, title_of
from .item_template import sibling_runs
from .list_items import Item
from .name_lists import is_name_list

#: The separators a record's fields are written between (spaces on both sides).
_SEPARATORS = (" / ", " | ", " · ", " ; ", "，", "\t")
_YEAR = re.compile(r"[(\[]?+(?:19|20)\d{2}[a-z]?+[)\]]?+")
#: A field holding a whole day (``2026-04-12``): the day a log wrote the item (read, added), never the paper's year.
_DAY = re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d")
#: A field holding a year in a run written with full-width commas: the year, a date (``2022/1/14``), or a
#: venue and its year glued (``Interspeech2018``, ``ICASSP 2021``).
_DATED = re.compile(r"(?:[A-Za-z][\w&\-]{1,20}[ \t'’]?)?(?:19|20)\d{2}(?:[/.\-]\d{1,2}){0,2}")
#: The fewest siblings written alike, and the fewest fields each.
_RUN = 3
_FIELDS = 3
_DOCUMENT_RUN = 5
#: A one-word name in parentheses ending a title field (``(HootNet)``, ``(alphafold2)``).
_NICK = re.compile(r"[\w\-]{2,20}")


def _fields(line: str, start: int, sep: str) -> list[tuple[int, int]]:
    """The columns of the fields of ``line`` from ``start``, split on ``sep`` (each trimmed)."""
    out: list[tuple[int, int]] = []
    at = start
    while True:
        nxt = line.find(sep, at)
        end = len(line) if nxt < 0 else nxt
        s, e = at, end
        while s < e and line[s] in " \t":
            s += 1
        while e > s and line[e - 1] in " \t":
            e -= 1
        out.append((s, e))
        if nxt < 0:
            return out
        at = nxt + len(sep)


def _layout(doc: Document, run: Sequence[Item]) -> tuple[str, int, int | None, int] | None:
    """The run's separator, the field position of its titles, of its names and of its years; None when
    the run is not written as fields."""
    for sep in _SEPARATORS:
        if sum(doc.lines[it.line].count(sep) >= _FIELDS - 1 for it in run) * 3 < len(run) * 2:
            continue  # (a cheap first look: too few items with the fields' separators)
        rows = [_fields(doc.lines[it.line], it.body, sep) for it in run]
        if sum(len(r) >= _FIELDS for r in rows) * 3 < len(rows) * 2:
            continue
        width = min(len(r) for r in rows if len(r) >= _FIELDS)
        texts = [[plain(doc.lines[it.line][s:e]).strip() for s, e in r[:width]] for it, r in zip(run, rows) if len(r) >= _FIELDS]
        dated = _DATED if sep == "，" else _YEAR
        years = [n for n in range(width) if sum(bool(dated.fullmatch(t[n]) or _DAY.fullmatch(t[n])) for t in texts) * 3 >= len(texts) * 2]
        if not years:
            continue
        words = [median(len(t[n].split()) for t in texts) for n in range(width)]
        title = max((n for n in range(width) if n not in years), key=lambda n: words[n], default=None)
        if title is None or words[title] < 3 or sum(is_name_list(t[title]) for t in texts) * 3 > len(texts):
            continue
        names = next((n for n in range(width) if n not in years and n != title and words[n] <= 4
                      and sum(bool(t[n]) and t[n][:1].isupper() for t in texts) * 3 >= len(texts) * 2), None)
        return sep, title, names, years[0]
    return None


def _dated(text: str) -> bool:
    return _YEAR.fullmatch(text) is not None or _DAY.fullmatch(text) is not None


def _past_nickname(line: str, t0: int, t1: int) -> int:
    """Where the title field ``[t0, t1)`` ends before a one-word name in parentheses the title does not
    hold (``Owls Count Mice (OwlNet)``: a name the list adds, not the title's)."""
    if not line.endswith(")", t0, t1):
        return t1
    at = line.rfind("(", t0, t1)
    if at <= t0 or line[at - 1] not in " \t" or not _NICK.fullmatch(line, at + 1, t1 - 1) \
            or line[at + 1 : t1 - 1].lower() in line[t0:at].lower():
        return t1
    return len(line[:at].rstrip(" \t"))


def delimited_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                     retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper in a run of siblings written as the same fields: each a paper, its
    title the run's title field (read again by ``retry``, given the item's index, then retitled).  A run
    too short to show a layout is read by its own when the document writes five items that way at least."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if not any(it.line in results and results[it.line] is None for it in run):
            continue
        layout = _layout(doc, run)
        if layout is not None and (len(run) >= _RUN or _delimited_lines(doc.text, layout[0]) >= _DOCUMENT_RUN):
            out += _read_run(doc, run, layout, results, lambda it: retry(index[it.line]))
    return out


def tab_fields(doc: Document, items: Sequence[Item], results: dict[int, Found | None]) -> None:
    """Items read as papers whose text is fields between tabs, as a spreadsheet pastes them
    (``-⇥Start, D⇥2020⇥Title⇥EVOLUTION⇥74: 859``): retitled by the run's title field."""
    if not any("\t" in doc.lines[it.line][it.body :] for it in items):
        return
    for run in sibling_runs(items):
        if sum("\t" in doc.lines[it.line][it.body :] for it in run) * 3 >= len(run) * 2 \
                and (layout := _layout(doc, run)) is not None and layout[0] == "\t":
            _read_run(doc, run, layout, results, lambda it: None)


@functools.lru_cache(maxsize=8)
def _delimited_lines(text: str, sep: str) -> int:
    """How many list items of the document hold three fields or more between ``sep``, one a year."""
    count = 0
    for line in text.split("\n"):
        body = line.lstrip(" \t")
        if body[:2] in ("- ", "* ", "+ ") and line.count(sep) >= 2 \
                and any(_YEAR.fullmatch(part.strip()) for part in line.split(sep)[1:]):
            count += 1
    return count


def _fits(doc: Document, run: Sequence[Item], layout: tuple[str, int, int | None, int]) -> bool:
    """Every item of ``run`` is written in ``layout``: its year field a year, its title field words."""
    sep, title_at, _, year_at = layout
    for it in run:
        line = doc.lines[it.line]
        fields = _fields(line, it.body, sep)
        if len(fields) <= max(title_at, year_at) or not _dated(plain(line[slice(*fields[year_at])]).strip()) \
                or len(line[slice(*fields[title_at])].split()) < 3:
            return False
    return True


def _read_run(doc: Document, run: Sequence[Item], layout: tuple[str, int, int | None, int],
              results: dict[int, Found | None], retry: Callable[[Item], Found | None]) -> list[Found]:
    sep, title_at, names_at, year_at = layout
    out: list[Found] = []
    for it in run:
        line = doc.lines[it.line]
        fields = _fields(line, it.body, sep)
        if it.line not in results or len(fields) <= max(title_at, year_at):
            continue
        t0, t1 = fields[title_at]
        t1 = _past_nickname(line, t0, t1)
        title = title_of(line[t0:t1])
        if (read := results[it.line]) is not None:
            base = doc.starts[it.line]
            outside = read.title_span is not None and (read.title_span[1] <= base + t0 or read.title_span[0] >= base + t1)
            if (sep == "\t" or outside) and len(title.split()) >= 3:
                # (fields between tabs, as a spreadsheet pastes them; a title read from another field than the run's titles)
                read.title, read.title_span = title, (base + t0, base + t1)
            continue
        if len(title.split()) < 2 or (found := retry(it)) is None:
            continue
        base = doc.starts[it.line]
        found.title, found.title_span = title, (base + t0, base + t1)
        if names_at is not None and names_at < len(fields):
            found.authors = plain(line[slice(*fields[names_at])]).strip() or found.authors
        if (m := re.search(r"(?:19|20)\d{2}", text := plain(line[slice(*fields[year_at])]).strip())) and not _DAY.fullmatch(text):
            found.year = int(m.group())  # (a day the log wrote the item on is no year of the paper)
        found.style["bare"] = True
        out.append(found)
    return out
