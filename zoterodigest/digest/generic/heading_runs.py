"""Runs of sibling headings that name no link: their texts as a run of plain items, for the plain-item model.

::

    ## Attention in a Bayesian Framework
    notes...

    ## Neural Turing Machines
    notes...

    ## The Equivalence of Information-Theoretic and Likelihood-Based Methods
    notes...

A notes file may give each paper it read a heading of its own and no link at all.  The heading
reader takes a heading only on evidence (a link, an id, a venue tag, a year); the headings of one
level under one parent are the records of one block, and when three of them or more, four in five of
the block, are plain text no reader took and head no paper found below them (a heading over papers
labels them), their texts are weighed as a run of plain titles (:mod:`.plain_items`).  Pure.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence

from ..document import Document
from .byline import is_venue_text
from .found import Found
from .item_template import PAPER_CONTEXT
from .links import Identity
from .name_lists import is_name_list
from .plain_items import SECOND, THRESHOLD, Item, chance, linkless_share, plain_share, rows, weights

#: A heading's own number (``1.``, ``2)``, ``3、``, ``03 ``) and markup around its text.
_NUMBER = re.compile(r"^(?:\d{1,3}[.)、．][ \t]*+|\d{1,3}[ \t]++|\[\d{1,3}\][ \t]*+)")
#: A reference's number before a heading's text (``### [1] Title``): the headings are the papers of a record of readings.
_CITED = re.compile(r"^[ \t*_]*+\[\d{1,3}\][ \t]")
#: What no plain title heading holds: a link, an address, an image or HTML.
_MARKS = ("](", "http", "www.", "<", "[[", "doi:", "arXiv:")
_LEAST = 3


def heading_runs(doc: Document, lo: int, hi: int, taken: bytearray, firsts: Sequence[int],
                 least: int = _LEAST) -> list[tuple[list[tuple[int, str]], str]]:
    """Each block of sibling headings of ``[lo, hi)`` whose texts may be papers' titles (see the module's text), as
    its candidate headings (each its line and text) and the headings' marks (``## ``); with ``least`` 1, blocks of
    fewer headings too, each of them a candidate."""
    heads = [(i, h) for i in range(lo, hi) if doc.lines[i].lstrip(" ").startswith("#") and (h := doc.heading(i)) is not None]
    ends = _section_ends(heads, hi)
    starts = sorted(firsts)
    out: list[tuple[list[tuple[int, str]], str]] = []
    for block in _blocks(heads):
        cells, venues = [], 0
        for i, (_, text) in block:
            k = bisect.bisect_right(starts, i)
            if taken[i - lo] or k < len(starts) and starts[k] < ends[i] or any(m in text for m in _MARKS):
                continue  # (a heading read, or over papers found below it: a label; or one holding a link)
            title = _without_names(_NUMBER.sub("", text.strip(" *_")).strip(" *_"))
            if is_venue_text(title) and len(title.split()) <= 2:
                venues += 1
                continue  # ("## CVPR2022" among the papers' headings: the venue of those after it, no record of the block)
            if title and "**" not in title and "__" not in title:  # ("Research Intern - **Owl Lab**, Barn": a record's fields)
                cells.append((i, title))
        if len(cells) >= _LEAST and 5 * len(cells) >= 4 * (len(block) - venues) or least == 1 and cells and len(cells) == len(block) - venues:
            line = doc.lines[cells[0][0]]
            out.append((cells, line[: len(line) - len(line.lstrip("# "))]))
    return out


def _without_names(text: str) -> str:
    """``text`` without the names closing it after a dash (``Title -- Ann Barn et al.``, ``Title - barn``)."""
    k, sep = max((text.rfind(sep), sep) for sep in ("--", "—", " - "))
    if k < 12:
        return text
    names = text[k + len(sep) :].strip().rstrip(" .")
    names = names[: -len("et al")].rstrip(" ,") if names.endswith("et al") else names
    if not 2 <= len(names) <= 80 or any(c in names for c in "-—:"):
        return text
    return text[:k].rstrip() if " " in names and is_name_list(names) or names.isalpha() and names.islower() else text


def _blocks(heads: list[tuple[int, tuple[int, str]]]) -> list[list[tuple[int, tuple[int, str]]]]:
    """The headings as blocks of siblings: one level, no heading of a higher level between them."""
    out: list[list[tuple[int, tuple[int, str]]]] = []
    open_: dict[int, list[tuple[int, tuple[int, str]]]] = {}
    for head in heads:
        level = head[1][0]
        for deeper in [d for d in open_ if d > level]:
            out.append(open_.pop(deeper))
        open_.setdefault(level, []).append(head)
    out.extend(open_.values())
    return out


def _section_ends(heads: list[tuple[int, tuple[int, str]]], hi: int) -> dict[int, int]:
    """Each heading's line -> the line after its section: the next heading of its level or a higher one, else ``hi``."""
    ends: dict[int, int] = {}
    stack: list[tuple[int, int]] = []  # (open headings: line, level)
    for i, (level, _) in heads:
        while stack and stack[-1][1] >= level:
            ends[stack.pop()[0]] = i
        stack.append((i, level))
    ends.update((i, hi) for i, _ in stack)
    return ends


def sure_run(doc: Document, run: list[Item], papers: bool, firsts: Sequence[int], threshold: float = THRESHOLD) -> bool:
    """Whether a run of plain texts (headings, paragraphs) is a run of papers' titles: only under a heading or a page
    title naming papers (``papers``, or ``title: Review of Papers`` in the page's front matter; a guide's or a
    project's headings read as titles too), and where the plain-item model is sure of it."""
    w = weights()
    if w is None or not (papers or PAPER_CONTEXT.search(front_title(doc)) is not None):
        return False
    rs = rows(run, True, len(firsts), linkless_share(doc), 0.0, plain_share(doc, firsts))
    return sum(chance(r, w) for r in rs) >= threshold * len(rs)


def read_heading_runs(doc: Document, lo: int, hi: int, taken: bytearray, heading_papers: Callable[[int], bool],
                      firsts: Sequence[int]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as blocks of plain headings the plain-item model is sure of, a heading each."""
    out: list[Found] = []
    sure: list[list[Item]] = []
    counted: set[str] = set()
    blocks = heading_runs(doc, lo, hi, taken, firsts, 1)
    for cells, marks in blocks:
        if len(cells) < _LEAST:
            continue
        run = [Item(line, text) for line, text in cells]
        cited = sum(_CITED.match(doc.heading(line)[1]) is not None for line, _ in cells) >= _LEAST  # type: ignore[index]
        if _counted(doc, cells):
            cited = True
            counted.add(marks)
        if sure_run(doc, run, heading_papers(run[0].line) or cited, firsts):
            sure.append(run)
    for cells, marks in blocks if counted and sure else ():
        if len(cells) < _LEAST and marks in counted and all(_COUNTED.match(doc.heading(line)[1]) for line, _ in cells):  # type: ignore[index]
            run = [Item(line, text) for line, text in cells]
            if sure_run(doc, run, True, firsts, SECOND):
                sure.append(run)  # (a date's one or two numbered papers, in a record whose other dates' papers are sure)
    for run in sorted(sure, key=lambda r: r[0].line):
        for it in run:
            line, base = doc.lines[it.line], doc.starts[it.line]
            t0 = line.index(it.text)
            found = Found(first=it.line, last=it.line, ident=Identity(), title=it.text,
                          title_span=(base + t0, base + t0 + len(it.text)))
            found.style = {"shape": "heading", "level": marks}
            _notes(doc, found, hi)
            out.append(found)
    return out


#: A heading's own number closed by a full stop (``### 12. Title``).
_COUNTED = re.compile(r"^[ \t*_]*+(\d{1,3})\.[ \t]")


def _counted(doc: Document, cells: list[tuple[int, str]]) -> bool:
    """Whether the headings are numbered one after another (``### 5. Title``, ``### 6. Title``...), three or more:
    the entries of a record of readings, counted on across the dates or parts they are filed under."""
    numbers = [int(m.group(1)) for line, _ in cells if (m := _COUNTED.match(doc.heading(line)[1])) is not None]  # type: ignore[index]
    return len(numbers) == len(cells) >= _LEAST and all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _notes(doc: Document, found: Found, hi: int) -> None:
    """The lines under a paper's heading, up to the next heading, as its notes (the digest's summary of it)."""
    k = found.first + 1
    end = next((x for x in range(k, hi) if doc.lines[x].lstrip(" ").startswith("#") and doc.heading(x) is not None), hi)
    while k < end and not doc.lines[k].strip():
        k += 1
    last = end - 1
    while last >= k and not doc.lines[last].strip():
        last -= 1
    if last >= k:
        found.summary = "\n".join(doc.lines[k : last + 1])
        found.summary_span = (doc.starts[k], doc.line_end(last))
        found.style.update(summary_mode="lines", summary_indent="")
        found.last = last


def front_title(doc: Document) -> str:
    """The ``title:`` of the page's front matter (``---`` lines first), else empty."""
    if not doc.lines or doc.lines[0].strip() != "---":
        return ""
    for line in doc.lines[1:40]:
        if line.strip() == "---":
            break
        if line.startswith("title:"):
            return line[6:].strip(" \"'")
    return ""
