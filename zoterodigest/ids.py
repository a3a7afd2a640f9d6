"""arXiv identifier and DOI normalisation (pure functions).

Identity of a paper is the unversioned arXiv id, else the DOI, else the
normalised title.  These helpers turn every spelling found in digests
(``http``/``https``, ``abs``/``pdf``/``html``, ``.pdf``, ``vN``, ``arXiv:``
prefixes, old-style ``hep-th/9901001`` ids, ``10.48550/arXiv.*`` DOIs) into
one canonical form, and keep the version as separate data.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# New-style ids (2007-04 onwards): YYMM.NNNN (to 2014) or YYMM.NNNNN.
_NEW = r"(?:\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})"
# Old-style ids: archive(.SUBJ)/YYMMNNN, e.g. math/0211159, math.GT/0309136.
_OLD = r"(?:[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{2}(?:0[1-9]|1[0-2])\d{3})"
_ID = rf"(?P<id>{_NEW}|{_OLD})(?:v(?P<version>\d+))?"

ARXIV_ID_RE = re.compile(rf"^{_ID}$")
_BARE_RE = re.compile(rf"^(?:arxiv\s*:\s*)?{_ID}$", re.IGNORECASE)
_URL_RE = re.compile(
    rf"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html|format)/{_ID}(?:\.pdf)?/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# Finds an arXiv URL anywhere in a text; the id must end there (``2401.999999`` is no
# id, not ``2401.99999`` followed by a 9).
ARXIV_URL_SEARCH = re.compile(
    rf"(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/{_ID}(?!\w)",
    re.IGNORECASE,
)
_DOI_RE = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?(?P<doi>10\.\d{4,9}/\S+)$", re.IGNORECASE)
_ARXIV_DOI_RE = re.compile(rf"^10\.48550/arxiv\.{_ID}$", re.IGNORECASE)


class ArxivId(NamedTuple):
    """An unversioned arXiv id and the version named with it (or None)."""

    id: str
    version: int | None = None

    def __str__(self) -> str:
        return self.id if self.version is None else f"{self.id}v{self.version}"


def _fix_old_case(raw: str) -> str:
    # Archive names are lower case, subject classes upper case (math.GT).
    if "/" not in raw:
        return raw
    archive, number = raw.split("/", 1)
    if "." in archive:
        name, subject = archive.split(".", 1)
        archive = f"{name.lower()}.{subject.upper()}"
    else:
        archive = archive.lower()
    return f"{archive}/{number}"


def _well_numbered(raw: str) -> bool:
    """A new-style id has 4 digits after the dot until 2014 (``1412.6980``) and 5 from
    2015 on (``1501.00001``): ``2401.0001`` is a typo, not a paper."""
    if "/" in raw:
        return True
    month, number = raw.split(".", 1)
    return len(number) == (5 if month >= "1501" else 4)


def _from_match(m: re.Match[str] | None) -> ArxivId | None:
    if m is None or not _well_numbered(m.group("id")):
        return None
    version = m.group("version")
    return ArxivId(_fix_old_case(m.group("id")), int(version) if version else None)


def parse_arxiv(text: str | None) -> ArxivId | None:
    """Parse an id, ``arXiv:`` id, arXiv URL or arXiv DOI; None if it is none."""
    if not text:
        return None
    s = text.strip()
    for pattern in (_BARE_RE, _URL_RE, _ARXIV_DOI_RE):
        m = pattern.match(s)
        if m:
            return _from_match(m)
    return None


def find_arxiv(text: str) -> ArxivId | None:
    """The first arXiv URL inside a longer text that holds a well-formed id, if any."""
    for m in ARXIV_URL_SEARCH.finditer(text):
        found = _from_match(m)
        if found is not None:
            return found
    return None


def is_valid_arxiv_id(text: str) -> bool:
    """True for a well-formed unversioned or versioned id (what arXiv may know)."""
    return _from_match(ARXIV_ID_RE.match(text.strip())) is not None


def normalise_doi(text: str | None) -> str | None:
    """Lower-cased bare DOI (``10.1234/abc``) from a DOI, ``doi:`` or doi.org URL."""
    if not text:
        return None
    m = _DOI_RE.match(text.strip())
    if not m:
        return None
    return m.group("doi").rstrip("\\").rstrip(".,;").lower()  # (a hard break's backslash after an address is no part of it)


def arxiv_doi(arxiv_id: str) -> str:
    """The DataCite DOI arXiv assigns to every paper."""
    return f"10.48550/arXiv.{arxiv_id}"


_WORD_RE = re.compile(r"[^\w]+", re.UNICODE)


def normalise_title(title: str) -> str:
    """Title key for identity: case, accents, punctuation and spacing folded."""
    folded = title.casefold()
    if not folded.isascii():  # (ASCII has nothing to decompose and no combining marks)
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(_WORD_RE.sub(" ", folded).split())


_SUBMITTED = re.compile(r"^(?:[a-z\-]+(?:\.[A-Z]{2})?/)?(\d{2})(\d{2})")


def submitted_month(arxiv_id: str) -> tuple[int, int] | None:
    """(year, month) of an arXiv id's first submission, read from the id itself
    (``2001.08361`` -> (2020, 1); ``hep-th/9901001`` -> (1999, 1)), or None."""
    m = _SUBMITTED.match(arxiv_id)
    if not m or not 1 <= int(m[2]) <= 12:
        return None
    yy = int(m[1])
    return (1900 + yy if "/" in arxiv_id and yy >= 91 else 2000 + yy), int(m[2])
