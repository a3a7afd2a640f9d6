"""Papers listed by their files' names: a personal archive of downloaded papers.

::

    - [ ] Fast Paxos.pdf
    - [x] In Search of an Understandable Consensus Algorithm (Extended Version).pdf
    [2. Compaction management in distributed key-value datastores.pdf](https://github.com/x/papers/tree/master/LSM)<br />
    [3. Dostoevsky.pdf](https://github.com/x/papers/tree/master/LSM)<br />

A run of three lines or more that no reader took, each one file's name ending in ``.pdf`` (a list item's or
a line's whole text, maybe a link's text, a number, a check box or a line break around it), is a list of
papers, one a line.  The name is the title (underscores read as spaces; after the names and year of Zotero's own
naming, ``Barn and Tawny - 2020 - Title.pdf``), a nickname's too (``Dostoevsky.pdf``,
``gfs-sosp2003.pdf``), as a table's Name column gives it: the only name the list gives the paper.  Files of slides, lectures, homework or books are no papers, nor is anything in a
fenced block or a section that lists none.  Read last, on the lines no other reader took.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document
from .found import Found
from .line_heads import add_links
from .links import Identity

_LEAST = 3
#: One file's name as a line's whole text: a bullet or a number, a check box, a link's bracket or struck-through marks
#: around it, a line break after it (``- [ ] Fast Paxos.pdf``, ``[2. Title.pdf](https://github.com/...)<br />``).
_PDF_LINE = re.compile(r"[ \t]*+(?:[-*+][ \t]++|\d{1,3}[.)][ \t]++)?(?:\[[ xX]\][ \t]++)?(?P<open>\[)?(?:\d{1,3}\.[ \t]*+)?"
                       r"(?P<name>[^\[\]()<>|\n]{1,200}?)\.pdf(?(open)\]\([^()\s]{1,400}+\))[ \t]*+(?:<br[ \t]*+/?>)?[ \t]*+",
                       re.IGNORECASE)
#: The name Zotero gives an attachment it renames: ``Barn and Tawny - 2020 - Counting Owls at Night``.
_ZOTERO_NAME = re.compile(r"(?P<a>[^\d\n]{2,80}?)[ \t]-[ \t](?P<y>(?:19|20)\d{2})[ \t]-[ \t](?P<t>\S.{2,})")
#: File names of what is no paper.
_NOT_PAPER = re.compile(r"\b(?:slides?|lectures?|lec\d|homework|hw\d|assignment|syllabus|handout|poster|book|chapter|cv|resume"
                        r"|notes|exam|quiz|solutions?|cheat[ _-]?sheet)\b", re.IGNORECASE)


def pdf_names(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` listed by their files' names (see the module's text); ``taken`` has a byte per line
    from ``lo`` (1: another reader's), ``skipped(i)``: line ``i``'s section lists no papers."""
    out: list[Found] = []
    run: list[tuple[int, tuple[int, int]]] = []

    def close() -> None:
        if len(run) >= _LEAST:
            out.extend(_found(doc, i, span) for i, span in run)
        run.clear()

    for i in range(lo, hi):
        line = doc.lines[i]
        m = None if taken[i - lo] or doc.fenced[i] or ".pdf" not in line.lower() or skipped(i) else _PDF_LINE.fullmatch(line)
        if m is None or _NOT_PAPER.search(m.group("name").replace("_", " ")):
            if line.strip() or not run:  # (a blank line between two files' names keeps the run)
                close()
            continue
        run.append((i, m.span("name")))
    close()
    return out


def _found(doc: Document, i: int, span: tuple[int, int]) -> Found:
    line = doc.lines[i]
    name = line[span[0] : span[1]].strip(" \t~")
    ident = Identity()
    add_links(ident, line)
    found = Found(first=i, last=i, ident=ident)
    t0 = span[0] + len(line[span[0] : span[1]]) - len(line[span[0] : span[1]].lstrip(" \t~"))
    if (named := _ZOTERO_NAME.fullmatch(name)) is not None:  # ("Barn et al. - 2020 - Title.pdf": Zotero's own naming)
        found.authors, found.year = named.group("a"), int(named.group("y"))
        t0, name = t0 + named.start("t"), named.group("t")
    found.title = " ".join(name.replace("_", " ").split())  # (a nickname too: the only name the list gives the paper)
    if "_" not in name:
        found.title_span = (doc.starts[i] + t0, doc.starts[i] + t0 + len(name))
    found.style = {"shape": "paragraph", "leftover": True, "one_line": True}
    return found
