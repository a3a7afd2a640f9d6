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
    groups: dict[str, list[Paper]] = {}
    for p in papers:
        groups.setdefault(p.identity, []).append(p)
    out = []
    for listed in groups.values():
        if len(listed) == 1:  # listed once: nothing to merge
            out.append(listed[0])
            continue
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
        out.append(best.replace(**update) if update else best)
    return out
