"""Runs of short plain paragraphs in a section that names papers: each line a paper's title, for the plain-item model.

::

    # Reading list

    Diagnosing Bottlenecks in Deep Q-learning Algorithms

    A Theoretical Analysis of Deep Q-Learning

    Towards Characterizing Divergence in Deep Q-Learning

A to-read file may be nothing but titles pasted one per paragraph, no bullet, no link.  The lines of one
section (up to its next heading) that stand as paragraphs of one or two lines are the records of one
block; a bare address on a line of its own is no record.  When three lines or more, four in five of the
block's paragraphs, are plain text no reader took, their texts are weighed as a run of plain titles
(:mod:`.plain_items`), and only under a heading or a page title naming papers (``Reading list``,
``Papers``), or after a sentence that does (``Papers I read this year that I have no notes for.``).  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from .found import Found, title_of
from .heading_runs import read_heading_runs, sure_run
from .item_template import PAPER_CONTEXT
from .links import Identity
from .plain_items import Item

#: What no plain title line holds or opens with: links, markup of other blocks (items, quotes, tables, HTML, rules).
_MARKS = ("](", "http", "www.", "<", "[", "|", "doi:", "arXiv:", "`", "$")
_OTHER_BLOCK = re.compile(r"^[ \t]*+(?:[-*+>#=]|\d{1,3}[.)][ \t]|:::|---|\*\*\*)")
_ADDRESS = re.compile(r"^[ \t]*+<?https?://\S++[ \t]*+$")
_LEAST = 3
#: A sentence introducing the titles under it: eight words or more, closing with a full stop or a colon.
_INTRO = re.compile(r"(?:\S++[ \t]++){7,}+[^\s.:]*+[.:][ \t]*+$")
#: The longest paragraph whose lines may each be a title (two titles pasted without a blank between them).
_LONGEST = 2


def _paragraphs(doc: Document, lo: int, hi: int) -> list[list[int]]:
    """The paragraphs of ``[lo, hi)`` outside code, each as its lines; a bare address is none."""
    out: list[list[int]] = []
    run: list[int] = []
    for i in range(lo, hi + 1):
        line = doc.lines[i] if i < hi else ""
        if i < hi and line.strip() and not doc.fenced[i]:
            run.append(i)
            continue
        if run and not all(_ADDRESS.match(doc.lines[k]) for k in run):
            out.append(run)
        run = []
    return out


def _title_line(text: str) -> bool:
    return not _OTHER_BLOCK.match(text) and not any(m in text for m in _MARKS) and len(text.split()) >= 2


def _titles(doc: Document, para: list[int]) -> list[tuple[int, str]]:
    """The titles a short paragraph may hold: a line each, or one over both lines when the first ends in a colon
    (``Reinforcement Learning in Continuous Time:`` / ``Advantage Updating``) or the second goes on in lower case."""
    lines = [(i, doc.lines[i].strip()) for i in para]
    if len(lines) == 2 and (lines[0][1].endswith(":") and not lines[1][1].endswith(":") or lines[1][1][:1].islower()):
        return [(para[0], doc.text[doc.starts[para[0]] : doc.line_end(para[1])].strip())]
    return lines


def paragraph_runs(doc: Document, lo: int, hi: int, taken: bytearray) -> list[list[tuple[int, str]]]:
    """Each section of ``[lo, hi)`` whose short paragraphs may be papers' titles (see the module's text), as its
    candidate lines (each its line and text)."""
    heads = [i for i in range(lo, hi) if doc.lines[i].lstrip(" ").startswith("#") and doc.heading(i) is not None]
    out: list[list[tuple[int, str]]] = []
    for a, b in zip([lo, *(h + 1 for h in heads)], [*heads, hi], strict=True):
        paras = _paragraphs(doc, a, b)
        cells = [(i, text) for p in paras if len(p) <= _LONGEST for i, text in _titles(doc, p) if not taken[i - lo] and _title_line(text)]
        if len(cells) >= _LEAST and 5 * len(cells) >= 4 * sum(len(_titles(doc, p)) if len(p) <= _LONGEST else _LONGEST + 1 for p in paras):
            out.append(cells)
    return out


def read_paragraph_runs(doc: Document, lo: int, hi: int, taken: bytearray, heading_papers: Callable[[int], bool],
                        firsts: Sequence[int]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of plain title paragraphs the plain-item model is sure of, a line each."""
    out: list[Found] = []
    for cells in paragraph_runs(doc, lo, hi, taken):
        named = heading_papers(cells[0][0])
        if len(cells) > _LEAST and _INTRO.match(cells[0][1]) and PAPER_CONTEXT.search(cells[0][1]):
            cells, named = cells[1:], True  # ("Papers I read this year that I have no notes for." over the titles)
        run = [Item(line, " ".join(text.split())) for line, text in cells]
        if not sure_run(doc, run, named, firsts):
            continue  # (only under a heading or a page title naming papers: a page's prose reads as titles too)
        for line, text in cells:
            t0 = doc.text.index(text, doc.starts[line])
            found = Found(first=line, last=line + text.count("\n"), ident=Identity(), title=title_of(text), title_span=(t0, t0 + len(text)))
            found.style = {"shape": "paragraph"}
            out.append(found)
    return out


def title_runs(doc: Document, lo: int, hi: int, taken: bytearray, path_at: Callable[[int], list[str]], firsts: Sequence[int]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of plain headings (under a parent naming papers), then as runs of plain
    title paragraphs (in a section naming papers), in that order; ``taken`` marks the headings read."""
    heads = read_heading_runs(doc, lo, hi, taken, lambda i: any(map(PAPER_CONTEXT.search, path_at(i)[:-1])), firsts)
    for f in heads:
        taken[f.first - lo : f.last - lo + 1] = b"\x01" * (f.last - f.first + 1)
    return heads + read_paragraph_runs(doc, lo, hi, taken, lambda i: any(map(PAPER_CONTEXT.search, path_at(i))), firsts)
