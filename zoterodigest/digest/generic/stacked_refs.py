"""A reference stacked over lines, one part a line: the names, the title wholly in italics, the venue.

::

    Barn, A., Tawny, B.
    *Silent Flight Through Serrated Feathers*
    Owl Letters **80**, 4510--4513 (1998)

The italic line is the title, whatever the names' line ends with (an initial's full stop reads as
the end of a name, never as a title's first word).  Pure: one pattern and one function.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .found import title_of
from .name_lists import is_name_list, person_names

#: A line that is one italic span (``*Title*`` or ``_Title_``), maybe a full stop or a hard break after it.
_ITALIC_LINE = re.compile(r"[ \t]*+(?:\*(?P<t>[^*\s][^*\n]{3,400}?)\*|_(?P<u>[^_\s][^_\n]{3,400}?)_)[ \t.,]*+")
#: An accent written in TeX (``Sch\\"onberger``, ``Ponc\\'e``, ``Kl{\\"u}wer``): dropped before names are read.
_TEX_MARKS = re.compile(r"\\[`'^\"~=.]|[{}]")
#: A year in brackets closing the names' line: ``Barn, A. (1987)``.
_YEAR_CLOSE = re.compile(r"\((?:19|20)\d{2}[a-z]?\)$")
#: One name cited surname first: ``Allen, P. B.``, ``Rignanese, G.-M.``.
_ONE_NAME = re.compile(r"[^\W\d][\w'’\-]+(?: [^\W\d][\w'’\-]+){0,2}, (?:[A-Z][a-z]?\.[ \-]?){1,4}")


def stacked_title(doc: Document, i: int) -> tuple[str, tuple[int, int], str] | None:
    """Names on line ``i`` and the title alone in italics on the next: the title, its span in the
    document and the names; None when the paragraph is not so stacked."""
    if i + 1 >= len(doc.lines) or (m := _ITALIC_LINE.fullmatch(doc.lines[i + 1])) is None:
        return None
    group = "t" if m.group("t") is not None else "u"
    names = plain(doc.lines[i]).strip().rstrip(".,;")
    names = _YEAR_CLOSE.sub("", names).rstrip() if names.endswith(")") else names  # ("**Barn, A. (1987)**" over "*Title*")
    bare = _TEX_MARKS.sub("", names).replace(",,", ",")
    if len(m.group(group).split()) < 2 or not bare \
            or not (person_names(bare) or is_name_list(bare) or _ONE_NAME.fullmatch(bare + ".")):
        return None
    title = title_of(m.group(group))
    if not title:
        return None
    base = doc.starts[i + 1]
    return title, (base + m.start(group), base + m.end(group)), names
