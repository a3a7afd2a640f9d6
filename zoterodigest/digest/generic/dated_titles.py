"""A record that is a plain title with its date: a year or a venue and year after it, or a dated tag
before it, no link.

::

    Owl Counts in the Snow, 2014                    Owl Counts in the Snow | 2014 · 12 cites
    [NSDI '23] Owl Counts in the Snow               12.Owl Counts in the Snow (asplos2023)
    Owl Counts in the Snow. **ICLR2017** barnlab    Owl Counts in the Snow (2014) - *Ann Barn et al.*

Where the title stands and how surely the date says it is a paper; whether a run of such records
is read is the caller's (``title_records``).  Pure: text only.
"""

from __future__ import annotations

import re

from .comma_venues import JOURNAL_WORDS as _JOURNAL_WORDS
from .found import DATED_TAG
from .name_lists import is_name_list
from .prefixes import venue_names
from .venue_tails import known_venue

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def dated_title(line: str, at: int) -> tuple[int, int, bool] | None:
    """(title start, title end, sure) of the dated title whose record's words begin at ``at``: sure unless
    only an unknown word dated in brackets closes it (``Title (hotbarn2022)``, a venue once its run's
    others name known ones); None when the record is no dated title."""
    if (n := _GLUED_NUMBER.match(line, at)) is not None:
        at = n.end()  # ("12.Title (fast2023)": its number glued to it, which Markdown reads as no list's)
    m, sign = _TAGGED.match(line, at) or _DATED_AFTER.match(line, at, _before_names(line, at)) \
        or _BOLD_DATED.match(line, at), 2
    if m is None and (m := _VENUED.match(line, at)) is not None and not (sign := _venue_sign(line, m)):
        m = None  # ("Title KDD 2022 [a note]": a known venue's acronym and year close the title)
    if m is None and (m := _COMMA_VENUED.match(line, at)) is not None:
        sign = 2 if known_venue(m.group("v").split()[0]) else 1
        # ("Title, AISec 2013 (tool: Adagio)", "Title, USENIX Security 2015": a venue after the title's comma, known
        # or not; an unknown one counts once its template's other records name known ones)
    if m is None:
        return None
    g = "b" if m.re is _TAGGED and m.group("b") is not None else "t"  # ("[CF 2015][Title]": the title in brackets)
    if _MONTH_DAY.search(line, m.start(g), m.end(g)):
        return None  # ("First session: April 25, 2025": a date, its year after it)
    return m.start(g), m.end(g), sign == 2


#: A plain title dated by the list: ``Title, 2014``, ``Title (2014)``, ``Title | 2014 · 12 cites``; or tagged by a dated venue before it,
#: ``[NSDI '23] Title`` (its brackets maybe escaped).
_DATED_AFTER = re.compile(r"(?P<t>[^\[\]()<>|`*_]{8,300}?)[ \t]*+(?:(?:,[ \t]*+|[ \t]*+\()(?:19|20)\d{2}\)?\.?"
                          r"|[|·•][ \t]*+(?:19|20)\d{2}(?:[ \t]*+[·•,.][^\n|<>\[\]()]{1,40}?)?)[ \t]*+$")
#: A title, then its venue and year in bold, a short remark maybe after them: ``Title. **ICLR2017** intel``.
_BOLD_DATED = re.compile(r"(?P<t>[^\[\]()<>|`]{8,300}?)[ \t]*+\*\*(?=[^*\n]{0,30}?(?<!\d)(?:19|20)\d{2}(?![\d\-/.]))"
                         r"[^*\n]{4,40}\*\*(?:[ \t]++[^*\n\[\]()<>|`]{1,160}?)?[ \t]*+$")
_TAGGED = re.compile(r"\\?\[(?=[^\[\]\\]{1,36}\\?\])" + DATED_TAG + r"\\?\](?:[ \t]++"
                     r"(?P<t>[^\[\]()<>|`]{8,300}?)|[ \t]*+\[(?P<b>[^\[\]<>|`]{8,300})\](?!\())[ \t]*+(?:<br[ \t]*+/?>[ \t]*+)?$")


#: A month and its day closing a text (``April 25``, ``Sept. 3rd``): a date's, whose year follows.
_MONTH_DAY = re.compile(r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?[ \t,]*+$")
#: A record's number glued to its words, no space after its stop: ``12.Title``.
_GLUED_NUMBER = re.compile(r"\d{1,3}\.(?=[A-Za-z])")
_VENUED = re.compile(r"(?P<t>[^\[\]()<>|`]{8,300}?)[ \t]++[(\[（【]?(?P<v>[A-Za-z][\w-]{1,14}?)[ \t'’-]?(?:19|20)?\d{2}[)\]）】]?"
                     r"(?:[ \t]*+[\[(（【][^\[\]()（）【】]{1,60}[\])）】])?[ \t.]*+$")


#: A title, a comma and a venue of a few words with its year, a short note in brackets maybe after them:
#: ``Title, USENIX Security 2015``, ``Title, ESEC/FSE 2019 (tool: FraudDroid)``.
_COMMA_VENUED = re.compile(r"(?P<t>[^\[\]()<>|`]{8,300}?),[ \t]++(?P<v>[A-Za-z][\w&/+.\-]{1,20}(?:[ \t]++[\w&/+.\-]{1,20}){0,5})"
                           r"[ \t]++'?(?:19|20)?\d{2}(?:[ \t]*+\([^()\n]{1,60}\)){0,2}[ \t.]*+$")

#: A venue and its date closing a title after a stop or a comma, as catalogues write them: ``. ACM Comput. Surv. 57(5):
#: 110:1-110:39 (2025)``, ``. Artificial Intelligence Review. 18 August 2024``, ``, ACM Computing Surveys 2023.01``.
_VENUE_DATE = re.compile(r"(?P<v>[A-Z][^\n\[\]()<>|`*_]{0,100}?(?:[ \t]\([A-Z][A-Za-z ]{1,30}\))?)(?P<n>[ \t]++\d{1,6}(?:\(\d{1,5}\))?(?::[ \t]*+[\w\-–:]{1,24}+)?)?"
                         r"[.,]?[ \t]++(?P<d>\((?:19|20)\d{2}\)|(?:\d{1,2}[ \t]++)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]++(?:19|20)\d{2}"
                         r"|(?:19|20)\d{2}(?:[ .](?:0[1-9]|1[0-2]))?)[ \t.]*+")
#: A title's stop or comma before what may be its venue.
_STOP = re.compile(r"[.,][ \t]++(?=[A-Z])")
#: Markup or a sentence's end in a title: ``**``, a link, a tag, ``. In``.
_MARKED = re.compile(r"[*_\[\]<>|`]|[a-z]{3}\.[ \t]++[A-Z]")
#: An abbreviated word of a journal's name (``Comput.``, ``J.``): the only words a venue's stops may close.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,7}")


def venue_dated(line: str, at: int) -> tuple[int, int, bool] | None:
    """(title start, title end, sure) of ``Title. Venue Date`` (see ``_VENUE_DATE``): the first stop or comma after
    eight characters whose rest is a venue (no comma in it, a stop only after an abbreviation) and its date; sure when
    the venue has its volume or pages, a month in its date, or words journals and known venues use."""
    end = len(line.rstrip())
    if end - at < 20 or not line[end - 1 : end].isdigit() and line[end - 1 : end] not in ").":
        return None
    for s in _STOP.finditer(line, at + 8, end):
        if _MARKED.search(line, at, s.start()):
            return None  # (markup, or a sentence's end, before it: a record of other parts, "**Title**: Names. In *Venue*")
        m = _VENUE_DATE.fullmatch(line, s.end(), end)
        if m is None:
            continue
        v = m.group("v").rstrip(" .,")
        if ", " in v or len(v.split()) > 14 or any(not _ABBREVIATION.fullmatch(w.rsplit(" ", 1)[-1]) for w in v.split(". ")[:-1]):
            continue
        sure = m.group("n") is not None or bool(_JOURNAL_WORDS.search(v)) or known_venue(v.split()[0]) \
            or not m.group("d")[:1].isdigit() and m.group("d")[:1] != "(" and len(v.split()) >= 2
        return at, s.start(), sure
    return None


def _venue_sign(line: str, m: re.Match[str]) -> int:
    """How surely (2, 1, 0) the word and year closing a title name its venue: strong when the reader knows the
    venue as written (``KDD 2022``) or, in brackets with its year, in any case (``(asplos2023)``); weak
    when a word it does not know stands in brackets with a whole year (``(hotstorage2022)``, a venue
    once its template's other records name known ones); none otherwise (``Title Windows 10``)."""
    v, at = m.group("v"), m.start("v")
    bracketed = at > 0 and line[at - 1] in "([（【"
    if v in venue_names() or bracketed and known_venue(v):
        return 2
    return 1 if bracketed and _YEAR.search(line, m.end("v"), m.end("v") + 6) else 0


def _before_names(line: str, at: int) -> int:
    """Where the line's text ends before the names closing it in emphasis (``Title (2023) - *Barn et al.*``)."""
    end = len(line.rstrip(" \t."))
    mark = line[end - 1] if end - 1 > at else ""
    start = line.rfind(mark, at, end - 1) if mark in ("*", "_") else -1
    before = line[at:start].rstrip(" \t") if start > at else ""
    names = line[start + 1 : end - 1].strip()
    if before[-1:] in ("-", "–", "—", ",") and (is_name_list(names) or names.endswith(("et al", "et al."))):
        return at + len(before) - 1
    return len(line)
