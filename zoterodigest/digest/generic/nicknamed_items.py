"""Unlinked items that open with a short name in bold brackets, one paper each.

::

    - **[DiMP]** Learning Discriminative Model Prediction for Owl Tracking
        - notes on it
    - **[]** Motion Guided Attention for Barn Detection          <- a paper, its short name not written yet
    - [x] **[ATOM]** Accurate Owl Tracking by Overlap Maximization  √

A reader's log may name each paper it read by its title after the method's short name in bold
brackets, with no link at all.  Where three siblings or more, two in three of the run, open so (or ten
items of the document, a dated log's short runs), the template is the evidence: each of them whose text after the name is a title (three words or more,
from a capital or a digit, no sentence) is a paper, the reading marks after it cut.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from .found import Found
from .item_template import NOT_A_PAPER, lines_matching, sibling_runs
from .list_items import Item

#: A task's box, then a short name in bold brackets (empty where not written yet): ``[x] **[DiMP]** ``.
_NICK = re.compile(r"(?:\[[ xX]\][ \t]++)?+\*\*\[(?P<n>[^\[\]\n]{0,30})\]\*\*[ \t]++")
#: Reading marks after the title: a tick, stars, emoji shortcodes.
_MARK = re.compile(r"(?:[√✓✔☆★⭐]|`[☆★]`|:{1,2}[a-z0-9_+\-]{1,30}:)$")
_TITLE = re.compile(r"[A-Z0-9'\"‘“][^\n]*?\S(?:[ \t]++\S++){2,39}")
_SENTENCE = re.compile(r"[.!?][ \t]++[A-Z]|[.。:：;]$")
_LEAST = 3
#: Items of the whole document opening so that make its short runs (a dated log's one or two a day) papers too.
_DOCUMENT_LEAST = 10
_NICK_LINE = re.compile(r"^[ \t]*+[-*+][ \t]++(?:\[[ xX]\][ \t]++)?+\*\*\[[^\[\]\n]{0,30}\]\*\*[ \t]++[A-Z0-9'\"‘“]", re.MULTILINE)


def nicknamed_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                     retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper that open with a bold-bracketed short name and a title, in a run where
    two siblings in three (three at least) open so, read again by ``retry`` (given the item's index)."""
    del papers  # (the run readers' common signature: the template is evidence enough)
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    document = lines_matching(doc.text, _NICK_LINE) >= _DOCUMENT_LEAST
    for run in sibling_runs(items):
        named = [it for it in run if _NICK.match(doc.lines[it.line], it.body)]
        if not document and (len(named) < _LEAST or 3 * len(named) < 2 * len(run)):
            continue
        for it in named:
            if results.get(it.line, 0) is None and (span := _title(doc.lines[it.line], it.body)) is not None \
                    and (found := retry(index[it.line])) is not None:
                base, (t0, t1) = doc.starts[it.line], span
                found.title, found.title_span = doc.lines[it.line][t0:t1], (base + t0, base + t1)
                found.style["bare"] = True
                out.append(found)
    return out


def _title(line: str, body: int) -> tuple[int, int] | None:
    """The columns of the title after the short name, its reading marks cut; None when no title follows."""
    m = _NICK.match(line, body)
    if m is None or "](" in line or "http" in line:
        return None
    end = len(line.rstrip())
    for _ in range(8):  # (eight marks at most: a crafted line of a thousand stays linear)
        if (mark := _MARK.search(line, max(m.end(), end - 33), end)) is None:
            break
        end = len(line[: mark.start()].rstrip())
    text = line[m.end() : end]
    if not _TITLE.fullmatch(text) or _SENTENCE.search(text) or NOT_A_PAPER.search(text):
        return None
    return m.end(), end
