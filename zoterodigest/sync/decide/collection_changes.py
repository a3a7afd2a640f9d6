"""What happened to a digest's collections in Zotero (pure, no I/O).

* a regular item added to a digest's collection or a section sub-collection:
  a new entry appended under that section (:func:`plan_appends`);
* a paper taken out of the collection push put its entry in: a notice, or with
  ``prune`` a removal when the item is in no other collection of that digest
  (:func:`plan_collections_left`);
* a digest's collection deleted in Zotero: a notice only (a whole digest is
  never pruned); its row is forgotten so the next push makes it again.
"""

from __future__ import annotations

import re
from pathlib import Path

from ... import zotero as zi
from ...digest import Digest
from ...state import LibraryRows
from ..read.library_changes import LibraryChanges
from .desired import digest_id
from .pull_plan import NewEntry, PlanBuilder, data_of
from .zotero_edits import one_line, paper_from_item


def collections_of(digest: Digest, rows: LibraryRows, *, flatten: bool, collection: str | None
                    ) -> dict[str, list[str] | None]:
    """Collection key -> the digest section it stands for (None: the digest's own
    collection when no entry sits directly under it: append at the end)."""
    heading = zi.title_heading(digest.doc.text)
    out: dict[str, list[str] | None] = {}
    sections: dict[tuple[str, ...], list[str]] = {}
    for entry in digest.entries:
        path = zi.collection_path(digest.path, heading, entry.section, flatten=flatten, name=collection)
        sections.setdefault(path, list(entry.section))
    root = zi.collection_path(digest.path, heading, [], flatten=flatten, name=collection)
    for path, key in rows.collections.items():
        if path in sections:
            out[key] = None if flatten else sections[path]
        elif path == root:
            out[key] = None
    return out


def _digest_collections(digest: Digest, rows: LibraryRows, *, flatten: bool, collection: str | None
                        ) -> tuple[dict[str, tuple[str, ...]], dict[int, str | None]]:
    """The keys of the collections push makes for this digest (its own and its
    sections', as the state knows them), and the key each entry was put in."""
    heading = zi.title_heading(digest.doc.text)
    planned = zi.collection_plan(digest.path, heading, [e.section for e in digest.entries], flatten=flatten,
                                 name=collection)
    keys = {rows.collections[c.path]: c.path for c in planned if c.path in rows.collections}
    own = {id(e): rows.collections.get(zi.collection_path(digest.path, heading, e.section, flatten=flatten,
                                                          name=collection))
           for e in digest.entries}
    return keys, own


def plan_collections_left(build: PlanBuilder, changes: LibraryChanges, *, flatten: bool,
                          collection: str | None) -> None:
    """An item taken out of the collection push put its entry in (the item's
    ``collections`` lack a key its row says we sent): a notice, or with ``prune`` the
    entry goes when the item is in no other collection of that digest (moved to
    another section, it stays).  A digest collection deleted in Zotero: a notice
    only (a whole digest is never pruned); its row is forgotten so the next push
    makes it again.  Reads nothing when no item left a collection of ours."""
    plan, rows = build.plan, build.rows
    dead = changes.deleted_collections
    plan.forget_collections |= {path for path, key in rows.collections.items() if key in dead}
    left, now = _taken_out(rows, changes)
    if not left and not plan.forget_collections:
        return
    for dplan in plan.digests:
        digest = dplan.digest
        dkey = digest_id(digest.path)
        name = Path(digest.path).name
        keys, own = _digest_collections(digest, rows, flatten=flatten, collection=collection)
        deleted = sorted(" › ".join(path) for key, path in keys.items() if key in dead)
        if deleted:
            which = ", ".join(f"'{d}'" for d in deleted)
            plan.notices.append(
                f"{name}: {'its collection' if len(deleted) == 1 else 'its collections'} {which} "
                f"{'was' if len(deleted) == 1 else 'were'} deleted in Zotero; the digest keeps its entries and "
                f"the next push makes {'it' if len(deleted) == 1 else 'them'} again")
        for identity, out in left.items():
            for where, entry in build.listed.get(identity, []):
                mine = own.get(id(entry))
                if where != dkey or mine not in out:
                    continue
                why = f"removed from collection '{' › '.join(keys.get(mine, ()))}' in Zotero"
                still = sorted(" › ".join(keys[k]) for k in now[identity] if k in keys)
                if still:
                    plan.notices.append(f"{name}: '{entry.paper.title}' was {why} but is still in '{still[0]}'; "
                                        "the digest keeps it")
                elif build.prune:
                    build.remove(dkey, entry, why)
                else:
                    plan.notices.append(f"{name}: '{entry.paper.title}' was {why}; the digest keeps it "
                                        "(run pull --prune to remove it)")


def _taken_out(rows: LibraryRows, changes: LibraryChanges) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Identity -> the keys of our collections its item was taken out of, and
    identity -> the collections it is in now (items still in the library only)."""
    dead = changes.deleted_collections
    known = set(rows.collections.values())
    by_item_key = {row.key: row for row in rows.items.values()}
    left: dict[str, set[str]] = {}
    now: dict[str, set[str]] = {}
    for key, obj in sorted(changes.objects.items()):
        row = by_item_key.get(key)
        data = data_of(obj)
        if row is None or data.get("deleted"):
            continue
        inside = set(data.get("collections") or [])
        out = {c for c in row.sent.get("collections") or [] if c in known and c not in dead} - inside
        if out:
            left[row.identity], now[row.identity] = out, inside
    return left, now


def plan_appends(build: PlanBuilder, changes: LibraryChanges, pattern: re.Pattern[str] | None, *,
                 flatten: bool, collection: str | None) -> None:
    """Papers added in Zotero to a digest's collections: new entries under the
    deepest section they were put in (none already listed, nor dropped by the user)."""
    plan, rows = build.plan, build.rows
    if not changes.objects:
        return
    for dplan in plan.digests:
        digest = dplan.digest
        targets = collections_of(digest, rows, flatten=flatten, collection=collection)
        if not targets:
            continue
        have: set[str] = set()
        for entry in digest.entries:
            have |= zi.paper_identity_keys(entry.paper)
        # Papers this digest listed once (their note rows remain) and no longer lists:
        # the user deleted the entry, so its item still in the collection is not news.
        dkey = digest_id(digest.path)
        listed_now = {e.paper.identity for e in digest.entries}
        dropped = {rows.items[i].key for (d, i, _) in rows.notes
                   if d == dkey and i not in listed_now and i in rows.items}
        for key, obj in sorted(changes.objects.items()):
            data = data_of(obj)
            if data.get("deleted") or data.get("parentItem") or data.get("itemType") in ("note", "attachment",
                                                                                          "annotation"):
                continue
            inside = [targets[c] for c in data.get("collections") or [] if c in targets]
            if not inside or not one_line(data.get("title")):
                continue
            if zi.identity_keys(data) & have or key in dropped:
                continue
            paper = paper_from_item(data, pattern)
            have |= zi.paper_identity_keys(paper) | zi.identity_keys(data)
            # The deepest section it was put in (a sub-collection beats the digest's own).
            section = max(inside, key=lambda s: len(s) if s is not None else -1)
            dplan.appends.append(NewEntry(paper, section, key))

