"""A known venue and its year written after a title with no brackets (``Title OSDI'22``,
``Title, SIGIR 2020``): where the title ends, and the venue kept when its year is plain to read; any
venue and year closing a plain title after its stop or comma (``Title. ICASSP 2020.``)."""

from __future__ import annotations

import re

from .prefixes import venue_names

#: A known venue's acronym and its year closing a title, no brackets (``Title OSDI'22``, ``Title SC21``).
_BARE_VENUE_YEAR = re.compile(r"(?<![ \t])[ \t]++(?P<v>[A-Za-z][\w&\-]{1,14}?)[ \t]?+(?:['’]\d{2}|(?:19|20)?\d{2})$")


#: A known venue after a spaced dash closing a title, its year after another (``Title - AAAI - 2019``, ``Title - NIPS``).
_DASHED_VENUE = re.compile(r"(?<=[ \t])[-–—][ \t](?P<v>[A-Za-z][\w&'’\-]{1,14}+)(?:@[\w&\-]{2,14}+)?+"
                           r"(?:[ \t][-–—][ \t](?:19|20)\d{2})?+[ \t]?+$")


def bare_venue_tail(line: str, t0: int, t1: int) -> int:
    """The title's end without a known venue and year written after it, no brackets, or after a spaced dash;
    ``t1`` when none is (three words of title at least stay)."""
    if (d := _DASHED_VENUE.search(line, max(t0, t1 - 40), t1)) and known_venue(d.group("v")) \
            and len(line[t0 : d.start()].split()) >= 3:
        return len(line[: d.start()].rstrip())  # "Title - AAAI - 2019", "Title - MAPL@PLDI - 2018"
    if t1 - t0 < 12 or not line[t1 - 1].isdigit() or (m := _BARE_VENUE_YEAR.search(line, max(t0, t1 - 24), t1)) is None \
            or not known_venue(m.group("v")) or len(words := line[t0 : m.start()].split()) < 3:
        return t1
    if sum(c.isupper() for c in m.group("v")) < 2 and "'" not in m.group(0) and "’" not in m.group(0) \
            or words[-1].lower() in _BEFORE_EVENT or words[-1] in ("al", "al.", "al,"):
        return t1  # ("… in climate Science 2020"; "… held at ICML 2021", "as of CVPR 2021": the event named)
    return m.start()


_BEFORE_EVENT = frozenset({"at", "of", "in", "for", "from", "to", "on", "by", "@"})


def known_venue(name: str) -> bool:
    """Whether the reader knows ``name`` as a venue's acronym (any case)."""
    return name.casefold() in _known_folded()


def _known_folded() -> frozenset[str]:
    if not _FOLDED:
        _FOLDED.append(frozenset(v.casefold() for v in venue_names()))
    return _FOLDED[0]


_FOLDED: list[frozenset[str]] = []
#: The venue kept from such a tail: its year written whole or after an apostrophe (``SC21`` is cut, not kept).
_VENUE_YEAR_AT = re.compile(r"(?P<v>[A-Za-z][\w&\-]{1,14}?)(?:[ \t]?+['’]\d{2}|[ \t\-]?+(?:19|20)\d{2})(?![\w'’])")


def venue_year_at(line: str, k: int) -> int | None:
    """The end of a known venue and its year standing at ``k`` (``OSDI'22``, ``SIGIR 2020``), None when
    none does (``SC21``: a fused two-digit year is cut from a title, never kept as a venue)."""
    m = _VENUE_YEAR_AT.match(line, k)
    return m.end() if m is not None and known_venue(m.group("v")) else None


#: A venue's short name closing a title after its year (``Title, 2006, ISCA``, ``Title, 2023, MICRO-56``).
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[ \-]?\d{2,4})?")
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


#: A known venue and its year (or a year alone) between commas after a title, maybe after names cited short:
#: ``, ECCV 2018, Lab``, ``, Ann Barn et al, ICCV 2019, Lab``.
_VENUE_YEAR_PART = re.compile(r",[ \t]*+(?:[A-Z][^,\n]{1,40}?[ \t]et\.?[ \t]?al\.?[ \t]*+,[ \t]*+)?(?:(?P<v>[A-Za-z][\w\-]{1,14})[ \t]++)?(?:19|20)\d{2}[ \t]*+(?=,|$)")


def year_venue_end(line: str, t0: int, t1: int) -> int | None:
    """Where a title ends before ``, Year, VENUE`` closing it, or before ``, VENUE Year`` and a few short
    parts (an affiliation: ``Title, ECCV 2018, Owl AI Lab, 复旦``); None when no such pair closes it."""
    for m in _VENUE_YEAR_PART.finditer(line[:t1], t0):
        if m.start() - t0 > 8 and (m.group("v") is None or known_venue(m.group("v"))) and t1 - m.end() <= 40 \
                and line.count(",", m.end(), t1) <= 3 and "." not in line[m.end() : t1]:
            return m.start()
    k = line.rfind(",", t0, t1)
    if k < 0 or not _ACRONYM.fullmatch(line[k + 1 : t1].strip()):
        return None
    j = line.rfind(",", t0, k)
    return j if j - t0 > 8 and _BARE_YEAR.fullmatch(line[j + 1 : k].strip()) else None


_PREPRINTS = frozenset({"arxiv", "biorxiv", "medrxiv", "chemrxiv", "ssrn", "corr", "preprint"})
#: A venue's short name in capitals (``ICLR``, ``NAACL-HLT``, ``JCMR``).
_CAPS_VENUE = re.compile(r"[A-Z][A-Z&\-]{1,14}")


def comma_venue(text: str) -> tuple[tuple[int, int] | None, int] | None:
    """A venue named after a title's last comma, no year (``Title, ICLR``, ``Title, arXiv``): its columns in
    ``text`` when the reader knows the venue (an unknown acronym in capitals is cut from the title but kept
    as no venue: a wrong venue is worse than none), and where the title ends; None when no venue is named."""
    text = text.rstrip(" \t,")
    k = text.rfind(", ")
    if k < 0:
        return None
    v0 = k + 2
    name = text[v0:].strip(" \t")
    known = known_venue(name) or name.lower() in _PREPRINTS
    if not (known or _CAPS_VENUE.fullmatch(name)) or len(text[:k].split()) < 2:
        return None
    return ((v0, v0 + len(name)) if known else None), k


#: A venue of up to four words and its year closing a plain title: ``Title, arXiv 2023``, ``Title. ICASSP 2020.``
_TRAILING_VENUE = re.compile(r"[,.]\s*(?:\*\*|__)?(?P<v>[A-Za-z][\w'’&.\-]*(?: [A-Za-z][\w'’&.\-]*){0,3}\s(?:19|20)\d{2})"
                             r"(?:\*\*|__)?[.,]?\s*$")
#: A venue with a short year ending a title: ``Title. arxiv'19.``, ``Title. AI Review'18.``
_TRAILING_SHORT = re.compile(r"[,.][ \t]*+(?P<v>[A-Za-z][\w&\-]*+(?:\.[\w&\-]++)*+(?:[ \t][A-Za-z][\w&\-]*+){0,2}['’](?:19|20)?\d{2})"
                             r"[.,]?[ \t]*+$")


def trailing_venue(text: str) -> tuple[int, int, int] | None:
    """A venue and year ending a plain title (``Title, arXiv 2023``, ``Title. ICASSP 2020.``):
    the venue's columns in ``text`` and where the title ends; looked for at the end only."""
    body = text.rstrip(" \t[(")
    tail = _TRAILING_VENUE.search(body, max(0, len(body) - 80)) or _TRAILING_SHORT.search(body, max(0, len(body) - 60))
    if tail is None:
        return None
    word = body[body.rfind(" ", 0, tail.start()) + 1 : tail.end()]
    if "://" in word or word.lower().startswith(("doi:", "www.", "10.")):
        return None  # ("Title. https://doi.org/10.1000/owl.2021": an address, no venue)
    return tail.start("v"), tail.end("v"), tail.start()


#: A year fused to a venue or standing alone (``AAAI2021``, ``2021``).
_FUSED = re.compile(r"(?:19|20)(?<!\d..)\d{2}(?!\d)")


def marked_venue_end(line: str, t0: int, t1: int) -> tuple[int, tuple[int, int] | None] | None:
    """Where a title ends before a bold venue and year closing it (``Names ***AAAI 2021``, its closing marks
    past the span), and the venue's columns when the reader knows it; None when none closes it."""
    k = line.rfind("**", t0, t1)
    while k > t0 and line[k - 1] == "*":
        k -= 1
    if k - t0 < 8 or line[k - 1] not in " \t":
        return None
    v0 = k
    while v0 < t1 and line[v0] == "*":
        v0 += 1
    inner = line[v0:t1].rstrip("* \t")
    if not 3 <= len(inner) <= 30 or "*" in inner or not _FUSED.search(inner) or not inner[:1].isalpha():
        return None
    end = k
    while end > t0 and line[end - 1] in " \t,":
        end -= 1
    known = known_venue(re.split(r"[ \t'’\d]", inner, maxsplit=1)[0])
    return end, ((v0, v0 + len(inner)) if known else None)  # (an unknown name is cut, never kept as the venue)
