"""Records written ``Title, Names, Venue, year`` with commas only, where the page's linked records
name the same people.

::

    1. [Owls Count Mice in the Snow](https://doi.org/10.1/x), Ann Barn, Bob Tawny, Owl Letters, 2023
    1. [Hoots as Tokens](https://aclanthology.org/P09-1060/), Bob Tawny, Ann Barn, Proc. of OWL 2009
    1. Feathers Map the Wind over Barns, Ann Barn, Cy Hoot, Barn Symposium, 2011    <- a paper, no link

A publication page lists its owner's papers, linked or not, in one template: the title, a comma,
the authors one by one.  The names written after the linked titles of the page's list items (two records or more)
are the page's people; a sibling with no link whose text runs ``Title, Name, ...`` with one of those names
right after a title of three words or more, and a year, is a paper too, its title what comes
before that name.  No name list alone makes a record (``Linefeed Insertion`` reads as a name), only
names the page already wrote after its linked titles.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from ..markup import CJK_LETTER, plain
from .found import Found
from .item_template import sibling_runs
from .list_items import Item
from .name_lists import CJK_NAME, one_name
from .title_trims import retitle

#: A record opening with its linked title and a comma (an attribute list after the link maybe: ``{:target="_blank"}``).
_LINKED_HEAD = re.compile(r"[ \t]*+\[[^\[\]]{8,400}\]\([^()\s]++\)(?:\{[^{}]{0,60}\})?[ \t]*+,")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: The fewest linked records naming the page's people.
_LINKED = 2
_BULLET = re.compile(r"[ \t]*+(?:[-*+]|\d{1,4}[.)])[ \t]++")
_CACHE: list[tuple[Document, frozenset[str]]] = []


def comma_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper that are such records, read again by ``retry`` (given the item's index)."""
    people = _people(doc)
    if not people:
        return []
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        for it in run:
            if it.line not in results or results[it.line] is not None or it.end != it.line:
                continue
            text = doc.lines[it.line][it.body :]
            title = _title_before(text, people)
            if title is None or (found := retry(index[it.line])) is None or not found.title \
                    or not found.title.startswith(title[:12]):
                continue
            retitle(doc, found, title)
            found.style["bare"] = True
            out.append(found)
    return out


def _people(doc: Document) -> frozenset[str]:
    """The names written after the linked titles of the document's list items, when two records or more
    write them (counted once per document)."""
    if _CACHE and _CACHE[0][0] is doc:
        return _CACHE[0][1]
    names: set[str] = set()
    linked = 0
    for line in doc.lines:
        if (b := _BULLET.match(line)) is None or (m := _LINKED_HEAD.match(line, b.end())) is None:
            continue
        run = []
        for part in line[m.end() :].split(","):
            if not _name(part.strip()):
                break
            run.append(part.strip())
        if run:
            linked += 1
            names.update(run)
    _CACHE[:] = [(doc, frozenset(names) if linked >= _LINKED else frozenset())]
    return _CACHE[0][1]


def _name(text: str) -> bool:
    """One person's name: ``Ann Barn``, ``村田 匡輝``."""
    return one_name(text) or CJK_NAME.fullmatch(text) is not None and 2 <= len(text.replace(" ", "")) <= 7


def _title_before(text: str, people: frozenset[str]) -> str | None:
    """The text before the first of ``people`` written as a field after a comma, when it reads as a title."""
    if "](" in text or "http" in text or _YEAR.search(text) is None:
        return None
    parts = text.split(",")
    for j in range(1, len(parts)):
        if parts[j].strip() in people:
            while j > 1 and _name(parts[j - 1].strip()):
                j -= 1  # (co-authors the page never named before: the names run from the first)
            title = plain(",".join(parts[:j])).strip()
            long = len(title) >= 6 if CJK_LETTER.search(title) else len(title.split()) >= 3 and not one_name(title)
            return title if long else None
    return None
