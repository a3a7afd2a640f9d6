"""An author list before a linked title: ``Ann Barn and Bob Tawny. 2021. [Title](url)``.

The names are recognised as names (``references.is_name_list``) and become the
authors; the link's text is the title.
"""

from __future__ import annotations

import re

from .references import is_name_list

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
#: The end of the names: ``.``, ``,`` or ``:``, maybe after a year (``(2020).``); matched from the end.
_YEAR_END = re.compile(r"[(（]?((?:19|20)\d{2})[a-z]?[)）]?$")
_MARK_START = re.compile(r"\*\*?\S|__?\S|[\"“]|<(?:b|strong|i|em)>")


def names_first(line: str, pos: int, links: list[tuple[str, str, int, int]]) -> tuple[int, str, int | None] | None:
    """Where a linked or marked title starts after an author list (``Names. [Title](url)``,
    ``Names (2020). [Title](url)``), the names and the year."""
    if pos >= len(line) or not line[pos].isalpha():
        return None  # (names start with a letter)
    stop = next((s for label, _, s, _ in links if s > pos and label != "badge"), len(line))
    if stop - pos > 1200 or line.find(",", pos, stop) < 0 and line.find(" and ", pos, stop) < 0 \
            and line.find("&", pos, stop) < 0 and line.find("et al", pos, stop) < 0:
        return None  # (two names or more, and not a whole paragraph)
    mark = _MARK_START.search(line, pos, stop)
    if mark is not None:
        stop = mark.start()
    text = line[pos:stop].rstrip(" \t")
    if len(text) < 4 or text[-1] not in ".,:" and not _YEAR_END.search(text[-8:]):
        return None  # (names end with a stop, or with their year: "Names. 2018 [Title](url)")
    if text[-1] in ".,:":
        text = text[:-1].rstrip(" \t")
    year = _YEAR_END.search(text[-8:])
    if year is not None:
        text = text[: len(text) - len(year.group(0))].rstrip(" \t.,")
    names = text.strip(" *_")
    if stop >= len(line) or len(names) < 3 or not re.search(r",|\band\b|&|\bet\.? ?al", names) \
            or not (is_name_list(names) or is_name_list(_tidy(names))):
        return None
    return stop, names, int(year.group(1)) if year else None


_SPACE_COMMA = re.compile(r"(?<![ \t])[ \t]++(?=[,.])")
_GLUED_INITIAL = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])")
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z]++")
_PARTICLES = frozenset({"and", "et", "al", "van", "von", "der", "de", "den", "da", "di", "le", "la", "del", "dos", "du", "bin"})


def _tidy(names: str) -> str:
    """Names as typed in a hurry made checkable: ``Wang , Ian`` (a space before the comma),
    ``T.Yarman`` (an initial glued to the name), ``Jun xie`` (names in lower case, among three or more)."""
    names = _GLUED_INITIAL.sub(" ", _SPACE_COMMA.sub("", names))
    if names.count(",") < 2:
        return names
    return _LOWER_WORD.sub(lambda m: m.group(0) if m.group(0) in _PARTICLES else m.group(0).capitalize(), names)
