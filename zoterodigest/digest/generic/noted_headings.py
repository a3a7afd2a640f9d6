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

_RUN = 5
_TITLE = re.compile(r"#{1,6}[ \t]++(?!\d++(?:\.\d++)*+\.?[ \t])(?P<t>[A-Z0-9][^\n]*?\S(?:[ \t]++\S++){2,39})[ \t#]*+$")
#: A line that is no note's text: a list item, a table row, a link, an image, HTML, a numbered item.
_NOT_NOTE = re.compile(r"[ \t]*+(?:[-*+][ \t]|\||!?\[|<|\d++[.)][ \t])")
_BODY_LINES = 80
_NO_TITLE = re.compile(r"[.:：;]$|\]\(|https?://|^(?:the following|see|note|todo)\b", re.IGNORECASE)


def noted_titles(doc: Document, seen: Sequence[tuple[int, bool, str]], level_of: dict[int, int]) -> set[int]:
    """The heading lines of ``seen`` (each heading's line, whether it is a paper, its shape, in order) that
    are papers by the rule above; ``level_of`` gives each heading's level."""
    stem = re.sub(r"[_\-.]+", " ", PurePath(doc.path).stem) if doc.path else ""
    if not PAPER_CONTEXT.search(stem):
        return set()
    out: set[int] = set()
    runs: dict[int, list[tuple[int, bool]]] = {}
    for h, paper, _ in seen:
        level = level_of[h]
        for deeper in [k for k in runs if k > level]:
            _close(doc, runs.pop(deeper), out)
        runs.setdefault(level, []).append((h, paper))
    for run in runs.values():
        _close(doc, run, out)
    return out


def _close(doc: Document, run: list[tuple[int, bool]], out: set[int]) -> None:
    if len(run) < _RUN or any(paper for _, paper in run):
        return
    titled = [h for h, _ in run if _titled(doc, h)]
    if 3 * len(titled) >= 2 * len(run):
        out.update(titled)


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
