"""arXiv's ``journal_ref`` as a publication (pure parsing).

Authors write the field by hand, so it comes in many forms::

    CVPR 2022
    Accepted to ICCV 2021 (oral)
    Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2022, pp. 1234-1243
    Advances in Neural Information Processing Systems 33 (NeurIPS 2020)
    Proceedings of the 38th International Conference on Machine Learning, PMLR 139:8748-8763, 2021
    Proceedings of the AAAI Conference on Artificial Intelligence, 35(12), 10674-10685 (2021)
    Nature 521, 436-444 (2015)
    IEEE Transactions on Pattern Analysis and Machine Intelligence, vol. 43, no. 1, pp. 1-15, 2021
    Phys. Rev. D 100, 123456 (2019)

:func:`parse_journal_ref` finds the venue (an alias of ``mappings/venues.toml``,
preferring one in parentheses; else the leading words, kept as given), the
year, pages, volume and number.  A reference that says the paper was only
submitted, or names arXiv itself, is no publication.
"""

from __future__ import annotations

import re

from ..mappings import venues
from ..model import Publication
from .venue_match import given_name, identify, match_exact

SOURCE = "arXiv journal_ref"
COMMENT = "arXiv comment"

#: Words that say a paper is not published (yet): it stays a preprint, whatever the services say.
STATUS_WORDS = re.compile(
    r"\b(?:submitted|submission|under\s+review|in\s+review|under\s+revision|in\s+revision|(?:major|minor)\s+revision"
    r"|revis(?:ed|ion)\s+(?:at|for|in|to)|under\s+consideration|extended\s+version|extension\s+of|preprint\s+of"
    r"|preprint\s+version)\b",
    re.IGNORECASE,
)
#: In a journal_ref (not a comment), these too mean no publication.
_NO_VENUE = re.compile(r"\b(?:preprint|arxiv|corr)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d:.])((?:19|20)\d{2})(?![\d.])")
_PAGES = re.compile(r"(?:\bpp?\.|\bpages?)\s*(\d+)\s*(?:-+|–|—)\s*(\d+)", re.IGNORECASE)
_PMLR = re.compile(r"\bPMLR\s+(\d+)\s*:\s*(\d+)\s*(?:-+|–)\s*(\d+)", re.IGNORECASE)
_VOL_NO = re.compile(r"\bvol(?:ume)?\.?\s*(\d+)(?:\s*,\s*(?:no|issue|number)\.?\s*(\d+))?", re.IGNORECASE)
_VOL_ISSUE = re.compile(r"(?<![\d.])(\d{1,4})\s*\((?!(?:19|20)\d{2}\))(\d{1,4})\)")
# "Nature 521, 436-444" / "Phys. Rev. D 100, 123456": volume then pages (or article number).
_VOL_PAGES = re.compile(r"^(?P<name>\s|[^\d(]*?[^\d(\s])\s++(?P<vol>\d{1,4})\s*+[,:]\s*+(?P<first>[A-Z]?\d+)(?:\s*+(?:-++|–)\s*+(?P<last>\d+))?")
_VOL_YEAR = re.compile(r"(?<![\d.])(\d{1,4})\s*\((?:19|20)\d{2}\)")
_RANGE = re.compile(r"(?<!\d)\d++\s*+(?:-+|–|—)\s*\d+")
_BARE_PAGES = re.compile(r"(?<![\d(])(\d{1,6})\s*(?:-+|–)\s*(\d{1,6})(?![\d)])")
_CONFERENCE_WORDS = re.compile(r"\b(?:conference|proceedings|workshop|symposium|meeting|congress)\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:accepted|published|appeared|appears|to appear|presented)(?:\s+(?:at|in|to|by|as|for))*\s+"
                   r"|camera[- ]ready(?:\s+version)?(?:\s+(?:for|of|at))?[\s,:]+)"
                   r"(?:an?\s+(?:(?:long|short|full|main|conference|workshop|journal|oral|poster)\s+)*paper"
                   r"(?:\s+(?:at|in|to|for))?\s+)?", re.IGNORECASE)


def find_venue(text: str) -> str | None:
    """The canonical name of the mapped venue ``text`` names as a whole (or one of its
    parts does: "... Pattern Recognition (CVPR), 2022"), or None (see :mod:`.venue_match`)."""
    found = identify([text])
    return found.canonical if found is not None else None


def not_published(text: str | None) -> bool:
    """Whether ``text`` (a journal_ref or an arXiv comment) says the paper is not published
    (yet): submitted, under review, in revision, an extended version of another paper..."""
    return bool(text) and bool(STATUS_WORDS.search(text or ""))


def _numbers(text: str) -> dict[str, str]:
    """Pages, volume and number, by the first form that names them."""
    out: dict[str, str] = {}
    if m := _PMLR.search(text):
        out.update(volume=m[1], pages=f"{m[2]}--{m[3]}")
        return out
    if m := _PAGES.search(text):
        out["pages"] = f"{m[1]}--{m[2]}"
    if m := _VOL_NO.search(text):
        out["volume"] = m[1]
        if m[2]:
            out["number"] = m[2]
    elif m := _VOL_ISSUE.search(text):
        out.update(volume=m[1], number=m[2])
    elif m := _VOL_PAGES.match(text):
        out["volume"] = m["vol"]
        if "pages" not in out:
            out["pages"] = f"{m['first']}--{m['last']}" if m["last"] else m["first"]
    elif m := _VOL_YEAR.search(text):
        out["volume"] = m[1]
    if "pages" not in out and "volume" in out:
        out.update(_pages_after_volume(text, out))
    return out


def _pages_after_volume(text: str, out: dict[str, str]) -> dict[str, str]:
    """Bare pages ("1929-1958") after the volume, years and issue left out."""
    rest = text[text.find(out["volume"]) + len(out["volume"]):]
    rest = re.sub(r"\((?:19|20)\d{2}\)|,\s*(?:19|20)\d{2}\b", " ", rest.replace(f"({out.get('number')})", " "))
    m = _BARE_PAGES.search(rest)
    return {"pages": f"{m[1]}--{m[2]}"} if m else {}


def parse_journal_ref(text: str | None) -> Publication | None:
    """The publication a ``journal_ref`` names, or None (see the module's forms)."""
    if not text or not text.strip() or not_published(text) or _NO_VENUE.search(text):
        return None
    text = _LEAD.sub("", " ".join(text.split()))
    years = _YEAR.findall(_RANGE.sub(" ", text))
    numbers = _numbers(text)
    found = identify([text])
    canonical = found.canonical if found is not None else None
    if canonical is not None:
        spec = venues()[canonical]
        kind = "journal" if spec.kind == "journal" else "conference"
        name, known = canonical, True
    else:
        name, known = given_name(text), False
        if not years or not re.match(r"[^\W\d_]{2}", name):
            return None  # a venue no mapping knows needs a year and a name ("12 pages" is none)
        kind = "conference" if _CONFERENCE_WORDS.search(text) or not numbers.get("volume") else "journal"
    workshop = found is not None and found.workshop
    pub = Publication(kind=kind, venue=name, known=known, container=text, workshop=workshop,
                      year=int(years[-1]) if years else None, pages=numbers.get("pages"),
                      volume=numbers.get("volume"), number=numbers.get("number"))
    pub.sources = {f: SOURCE for f in ("venue", "year", "pages", "volume", "number") if getattr(pub, f)}
    return pub


_STATED = re.compile(r"\b(?:accepted|to\s+appear|camera[- ]ready|published|appears|appearing)\b", re.IGNORECASE)
_PIECES = re.compile(r"(?<=[.;|])\s+|\n|;|\|")
#: How a paper was presented ("(Oral)", "(Highlight)"): no part of the venue.
_FORMAT = re.compile(r"(?:(?<!\s)|(?!\s))\s*+\((?:oral|spotlight|highlight|poster)[^)]*\)", re.IGNORECASE)


def comment_publication(comment: str | None) -> Publication | None:
    """The publication an arXiv comment states, or None: "Accepted to ICCV 2023 (oral)",
    "10 pages, to appear in TPAMI 2024", or a piece that is a venue and year as a whole
    ("SIGGRAPH Asia 2023. Project page: ...").  Only a venue of the mappings with a year
    counts (a comment is free text); a comment with a status word states none."""
    if not comment or not_published(comment):
        return None
    for raw in _PIECES.split(comment):
        piece = raw.strip(" .;|")
        stated = _STATED.search(piece)
        if stated:
            piece = piece[stated.start():]
        elif not piece or match_exact(_FORMAT.sub("", piece)) is None:
            continue
        pub = parse_journal_ref(piece)
        if pub is not None and pub.known and pub.year:
            pub.sources = {name: COMMENT for name in pub.sources}
            return pub
    return None
