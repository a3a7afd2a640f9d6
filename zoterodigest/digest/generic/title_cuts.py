"""A last look at a generic entry's title: what follows it after a comma, a full stop, a dash or a bracket
and is no part of it, cut by a model learnt from the development lists' truth.

::

    - [ ] Owl Flight Is Silent [ICLR 23] [[Paper](https://arxiv.org/abs/2209.14988)]
    4. Detecting Owls in Complex Barns, 2014 NRG [Review](http://www.nature.com/...)
    * Playing Owls with Deep Barn Learning, Mnih et al, 2013. (DQN)

A list writes the same tail after every title (a venue and year in brackets, names and a year after a
comma); the readers know many such tails by their shapes, and a new list brings new ones.  Here each
place where a title could end early (a comma, a full stop, a dash, a bracket or a parenthesis opening,
a bar, ``by``) is described by what follows it (a year, a venue's acronym, people's names, capitals,
its length, whether it closes the title in brackets), by what comes before it, and by how many of the
document's titles have a tail of the same shape at such a place; a logistic model
(``bench/train_title_cuts.py``, weights in ``title_cut_weights.json``) gives the chance that the title
ends there.  Only a cut the model is sure of (:data:`THRESHOLD`) is made, the best of the title's.  Pure.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ...entry import Entry, Span
from ..document import Document
from ..markup import repair
from .found import nickname_close
from .name_lists import is_name_list
from .title_features import ANY_YEAR
from .venue_tails import known_venue

#: The least chance, by the model, that a title ends at a place.
THRESHOLD = 0.8
#: Titles longer than this are not looked at (no list's title).
_LONGEST = 400

#: Where a title may end early: the separator, and its kind (the group's name).
_CUT = re.compile(r"(?P<comma>,[ \t]+)|(?P<stop>(?<!\bsp)(?<!\bspp)\.[ \t]+)|(?P<dash>(?<![ \t])[ \t]++[-–—][ \t]+|-(?=(?:19|20)\d{2}\b))"
                  r"|(?P<bracket>(?<![ \t])[ \t]*+\[)|(?P<paren>(?<![ \t])[ \t]++\()"
                  r"|(?P<other>(?<![ \t])[ \t]*+\|[ \t]*|(?<![ \t])[ \t]++by[ \t]+|(?<![ \t])[ \t]*+：|;[ \t]+)")
KINDS = ("comma", "stop", "dash", "bracket", "paren", "other")
_SHORT_YEAR = re.compile(r"(?<![\d.])['’]?\d{2}(?![\d.])")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]{0,2}[A-Z]{1,6}s?\b")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_ET_AL = re.compile(r"\bet[ \t.]*al\b", re.IGNORECASE)
_IN = re.compile(r"[Ii]n[:\s]")
_VOLUME = re.compile(r"\d[ \t]*+\(\d{1,4}\)|\b\d{1,5}[-–]\d{1,5}\b|\b(?:[Vv]ol|pp|[Nn]o)\.")
_SMALL = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "under", "via", "vs", "with", "without"])

FEATURES = (
    "bias", *(f"kind_{k}" for k in KINDS), "first_cut", "tail_words_log", "tail_le3", "tail_year", "tail_short_year",
    "tail_venue", "tail_acronym", "tail_names", "tail_et_al", "tail_closed", "tail_cap_ratio", "tail_lower_start",
    "tail_colon", "tail_digits", "tail_share", "head_words_log", "head_short", "head_question", "head_colon",
    "doc_same", "doc_same_kind", "tail_known_word", "tail_in", "tail_volume", "tail_one_closed",
    "section_same",
)


@lru_cache(maxsize=1)
def weights() -> list[float] | None:
    """The learnt weights, in :data:`FEATURES` order (None when absent or for other features)."""
    try:
        data = json.loads(resources.files(__package__).joinpath("title_cut_weights.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if data.get("features") != list(FEATURES):
        return None
    return [float(w) for w in data["weights"]]


def cuts(title: str) -> list[tuple[int, str]]:
    """The places ``title`` could end early: (offset, kind), a title's words before each."""
    if len(title) > _LONGEST or not any(ch in title for ch in ",.-–—[(|：;") and " by " not in title:
        return []
    words = _WORD.finditer(title)
    second = next(words, None) and next(words, None)  # (a place needs two words before it: the second's start before it)
    if second is None:
        return []
    return [(m.start(), str(m.lastgroup)) for m in _CUT.finditer(title, second.start() + 1)]


def signature(title: str, at: int, kind: str) -> str:
    """The shape of what follows ``title`` at ``at``: the separator's kind, and whether a year, names or a
    closing bracket are there (two titles with tails of one shape: one template)."""
    tail = title[at:]
    return "".join((kind[0], "y" if ANY_YEAR.search(tail) else "-", "c" if tail.rstrip()[-1:] in ")]" else "-"))


def _names(tail: str) -> bool:
    text = tail.strip(" \t,.;-–—([)]|").replace(" and ", ", ").replace(" & ", ", ")
    return "," in text and len(text) <= 200 and is_name_list(text)


def features(title: str, at: int, kind: str, first: bool, same: float, same_kind: float, section_same: float) -> list[float]:
    """What the place ``at`` of ``title`` looks like, in :data:`FEATURES` order."""
    tail = title[at:].strip(" \t,.;|:：")
    head = title[:at]
    words = _WORD.findall(tail)
    big = [w for w in words if w.lower() not in _SMALL]
    head_words = _WORD.findall(head)
    return [
        1.0, *(float(kind == k) for k in KINDS), float(first), math.log1p(len(words)) / 3, float(len(words) <= 3),
        float(bool(ANY_YEAR.search(tail))), float(bool(_SHORT_YEAR.search(tail))),
        float(any(known_venue(w) for w in _ACRONYM.findall(tail))), float(bool(_ACRONYM.search(tail))),
        float(_names(tail)), float(bool(_ET_AL.search(tail))), float(tail[:1] in "[(" and tail.rstrip()[-1:] in ")]"),
        sum(w[:1].isupper() for w in big) / len(big) if big else 0.0, float(bool(words) and words[0][:1].islower()),
        float(":" in tail), sum(ch.isdigit() for ch in tail) / max(1, len(tail)), len(tail) / max(1, len(title)),
        math.log1p(len(head_words)) / 3, float(len(head_words) <= 3), float(head.rstrip().endswith("?")), float(":" in head),
        same, same_kind, float(len(words) <= 4 and any(known_venue(w) for w in words)), float(bool(_IN.match(tail))),
        float(bool(_VOLUME.search(tail))), float(tail[:1] in "[(" and tail.rstrip()[-1:] in ")]" and len(tail.split()) == 1),
        section_same,
    ]


def chance(row: Sequence[float], w: Sequence[float]) -> float:
    z = sum(a * b for a, b in zip(w, row, strict=True))
    return 1 / (1 + math.exp(-max(-40.0, min(40.0, z))))


def rows_of(titles: Sequence[str], sections: Sequence[object] | None = None) -> list[list[tuple[int, str, list[float]]]]:
    """Per title, its places with their feature rows (:func:`features`), the document's other titles counted, and
    those of the title's own section (``sections``: a key per title)."""
    places = [cuts(t) for t in titles]
    sigs = [[signature(t, at, kind) for at, kind in ps] for t, ps in zip(titles, places, strict=True)]
    keys = list(sections) if sections is not None else [None] * len(titles)
    shapes = Counter(s for ss in sigs for s in set(ss))
    kinds = Counter(k for ps in places for k in {kind for _, kind in ps})
    in_section = Counter((key, s) for key, ss in zip(keys, sigs, strict=True) for s in set(ss))
    sizes = Counter(keys)
    n = max(1, len(titles))
    return [[(at, kind, features(t, at, kind, j == 0, (shapes[s] - 1) / n, (kinds[kind] - 1) / n,
                                 (in_section[key, s] - 1) / max(1, sizes[key] - 1)))
             for j, ((at, kind), s) in enumerate(zip(ps, ss, strict=True))]
            for t, ps, ss, key in zip(titles, places, sigs, keys, strict=True)]


def cut_titles(doc: Document, entries: list[Entry]) -> list[Entry]:
    """The generic entries with their titles cut where the model is sure a tail follows them (see the module's text)."""
    w = weights()
    if w is None or not entries:
        return entries
    generic = [k for k, e in enumerate(entries) if e.family == "generic"]
    all_rows = rows_of([entries[k].paper.title for k in generic], [tuple(entries[k].section) for k in generic])
    out = list(entries)
    for k, rows in zip(generic, all_rows, strict=True):
        if not rows:
            continue
        best = max(rows, key=lambda r: chance(r[2], w))
        if chance(best[2], w) >= THRESHOLD:
            out[k] = _cut(doc, entries[k], best[0])
    return out


def nicknames_template(titles: Sequence[str], total: int | None = None) -> bool:
    """Whether a list of ``total`` papers (``titles`` those still to be titled) closes its titles with their methods'
    names in parentheses (``(ResNet)``: three titles and one in ten at least) or a quarter of them with a short aside
    (``(frames)``): no title's words."""
    n = len(titles) if total is None else total
    named = sum(nickname_close(t) is not None for t in titles)
    loose = sum(nickname_close(t, loose=True) is not None for t in titles)
    return named >= 3 and 10 * named >= n or loose >= 4 and 4 * loose >= n


def cut_nicknames(doc: Document, entries: list[Entry]) -> list[Entry]:
    """The generic entries with the names closing their titles cut where the whole document's titles follow that
    template (a section of one or two papers cannot show it alone: a table per topic, one nicknamed row each)."""
    generic = [k for k, e in enumerate(entries) if e.family == "generic"]
    if not nicknames_template([entries[k].paper.title for k in generic]):
        return entries
    out = list(entries)
    for k in generic:
        if (m := nickname_close(entries[k].paper.title, loose=True)) is not None:
            out[k] = _cut(doc, entries[k], m.start())
    return out


#: A year closing a title after a space (``Chord: A Scalable Lookup Protocol 2003``), three words at least before it.
_SPACED_YEAR = re.compile(r"(?<=\S)[ \t](?:19|20)\d{2}$")


def cut_spaced_years(doc: Document, entries: list[Entry]) -> list[Entry]:
    """The generic entries with the year closing their titles after a space cut, in each section where four titles
    or more, and one in ten at least, close so: the list's dates, no title's words (a challenge's report named by its
    year stands alone among titles with none)."""
    by_section: dict[tuple[str, ...], list[int]] = {}
    for k, e in enumerate(entries):
        if e.family == "generic":
            by_section.setdefault(tuple(e.section), []).append(k)
    out = list(entries)
    for ks in by_section.values():
        dated = [(k, m) for k in ks if (m := _SPACED_YEAR.search(entries[k].paper.title or "")) is not None
                 and len(entries[k].paper.title[: m.start()].split()) >= 3]
        if len(dated) >= 4 and 10 * len(dated) >= len(ks):
            for k, m in dated:
                out[k] = _cut(doc, entries[k], m.start())
    return out


def _cut(doc: Document, entry: Entry, at: int) -> Entry:
    """``entry`` with its title ending at ``at``; its span follows when the shorter title is written at the span's start."""
    title = entry.paper.title[:at].rstrip(" \t,.;:-–—|")
    if title.endswith(("**", "__")) and title.count(title[-2:]) % 2:
        title = title[:-2].rstrip(" \t,.;:-–—|")  # ("Title **[NIPS' 18]**" cut at its tag: the tag's bold mark goes too)
    fields = dict(entry.fields)
    if (own := fields.get("title")) is not None:
        if doc.text.startswith(title, own.start) and own.start + len(title) <= own.end:
            fields["title"] = Span(own.start, own.start + len(title))
        else:
            del fields["title"]  # (written otherwise: no longer edited in place)
    return Entry(entry.paper.replace(title=repair(title)), entry.family, entry.lines, entry.span, entry.section, fields, entry.style)
