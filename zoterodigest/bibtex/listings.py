"""One paper per identity: the listings of a paper that several digests (or one
digest twice) list are merged, the fullest listing speaking for it.

Apart from the export because push and sync need the same merged papers (the
citation key and the Zotero item are made from them), without any BibTeX.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Paper


def _weight(p: Paper) -> tuple[int, int, int]:
    return (int(p.venue is not None and p.venue.name != "arXiv"), int(p.authors_complete), len(p.authors))


def merge_listings(papers: Sequence[Paper]) -> list[Paper]:
    """One paper per identity, in first-seen order; the fullest listing wins,
    and empty fields are filled from the others."""
    return list(listings_by_identity(papers).values())


def listings_by_identity(papers: Sequence[Paper]) -> dict[str, Paper]:
    """:func:`merge_listings` by identity (first-seen order)."""
    first: dict[str, Paper] = {}
    again: dict[str, list[Paper]] = {}  # identities listed more than once: every listing
    for p in papers:
        identity = p.identity
        if identity not in first:
            first[identity] = p
        else:
            again.setdefault(identity, [first[identity]]).append(p)
    for identity, listed in again.items():
        first[identity] = _merged(listed)
    return first


def _merged(listed: list[Paper]) -> Paper:
    best = max(listed, key=_weight)
    update = {}
    for name in ("doi", "year", "abstract", "metadata"):
        if getattr(best, name) is None:
            value = next((getattr(p, name) for p in listed if getattr(p, name) is not None), None)
            if value is not None:
                update[name] = value
    if not best.categories:
        cats = next((p.categories for p in listed if p.categories), [])
        if cats:
            update["categories"] = cats
    return best.replace(**update) if update else best
