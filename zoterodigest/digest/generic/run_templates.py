"""What the records of one run share around their titles, as a person reading the run sees it.

::

    - Owl crosstalk in barn macrophages – bioRxiv (all) – 2026-01-12T00:00:00     <- closing fields: a source, a date
    8. *Chunk Owl Level: An Indicator for Barn Storage*----HPCC'11                 <- a skeleton the linked papers share

Records written from one template close with the same fields (a source three of them name, a date), which are
no part of their titles; and a record with no link written in the same markup as the document's linked papers
(``*Title*----VENUE'YY`` over ``*Title*----VENUE'YY ([link](url))``) is one of them, its title where theirs is.  Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

#: What separates a record's fields: a dash between spaces, a bar, a middle dot.
_SEPARATORS = (" – ", " — ", " | ", " · ", " -- ")
#: A field that is a date alone: ``2026-01-12T00:00:00``, ``2019``, ``Jan 2020``, ``12 March 2021``.
_DATE_FIELD = re.compile(r"^\(?(?:(?:19|20)\d{2}(?:[-/.]\d{1,2}(?:[-/.]\d{1,2}(?:[T ][\d:.]{5,15}Z?)?)?)?"
                         r"|(?:\d{1,2}[ \t])?[A-Z][a-z]{2,8}\.?(?:[ \t]\d{1,2},?)?[ \t](?:19|20)\d{2})\)?$")


def closing_fields(texts: Sequence[str]) -> tuple[str, frozenset[str], int] | None:
    """The run's template when its records close with fields of their own after the title (``Title – bioRxiv –
    2026-01-12``): the separator four items in five use, the values that close them (dates, or a source three
    records name) and how many such fields four in five of those records close with.  None when it has none."""
    for sep in _SEPARATORS:
        having = [t.split(sep) for t in texts if sep in t]
        if len(having) * 5 < len(texts) * 4:
            continue
        seen = Counter(v.strip() for fields in having for v in set(fields[-3:]))
        closing = frozenset(v for v, n in seen.items() if n >= 3 and len(v.split()) <= 6 or _DATE_FIELD.match(v))
        depth = 0
        while depth < 3 and sum(len(f) > depth + 1 and f[-1 - depth].strip() in closing for f in having) * 5 >= len(having) * 4:
            depth += 1
        if depth:
            return sep, closing, depth
    return None


def without_closing(title: str, template: tuple[str, frozenset[str], int]) -> str:
    """``title`` without the fields closing it by the run's template, when its last is one the run's records close
    with (a source this record alone names goes too: ``Title – Owl Journal – 2026-01-12``); three words stay."""
    sep, closing, depth = template
    if title.rpartition(sep)[2].strip() not in closing:
        return title
    for _ in range(depth):
        head, found, _last = title.rpartition(sep)
        if not found or len(head.split()) < 3:
            break
        title = head.rstrip(" \t")
    return title



#: Where a record's links begin (``([link](url))``, ``[summary](url)``, ``<a href``, a bare address): its text before them
#: is what it writes of the paper.
_LINKS_START = re.compile(r"\(?\[[^\[\]\n]{0,300}+\]\(|<a[ \t]|https?://")
#: What a skeleton keeps: emphasis and quote marks, bars, runs of dashes, a dash between spaces, brackets.
_KEPT = re.compile(r"\*++|_{1,3}+(?=\S)|(?<=\S)_{1,3}+|[\"“”|()\[\]]|-{2,}+|[—–]++|[ \t]-[ \t]")
#: The least share of the document's linked list items one skeleton must hold, and how many, to be its template.
_SHARE, _LEAST = 0.5, 5
#: Markup that sets a part apart: emphasis or quotes around it, a run of dashes.
_MARKUP = re.compile(r"(\*{1,3}+|_{1,3}+)x\1|[\"“]x[\"”]|--")
#: A title in emphasis opening a record (``*Title*----HPCC'11``, ``**Title**. Names``).
_MARKED_HEAD = re.compile(r"(\*{1,2}|_{1,2})(?P<t>[^*_\n]{3,400}?)\1(?![*_\w])")


def skeleton(text: str) -> str:
    """The markup of a record's text before its links, every run of other characters one ``x``
    (``*Title*----FAST'18 ([link](url))`` -> ``*x*--x``)."""
    m = _LINKS_START.search(text)
    head = (text[: m.start()] if m else text).rstrip(" \t([")
    out, pos = [], 0
    for k in _KEPT.finditer(head):
        if k.start() > pos:
            out.append("x")
        token = k.group(0).strip()
        out.append("--" if token[:1] in "-—–" else token)
        pos = k.end()
    if pos < len(head):
        out.append("x")
    return "".join(out)


def document_skeletons(skeletons: Sequence[str]) -> frozenset[str]:
    """The skeletons of the document's linked list items that make its template: held by half of them and five at
    least, with markup around a part or a run of dashes in them (plain text, ``x``, or a second bullet, ``*x``, says
    nothing)."""
    counts = Counter(skeletons)
    return frozenset(s for s, n in counts.items() if n >= _LEAST and n >= _SHARE * len(skeletons) and _MARKUP.search(s))


def marked_head(text: str) -> str | None:
    """The title in emphasis opening ``text`` with more after it, else None."""
    m = _MARKED_HEAD.match(text)
    return m.group("t").strip() if m is not None and text[m.end() :].strip() else None
