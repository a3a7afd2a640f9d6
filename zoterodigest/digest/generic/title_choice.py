"""A second look at a generic entry's title: every span of its record that could be the title,
scored by weights learnt from hand-checked lists (``title_weights.json``).

::

    * **AltumAge**: A Pan-Tissue DNA-Methylation Clock. [[paper](https://doi.org/10.1/x)]
    Natoli, M. B., and Maloney, E. D., 2023: <a href="https://doi.org/...">The Tropical Diurnal Cycle</a>

The shape readers pick a title by the shape they recognise; on a list whose shape is new to them
they may pick the wrong part (a nickname, a date, the authors, the venue and pages).  Here the
record is cut into its parts without knowing its shape: the text of each link, emphasis, quote
and table cell, and the runs of words between separators (``. ``, ``, ``, dashes, bars); each part
is described by what it looks like (words, capitals, names, years, venue words, digits), where it
sits and how it is marked, and scored by a linear model.  The reader's own title is one of the
parts, and keeps its place unless another part scores clearly higher (``MARGIN``).

The parts are found by :mod:`.title_spans` and described by :mod:`.title_features`; a part whose score
cannot reach the reader's title's by the margin, even with its unknown features at their best, is
dropped before those are computed (the dearer half of the time, on records of many parts).

The weights are learnt by ``bench/train_titles.py`` from the development lists' truth and from what
earlier readers made of lists they had not seen; nothing here knows any particular list.  Pure.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from ...entry import Entry, Span
from ..document import Document
from ..markup import repair
from .byline import is_venue_text
from .prefixes import is_generic_label
from .title_features import FEATURES, count_words, features, names, scores_reaching
from .title_spans import Part, key, parts

__all__ = ["FEATURES", "MARGIN", "MAX_RECORD", "Part", "balanced", "better_title", "features", "key", "linked_title",
           "may_replace", "names", "parts", "ranked_parts", "second_looks", "weights"]

#: How much higher than the reader's own title another part must score to replace it.
MARGIN = 1.0
#: Records longer than this are not looked at again (a paragraph of prose, not one paper's record).
MAX_RECORD = 1500


@lru_cache(maxsize=1)
def weights() -> list[float] | None:
    """The learnt weights, in :data:`FEATURES` order (None when the file names other features)."""
    data = json.loads(resources.files(__package__).joinpath("title_weights.json").read_text(encoding="utf-8"))
    if data.get("features") != list(FEATURES):
        return None
    return [float(w) for w in data["weights"]]


def better_title(rec: str, reader: tuple[int, int] | None, reader_text: str) -> Part | None:
    """A part of ``rec`` that scores clearly higher than the reader's title, or None to keep it.  Only a
    title that is one of the parts is weighed against them (a title the reader put together from several
    places, or none, stays); a part that reads as people's names, a label or an address never replaces it."""
    w = weights()
    if w is None or len(rec) > MAX_RECORD:
        return None
    cands = parts(rec, reader)
    rt = key(reader_text)
    own = next((k for k, p in enumerate(cands) if key(p.text) == rt), None)
    if own is None:
        return None
    others = [k for k, p in enumerate(cands) if k != own and _may_stand(p.text) and key(p.text) != rt]
    if not others:
        return None  # (no part that may stand as a title: nothing can replace it)
    mine = sum(a * b for a, b in zip(w, features(rec, cands, reader_text, [own])[0], strict=True))
    scored = scores_reaching(rec, cands, reader_text, w, others, mine + MARGIN)  # (only a part that may win by the margin)
    if not scored:
        return None
    best = max(scored, key=scored.__getitem__)  # (the first of the best, in the parts' order)
    if scored[best] - mine < MARGIN:
        return None
    rest = [k for k in range(len(cands)) if k != own and k not in others]  # (weighed only now: the best of all must win)
    if any(s > scored[best] for s in scores_reaching(rec, cands, reader_text, w, rest, scored[best]).values()):
        return None
    choice = cands[best]
    if reader is not None and reader[0] + 3 < choice.start and choice.end <= reader[1] and rec[choice.start - 3] == " " \
            and rec[choice.start - 4].isalpha() and rec[choice.start - 2 : choice.start] in ("**", "__") \
            and rec[choice.end : choice.end + 2] == rec[choice.start - 2 : choice.start]:
        return None  # ("The **Platonic Representation** Hypothesis": words of the title in bold, never the title alone)
    return choice if may_replace(choice.text) else None


def ranked_parts(rec: str) -> list[Part]:
    """The parts of ``rec`` (a record no reader read) that may stand as a title, highest score first."""
    w = weights()
    cands = parts(rec) if w is not None and len(rec) <= MAX_RECORD else []
    scores = [sum(a * b for a, b in zip(w or (), row, strict=True)) for row in features(rec, cands, "")] if cands else []
    return _with_subtitle(rec, [cands[k] for k in sorted(range(len(cands)), key=lambda k: -scores[k]) if may_replace(cands[k].text)])


#: A subtitle after a colon that runs to the end of its line: ``Title: A Review<br>``.
_SUBTITLE = re.compile(r":[ \t]++[A-Z][^\n:<>\[\]()|]{1,90}?(?=[ \t]*+(?:<br|\n|$))")
_YEARISH = re.compile(r"\b(?:19|20)\d{2}\b|\d{2,}")


def _with_subtitle(rec: str, ranked: list[Part]) -> list[Part]:
    """The best part with its subtitle, when the part with it is among the next best and the colon's words
    to the line's end are no names, venue or year (``Title: A Review``: the model's best cut at the colon)."""
    if not ranked or (m := _SUBTITLE.match(rec, ranked[0].end)) is None:
        return ranked
    tail = m.group()[1:].strip()
    if names(tail) or is_venue_text(tail) or _YEARISH.search(tail):
        return ranked
    for k, p in enumerate(ranked[1:4], 1):
        if p.start == ranked[0].start and p.end == m.end():
            return [p, *ranked[:k], *ranked[k + 1 :]]
    return ranked


def _may_stand(text: str) -> bool:
    """The cheap half of :func:`may_replace`: two words or more, no address, no label."""
    return count_words(text) >= 2 and "://" not in text and not is_generic_label(text)


def linked_title(rec: str, start: int, end: int, title: str) -> bool:
    """Whether the title is a link's whole text or a table cell's, of four words or more: taken as it is (in
    the development dumps the second look changed 30 of 10,297 such titles, none for the worse, for a good
    part of its time)."""
    if len(title.split()) < 4:
        return False
    if rec[start - 1 : start] == "[" and rec[end : end + 2] == "](":
        return True
    return rec[:start].rstrip(" \t*_")[-1:] == "|" and rec[end:].lstrip(" \t*_")[:1] == "|"


def may_replace(text: str) -> bool:
    """Whether a part may stand as a title at all: two words or more, no names, label or address."""
    return _may_stand(text) and not names(text)


def second_looks(doc: Document, entries: list[Entry]) -> list[Entry]:
    """The generic entries with the titles :func:`better_title` finds in their records."""
    if weights() is None:
        return entries
    return [_second_look(doc, e) if e.family == "generic" and e.style.get("shape") not in _OWN_FIELDS else e for e in entries]


#: Shapes whose title is a field of its own (a BibTeX entry's, a CSL entry's): no part of the record outscores it
#: (on the development lists the second look changed none of 603 such titles, at 5% of its time).
_OWN_FIELDS = frozenset({"bibtex", "csl-entry"})


def _second_look(doc: Document, entry: Entry) -> Entry:
    """``entry`` with a better title from its record, or as it is.  The new title's span lies outside the
    entry's other fields (a note or a venue is never taken for the title: an edit of one would overwrite
    the other)."""
    span = entry.span
    own = (fields := entry.fields).get("title")
    if span.end - span.start > MAX_RECORD or own is None:
        return entry
    first, last = entry.lines
    shift = doc.starts[first - 1]
    if doc.line_end(last - 1) - shift > 4 * MAX_RECORD:
        return entry  # (a record inside a very long line, a page written on one line: its lines are not copied per entry)
    lines = doc.text_of(first - 1, last - 1)
    text = lines[span.start - shift : span.end - shift]
    base = span.start
    if linked_title(text, own.start - base, own.end - base, entry.paper.title):
        return entry
    part = better_title(text, (own.start - base, own.end - base), entry.paper.title)
    if part is None or (spot := balanced(lines, part.start + base - shift, part.end + base - shift)) is None:
        return entry
    start, end = spot[0] + shift, spot[1] + shift
    if any(name != "title" and s.start < end and start < max(s.end, s.start + 1) for name, s in fields.items()):
        return entry
    fields["title"] = Span(start, end)
    paper = entry.paper.replace(title=repair(part.text))
    return Entry(paper, entry.family, entry.lines, span, entry.section, fields, entry.style)


def balanced(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span ``[start, end)`` widened to the emphasis mark it closes (``OwlNet**: Title`` from
    ``**OwlNet**: Title``), so that an edit replacing it leaves no mark unpaired; None when it cannot be."""
    for mark in ("**", "__", "*", "_"):
        raw = text[start:end]
        n = len(re.findall(re.escape(mark) if len(mark) == 2 else rf"(?<![{mark}\w]){re.escape(mark)}|{re.escape(mark)}(?![{mark}\w])", raw))
        if n % 2 and text[max(0, start - len(mark)) : start] == mark:
            start -= len(mark)
        elif n % 2:
            return None
    return start, end
