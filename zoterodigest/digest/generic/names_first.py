"""An author list before a linked title: ``Ann Barn and Bob Tawny. 2021. [Title](url)``.

The names are recognised as names (``name_lists.is_name_list``) and become the
authors; the link's text is the title.  When a year stands between the names and
the link, the names may be written loosely (``jo hoot``, ``T.Barn``, ``Ann Barn ,``):
most of them read as names and none as a title's words.  A short bold label before
the names (``**Report**: Names. 2021. [Title](url)``) is no title either.  Names before a plain
title whose venue is the link (``Names. Title. [Venue](url), 2016.``) read as a reference.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..markup import plain
from .citation_keys import lone_surname, titled_link
from .name_lists import TITLE_WORDS, is_name_list, names_sentence, one_name
from .reference_marks import MONTH_DAY, Reference, italic_venue
from .references import parse_reference

_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d{2})(?!\d)")
#: The end of the names: ``.``, ``,`` or ``:``, maybe after a year (``(2020).``, ``(1992, June).``); matched from the end.
_YEAR_END = re.compile(r"[(（]?((?:19|20)\d{2})[a-z]?(?:,[ \t]*+" + MONTH_DAY + r"|年(?:\d{1,2}月)?+(?:\d{1,2}日)?+)?+[)）]?$")
_MARK_START = re.compile(r"\*\*?\S|__?\S|(?<!\\)[\"“]|<(?:b|strong|i|em)>")  # (not TeX's umlaut: ``B{\\"a}chtiger``)
#: A short bold label before the names: ``**System report**:``.
_LABEL = re.compile(r"(?:\*\*|__)[\w][\w \-]{0,28}(?:\*\*|__)[ \t]*+[:：][ \t]*+")
_SEPARATORS = re.compile(r",|;|\band\b|&")
#: A link's text closed by a year in parentheses, maybe after a venue: ``Title (IEEE Computer, 2012)``.
_DATED_LABEL = re.compile(r"\((?:[^()]{0,40}[ \t,'’])?(?:19|20)\d{2}\)$")


def names_first(line: str, pos: int, links: list[tuple[str, str, int, int]],
                loose: bool = False) -> tuple[int, str, int | None] | None:
    """Where a linked or marked title starts after an author list (``Names. [Title](url)``,
    ``Names (2020). [Title](url)``), the names and the year; ``loose``: the names may run into
    the link with no stop (``Ann Barn and Bob Tawny [Title](url)``) when each is a person's name."""
    if (label := _LABEL.match(line, pos)) is not None:
        pos = label.end()
    if pos >= len(line) or not line[pos].isalpha():
        return None  # (names start with a letter)
    stop = next((s for label, _, s, _ in links if s > pos and label != "badge"), len(line))
    if stop - pos > 1200 or stop - pos > 60 and line.find(",", pos, stop) < 0 and line.find(" and ", pos, stop) < 0 \
            and line.find("&", pos, stop) < 0 and line.find("et al", pos, stop) < 0:
        return None  # (two names or more, or one short name before a year; not a whole paragraph)
    mark = _MARK_START.search(line, pos, stop)
    if mark is not None:
        stop = mark.start()
    text = _names_text(line, pos, stop)
    year = _YEAR_END.search(text[-28:])
    stopped = _stopped(text, year is not None, loose)
    if stopped is None:
        return None
    text = stopped
    text = text[:-1].rstrip(" \t") if year is None else text
    year = year or _YEAR_END.search(text[-28:])
    if year is not None:
        text = text[: len(text) - len(year.group(0))].rstrip(" \t.,")
    names = text.strip(" *_")
    if stop >= len(line) or len(names) < 3:
        return None
    if not re.search(r"[,，、]|\band\b|&|\bet\.? ?al", names):
        return _one_author(line, pos, stop, links, names, int(year.group(1)) if year else None)
    if not (is_name_list(names) or is_name_list(_tidy(names))) and (year is None or not _mostly_names(names)):
        return None
    return stop, names, int(year.group(1)) if year else None


def _names_text(line: str, pos: int, stop: int) -> str:
    """The text from ``pos`` to the title at ``stop``: the names and their stop (they may end a line,
    ``Ann Barn:\n“[Title](url)”``; a link in italics leaves its mark out, ``Barn A, Tawny B, *[Title](url)*``)."""
    text = line[pos:stop].rstrip()
    if text.endswith(("*", "_")) and stop < len(line) and line[stop] == "[":
        text = text.rstrip("*_").rstrip()
    return text


def _one_author(line: str, pos: int, stop: int, links: list[tuple[str, str, int, int]], names: str,
                year: int | None) -> tuple[int, str, int | None] | None:
    """One author: only a person's name before a year (``Ben Hoot. 2007. **Title**``) or before a colon or a
    comma and a quoted link (``Ben Hoot: “[Title](url),”``); one surname before a year and a linked title of three
    words or more (``Rubin (1974), [“Title”](url)``: a citation key)."""
    if year is not None and lone_surname(names) and titled_link(links, stop):
        return stop, names, year
    quoted_link = year is None and line.startswith(("“[", "\"[", "[“", "[\""), stop) and line[pos:stop].rstrip().endswith((":", ",", "."))
    dated_after = year is None and line[pos:stop].rstrip().endswith((".", ",")) and titled_link(links, stop) \
        and (_YEAR.search(line, next(e for _, _, s, e in links if s == stop)) is not None
             or _DATED_LABEL.search(next(label for label, _, s, _ in links if s == stop)) is not None)
    # ("Ann Barn. [Title of three words](url). Journal, 2014.": one person's name, a stop, a titled link, a year after
    # it or closing its text, "[Title (TOPLAS 1990)](url)"; "Barn, [Title](url), 2012": a surname alone, a comma)
    return (stop, names, year) if (year is not None or quoted_link or dated_after) \
        and (one_name(names) or dated_after and lone_surname(names)) else None


def _mostly_names(text: str) -> bool:
    """Names written loosely before a year: half the parts read as names, each part has one
    to four words and none of a title's small words (``of``, ``for``, ``the``)."""
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 4 or any(w.lower() in TITLE_WORDS for w in words):
            return False
    return 2 * sum(1 for p in parts if is_name_list(p)) >= len(parts)


#: A letter with a TeX accent in braces, as BibTeX writes names: ``{\\"a}``, ``{\\'e}``, ``{\\c{c}}``.
_TEX_ACCENT = re.compile(r"\{\\[`'^\"~=.uvHck]\{?(?P<c>[A-Za-z])\}?\}")
_SPACE_COMMA = re.compile(r"(?<![ \t])[ \t]++(?=[,.])")
_GLUED_INITIAL = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z][a-z])")
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z]++")
_PARTICLES = frozenset({"and", "et", "al", "van", "von", "der", "de", "den", "da", "di", "le", "la", "del", "dos", "du", "bin"})


def _tidy(names: str) -> str:
    """Names as typed in a hurry made checkable: ``B{\\"a}chtiger`` (TeX's accents from BibTeX), ``Wang , Ian`` (a space before the comma),
    ``T.Yarman`` (an initial glued to the name), ``Jun xie`` (names in lower case, among three or more)."""
    names = _GLUED_INITIAL.sub(" ", _SPACE_COMMA.sub("", _TEX_ACCENT.sub(r"\g<c>", names)))
    if names.count(",") < 2:
        return names
    return _LOWER_WORD.sub(lambda m: m.group(0) if m.group(0) in _PARTICLES else m.group(0).capitalize(), names)




def _people(text: str) -> bool:
    """Two names or more, each a person's name (``Ann Barn and Bob Tawny``, ``A. Barn, B. Tawny``)."""
    parts = [p.strip() for p in _SEPARATORS.split(text.strip(" *_")) if p.strip()]
    return len(parts) >= 2 and all(one_name(p) for p in parts)


def _stopped(text: str, year: bool, loose: bool) -> str | None:
    """The names' text ending in its stop (``.``, ``,`` or ``:``), or None when it has none and is
    no run of people's names (``loose``) or year."""
    if len(text) < 4:
        return None
    if text[-1] in ".,:" or year:
        return text
    return text + "." if loose and _people(text) else None  # ("Ann Barn and Bob Tawny [Title](url)")


def names_before_quote(line: str, pos: int) -> tuple[int, str] | None:
    """Where a quoted title starts after an author list, some names maybe linked (``Ann Barn,
    [Bob Tawny](/), "Title", Venue, 2020``: a publication page links its owner's name), and the names."""
    quotes = [q for q in (line.find('"', pos, pos + 600), line.find("“", pos, pos + 600)) if q > pos]
    if not quotes or "](" not in line[pos : (q := min(quotes))]:
        return None  # (no link among the names: the other readers' case)
    names = plain(line[pos:q]).strip(" ,.:;")
    if not _SEPARATORS.search(names) or not is_name_list(names):
        return None
    return q, names


def reference_over_link(line: str, pos: int, text: str) -> Reference | None:
    """``Names. Title. [Venue](url), 2016.``: a reference whose year stands after the link that
    ends ``text`` (the plain words from ``pos``), its names and title before it."""
    if text.endswith("(") and text.count(". ") == 1 and (names_sentence(text) or one_name(text[: text.index(". ")])):
        return _labelled_title(line, pos, text)  # (one author's name too: the labels, a venue and a year follow)
    if text.count(". ") < 2 or not names_sentence(text):
        return None
    whole = parse_reference(line[pos:])
    if whole is None or not whole.authors or whole.title[1] > len(text) or whole.title[0] != text.index(". ") + 2 \
            or text[whole.title[0]].islower():
        return None  # (the title must be the sentence after the names: "Ma, P., et al. including ...: Title" is not)
    return replace(whole, venue=None)


#: Label links in parentheses after a title (``([google](url), [acm](url))``): the title's, not its words.
_LABELS = re.compile(r"[ \t]*+\((?:[ \t]*+\[[^\[\]]{1,30}\]\([^()\s]*+\)[ \t]*+,?)++\)")


def _labelled_title(line: str, pos: int, text: str) -> Reference | None:
    """``Names. Title ([google](url)). In _Venue_, 2017.``: the title ends where its labels start (read with
    them taken out, so that no address's words run into it); one author's name alone when a year follows."""
    start = pos + len(text.rstrip("( \t"))
    if (m := _LABELS.match(line, start)) is None:
        return None
    cut, shift, names = start - pos, m.end() - start, text.index(". ")
    whole = parse_reference(line[pos:start] + line[m.end() :])
    if whole is None and one_name(text[:names]) and (year := _YEAR.search(line, m.end())) is not None:
        v0 = len(line) - len(line[m.end() :].lstrip(" \t.,;:"))
        venue = italic_venue(line, (v0, v0))
        whole = Reference((names + 2, cut), (0, names), (venue[0] - pos - shift, venue[1] - pos - shift) if venue[0] > v0 else None,
                          int(year.group(1)))
    if whole is None or not whole.authors or whole.title[0] != names + 2 or text[whole.title[0]].islower() or whole.title[1] > cut:
        return None
    return replace(whole, venue=(whole.venue[0] + shift, whole.venue[1] + shift) if whole.venue and whole.venue[0] >= cut else None)
