"""What closes a plain list item and is no part of its title: a venue and year in brackets, a mark or a symbol.

::

    + Compiler Fuzzing: How Much Does It Matter? [OOPSLA '19]
    + A Survey of Compiler Testing [ACM Computing Surveys '20]
    - Owl Eyes Adapt to Moonlight ✅

Runs of items each closed by a venue and its year in brackets are citations whatever the plain-item model says of
them (:mod:`.plain_items`), where five items or more of the document are written so: a section's one or two items
among them too.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

#: A venue and its year in brackets closing an item: ``[OOPSLA '19]``, ``[ICSE 2018]``.
VENUE_TAG = re.compile(r"\[[A-Za-z][^\[\]()]{0,120}?[ \t](?:['\u2019]\d{2}|(?:19|20)\d{2})\][ \t]*+$")
#: A symbol closing an item, no part of its title: a check mark, a star, an emoji, as a character or an HTML entity.
_MARK_END = re.compile(r"(?:&#x?[0-9a-fA-F]{2,6};|[\u2600-\u27bf\u2b50\u2705\U0001f300-\U0001faff]\ufe0f?)$")


class _Lined(Protocol):
    @property
    def line(self) -> int: ...


Run = TypeVar("Run", bound=Sequence[_Lined])


def tagged_runs(runs: Sequence[Run], sure: Sequence[Run], lines: Sequence[str], least: int) -> list[Run]:
    """The ``runs`` not yet ``sure`` whose items close with a venue and year in brackets (``Title [OOPSLA '19]``),
    where ``least`` items or more of the runs are written so."""
    tagged = [run for run in runs if _tagged(run, lines)]
    return [run for run in tagged if not any(run is s for s in sure)] if sum(map(len, tagged)) >= least else []


def _tagged(run: Sequence[_Lined], lines: Sequence[str]) -> bool:
    """Whether four items in five of ``run`` (all of a run of two or one) close with a venue and year in brackets."""
    k = sum(VENUE_TAG.search(lines[it.line]) is not None for it in run)
    return k == len(run) if len(run) <= 2 else k * 5 >= len(run) * 4


def without_marks(text: str) -> str:
    """``text`` without the symbols closing it (:data:`_MARK_END`), one at a time from the end."""
    text = text.rstrip(" \t")
    while (m := _MARK_END.search(text, max(0, len(text) - 12))) is not None:  # (a mark is ten characters at most)
        text = text[: m.start()].rstrip(" \t")
    return text
