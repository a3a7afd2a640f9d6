"""arXiv ids as look-up keys, and arXiv's answers as :class:`ArxivRecord`.

Kept apart from the HTTP side (:mod:`.arxiv_lookup`) because the cache, the
enricher and the tests need these rules without a client: one paper is asked,
answered and cached under one key, and a record's text is repaired the same
way wherever it comes from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import arxiv
import ftfy

from ..ids import ArxivId, parse_arxiv
from ..memo import memo
from ..model import ArxivRecord


def lookup_key(arxiv_id: str) -> str:
    """The key one arXiv paper is asked, answered and cached under.

    Unversioned; an old-style id loses its subject class (``math.GT/0309136``
    -> ``math/0309136``) since that is how arXiv names it in answers.
    """
    parsed = parse_arxiv(arxiv_id)
    return parsed_key(parsed) if parsed is not None else _without_subject(arxiv_id.strip())


@memo(1 << 16)
def parse_id(arxiv_id: str) -> ArxivId | None:
    """:func:`~zoterodigest.ids.parse_arxiv` of a paper's id, remembered: enrichment and
    resolution both parse every paper's id in one run."""
    return parse_arxiv(arxiv_id)


def parsed_key(parsed: ArxivId) -> str:
    """:func:`lookup_key` of an id already parsed (:func:`~zoterodigest.ids.parse_arxiv`)."""
    return _without_subject(parsed.id)


_SUBJECT = re.compile(r"^([a-z\-]+)\.[A-Z]{2}/")


def _without_subject(base: str) -> str:
    return _SUBJECT.sub(r"\1/", base) if "/" in base else base


def split_ids(raw_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """Look-up keys (deduplicated, in order) and the raw strings that are not arXiv ids."""
    keys: dict[str, None] = {}
    malformed: list[str] = []
    for raw in raw_ids:
        parsed = parse_arxiv(raw)
        if parsed is None:
            if raw not in malformed:
                malformed.append(raw)
        else:
            keys.setdefault(parsed_key(parsed), None)
    return list(keys), malformed


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    fixed = " ".join(ftfy.fix_encoding(text).split())
    return unicodedata.normalize("NFC", fixed) or None


def record_from_result(result: arxiv.Result) -> ArxivRecord | None:
    """An :class:`ArxivRecord` from one entry of arXiv's answer (None if it names no paper)."""
    parsed = parse_arxiv(result.entry_id) or parse_arxiv(result.get_short_id())
    if parsed is None:
        return None
    primary = result.primary_category or None
    categories = list(dict.fromkeys(([primary] if primary else []) + list(result.categories)))
    return ArxivRecord(
        id=parsed_key(parsed),
        version=parsed.version or 1,
        title=_clean(result.title) or "",
        authors=[name for a in result.authors if (name := _clean(a.name))],
        abstract=_clean(result.summary) or "",
        primary_category=primary,
        categories=categories,
        published=result.published.date() if result.published.year > 1 else None,
        updated=result.updated.date() if result.updated.year > 1 else None,
        doi=(result.doi or "").strip() or None,
        journal_ref=_clean(result.journal_ref),
        comment=_clean(result.comment),
    )
