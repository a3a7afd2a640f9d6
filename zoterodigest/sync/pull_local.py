"""``pull --local``: pull from the Zotero desktop app's library, read by content.

Why not the Web pull's reads: Zotero 7-9's local API (section 6 of
docs/zotero-web-api.md) is read-only, has no ``/deleted``, and its versions do
not move on local edits (an object keeps the version it last synced at), so
``since=`` cannot find a note edited in the desktop.  Instead every object the
digests being pulled track is read whatever its version, and compared by
meaning with what the state says was last agreed (``make_pull_plan`` does that
already: a note or an item whose content equals the base is no change):

* the note keys of those digests' rows and their parents' item keys, with
  ``itemKey=`` batches of 50 (``includeTrashed=1``, which the local API
  honours, so trashed ones come back with ``deleted``);
* the top-level items of every collection and section sub-collection the state
  recorded for those digests, one request each (the local API is not paged), so
  a paper added to one in the desktop is appended as the Web pull does.

Requests: one probe (``GET /api/``, which gives the clear "not running" and
"not enabled" messages), ``ceil(tracked / 50)`` item reads and one read per
recorded collection -- the same whether or not anything changed.

Deletion: there is no ``/deleted`` locally, so a tracked key the desktop does
not return is taken as deleted (reported; the digest keeps the entry).  It may
also be an object pushed through the Web API that this computer has not
synced yet, and the notice says so.  An object the desktop holds at a version
*older* than the state's row is such an unsynced copy too: it is left out of
the comparison (it would otherwise turn a digest edit just pushed back into
the old text), and a notice says to pull again after Zotero syncs.

Which state rows (``state_name``): push --local (Zotero 10+) files the desktop
under ``zotero-desktop:<server id> users/0``; Zotero 7-9 cannot be pushed to
locally, so there the digests were pushed through the Web API (filed under
``<api url> users/<id>``), and the desktop holds a synced copy of that library
with the same keys.  So the rows used are the desktop's own when they track
these digests, else those of the one Web library that does (``--library-id``
/ ``--library-type`` choose when several do); that library is then read at
``/api/users/<id>`` (or ``/api/groups/<id>``), so a desktop signed in as
someone else answers a clear 400 instead of "everything was deleted".

What is recorded: the meaning of the notes taken into a digest (so the next
push sends nothing back and the next Web pull, after Zotero synced the edit,
finds nothing new) and task tags we now own.  No version from the desktop is
recorded: object rows keep the versions they had, the library's version stays,
and ``zotero_pulls`` is not touched.  A local version is either one the Web
library had long ago (Zotero 7-9) or one local to that install (Zotero 10);
written over a Web row it would make a later Web pull skip Web-side edits or
a later push send stale preconditions.  A content read needs no version to
resume from anyway.

``--prune`` is refused: a missing object may be one not synced yet, and
pruning would take its entry out of the digest.

``sync --local`` and ``status --local`` are not offered: sync writes, and
pushes through push's engine against the rows of the library it writes to;
the CLI points to ``pull --local`` plus ``push`` or ``push --connector``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..digest import Digest
from ..state import LibraryRows, State
from ..zotero.client import ZoteroClient
from ..zotero.errors import ZoteroConfigError, ZoteroNotFound
from .decide.collection_changes import collections_of
from .decide.desired import digest_id
from .options import RunOptions
from .read.library_changes import ContentSource, LibraryChanges
from .report.pull_report import PullReport
from .report.sync_report import SyncReport
from .settings import LocalSettings
from .sync import Syncer

#: How push --local names a desktop library in the state (see ``ZoteroClient.state_name``).
DESKTOP_PREFIX = "zotero-desktop:"
#: Why ``--prune`` is not offered with ``--local``.
PRUNE_REFUSED = (
    "--prune cannot be used with --local: the desktop app cannot tell a paper deleted there from one pushed "
    "through the Web API and not synced to it yet; prune with a pull through the Web API"
)


# --- pure parts -----------------------------------------------------------------------------------


def tracked_keys(rows: LibraryRows, names: set[str], identities: set[str]) -> dict[str, int]:
    """Key -> the version the state knows, for every object the digests ``names`` track:
    their notes, the notes' parents, and the items of the papers they list
    (``identities``; a paper whose note was never made still has its item)."""
    by_item_key = {r.key: r.version for r in rows.items.values()}
    out: dict[str, int] = {}
    for note in rows.notes.values():
        if note.entry[0] in names:
            out[note.key] = note.version
            out.setdefault(note.parent_key, by_item_key.get(note.parent_key, 0))
    for item in rows.items.values():
        if item.identity in identities:
            out[item.key] = item.version
    return out


def content_changes(rows: LibraryRows, tracked: dict[str, int], found: Iterable[dict[str, Any]]
                    ) -> tuple[LibraryChanges, set[str]]:
    """The ``LibraryChanges`` make_pull_plan takes, from objects read by content:
    every object found (a note or item equal to its base is no change there), the
    tracked keys not found as deleted, and the library version the state already
    has (none is taken from the desktop).  Also returns the tracked keys found at a
    version older than the state's: unsynced copies, left out of the comparison."""
    objects = {o["key"]: o for o in found}
    stale = {k for k, v in tracked.items() if k in objects and int(objects[k].get("version", 0)) < v}
    for key in stale:
        del objects[key]
    deleted = set(tracked) - set(objects) - stale
    version = rows.version or 0
    return LibraryChanges(version, version, objects, deleted), stale


def choose_library(own: str, tracking: list[str], library_id: str | None = None,
                   library_type: str | None = None) -> str | None:
    """The state rows a local pull uses: the desktop's own when they track the
    digests, else the one Web library that does (narrowed by ``library_id`` /
    ``library_type``).  None: no push of these digests is recorded."""
    if own in tracking:
        return own
    candidates = [n for n in tracking if not n.startswith(DESKTOP_PREFIX)]
    if library_id is not None:
        suffix = f" {library_type or 'user'}s/{library_id}"
        candidates = [n for n in candidates if n.endswith(suffix)]
    if len(candidates) > 1:
        raise ZoteroConfigError(
            "these digests were pushed to several Zotero libraries (" + ", ".join(candidates) + "): choose the one "
            "this Zotero desktop app syncs with, with --library-id (and --library-type)")
    return candidates[0] if candidates else None


def library_path(state_name: str) -> tuple[str, str]:
    """(``user`` or ``group``, id) of a state name ending in ``users/N`` or ``groups/N``."""
    kind, _, number = state_name.rsplit(" ", 1)[-1].partition("/")
    return kind.removesuffix("s"), number


# --- reading by content -------------------------------------------------------------------------


def content_reader(client: ZoteroClient, options: RunOptions
                   ) -> Callable[[LibraryRows, list[Digest], list[str]], LibraryChanges]:
    """The reads of a local pull: every tracked object and every recorded collection's
    top items, by content (see the module docstring), with notices for what the
    desktop does not hold."""

    def read(rows: LibraryRows, digests: list[Digest], notices: list[str]) -> LibraryChanges:
        names = {digest_id(d.path) for d in digests}
        identities = {e.paper.identity for d in digests for e in d.entries}
        tracked = tracked_keys(rows, names, identities)
        found = client.get_items(sorted(tracked)) if tracked else []
        collections: dict[str, None] = {}
        for digest in digests:
            collections.update(dict.fromkeys(collections_of(digest, rows, flatten=options.flatten,
                                                            collection=options.collection)))
        gone = 0
        for key in sorted(collections):
            try:
                found += client.collection_top_items(key)
            except ZoteroNotFound:
                gone += 1
        changes, stale = content_changes(rows, tracked, found)
        notices += _content_notices(len(stale), len(changes.deleted), gone)
        return changes

    return read


def _content_notices(stale: int, deleted: int, gone: int) -> list[str]:
    out = []
    if stale:
        out.append(f"{stale} of the digests' notes or items are older in this Zotero than what was last pushed "
                   "(not synced to this computer yet): they were not compared; pull again after Zotero syncs")
    if deleted:
        out.append(f"{deleted} of the digests' notes or items are not in this Zotero: deleted there, or "
                   "pushed through the Web API and not synced to this computer yet")
    if gone:
        out.append(f"{gone} of the digests' collections are not in this Zotero: no paper is appended from them")
    return out


def open_local_pull(settings: LocalSettings, state: State, paths: list[str | Path], *,
                    library_id: str | None = None, library_type: str | None = None
                    ) -> tuple[ZoteroClient, str | None, int]:
    """A read client on the desktop library whose rows the digests use, that
    library's state name (None: nothing pushed), and the requests spent finding out
    (the probe).  Raises the client's clear errors (not running, not enabled)."""
    desktop = ZoteroClient(api_url=settings.api_url, local=True)
    desktop.probe_local()
    names = [digest_id(str(p)) for p in paths]
    library = choose_library(desktop.state_name, state.libraries_tracking(names), library_id, library_type)
    if library is None or library == desktop.state_name:
        return desktop, library, 0
    kind, number = library_path(library)
    return ZoteroClient(number, kind, api_url=settings.api_url, local=True), library, desktop.requests


def pull_local(paths: list[str | Path], settings: LocalSettings, state: State, *, library_id: str | None = None,
               library_type: str | None = None, **kw: Any) -> SyncReport:
    """Pull into the digests at ``paths`` from the desktop app (see the module
    docstring): a sync restricted to writing the digests, as ``pull`` is, with
    Zotero's side read by content, so a field changed on both sides is a conflict
    here too (both texts kept, exit 3)."""
    if kw.get("prune"):
        raise ZoteroConfigError(PRUNE_REFUSED)
    client, library, spent = open_local_pull(settings, state, paths, library_id=library_id,
                                             library_type=library_type)
    options = RunOptions.of(**{**kw, "direction": "pull"})
    if library is None:
        report = SyncReport(dry_run=options.dry_run, direction="pull")
        report.pull = PullReport(client.library, dry_run=options.dry_run)
        report.pull.notices.append("no push of these digests is recorded in the state: push them first (through "
                                   "the Web API, or push --local with Zotero 10+)")
        report.requests = report.pull.requests = client.requests
        return report
    source = ContentSource(library, content_reader(client, options))
    report = Syncer(client, state, options, desktop=source).sync(paths)
    report.requests += spent
    if report.pull is not None:
        report.pull.requests = report.requests
    return report
