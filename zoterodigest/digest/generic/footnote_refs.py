"""A document's footnotes that are its references: ``[^Barn2014owls]: Title`` under a References heading.

::

    ## References

    [^Barn2014owls]: Estimating the Reproduction Number of Barn Owls During the 2014 Survey
    [^Hoot2013night]: Hoot, J. and Barn, A., (2013). Night flight of owls. *Biostatistics* __14__(3), 541–555
    [^Kurtz1981owls]: Kurtz, T.G. (1981). *Approximation of owl populations*. Society for Owl Mathematics.

Notes on papers cite them by footnotes and define each footnote once, at the end: its body is the paper's
whole reference or its title alone.  A run of three footnote definitions or more (blank lines between them
allowed) is a list of references when its section's heading names references, or when most of its keys are
citation keys (a name and a year, ``Barn2014owls``) or most of its bodies whole references (names, a year,
a title).  Each definition with a body is then a paper: the title its reference gives, or the body itself
when it reads as a title alone (no sentence of a note: ``[^1]: I counted them twice.``); a book (a publisher
closing it, its title in italics) is none, and an empty footnote names nothing.  Read last, on the lines no
other reader took.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document
from ..markup import plain
from .found import Found, title_of
from .line_heads import add_links
from .links import Identity
from .non_papers import book_record
from .references import parse_reference

_DEFINITION = re.compile(r" {0,3}\[\^(?P<key>[^\]\s]{1,60})\]:[ \t]*+(?P<body>.*)")
#: A citation key: a name and a year, maybe a word after it (``Barn2014owls``, ``barn_2014``, ``Barn:2014``).
_CITE_KEY = re.compile(r"[A-Za-z][A-Za-z\-']{1,30}[_:]?(?:19|20)\d{2}[a-z]?(?:[_:]?[A-Za-z]\w*)?")
#: A heading naming references.
_REFERENCES = re.compile(r"(?i)\b(?:references?|bibliography|citations?|works cited|literature|sources|footnotes|参考文献|文献)\b")
#: A body that is a note, not a title: it opens in lower case, or as a sentence does.
_NOTE = re.compile(r"[a-z]|(?:I|We|This|These|It|See|Note|Also|In|For|Here|That|There)\b")
_LEAST = 3


def footnote_papers(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool],
                    path_at: Callable[[int], list[str]]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as footnote definitions (see the module's text); ``taken`` has a byte per
    line from ``lo``; ``path_at(i)`` is the headings above line ``i``."""
    out: list[Found] = []
    run: list[tuple[int, str, str, int]] = []  # (line, key, body, body's start in the line)

    def close() -> None:
        full = [r for r in run if r[2].strip()]
        if len(full) >= _LEAST and not skipped(full[0][0]) and (
                _REFERENCES.search((path_at(full[0][0]) or [""])[-1]) or 2 * sum(bool(_CITE_KEY.fullmatch(k)) for _, k, _, _ in full) > len(full)
                or 2 * sum(_whole(b) for _, _, b, _ in full) > len(full)):
            out.extend(f for r in full if (f := _found(doc, *r)) is not None)
        run.clear()

    for i in range(lo, hi):
        line = doc.lines[i]
        if not line.strip():
            continue
        m = None if taken[i - lo] or doc.fenced[i] or not line.lstrip(" ").startswith("[^") else _DEFINITION.fullmatch(line)
        if m is None:
            close()
        else:
            run.append((i, m.group("key"), m.group("body"), m.start("body")))
    close()
    return out


def _whole(body: str) -> bool:
    ref = parse_reference(plain(body).strip())
    return ref is not None and ref.authors is not None and ref.year is not None


def _found(doc: Document, i: int, key: str, body: str, at: int) -> Found | None:
    text = plain(body).strip()
    if book_record(body):
        return None  # (a book: "*Approximation of owl populations*. Society for Owl Mathematics.")
    ref = parse_reference(text)
    if ref is not None and ref.authors is not None and ref.year is not None:
        title = text[ref.title[0] : ref.title[1]].strip(" \t,.\"“”")
    elif "](" in body or "http" in body or _NOTE.match(text) or not 3 <= len(text.split()) <= 40:
        return None  # (a note, or a link with no reference around it)
    else:
        title = text.rstrip(" .")
    if len(title.split()) < 2:
        return None
    ident = Identity()
    add_links(ident, doc.lines[i])
    found = Found(first=i, last=i, ident=ident, title=title_of(title))
    if (t0 := doc.lines[i].find(title, at)) >= 0:  # (the title's place in the line, when its markup leaves it whole)
        found.title_span = (doc.starts[i] + t0, doc.starts[i] + t0 + len(title))
    if ref is not None and ref.year is not None:
        found.year = ref.year
    found.style = {"shape": "paragraph", "leftover": True, "one_line": True}
    found.extra["key"] = key
    return found
