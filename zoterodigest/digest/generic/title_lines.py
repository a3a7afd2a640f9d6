"""Plain lines of a paragraph, one paper's title each, under a heading that names papers.

::

    # Owl paper list
    **2023**
    Precedent-Enhanced Owl Counting with Barn-Model Collaboration
    A Comprehensive Evaluation of Large Owls on Mouse Prediction
    Methods of incorporating common perch characteristics for owl prediction

A reading log may list the papers it has not linked yet as bare titles, one per line.  Read last, on
the lines no other reader took, in a section whose headings say it lists papers: a run of three lines
or more (no blank line between), each a plain title in Latin letters (four words or more, opening
with a capital, no link or markup, no full stop closing it or parting two sentences, no list of
names), half of them in title case at least, is a run of papers, each line one.  Wrapped prose
fails: its lines run on in small letters or close with a stop.

A list copied from a rendered page keeps its links' labels and loses their addresses:
``Title (Arxiv, Mar. 2023) [Paper] [Code]``.  Three such lines or more in a row (blank lines between
allowed), each a title, its venue and date in parentheses and nothing after them but labels a link's
text holds, are papers in any section (:func:`labelled_lines`), each titled by its words before the
parentheses.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document
from .found import Found, title_of
from .links import Identity
from .name_lists import is_author_list, is_name_list
from .prefixes import is_generic_label

_LEAST = 3
#: Small words a title in title case leaves in small letters.
SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "via", "with", "by", "at", "from", "as",
                    "into", "over", "under", "without", "vs", "is", "are", "can", "do", "does"))
SENTENCES = re.compile(r"[.!?][ \t]++[A-Z]")
_WORD = re.compile(r"[A-Za-z][\w'’\-]*+")


def title_lines(doc: Document, lo: int, hi: int, taken: bytearray, papers_at: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of plain title lines (see the module's text); ``taken``
    has a byte per line from ``lo`` (1: another reader's), ``papers_at(i)`` says line ``i``'s headings name papers."""
    out: list[Found] = []
    run: list[tuple[int, str]] = []

    def close() -> None:
        if len(run) >= _LEAST and 2 * sum(1 for _, t in run if _title_case(t)) >= len(run):
            out.extend(_found(doc, i, t) for i, t in run)
        run.clear()

    for i in range(lo, hi):
        title = None if taken[i - lo] or doc.fenced[i] else _title_line(doc.lines[i])
        if title is None:
            close()
        elif not run and not papers_at(i):
            continue
        else:
            run.append((i, title))
    close()
    return out


def _title_line(line: str) -> str | None:
    """The line's title when the whole line is a plain title (hard break's blanks after it allowed), else None."""
    text = line.strip().removesuffix("\\").rstrip()
    if len(text) < 16 or not text.isascii() or not text[0].isupper() or text[-1] in ".:;,":
        return None
    if any(mark in text for mark in ("](", "http", "<", "|", "**", "__", "`", "[", "*")) or SENTENCES.search(text):
        return None
    words = text.split()
    if not 4 <= len(words) <= 30 or is_name_list(text) or is_author_list(text):
        return None
    return text


def _title_case(title: str) -> bool:
    words = [w for w in _WORD.findall(title) if w.lower() not in SMALL_WORDS]
    return len(words) >= 3 and 4 * sum(1 for w in words if w[0].isupper()) >= 3 * len(words)


def _found(doc: Document, i: int, title: str) -> Found:
    line = doc.lines[i]
    t0 = line.index(title)
    base = doc.starts[i]
    found = Found(first=i, last=i, ident=Identity(), title=title, title_span=(base + t0, base + t0 + len(title)))
    found.style = {"shape": "paragraph", "bare": True}
    return found


#: A title, its venue and date in parentheses, then the labels of links written without them (a hard break's
#: blanks or backslash after them allowed): ``Title (Arxiv, Mar. 2023) [Paper] [Code]``.
_LABELLED = re.compile(r"[ \t]{0,3}(?P<t>[A-Z][^\[\]()<>|#*_`\n]{10,300}?)[ \t]*+\((?P<v>[^()\n]{0,60}?(?P<y>(?:19|20)\d{2})[^()\n]{0,20})\)"
                       r"[ \t]*+(?P<l>(?:\[[^\[\]\n]{1,30}\][ \t]*+)++)\\?[ \t]*+")
_LABEL = re.compile(r"\[([^\[\]\n]++)\]")


def labelled_lines(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of titles closed by their venue, date and bare link labels (see the
    module's text); ``skipped(i)`` says line ``i``'s section lists no papers."""
    out: list[Found] = []
    run: list[Found] = []
    for i in range(lo, hi + 1):
        line = doc.lines[i] if i < hi else "#"
        if i < hi and not line.strip():
            continue  # (blank lines part the run's lines, not the run)
        m = _LABELLED.fullmatch(line) if i < hi and not taken[i - lo] and not doc.fenced[i] and "[" in line else None
        if m is not None and not skipped(i) and all(is_generic_label(x) for x in _LABEL.findall(m.group("l"))) \
                and not is_name_list(m.group("t")):
            found = Found(first=i, last=i, ident=Identity(), title=title_of(m.group("t").strip()),
                          title_span=(doc.starts[i] + m.start("t"), doc.starts[i] + m.start("t") + len(m.group("t").rstrip())))
            found.year = int(m.group("y"))
            found.style = {"shape": "paragraph", "bare": True}
            run.append(found)
            continue
        if len(run) >= _LEAST:
            out.extend(run)
        run = []
    return out
