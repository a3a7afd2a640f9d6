"""What follows a title on its line: a venue and year, a byline, a closing quote.

::

    [Title](url) **ICML 2021**
    [Title](url) (Owl Conf 2020), *Barn et al. NeurIPS 2019*
    [Title](url) by Ann Barn and Bob Tawny, 2012.
    “[Title](url),” *ACM Queue*, volume 11, March 2013.

Every answer is a pair of columns of the line, written on the line's :class:`~.inline.Head`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .byline import CLOSE_QUOTE, DASH, ID_IN, by_names, byline, is_venue_text
from .citation_keys import CITED
from .name_lists import is_name_list

if TYPE_CHECKING:
    from .inline import Head

_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d{2})(?!\d)")
_BOLD = re.compile(r"[ \t]*+(?:[,.][ \t]*+)?(?:\*\*|__)(?P<v>[^*_]{2,40})(?:\*\*|__)")
_PAREN = re.compile(r"[ \t]*+(?:[,.][ \t]*+)?[(（](?P<v>[^()（）]{0,80}?)[)）]")
_ITALIC = re.compile(r"[ \t]*+(?:[,.][ \t]*+)?(?:\*(?P<a>[^*]+)\*|_(?P<b>[^_]+)_)(?![*_\w])")
#: Names and a year after a title's link (``- Ann Barn and Bob Tawny 2011``): its authors, no venue.
_NAMES_YEAR = re.compile(r"(?:[-–—:][ \t]*+)?(?P<n>[^\d]{3,200}?),?[ \t]++\(?(?P<y>(?:19|20)\d{2})\)?")
_GAP = re.compile(r"[ \t.,\-–—]*+(?P<v>[^\[\]()`<*]{1,59}?[^\[\]()`<* \t.,])[ \t.,]*+(?=\[|`|$)")


def venue_in_link(line: str, pos: int, links: list[tuple[str, str, int, int]], head: Head) -> None:
    """A venue written as a link's text after the title: ``[arXiv 2020](url)``, ``[[NeurIPS 2019](url)]``."""
    for label, _, s, _ in links:
        if s >= pos and label != "badge" and is_venue_text(label):
            head.venue = (s + 1, s + 1 + len(label))
            return


def _bold_venue(line: str, pos: int) -> re.Match[str] | None:
    m = _BOLD.match(line, pos)
    return m if m and is_venue_text(m.group("v")) else None


def skip_links(line: str, pos: int, links: list[tuple[str, str, int, int]]) -> int:
    """Past the links (and the brackets around them) that follow ``pos``."""
    for _, _, s, e in links:
        if e <= pos:
            continue
        if line[pos:s].strip(" \t[]") != "":
            break
        pos = e
    while pos < len(line) and line[pos] in "] \t":
        pos += 1
    return pos


def _paren_after(m: re.Match[str], head: Head) -> None:
    """``(Venue Year)`` after the title is its venue; ``(Barn et al., 2017)`` says who and when."""
    if cited := CITED.fullmatch(m.group("v").strip()):
        head.authors, head.year = head.authors or cited.group("n"), head.year or int(cited.group("y"))
    else:
        head.venue = (m.start("v"), m.end("v"))


def _names_after_paren(line: str, m: re.Match[str], head: Head) -> int:
    """The authors after a dated venue in parentheses, up to the line's end or its next link
    (``**Title**. (2023-ICLR) Ann Barn, Bob Tawny.``); the year is the venue's."""
    if head.authors is not None or head.venue is None or (year := _YEAR.search(m.group("v"))) is None:
        return m.end()
    stop = _next_link(line, m.end(), head)
    names = line[m.end() : stop].strip(" \t.,;")
    if not is_name_list(names) or "," not in names and stop != len(line):
        return m.end()
    head.authors, head.year = names, head.year or int(year.group(1))
    return m.end() + len(line[m.end() : stop].rstrip(" \t"))


def _paren_venue(line: str, pos: int, head: Head) -> int | None:
    """A year, a venue or a citation in parentheses after the title: where it ends, None when none is."""
    m = _PAREN.match(line, pos)
    if m and _YEAR.fullmatch(m.group("v").strip()):
        head.year = head.year or int(m.group("v").strip())  # "**Title**, (2018) by *Names*": a year, no venue
        return m.end()
    if m and (_YEAR.search(m.group("v")) or re.fullmatch(r"[A-Z][\w\s\-]{1,30}", m.group("v").strip())):
        _paren_after(m, head)
        return _names_after_paren(line, m, head)
    return None


def venue_after(line: str, pos: int, head: Head) -> int:
    """The venue, year and authors right after the title; returns where they end."""
    if head.venue is not None:
        return pos
    if (closing := CLOSE_QUOTE.match(line, pos)) is not None:
        pos = closing.end()  # ('“[Title](url),” *Venue*': the quote closing round the linked title)
    bold = _bold_venue(line, pos)
    if bold:  # "[Title](url) **ICML 2021**"
        head.venue = (bold.start("v"), bold.end("v"))
        return bold.end()
    if (paren := _paren_venue(line, pos, head)) is not None:
        return paren
    m = _ITALIC.match(line, pos)
    if m:
        group = "a" if m.group("a") is not None else "b"
        text = m.group(group)
        et = re.search(r"\bet\s*al\.?", text)
        if et:
            head.authors = text[: et.end()]
            rest = text[et.end() :].strip(" .,")
            if rest:
                head.venue = (m.start(group) + text.index(rest, et.end()), m.start(group) + text.index(rest, et.end()) + len(rest))
        return m.end()
    stop = _next_link(line, pos, head)
    if (by := by_names(line, pos, stop)) is not None:  # "[Title](url) by Ann Barn and Bob Tawny, 2012."
        head.authors, head.venue, head.year = line[by[0][0] : by[0][1]], by[1], head.year or by[2]
        return by[3]
    if (end := _byline_after(line, pos, stop, head)) is not None:
        return end
    return _gap_venue(line, pos, head)


def _next_link(line: str, pos: int, head: Head) -> int:
    """Where the next link after ``pos`` opens, with the bracket round it (``[[paper](url)]``)."""
    stop = min([s for _, _, s, _ in head.spans if s >= pos] or [len(line)])
    return pos + len(line[pos:stop].rstrip(" \t[")) if line[pos:stop].rstrip().endswith("[") else stop


def _gap_venue(line: str, pos: int, head: Head) -> int:
    """A short plain venue and year up to the next link (``[Title](url) Owl Conf 2020 [[code]](c)``)."""
    gap = _GAP.match(line[pos:])
    if gap and (names := _NAMES_YEAR.fullmatch(gap.group("v"))) and is_name_list(names.group("n")) \
            and re.search(r",|\band\b|&", names.group("n")):
        head.authors, head.year = names.group("n"), head.year or int(names.group("y"))  # "- Ann Barn and Bob Tawny 2011"
        return pos + gap.end("v")
    if gap and _YEAR.search(gap.group("v")) and len(gap.group("v").split()) <= 8 and "://" not in gap.group("v") \
            and not (ID_IN.search(gap.group("v")) and not gap.group("v").lower().startswith("arxiv")):
        # (an id names no venue: "10.1145/3, 2016"; an arXiv statement names arXiv: "arXiv:1512.00168, April 2016")
        head.venue = (pos + gap.start("v"), pos + gap.end("v"))
        return pos + gap.end("v")
    return pos


def _byline_after(line: str, pos: int, stop: int, head: Head) -> int | None:
    """Names, then a venue and year or a year alone (``- Barn et al., 2022``), at ``pos``: where they end."""
    note = DASH.search(line, pos + 3, stop)  # a note after the byline: " — text"
    authors, venue, end = byline(line, pos, note.start() if note else stop)
    if authors is None:
        return None
    head.authors = line[authors[0] : authors[1]].strip("*_ ")
    head.venue = venue
    if venue is None and (year := _YEAR.search(line, authors[1], end)):
        head.year = head.year or int(year.group(1))
    return end
