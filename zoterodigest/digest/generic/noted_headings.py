"""Paper notes kept one per heading with no link at all, in a file whose name says it holds papers
(``read_papers.md``, ``paper-notes.md``):

::

    # Learning Deep Architectures for AI

    Monograph about DBN. Contain research directions for the future.

    # Representation Learning: A Review and New Perspectives

    Learning features is very important for machine learning.

A run of five sibling headings or more (one level, no heading above them between), none of them a
paper by a link, two in three of them a title (three words or more, no sentence, no section's
number) over notes of their own (text, no list, table or link): those titles are papers.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath

from ..document import Document
from .found import title_of
from .item_template import NOT_A_PAPER, OWN_PAGE, PAPER_CONTEXT
from .references import parse_reference
from .venue_tails import known_venue

_RUN = 5
_TITLE = re.compile(r"#{1,6}[ \t]++(?!\d++(?:\.\d++)*+\.?[ \t])(?P<t>[A-Z0-9][^\n]*?\S(?:[ \t]++\S++){2,39})[ \t#]*+$")
#: A line that is no note's text: a list item, a table row, a link, an image, HTML, a numbered item.
_NOT_NOTE = re.compile(r"[ \t]*+(?:[-*+][ \t]|\||!?\[|<|\d++[.)][ \t])")
_BODY_LINES = 80
#: A line citing one paper by its key, as pandoc writes a citation: ``[@barn2015owls]``, ``[@barn2015owls, p. 3]``, a short
#: note after a colon maybe (``[@barn2015owls] : OwlNet``).
_KEY_LINE = re.compile(r"[ \t]*+\[-?@[\w:.#$%&+?<>~/\-]{2,80}+(?:,[^\[\]\n]{1,40})?\](?:[ \t]*+[:—–][^\n]{0,80})?[ \t.]*+")
#: A heading's title, of one word or two too (``Grid LSTM``, ``Maxout networks``).
_SHORT_TITLE = re.compile(r"#{1,6}[ \t]++(?P<t>[A-Z0-9][^\n]{2,300}?)[ \t#]*+$")
#: A citation's tail closing a heading: a comma and a year, a venue's name between or not, a word or a note in
#: brackets after it (``Title, CVPR, 2017``, ``Title，arxiv，2017``, ``Title，CVPR 2017，oral``, ``Title, ICLR, 2018 submission``).
_CITED = re.compile(r"(?<=\S)[ \t]*+[,，][ \t]*+(?:[^,，\n]{1,40}?(?:[ \t]*+[,，][ \t]*+|[ \t]++))?\(?(?:19|20)\d{2}\)?"
                    r"(?:[ \t]*+[,，][ \t]*+[a-z]{3,12}|[ \t]*+[(（][^()（）\n]{1,20}[)）]|[ \t]++submission)?[ \t#]*+$", re.IGNORECASE)
#: A month's name and a day's number (a meeting's date, no title).
_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?[ \t]++\d{1,2}(?:st|nd|rd|th)?\b"
                  r"|\b\d{1,2}(?:st|nd|rd|th)?[ \t]++(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: Words splitting a file name's or a heading's camel case (``ReadingList``).
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NO_TITLE = re.compile(r"[.:：;]$|\]\(|https?://|^(?:the following|see|note|todo)\b", re.IGNORECASE)


def noted_titles(doc: Document, seen: Sequence[tuple[int, bool, str]], level_of: dict[int, int]) -> set[int]:
    """The heading lines of ``seen`` (each heading's line, whether it is a paper, its shape, in order) that
    are papers by the rule above; ``level_of`` gives each heading's level."""
    stem = _CAMEL.sub(" ", re.sub(r"[_\-.]+", " ", PurePath(doc.path).stem)) if doc.path else ""
    top = next((doc.lines[h] for h, _, _ in seen if doc.lines[h].startswith("# ")), "")
    named = PAPER_CONTEXT.search(stem) is not None or PAPER_CONTEXT.search(top) is not None
    out: set[int] = set()
    by_level: dict[int, list[int]] = {}
    for h, _, _ in seen:
        by_level.setdefault(level_of[h], []).append(h)
    for heads in by_level.values():
        cited = [h for h in heads if cited_tail(doc.lines[h]) is not None]
        if len(cited) >= 3 and 3 * len(cited) >= 2 * len(heads):
            out.update(cited)  # (headings of one level written as a title and its citation's tail, a template: papers)
        keyed = [h for h in heads if keyed_heading(doc, h)]
        if len(keyed) >= 3 and 3 * len(keyed) >= 2 * len(heads):
            out.update(keyed)  # (headings of one level each over its paper's citation key, "[@barn2015owls]": papers)
    runs: dict[int, list[tuple[int, bool]]] = {}
    for h, paper, _ in seen:
        level = level_of[h]
        for deeper in [k for k in runs if k > level]:
            _close(doc, runs.pop(deeper), out, named)
        runs.setdefault(level, []).append((h, paper))
    for run in runs.values():
        _close(doc, run, out, named)
    return out


def keyed_heading(doc: Document, h: int) -> bool:
    """A heading whose title (a word or more) is over a line citing one paper by its key, as pandoc cites
    (``[@barn2015owls]``)."""
    k = h + 1
    while k < len(doc.lines) and k < h + 3 and not doc.lines[k].strip():
        k += 1
    return k < len(doc.lines) and _KEY_LINE.fullmatch(doc.lines[k]) is not None and _SHORT_TITLE.match(doc.lines[h]) is not None


def _close(doc: Document, run: list[tuple[int, bool]], out: set[int], named: bool) -> None:
    if any(paper for _, paper in run):
        return
    titled = [h for h, _ in run if _titled(doc, h)]
    if named and len(run) >= _RUN and 3 * len(titled) >= 2 * len(run):
        out.update(titled)


def cited_tail(line: str) -> int | None:
    """Where a citation's tail (a comma, maybe a venue, a year) closes a heading's title of three words or more."""
    m = _CITED.search(line)
    if m is None or not (title := _TITLE.match(line[: m.start()])) or _NO_TITLE.search(title.group("t")) \
            or _DAY.search(title.group("t")):
        return None  # (not a day's date: "Fri. May 29, 2015")
    return m.start()


def cited_fields(tail: str) -> tuple[str | None, int | None]:
    """The venue (a known one, or None) and the year of a heading's citation's tail (``, CVPR, 2017``, ``，ICCV 2017``)."""
    year = _YEAR.search(tail)
    if year is None:
        return None, None
    venue = tail[: year.start()].strip(" \t,，()（）")
    return (venue if known_venue(venue) else None), int(year.group())


def _titled(doc: Document, h: int) -> bool:
    """A heading that reads as a title, with a line of text of its own under it."""
    m = _TITLE.match(doc.lines[h])
    if m is None or _NO_TITLE.search(m.group("t")) or NOT_A_PAPER.search(m.group("t")) or OWN_PAGE.search(m.group("t")):
        return False
    text = 0
    for k in range(h + 1, min(len(doc.lines), h + _BODY_LINES)):
        line = doc.lines[k]
        if line.startswith("#") and not doc.fenced[k]:
            break
        if _NOT_NOTE.match(line) or "](" in line or "http" in line:
            return False  # (items, a table, links: a section listing papers, not notes on one)
        text += bool(line.strip())
    return text > 0


def quoted_reference_below(doc: Document, i: int, nxt: int) -> tuple[str, tuple[int, int]] | None:
    """A whole reference quoted on the first line under heading ``i`` (``## [Nextflow](pubmed)`` over
    ``> Di Tommaso P, ... Nextflow enables reproducible computational workflows. Nat Biotechnol. 2017``):
    the title of the paper the heading names; its text and span in the document."""
    k = i + 1
    while k < nxt and not doc.lines[k].strip():
        k += 1
    line = doc.lines[k] if k < nxt else ""
    if not line.lstrip().startswith(">"):
        return None
    text = line.lstrip()[1:].strip()
    ref = parse_reference(text, strict=False)
    if ref is None or ref.authors is None or ref.year is None:
        return None
    title = text[ref.title[0] : ref.title[1]]
    start = doc.starts[k] + line.index(title)
    return title_of(title), (start, start + len(title))
