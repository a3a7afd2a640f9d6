"""Keeping the library index (:mod:`...zotero.library_index`) current, for as few
requests as the library's changes allow.

* No index yet on this machine (or an unusable one, or a library whose version went
  back): one full read of the top-level items, 100 per page, with a progress bar on
  a terminal -- ceil(N/100) requests for N items.  When the library moved during
  that read, one ``format=versions`` listing (no limit) finds what paging missed.
* Otherwise the download sync of docs/zotero-web-api.md section 2: one
  ``items?since=V&format=versions`` read (nothing changed: that one request), then
  ``/deleted?since=V`` and the changed items 50 keys per request -- unless so many
  changed that reading the library whole takes fewer requests.
* Children (notes, attachments), the first time many parents' children are wanted:
  one read of every note and attachment; from then on ``since=`` keeps them current
  too, and a parent's children are read by key.

Only for the Web API: the desktop's local versions do not move on local edits
(Zotero 7-9) and it has no ``/deleted``, so ``since=`` cannot keep an index there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from ...enrich.cache import default_cache_dir
from ...progress import DEFAULT_AFTER_SECONDS, progress
from ...zotero.client import ZoteroClient
from ...zotero.library_index import LibraryIndex, load_index, save_index
from ...zotero.reads import KEYS_PER_READ, PAGE

log = logging.getLogger("zoterodigest")

#: What the full reads list (the child list as :meth:`ZoteroClient.child_objects` reads it).
#: (Those in the trash too: a paper the user trashed is found, never made again.)
TOP: tuple[str, dict[str, Any]] = ("/items/top", {"includeTrashed": 1})
CHILDREN: tuple[str, dict[str, Any]] = ("/items", {"itemType": "note || attachment"})


class IndexKeeper:
    """The index of ``client``'s library in ``directory`` (default: the cache folder),
    loaded once per run and saved after each change; ``quiet``/``console`` govern the
    progress bar of a full read."""

    def __init__(self, client: ZoteroClient, directory: Path | None = None, *, quiet: bool = True,
                 console: object | None = None, bar_after: float = DEFAULT_AFTER_SECONDS) -> None:
        self.client = client
        self.directory = directory if directory is not None else default_cache_dir()
        self.quiet = quiet
        self.console = console
        self.bar_after = bar_after
        self._index: LibraryIndex | None = None
        #: What the last :meth:`current` did: "built", "updated" or "unchanged".
        self.last = ""

    @property
    def usable(self) -> bool:
        return not self.client.local

    def current(self) -> LibraryIndex:
        """The index, brought up to date once in this run (then as it is; saved)."""
        if self._index is None:
            saved = load_index(self.directory, self.client.state_name)
            self._index = self._updated(saved) if saved is not None else None
            if self._index is None:
                self._index = self._built()
            save_index(self.directory, self._index)
        return self._index

    def refresh(self) -> LibraryIndex:
        """The index brought up to date now (again, when it already was in this run:
        the library moved meanwhile)."""
        if self._index is None:
            return self.current()
        updated = self._updated(self._index)
        self._index = updated if updated is not None else self._built()
        save_index(self.directory, self._index)
        return self._index

    def with_children(self) -> LibraryIndex:
        """The index with every note and attachment (one full read the first time)."""
        index = self.current()
        if not index.children:
            self._read_all(index, *CHILDREN, label="Reading the library's notes and attachments")
            index.children = True
            save_index(self.directory, index)
        return index

    def _built(self) -> LibraryIndex:
        index = LibraryIndex(self.client.state_name)
        index.version = self._read_all(index, *TOP, label="Reading the Zotero library")
        self.last = "built"
        return index

    def _updated(self, index: LibraryIndex) -> LibraryIndex | None:
        """``index`` after the library's changes since its version; None when it must be
        built again (the library's version went back: another library, or a restore)."""
        since = index.version
        versions = self.client.items_since(since)
        now = self.client.last_modified_version
        if now is None or now < since:
            log.debug("the library index of %s is at version %s but the library at %s: it is built again",
                      index.library, since, now)
            return None
        self.last = "unchanged"
        if now == since and not versions:
            return index
        changed = [k for k, v in versions.items() if int(v) > since]
        if _reads(len(changed), KEYS_PER_READ) > _reads(len(index.entries), PAGE):
            log.debug("%s items of %s changed since the index's version %s: reading the library whole is cheaper",
                      len(changed), index.library, since)
            return None
        deleted = self.client.deleted_since(since)
        index.drop(deleted.get("items") or [])
        found = self.client.get_items(changed)
        index.take(found)
        index.drop(set(changed) - {o["key"] for o in found})  # deleted between the two reads
        if not index.children:
            index.drop([o["key"] for o in found if o.get("data", o).get("parentItem")])
        index.version = now
        self.last = "updated"
        return index

    def _read_all(self, index: LibraryIndex, path: str, params: dict[str, Any], *, label: str) -> int:
        """Every object of a list into the index; returns the library version the read
        started at (what paging missed while the library moved is found by versions)."""
        start: list[int | None] = []
        with self._bar(label) as on_page:
            def page(got: int, total: int) -> None:
                if not start:
                    start.append(self.client.last_modified_version)
                on_page(got, total)

            index.take(self.client.reads.pages(path, params, page))
        began = start[0] if start and start[0] is not None else 0
        if self.client.last_modified_version not in (None, began):
            listed = self.client.versions(path, params)
            missing = [k for k, v in listed.items() if k not in index.entries or index.entries[k].version < v]
            index.take(self.client.get_items(missing))
        return began

    @contextmanager
    def _bar(self, label: str) -> Iterator[Callable[[int, int], None]]:
        """``on_page(got, total)`` drawing a progress bar once the total is known."""
        with ExitStack() as stack:
            advance: list[Callable[[int], None]] = []

            def on_page(got: int, total: int) -> None:
                if not advance:
                    advance.append(stack.enter_context(
                        progress(total, label=label, quiet=self.quiet, console=self.console,
                                 after=self.bar_after)))
                advance[0](got)

            yield on_page


def _reads(objects: int, per_request: int) -> int:
    return -(-objects // per_request)
