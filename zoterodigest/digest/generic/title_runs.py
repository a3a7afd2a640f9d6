"""Lines and list items that are a paper's title and nothing more, one after another.

::

    ## Object Classification
    [ImageNet Classification with Deep Convolutional Neural Networks](./2012/alexnet.md)
    [Visualizing and Understanding Convolutional Networks](./2013/zf_net.md)
    [Going Deeper with Convolutions](./2014/google_net.md)

A reading list whose links go to the reader's own notes names no paper host, yet each
line is a paper: the same place (the whole line's link) holds a title in every line of
the run, and titles are long where topic names and tools are short.  Pure: text only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from ..markup import plain
from .byline import is_venue_text
from .found import title_of
from .item_template import FORUM, NEWS, NOT_A_PAPER, OWN_PAGE
from .links import other_class
from .name_lists import is_name_list
from .prefixes import is_generic_label

if TYPE_CHECKING:
    from .inline import Head

#: A line that is one link and nothing else (a hard break's blanks after it allowed).
_LINK_LINE = re.compile(r"^ {0,3}\[(?P<t>[^\[\]]{3,400})\]\((?P<u>[^()\s]{1,600})\)[ \t]*+(?:<br\s*/?>)?[ \t]*+$")
#: Runs at least this long, whose middle title has at least this many words.
MIN_RUN = 3
TITLE_WORDS = 5


_LAST: list[tuple[object, list[int]]] = []


def title_lines_in(doc: _Doc, lo: int, hi: int) -> set[int]:
    """The linked-title lines of ``[lo, hi)``, worked out once for the whole document (short runs
    count when the document holds many such lines)."""
    if not _LAST or _LAST[0][0] is not doc:
        lines = [ln if not fenced else "" for ln, fenced in zip(doc.lines, doc.fenced, strict=True)]
        _LAST[:] = [(doc, sorted(title_line_runs(lines, 0, len(lines))))]
    found = _LAST[0][1]
    return set(found[bisect.bisect_left(found, lo) : bisect.bisect_left(found, hi)])


class _Doc(Protocol):
    lines: list[str]
    fenced: bytearray


def link_title_words(line: str) -> int | None:
    """The title words of a line that is a linked title alone, or None (not such a line, a label,
    a link to code, a post or contents, words saying it is a book, a tool or the list's own page)."""
    m = _LINK_LINE.match(line)
    if m is None:
        return None
    title, url = m.group("t").strip(" *_"), m.group("u")
    if url.startswith("#") or other_class(url) or NEWS.search(url) or FORUM.search(url) or is_generic_label(title) \
            or NOT_A_PAPER.search(title) or OWN_PAGE.search(title) or not (title[:1].isupper() or title[:1].isdigit()):
        return None
    return len(title.split())


#: Linked-title lines in a document that make its shorter runs papers too (a section of one or two).
MIN_DOCUMENT = 12


def title_line_runs(lines: Sequence[str], lo: int, hi: int) -> set[int]:
    """The lines of ``[lo, hi)`` in runs of linked-title lines (one blank line between allowed); where
    the range holds many such lines, the short runs count too (a topic with one or two papers)."""
    out: set[int] = set()
    short: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    gap = 0

    def close() -> None:
        words = sorted(n for _, n in run)
        if len(run) >= MIN_RUN and words[len(words) // 2] >= TITLE_WORDS:
            out.update(i for i, n in run if n >= 2)  # (the run is one of titles: a short one is too)
        elif run:
            short.extend(run)
        run.clear()

    for i in range(lo, hi):
        line = lines[i]
        if not line.strip():
            gap += 1
            if gap > 1:
                close()
            continue
        n = link_title_words(line) if line.lstrip().startswith("[") else None
        if n is None:
            close()
        else:
            run.append((i, n))
        gap = 0
    close()
    words = sorted(n for _, n in short)
    if len(out) + len(short) >= MIN_DOCUMENT and len(out) >= len(short) and words and words[len(words) // 2] >= TITLE_WORDS:
        out.update(i for i, n in short if n >= 2)
    return out


#: A sentence or a labelled note in Chinese or Japanese (``动机：...``, ``...。``): a note, not a title.
_CJK_NOTE = re.compile(r"。|^[^\s:：]{1,8}[:：]")
#: How a sentence of notes starts (a pronoun, a connective), where a title would not.
_SENTENCE_START = re.compile(r"(?:we|our|i|it|its|this|these|they|there|here|in this|interestingly|however|also|"
                             r"note|see|check|read)\b", re.IGNORECASE)
#: A notes page on a code host (an issue, a wiki page, a Markdown file): a reading note, not code.
_NOTES_PAGE = re.compile(r"github\.com/[^/\s]+/[^/\s]+/(?:issues/\d+|wiki\b|blob/[^\s]*\.md\b)", re.IGNORECASE)
_NAMES_YEAR = re.compile(r"(?P<n>[^\d]{3,300}?)[ \t,.(]++(?:19|20)\d{2}\b")


def _names_then_year(title: str) -> bool:
    """A link's text that opens with its authors' names and a year (``Barn, Ann and Bob Tawny, 2022, Title``)."""
    m = _NAMES_YEAR.match(title)
    return m is not None and is_name_list(m.group("n"))


_BRACKETS = re.compile(r"\([^()]*\)|（[^（）]*）")


def bare_item_words(line: str, body: int, head: Head, papers: bool) -> int | None:
    """The title words of a list item that is a linked title alone (``- [Title](notes/x.md)``), or
    None: no title, a label, a sentence, a link to code, a post, contents or a venue's site, words
    saying it is a book, a tool, an event or the list's own page, or prose after the title (outside
    a section whose heading names papers, more than a few words)."""
    if head.title is None or not (head.title_in_link and head.spans and head.spans[0][2] <= body + 4):
        return None
    title = title_of(line[head.title[0] : head.title[1]])
    rest = len(plain(line[head.title[1] :]).split())
    if not title or is_generic_label(title) or title.endswith((":", "：")) or NOT_A_PAPER.search(line) \
            or OWN_PAGE.search(title) or _CJK_NOTE.search(title) or is_venue_text(title) \
            or rest > (25 if papers else 12) or _names_then_year(title):
        return None  # (names are the authors, never the title: the title is elsewhere in the link's text)
    if any((other_class(url) and not _NOTES_PAGE.search(url)) or NEWS.search(url) or FORUM.search(url) or url.startswith("#")
           for _, url, _, _ in head.spans):
        return None  # (code, a post, a line of contents)
    if title.isascii() and (not (title[:1].isupper() or title[:1].isdigit()) or _SENTENCE_START.match(title)):
        return None  # ("perform a study on...", "We use thousands of scans": a sentence of notes)
    words = len(_BRACKETS.sub(" ", title).split())  # (a venue or year in brackets is no title word)
    if not title.isascii():
        words = max(words, sum(1 for c in title if ord(c) > 0x2e80) // 3)
    return words if words <= 40 else None
