"""Which mapped venue a source's venue name is: whole names and exact aliases only (pure).

A name matches a venue of ``mappings/venues.toml`` only when, once the parts
that vary per edition are set aside (a year, an ordinal, "Proceedings of the",
"Accepted to", trailing volume numbers), it **is** one of the venue's names
(the table name, an alias, ``full``, the booktitle or journal), or one of its
parts split at commas, parentheses, colons or dashes is.  A name is never
matched by a shorter name inside it: "Nature Communications" is not Nature,
"Procedia Computer Science" is not Science, "International Conference on
Machine Learning and Applications (ICMLA)" is not ICML, "International
Conference on Computer Vision Theory and Applications" is not ICCV.

Tracks are their own venues: a name with a track word (workshop, Findings,
Tiny Papers, demo, companion, adjunct, extended abstract, doctoral consortium,
student research, datasets and benchmarks, late-breaking, blogpost, or an
acronym + W such as CVPRW) is never the main conference.  It is a
mapped venue of its own when its whole name is one ("Findings of EMNLP"), a
workshop of a mapped conference when it is a workshop ("CVPR 2023 Workshop on
...", "... Pattern Recognition Workshops (CVPRW)"), and otherwise a venue no
mapping knows, written as the source gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..mappings import VenueSpec, venues

# ("Workshop/Winter Conference on Applications of Computer Vision", Semantic Scholar's name of
# WACV, is no workshop: a word before a slash is one of two names.)
_TRACK = re.compile(r"\b(?:workshops?|findings|tiny\s+papers?|demos?|demonstrations?|companion|adjunct|"
                    r"extended\s+abstracts?|doctoral\s+consortium|student\s+research|datasets\s+and\s+benchmarks|"
                    r"late[- ]breaking|blogposts?)\b(?!/)", re.IGNORECASE)
_WORKSHOP = re.compile(r"\bworkshops?\b(?!/)", re.IGNORECASE)
_ORDINAL_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                  "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|"
                  "fiftieth")
_TENS = r"(?:twenty|thirty|forty|fifty)[- ]"
_ORDINAL = re.compile(rf"\b(?:{_TENS})?(?:{_ORDINAL_WORDS})\b|\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:accepted|published|appeared|appears|presented|to\s+appear)(?:\s+(?:at|in|to|by|as|for))*"
                   r"|camera[- ]ready(?:\s+version)?(?:\s+(?:for|of|at))?|proceedings\s+of|in|the|of"
                   r"|(?:as\s+)?an?\s+(?:(?:long|short|full|main|conference|workshop|journal|oral|poster)\s+)*paper"
                   r"(?:\s+(?:at|in|to|for))?)\b[\s,:.]*",
                   re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d])(?:19|20)\d{2}(?!\d)|'\d{2}\b")
#: No venue's name is longer; a longer text names none, and is not cleaned (the edition
#: patterns below are quadratic on a long run of numbers).
NAME_MAX = 400
_TRAIL = re.compile(r"(?:[\s,.;:]+(?:\d+|[IVXLC]{2,}|vol(?:ume)?\.?\s*\d+|pp?\.?\s*[\d\-–]+|pages?\s*[\d\-–]+))+$",
                    re.IGNORECASE)
_ORG = re.compile(r"^(?:IEEE/CVF|IEEE/RSJ|IEEE|ACM|CVF)\s+", re.IGNORECASE)
_PARENS = re.compile(r"[()]")
_SPLIT = re.compile(r"(?:(?<!\s)|(?!\s))(?:\s*+[,;()]\s*|\s++[-–—]+\s+|:\s+)")


@dataclass(frozen=True)
class Identified:
    """A venue name as the mappings know it."""

    #: The canonical name, or None (no mapped venue: write ``given``).
    canonical: str | None
    #: A workshop of the canonical venue.
    workshop: bool
    #: The name as the source gives it (years kept out), for a venue no mapping knows.
    given: str


def clean(text: str) -> str:
    """The name with edition parts set aside (see the module docstring)."""
    if len(text) > NAME_MAX:
        return text
    text = " ".join(text.replace("&", " and ").replace("{", "").replace("}", "").split())
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text).strip()
    text = _ORDINAL.sub(" ", _YEAR.sub(" ", text))
    text = _TRAIL.sub("", " ".join(text.split()))
    return text.strip(" ,.;:-–")


@lru_cache(maxsize=8)
def _names(key: int) -> dict[str, str]:
    """Folded whole name -> canonical venue (no preprint servers)."""
    out: dict[str, str] = {}
    for name, spec in venues().items():
        if spec.kind == "preprint":
            continue
        for text in _spellings(name, spec):
            for form in {clean(text), clean(_ORG.sub("", clean(text)))}:
                if form:
                    out.setdefault(form.casefold(), name)
    return out


def _spellings(name: str, spec: VenueSpec) -> list[str]:
    return [name, *spec.aliases, spec.full, *(t for t in (spec.booktitle, spec.journal) if t)]


def whole_names() -> dict[str, str]:
    return _names(id(venues()))


def _lookup(text: str) -> str | None:
    names = whole_names()
    form = clean(text)
    return names.get(form.casefold()) or names.get(_ORG.sub("", form).casefold()) if form else None


def match_exact(text: str) -> str | None:
    """The canonical venue ``text`` is as a whole (edition parts set aside), else None."""
    return _lookup(text)


def match_whole(text: str) -> str | None:
    """The canonical venue ``text`` names as a whole, or one of its parts does; None otherwise."""
    if len(text) > NAME_MAX:
        return None
    found = _lookup(text)
    if found is not None:
        return found
    for part in _SPLIT.split(text):
        if part and (found := _lookup(part)) is not None:
            return found
    return None


def has_track(text: str) -> bool:
    """Whether ``text`` names a track (workshop, Findings, ...), an acronym + W included."""
    return bool(_TRACK.search(text)) or _workshop_acronym(text) is not None


def _workshop_acronym(text: str) -> str | None:
    """``CVPRW`` -> CVPR (a mapped conference with workshops)."""
    names = whole_names()
    for token in re.findall(r"\b([A-Z][A-Za-z0-9]{1,12})W\b", text):
        name = names.get(token.casefold())
        if name is not None and venues()[name].workshop:
            return name
    return None


def _workshop_of(text: str) -> str | None:
    """The mapped conference whose workshop ``text`` names."""
    if (name := _workshop_acronym(text)) is not None:
        return name
    stripped = _WORKSHOP.sub(" ", text)
    name = match_whole(stripped)
    if name is None:  # "CVPR 2023 Workshop on Computational Cameras": the conference named first
        head = re.split(r"\bworkshops?\b", text, maxsplit=1, flags=re.IGNORECASE)[0]
        name = match_whole(head) if head.strip() else None
        if name is None:  # "Workshop on X at ICCV 2023"
            m = re.search(r"\bat\s+(.+)$", text)
            name = match_whole(m[1]) if m else None
    spec = venues().get(name or "")
    return name if spec is not None and spec.kind in ("conference", "workshop") and spec.workshop else None


def identify(names: list[str]) -> Identified | None:
    """The venue the source's names give (tracks first: a track name wins over the main
    venue's name in the same answer), or None when there is no name."""
    names = [" ".join(n.split()) for n in names if n and n.strip()]
    if not names:
        return None
    tracks = [n for n in names if has_track(n)]
    for name in tracks:
        found = _lookup(name) or _lookup(_PARENS.sub(" ", name))  # ("EMNLP 2023 (Findings)")
        if found is not None:
            return Identified(found, False, name)
        if _WORKSHOP.search(name) or _workshop_acronym(name):
            main = _workshop_of(name)
            if main is not None:
                return Identified(main, True, name)
    if tracks:  # (written whole: its track words are what make it a venue of its own)
        return Identified(None, False, clean(_PARENS.sub(" ", tracks[0])) or tracks[0])
    for name in names:
        found = match_whole(name)
        if found is not None:
            return Identified(found, False, name)
    return Identified(None, False, given_name(names[0]))


def given_name(text: str) -> str:
    """A venue no mapping knows, as written: its first part, without years and numbers
    ("Nature Communications 14, 123 (2023)" -> "Nature Communications")."""
    head = re.split(r"[,;(]", text, maxsplit=1)[0]
    return clean(head) or " ".join(text.split())
