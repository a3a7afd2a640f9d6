"""References written as definition lists (Pandoc, PHP Markdown Extra): a term, then its
definition after a colon, wrapped over indented lines.

::

    2024
    :    Barn, A., **Tawny, B.**, and Hoot, C. Owls count mice in the
         snow. Journal of Owls 12: 3--9. <https://doi.org/10.1000/owl.1>.

Each definition that reads as a reference (names, a title, a year or a paper link) is a paper,
its lines the term's to the definition's last; the title is read from the whole definition.  A
title wrapped over two lines is read, never rewritten in place (no title span).

Pure: reads a :class:`~zoterodigest.digest.document.Document` only.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .found import Found, title_of
from .line_heads import add_links
from .links import Identity
from .name_lists import is_name_list, person_names
from .reference_marks import Reference
from .references import parse_reference

#: A definition's first line: a colon, then three spaces or a tab (``:    text``).
_DEFINITION = re.compile(r"^:(?:[ ]{1,4}|\t)(?=\S)")
#: A term: a short line of its own (a year, a label), not a list item, heading or definition.
_TERM = re.compile(r"^[^\s:#>|*+\-][^\n]{0,40}$")
_YEAR_TERM = re.compile(r"((?:19|20)\d{2})(?:[-–]+\d{2,4})?")
#: The most lines one definition may run to.
_MAX_LINES = 12


class DefinitionReader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def read(self, lo: int, hi: int) -> list[Found]:
        doc = self.doc
        out: list[Found] = []
        for i in range(lo + 1, hi):
            line = doc.lines[i]
            if not line.startswith(":") or (m := _DEFINITION.match(line)) is None or doc.fenced[i]:
                continue
            term = doc.lines[i - 1]
            if not _TERM.match(term.strip()) or term.startswith((" ", "\t")):
                continue
            last = i
            while last + 1 < min(hi, i + _MAX_LINES) and doc.lines[last + 1].startswith((" ", "\t")) \
                    and doc.lines[last + 1].strip():
                last += 1
            found = self._reference(i - 1, i, last, m.end())
            if found is not None:
                out.append(found)
        return out

    def _reference(self, term: int, first: int, last: int, start: int) -> Found | None:
        doc = self.doc
        text = doc.text_of(first, last).replace("\n", " ").replace("**", "  ")  # (a space for each line break and bold mark)
        dated = _YEAR_TERM.fullmatch(doc.lines[term].strip())  # ("2024": the term is the year)
        ident = Identity()
        for k in range(first, last + 1):
            add_links(ident, doc.lines[k])
        ref = _names_title(text, start) or (parse_reference(text[start:]) if ident.papers else None)
        if ref is None or ref.authors is None or not (ref.year or dated or ident.papers):
            return None
        t0, t1 = start + ref.title[0], start + ref.title[1]
        title = title_of(re.sub(r"\s+", " ", text[t0:t1]))
        if len(title.split()) < 2:
            return None
        found = Found(first=term, last=last, ident=ident, title=title)
        if "\n" not in doc.text_of(first, last)[t0:t1]:
            base = doc.starts[first]
            found.title_span = (base + t0, base + t1)
        found.authors = plain(text[start + ref.authors[0] : start + ref.authors[1]]).strip() or None
        found.year = ref.year or (int(dated.group(1)) if dated else None)
        found.style = {"shape": "definition"}
        return found


_STOP = re.compile(r"\.[ \t]++(?=\S)")
_TITLE_END = re.compile(r"(?<=[a-z0-9)’'])\.(?=[ \t]|$)|\?(?=[ \t])")
_LEAD_YEAR = re.compile(r"(?:19|20)\d{2}[a-z]?\.[ \t]++")
#: The most full stops looked at for the end of the names.
_MAX_STOPS = 40


def _names_title(text: str, start: int) -> Reference | None:
    """``Names. Title. Journal ...`` (names with initials: ``Barn, A.B., and C. Hoot.``): the names
    end at the last full stop before which the text is still a list of names; the title runs to the
    next full stop after a small letter (``*E. pacifica*`` goes on) or a question mark."""
    best = None
    for n, stop in enumerate(_STOP.finditer(text, start)):
        if n >= _MAX_STOPS:
            break
        names = text[start : stop.start()].strip()
        if is_name_list(names) and ("," in names or " and " in names or "&" in names or person_names(names)):
            best = stop  # (one name alone needs an initial: "David H. Smith Fellow" is no author list)
        elif best is not None:
            break
    if best is None:
        return None
    t0 = best.end()
    year = _LEAD_YEAR.match(text, t0)
    t0 = year.end() if year else t0
    end = _TITLE_END.search(text, t0)
    t1 = end.start() + (text[end.start()] == "?") if end else len(text)
    if t1 - t0 < 8:
        return None
    return Reference((t0 - start, t1 - start), (0, best.start() - start), None,
                     int(text[year.start() : year.start() + 4]) if year else None)
