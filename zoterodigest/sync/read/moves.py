"""Digests renamed or moved on disk: found by their entries (their rows are moved
along by :meth:`zoterodigest.state.State.rename_digest`).

Why: an entry's identity includes its digest's path, so a renamed file would
look like a new digest and every entry would get a second note.  A digest the
state does not know is taken for a known one whose file is gone when most of
that one's papers are listed in it, or when nearly all of its own papers were
that one's (entries deleted before the rename leave only a few).  A paper counts
as the old one's only under the heading its note last said it was listed under
(a renamed list keeps its sections; another list sharing a paper, a one-paper
reading group say, lists it elsewhere).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ... import zotero as zi
from ...digest import Digest
from ...state import LibraryRows
from ...zotero.collection_tree import section_names
from ..decide.desired import digest_id

#: The where-listed paragraph of a note: "From <i>file</i> › Section › Subsection".
_WHERE = re.compile(r"<p>\s*From\s*<(?:i|em)>.*?</(?:i|em)>(.*?)</p>", re.DOTALL)


def listed_under(note: str) -> str | None:
    """The last heading a note of ours says its entry is listed under ("" for none;
    None: the note says nothing of it)."""
    m = _WHERE.search(note)
    if m is None:
        return None
    parts = [" ".join(html.unescape(re.sub(r"<[^<>]+>", "", p)).split()) for p in m[1].split("›")]
    parts = [p for p in parts if p]
    return parts[-1] if parts else ""


def _sections(digest: Digest) -> dict[str, str]:
    """Each paper of ``digest``: the last heading it is listed under."""
    heading = zi.title_heading(digest.doc.text)
    out: dict[str, str] = {}
    for entry in digest.entries:
        names = section_names(entry.section, heading)
        out.setdefault(entry.paper.identity, " ".join(names[-1].split()) if names else "")
    return out


def moved_digests(rows: LibraryRows, digests: list[Digest]) -> list[tuple[str, str]]:
    """(old id, new id) for each digest of this run that the state does not know
    but that is the same list as a known digest whose file is gone from disk: a
    digest renamed or moved.  Same list: most of the old one's papers are listed
    in it, or nearly all of its papers were the old one's (a digest that lost
    entries before it was renamed); a fresh digest that shares a few papers with
    the old one is not taken for it."""
    known: dict[str, dict[str, str | None]] = {}
    for eid, row in rows.notes.items():
        known.setdefault(eid[0], {})[eid[1]] = listed_under(row.base.seen)
    out: list[tuple[str, str]] = []
    for digest in digests:
        new = digest_id(digest.path)
        if new in known:
            continue
        sections = _sections(digest)
        mine = set(sections)
        best, overlap = None, 0.0
        for old, listed in known.items():
            if Path(old).exists() or old in {o for o, _ in out}:
                continue
            papers = set(listed)
            common = sum(1 for p in papers & mine if listed[p] is None or listed[p] == sections[p])
            most_of_old = common >= 0.5 * len(papers)
            nearly_all_of_new = bool(mine) and common >= 0.9 * len(mine)
            similarity = common / max(len(papers | mine), 1)
            if (most_of_old or nearly_all_of_new) and similarity > overlap:
                best, overlap = old, similarity
        if best is not None:
            out.append((best, new))
    return out
