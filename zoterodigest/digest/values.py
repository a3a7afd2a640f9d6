"""Parsing of field values the families share: venues, author lists, dates.

Pure functions over plain strings; the family readers decide where a value
sits, these decide what it means.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Venue
from .markup import plain

TRACKS = {
    "oral": "Oral",
    "spotlight": "Spotlight",
    "highlight": "Highlight",
    "poster": "Poster",
    "workshop": "Workshop",
    "award candidate": "Award Candidate",
    "best paper": "Best Paper",
    "best paper award": "Best Paper",
    "best paper honorable mention": "Best Paper Honorable Mention",
    "demo": "Demo",
    "findings": "Findings",
}
_TRACK_ALT = "|".join(sorted((re.escape(t) for t in TRACKS), key=len, reverse=True))

_PLACEHOLDER_RE = re.compile(
    r"^(?:accept(?:ed)? info|venue|tbd|tba|n/?a|none|null|-+|\?+|\[.*\](?:\s*\[.*\])*)$", re.IGNORECASE
)
_ARXIV_RE = re.compile(r"^arxiv\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"((?:19|20)(?<!\d..)\d{2})(?!\d)")
_BARE_YEAR = re.compile(r"^((?:19|20)\d{2})(?!\d)")
#: A venue longer than this is kept as written: no real venue is, and the name/year pattern
#: below backtracks in quadratic time.
VENUE_MAX = 300
_VENUE_RE = re.compile(
    r"^(?P<name>.*?[A-Za-z][^\d]*?)[\s'’_-]*(?P<year>(?:19|20)\d{2}|'\d{2})(?!\d)(?P<rest>.*)$"
)
_REST_RE = re.compile(rf"^\s*+(?:\(\s*+(?P<ptrack>{_TRACK_ALT})\s*+\)|(?P<track>{_TRACK_ALT}))?\s*+(?P<more>.*)$",
                      re.IGNORECASE)


_VENUES: dict[Venue, Venue] = {}


def shared_venue(venue: Venue | None) -> Venue | None:
    """One object for equal venues (they are frozen): a list of 50,000 papers names
    a few hundred venues."""
    if venue is None:
        return None
    if len(_VENUES) >= 4096:
        _VENUES.clear()
    return _VENUES.setdefault(venue, venue)


_YEARS: dict[int, int] = {}


def shared_year(year: int | None) -> int | None:
    """One int object for each year (Python shares only those up to 256)."""
    if year is None:
        return None
    return _YEARS.setdefault(year, year) if 1000 <= year <= 2999 else year


def parse_venue(text: str | None) -> tuple[Venue | None, int | None]:
    """A venue statement -> (Venue or None, year or None); equal venues are one object.

    ``CVPR 2025 Highlight`` -> CVPR/2025/Highlight; any arXiv form -> "arXiv";
    placeholders (``accept info``) -> no venue; a bare ``2024 (open release)``
    -> no venue but the year.
    """
    venue, year = _parse_venue(text)
    return shared_venue(venue), year


#: A new-style arXiv id (``2003.00004v2``): its first two digits are the year, its next two the month.
_NEW_ID = re.compile(r"(?<!\d)(\d{2})(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?(?!\d)")


#: A journal's volume, issue and pages between its name and the year: `` 12 (3): 45–67, 2019``,
#: ``, vol. 4, no. 2, pp. 1-9, 2018``.
_VOLUME_PAGES = re.compile(r"(?<=[^\s,])(?:,?[ \t]++(?:(?:vol(?:ume)?|no|number|issue|pp?|pages?)\.?[ \t]*+)?(?!(?:19|20)\d{2}(?!\d))\d{1,5}(?:[ \t]*+\(\d{1,4}\))?"
                           r"(?:[ \t]*+[:,][ \t]*+(?:(?:pp?|pages?|no|number|issue)\.?[ \t]*+)?\d{1,6}(?:[–\-]\d{1,6})?)?){1,4}[ \t.,:]*+"
                           r"(?<!\d)(?P<year>(?:19|20)\d{2})[ \t.]*+$")


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")
#: A date written before a closing year: ``, November 2012``, ``12 April 2016``, ``June 9, 2014``.
_MONTH_YEAR = re.compile(rf"(?<![^ \t,])(?:\d{{1,2}}[ \t]++)?(?:{_MONTHS})(?:[ \t]++\d{{1,2}})?,?[ \t]++"
                         r"(?P<year>(?:19|20)\d{2})[ \t.]*+$")
#: A volume, issue or pages where a venue's name should be: no name.
_NO_NAME = re.compile(r"(?:vol(?:ume)?|no|number|issue|pp?|pages?)\b\.?[ \t]*+\d", re.IGNORECASE)
#: A kind of work where a venue would stand (``Tech Report 2005``, ``Book 2002``, ``Unpublished``): no venue's name.
_KIND_ONLY = re.compile(r"(?:unpublished|manuscript|draft|book|(?:ph\.?d\.?|master'?s|doctoral|bachelor'?s)?[ \t]*+(?:thesis|dissertation)"
                        r"|tech(?:nical|\.)?[ \t]*+report|white[ \t]?paper|standard)[ \t,]*+(?:(?:19|20)\d{2})?", re.IGNORECASE)


def _tidy_venue(s: str) -> str:
    """A venue statement without what is no venue's name: a leading ``in``/``at``, a date's day and
    month before the year, a volume, issue and pages; a kind of work alone (``Tech Report 2005``)."""
    if s.startswith(("in ", "In ", "at ", "At ")) and s[3:4].isupper():
        s = s[3:]  # "in ICML 2019", "In Proc. CVPR", "at QCon 2012": the venue follows
    if (month := _MONTH_YEAR.search(s)) is not None:
        s = (s[: month.start()] + " " + month.group("year")).strip(" ,;")  # "QCon, November 2012": the year
    if _NO_NAME.match(s) or _KIND_ONLY.fullmatch(s):
        return s[-4:] if _YEAR_RE.search(s[-4:]) else ""  # "number 1, pages 133–160, March 2006": a year, no venue
    if (vol := _VOLUME_PAGES.search(s)) is not None and re.search(r"[A-Za-z]{2,}", s[: vol.start()]):
        s = s[: vol.start()] + " " + vol.group("year")  # "Journal of Owls 12 (3): 45–67, 2019": no volume, no pages
    return s


def _parse_venue(text: str | None) -> tuple[Venue | None, int | None]:
    if text is None:
        return None, None
    s = _tidy_venue(plain(text).strip().strip(",;").strip())
    if not s or _PLACEHOLDER_RE.match(s):
        return None, None
    if _ARXIV_RE.match(s):
        ident = _NEW_ID.search(s)
        m = _YEAR_RE.search(_NEW_ID.sub(" ", s))  # (an id's digits are no year: "arXiv:2003.00004" is March 2020)
        year = int(m.group(1)) if m else (2000 + int(ident.group(1)) if ident and "07" <= ident.group(1) else None)
        return Venue(name="arXiv", year=year), year
    bare = _BARE_YEAR.match(s)
    if bare:
        return None, int(bare.group(1))
    m = _VENUE_RE.match(s) if len(s) <= VENUE_MAX else None  # the pattern is quadratic: no longer venue is read
    if not m:
        return Venue(name=s), None
    name = m.group("name").strip(" ,(")
    raw_year = m.group("year")
    year = int(raw_year) if not raw_year.startswith("'") else 2000 + int(raw_year[1:])
    rest = m.group("rest")
    r = _REST_RE.match(rest)
    track = None
    detail = None
    if r:
        t = r.group("ptrack") or r.group("track")
        track = TRACKS[t.lower()] if t else None
        more = r.group("more").strip()
        if more.startswith("(") and more.endswith(")"):
            more = more[1:-1].strip()
        detail = more if any(c.isalnum() for c in more) else None  # ("CVPR 2021." has no detail)
    return Venue(name=name, year=year, track=track, detail=detail), year


def render_venue(venue: Venue | None, placeholder: str = "accept info") -> str:
    return venue.render() if venue else placeholder


_ET_AL_RE = re.compile(r"(?:(?<!\s)|(?!\s)),?\s*+(?:et\s*al\.?|and others|等(?:人)?)\s*$", re.IGNORECASE)
_SPLIT_RE = re.compile(r"(?:(?<!\s)|(?!\s))\s*+(?:,|;|，|、|\band\b)\s*+")


def parse_authors(text: str | None) -> tuple[list[str], bool]:
    """An author list as written -> (names, complete?).  "et al." means cut."""
    if not text:
        return [], False
    s = plain(text).strip().strip("_*").strip()
    if not s or s.startswith("["):
        return [], False
    complete = True
    if _ET_AL_RE.search(s):
        s = _ET_AL_RE.sub("", s)
        complete = False
    names = [n.strip() for n in _SPLIT_RE.split(s) if n.strip()]
    return names, complete and bool(names)


def parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


_ACCEPT_RE = re.compile(r"\b(?:submitted|under review|in submission|under submission|to be submitted)\b", re.IGNORECASE)


def venue_from_comment(comment: str, known: dict[str, str]) -> tuple[Venue | None, int | None]:
    """Find an accepted venue in an arXiv comment ("Accepted to CVPR 2025").

    ``known`` maps an alias to the canonical venue name.  Comments that say a
    paper was only submitted or is under review name no venue.
    """
    if not comment or _ACCEPT_RE.search(comment):
        return None, None
    m = _comment_pattern(tuple(sorted(known, key=len, reverse=True))).search(comment)
    if not m:
        return None, None
    name = known[m.group("alias")]
    year_text = m.group("year")
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text[-2:])
    rest = comment[m.end() :]
    t = re.match(rf"\s*\(?({_TRACK_ALT})\b", rest, re.IGNORECASE)
    track = TRACKS[t.group(1).lower()] if t else None
    if track is None and re.search(r"\bworkshops?\b", comment[: m.start()], re.IGNORECASE):
        track = "Workshop"
    return Venue(name=name, year=year, track=track), year


_COMMENT_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _comment_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    pattern = _COMMENT_PATTERNS.get(aliases)
    if pattern is None:
        alt = "|".join(re.escape(a) for a in aliases)
        pattern = re.compile(rf"(?<![\w-])(?P<alias>{alt})[\s'’-]*(?P<year>(?:19|20)\d{{2}}|'\d{{2}})(?!\d)")
        _COMMENT_PATTERNS[aliases] = pattern
    return pattern
