"""Paragraphs that are papers by their names: a whole reference opening with its authors' full names, wrapped
over lines (a publication page's bibliography), and a linked title over a line of its authors (a proceedings'
contents); an HTML record that is a whole reference (its owner's name in bold, no title marked); and a one-line
record dated first, its names after a dash.

::

    Ann Barn, Bob Tawny, and Cy Hoot. Silent flight of owls wrapped
    onto the next line. *Journal of Owls*, 12(3):101--119, 2021.

    [Early owl nests in the Kislovodsk basin](https://osf.io/x/wiki/owl.1).
    Tawny, D.S., Hoot, Cy

    [1986] Owl Flight Is Silent – Ann Barn (Barny)

Pure functions over a paragraph's text.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .byline import is_venue_text
from .found import Found, title_of
from .links import Identity
from .name_lists import is_name_list, person_names
from .references import parse_reference

#: ``&emsp;\[1986\] Title – Names (Nickname)``: a year in brackets, a title, a dash, the names.
_DATED_RECORD = re.compile(r"^(?:[ \t]|&emsp;|&nbsp;|&ensp;)*+\\?\[(?P<y>(?:19|20)\d{2})\\?\][ \t]++(?P<t>[^–—\n]{8,300}?)[ \t]++[–—][ \t]++"
                            r"(?P<n>[^–—\n()]{2,200}?)(?:[ \t]*+\([^()\n]{1,60}\))?[ \t]*+$")
#: What a venue's line opens with, never a title's (``In POPL '91: Proceedings of ...``, ``University of Utah``).
_VENUE_TITLE = re.compile(r"[*_]?(?:In[ \t]++[A-Z*_]|Proc(?:eedings|\.)|University[ \t]++of\b|[A-Z]{3,}[ \t'’]*+(?:19|20)?\d{2}\b)")
#: A venue's words in what a reference parsed as its title: the title was left out (``Names`` / ``In POPL '91: ...``).
_VENUE_WORDS = re.compile(r"^and[ \t]|\b(?:In[ \t]++(?:Proc|[A-Z]{3,})|Proceedings|Symposium|Conference|pages[ \t]++\d)")
#: A bold part opening an HTML record (``<b>Barn, A.</b>``, ``<strong>Title.</strong>``).
_BOLD_OPEN = re.compile(r"<(b|strong)>(?P<t>[^<>]{2,400})</\1>", re.IGNORECASE)
#: A combining accent (``Joaquı́n`` written as two characters): left out when names are read.
_ACCENT = re.compile(r"[\u0300-\u036f]")
#: A line that is one linked title and a full stop (a proceedings' contents).
LINKED_LINE = re.compile(r"^ {0,3}\[[^\[\]\n]++\]\([^()\s]++\)\.?+[ \t]*+$")


def names_reference(text: str) -> bool:
    """Whether a paragraph's ``text`` (its lines joined) is a whole dated reference opening with its
    authors' names, its title no venue's words (``Names`` over ``In POPL '91: Proceedings``: a title left out)."""
    ref = parse_reference(text)
    return ref is not None and ref.authors is not None and ref.authors[0] == 0 and ref.year is not None \
        and person_names(_ACCENT.sub("", text[: ref.authors[1]].replace("\xa0", " "))) and not _VENUE_TITLE.match(text, ref.title[0]) \
        and not _VENUE_WORDS.search(text[ref.title[0] : ref.title[1]])


def titled_over_names(doc: Document, i: int, last: int) -> bool:
    """A paragraph of a linked title over its authors' names (``[Title](url).`` / ``Barn, Ann, Tawny, Bob``: a
    proceedings' contents), or of a title in emphasis over them, maybe a line break between (an accepted
    papers page: ``*Title*`` / ``<br/>`` / ``Ann Barn and Bob Tawny``)."""
    lines = doc.lines
    if last == i + 1 and LINKED_LINE.match(lines[i]) or last - i in (1, 2) and _EMPHASIS_LINE.match(lines[i]) \
            and (last == i + 1 or _BREAK_LINE.fullmatch(lines[i + 1].strip())):
        return names_line(plain(lines[last]).strip().rstrip("."))
    return False


def emphasis_over_names(doc: Document, i: int, hi: int) -> bool:
    """Line ``i`` is a title in emphasis over its authors' names, maybe a line break between, the paragraph's
    last line (``*Title*`` / ``<br/>`` / ``Ann Barn and Bob Tawny``)."""
    lines = doc.lines
    if not _EMPHASIS_LINE.match(lines[i]):
        return False
    last = i + 2 if i + 2 < hi and _BREAK_LINE.fullmatch(lines[i + 1].strip()) else i + 1
    return last < hi and (last + 1 >= hi or not lines[last + 1].strip()) and names_line(plain(lines[last]).strip().rstrip("."))


#: A line that is one title in italics (``*Title*``, ``_Title_``; bold titles over names are read as references are).
_EMPHASIS_LINE = re.compile(r"^ {0,3}(?P<m>[*_])(?=[^\s*_])[^*_\n]{8,300}(?<=[^\s*_])(?P=m)[ \t]*+$")
#: A line that is one HTML line break.
_BREAK_LINE = re.compile(r"<br[ \t]*+/?>")


def names_line(names: str) -> bool:
    """A line of authors' names under a linked title: people's names, or names written surname first,
    each part of three words at most (``Barn, Ann, Tawny, Bob``)."""
    return person_names(names) or "," in names and is_name_list(names) and all(len(n.split()) <= 3 for n in names.split(","))


def dated_record(doc: Document, i: int) -> Found | None:
    """A one-line record with no link: ``[1986] Title – Names``, the year first and the names after a
    dash (kept only among records like it, :func:`.paragraphs._repeated`)."""
    line = doc.lines[i]
    m = _DATED_RECORD.match(line) if "[" in line else None
    if m is None or not (person_names(m.group("n")) or is_name_list(m.group("n").strip())) or len(m.group("t").split()) < 3:
        return None
    base = doc.starts[i]
    found = Found(first=i, last=i, ident=Identity(), title=title_of(m.group("t")),
                  title_span=(base + m.start("t"), base + m.end("t")))
    found.year, found.authors = int(m.group("y")), m.group("n").strip()
    found.style = {"shape": "paragraph"}
    found.summary_insert = base + len(line.rstrip())
    return found


#: A bold part of an HTML record.
_BOLD = re.compile(r"<(b|strong)>[^<>]{8,400}</\1>", re.IGNORECASE)
#: A journal's volume, issue or pages in a record: ``Vol. 69``, ``pp. ix``, ``12(3): 45``, ``76: 465 - 481``, ``10, 174-200``.
_VOLUME = re.compile(r"\b(?:[Vv]ol(?:ume)?+\.?+|pp\.|[Nn]o\.)[ \t]*+[\dixvlIXVL]|\d[ \t]*+\([\d–\-]{1,9}\)[ \t]*+[:,]"
                     r"|\d{1,4}[ \t]*+[:,][ \t]*+\d{1,5}[ \t]*+[-–][ \t]*+\d|\(\d{1,4}\)[ \t]*+:[ \t]*+\d")


def volumed(body: str) -> bool:
    """An HTML record with no bold part naming a journal's volume, issue or pages: a whole reference to an article."""
    return _BOLD.search(body) is None and _VOLUME.search(body) is not None


def reference_title(raw: str, text: str) -> tuple[int, int, str] | None:
    """A field that is a whole reference opening with its authors' names and dated (``Barn, A., <b>Tawny, B.</b>
    (2024) Title? <i>Journal</i>, 51``): its title's columns in ``raw`` (-1 when marked up) and text.  A field
    opening in bold with no name there opens with its title (``<strong>Title.</strong> Barn et al. (2020)``)."""
    text = text.lstrip("†‡*#^ \t")  # (a mark before the first author: a student's, an equal contribution's)
    if (bold := _BOLD_OPEN.match(raw.lstrip())) is not None and not is_name_list(plain(bold.group("t")).strip(" ,.")) \
            or len(text.split()) < 8 or (ref := parse_reference(text)) is None or ref.authors is None or ref.year is None \
            or ref.authors[0] > 2 or not is_name_list(text[ref.authors[0] : ref.authors[1]].strip(" ,.")):
        return None
    value = text[ref.title[0] : ref.title[1]].strip(" ,.")
    if len(value.split()) < 2 or is_venue_text(value):
        return None
    at = raw.find(value)
    return (at, at + len(value), value) if at >= 0 else (-1, -1, value)
