"""Titles not linked, each over a sub-item naming its venue and year.

::

    1. Owls Count Mice in the Snow at Night
        1. CVPR 2017 Poster
    2. Hoots as Tokens in Barn Networks
        1. arXiv preprint arXiv:1805.04855
    3. Feathers Map the Wind over Barns
        1. AAAI 2018
    4. Generative Owl Verifiers: Hoot Modeling as Next-Token Prediction
        - 2024.10

A reading log often writes each paper as its plain title over a first sub-item that says where and
when it appeared (or when alone).  Where three siblings or more, two in three of the run, are written so (or the
list writes six such titles, and two in three of a shorter run are), each of them is a paper; a sibling whose first sub-item names no venue (``By myself``) is a note.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from ..markup import plain
from .byline import is_venue_text
from .found import Found
from .item_template import sibling_runs
from .list_items import Item
from .name_lists import is_name_list

#: A title's text: a capital or a digit first, three words or more, no link, no sentence's full stop.
_TITLE = re.compile(r"(?:\\?\[\d{1,4}\][ \t]*+)?[A-Z0-9][^\n\[\]]*?\S(?:[ \t]++\S++){2,39}")
#: A title set apart by marks: bold, quotes, or both (``"**Title.**"``).
_MARKED = re.compile(r"[\"“]?(?P<m>\*\*|__)(?P<t>[^*_\n]++)(?P=m)[.]?[\"”]?[ \t.]*+|[\"“](?P<q>[^\"“”\n]++)[\"”][ \t.]*+")
_NO_TITLE = re.compile(r"[.:：;]$|\. [A-Z]")
#: How many such titles the list holds to make them its template (a run of one or two is one of them).
_MANY = 6
#: A venue line's year, or an arXiv id (``arXiv preprint arXiv:1805.04855``).
_DATED = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{4}\.\d{4,5}\b")
#: A sub-item that is the date alone (``2024.10``, ``2024-07，``): when the paper appeared.
_DATE_ALONE = re.compile(r"(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?[ \t,，.]*+")


def venued_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                  retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper in a run of three siblings or more, two in three of which are a plain
    title over a first sub-item naming a venue and its year: each such title is a paper."""
    index = {item.line: n for n, item in enumerate(items)}
    runs = [(run, [it for it in run if _venued(doc, items, index, it)]) for run in sibling_runs(items)]
    many = sum(len(venued) for _, venued in runs) >= _MANY  # (a short run read as the list's longer ones are)
    out: list[Found] = []
    for run, venued in runs:
        if len(venued) < (1 if many else 3) or 3 * len(venued) < 2 * len(run):
            continue
        for it in venued:
            if it.line in results and results[it.line] is None and (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                found.style["over_venue"] = True  # (its sub-items are its own: an id there is no paper of its own)
                _take_ids(found, [f for line, f in results.items() if it.line < line <= it.end and f is not None])
                out.append(found)
    return out


def _venued(doc: Document, items: Sequence[Item], index: dict[int, int], item: Item) -> bool:
    """A plain title alone on its line over a first sub-item that is a venue and a year only."""
    n = index[item.line]
    if item.end == item.line or n + 1 >= len(items) or items[n + 1].line != item.line + 1 or items[n + 1].indent <= item.indent:
        return False
    text = doc.lines[item.line][item.body :].strip()
    if "](" in text or "http" in text:
        return False
    if (marked := _MARKED.fullmatch(text)) is not None:
        text = (marked["t"] or marked["q"]).rstrip(" .")  # ('"**Title.**"': the marks set the title apart, its full stop with it)
    if _TITLE.fullmatch(text) is None or _NO_TITLE.search(text):
        return False
    child = items[n + 1]
    venue = plain(doc.lines[child.line][child.body :]).strip()
    if is_name_list(venue.rstrip(" .")) and n + 2 < len(items) and items[n + 2].indent == child.indent \
            and items[n + 2].line <= item.end:
        child = items[n + 2]  # (the authors' sub-item first, the venue's next)
        venue = plain(doc.lines[child.line][child.body :]).strip()
        return "http" not in venue and len(venue.split()) <= 30 and _DATED.search(venue) is not None
    short = re.sub(r"\([^()]*\)", "", venue).split()
    return 1 <= len(short) <= 8 and "http" not in venue and _DATED.search(venue) is not None \
        and (is_venue_text(venue) or venue.lower().startswith("arxiv") or _DATE_ALONE.fullmatch(venue) is not None)


def _take_ids(found: Found, under: list[Found]) -> None:
    """The ids and links that sub-items read as papers of their own (``arXiv preprint arXiv:1805.04855``)
    are the title's: they join its identity, and its lines reach theirs."""
    for sub in under:
        ident = found.ident
        ident.arxiv = ident.arxiv or sub.ident.arxiv
        ident.doi = ident.doi or sub.ident.doi
        ident.papers += sub.ident.papers
        for kind, url in sub.ident.links.items():
            ident.add(kind.rsplit("-", 1)[0] if kind.rsplit("-", 1)[-1].isdigit() else kind, url)  # ("code-2": a code link)
        found.last = max(found.last, sub.last)


def without_absorbed(out: list[Found], more: list[Found]) -> list[Found]:
    """The papers of ``out`` that no title read here over its venue's sub-item holds in its lines."""
    over = [(f.first, f.last) for f in more if f.style.get("over_venue")]
    return [f for f in out if not any(a < f.first <= b for a, b in over)] if over else out
