"""The shape each field of a Semantic Scholar paper and a Crossref work must have before
anything reads it (pure).

A service's JSON is outside text: a field of the wrong type (a number for a title, a string
for a list of authors, an object for a year) is dropped, as if the service had not given
it, and an element of the wrong type is dropped from its list. Fields nobody reads pass
through unchanged. An answer that is not an object at all is no answer (None).
"""

from __future__ import annotations

from typing import Any

#: A spec is a type, a tuple of types, a one-element list (a list of that spec), or a dict
#: of specs (an object whose named fields must have those shapes).
Spec = Any

_DATE = {"date-parts": [[(int, type(None))]]}

S2_PAPER: dict[str, Spec] = {
    "paperId": str, "title": str, "year": int, "venue": str, "publicationDate": str,
    "publicationVenue": {"id": str, "name": str, "type": str, "alternate_names": [str], "issn": str, "url": str},
    "journal": {"name": str, "volume": str, "pages": str},
    "externalIds": {"ArXiv": str, "DOI": str, "DBLP": str, "CorpusId": (int, str), "ACL": str, "MAG": (str, int)},
    "publicationTypes": [str],
    "authors": [{"authorId": str, "name": str}],
}

CROSSREF_WORK: dict[str, Spec] = {
    "DOI": str, "type": str, "subtype": str, "title": [str], "container-title": [str],
    "short-container-title": [str], "event": {"name": str}, "publisher": str, "page": str, "volume": str,
    "issue": str, "ISSN": [str], "institution": [{"name": str}],
    "issued": _DATE, "published": _DATE, "published-print": _DATE, "published-online": _DATE,
    "author": [{"given": str, "family": str, "name": str, "sequence": str}],
}


def s2_paper(value: Any) -> dict[str, Any] | None:
    """A Semantic Scholar paper with every field read in its shape, or None."""
    return _object(value, S2_PAPER)


def crossref_work(value: Any) -> dict[str, Any] | None:
    """A Crossref work with every field read in its shape, or None."""
    return _object(value, CROSSREF_WORK)


_DROP = object()


def _object(value: Any, spec: dict[str, Spec]) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    out = {}
    for name, item in value.items():
        kept = _shaped(item, spec[name]) if name in spec else item
        if kept is not _DROP:
            out[name] = kept
    return out


def _shaped(value: Any, spec: Spec) -> Any:
    """``value`` in the shape of ``spec``, or _DROP. (Booleans are no numbers here.)"""
    if value is None:
        return None  # a missing value: every reader handles None
    if isinstance(spec, dict):
        shaped = _object(value, spec)
        return _DROP if shaped is None else shaped
    if isinstance(spec, list):
        if not isinstance(value, list):
            return _DROP
        nullable = isinstance(spec[0], tuple) and type(None) in spec[0]
        kept = [_shaped(v, spec[0]) for v in value]
        return [v for v in kept if v is not _DROP and (v is not None or nullable)]
    types = spec if isinstance(spec, tuple) else (spec,)
    if isinstance(value, bool) and bool not in types:
        return _DROP
    return value if isinstance(value, types) else _DROP
