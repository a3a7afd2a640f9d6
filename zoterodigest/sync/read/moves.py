"""Digests renamed or moved on disk: found by their entries (their rows are moved
along by :meth:`zoterodigest.state.State.rename_digest`).

Why: an entry's identity includes its digest's path, so a renamed file would
look like a new digest and every entry would get a second note.  A digest the
state does not know is taken for a known one whose file is gone when most of
that one's papers are listed in it, or when nearly all of its own papers were
that one's (entries deleted before the rename leave only a few).
"""

from __future__ import annotations

from pathlib import Path

from ...digest import Digest
from ...state import LibraryRows
from ..decide.desired import digest_id


def moved_digests(rows: LibraryRows, digests: list[Digest]) -> list[tuple[str, str]]:
    """(old id, new id) for each digest of this run that the state does not know
    but that is the same list as a known digest whose file is gone from disk: a
    digest renamed or moved.  Same list: most of the old one's papers are listed
    in it, or nearly all of its papers were the old one's (a digest that lost
    entries before it was renamed); a fresh digest that shares a few papers with
    the old one is not taken for it."""
    known: dict[str, set[str]] = {}
    for eid in rows.notes:
        known.setdefault(eid[0], set()).add(eid[1])
    out: list[tuple[str, str]] = []
    for digest in digests:
        new = digest_id(digest.path)
        if new in known:
            continue
        mine = {e.paper.identity for e in digest.entries}
        best, overlap = None, 0.0
        for old, papers in known.items():
            if Path(old).exists() or old in {o for o, _ in out}:
                continue
            common = len(papers & mine)
            most_of_old = common >= 0.5 * len(papers)
            nearly_all_of_new = bool(mine) and common >= 0.9 * len(mine)
            similarity = common / max(len(papers | mine), 1)
            if (most_of_old or nearly_all_of_new) and similarity > overlap:
                best, overlap = old, similarity
        if best is not None:
            out.append((best, new))
    return out
