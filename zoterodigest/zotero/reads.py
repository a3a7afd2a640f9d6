"""Reads of one Zotero library: versions since a version (``format=versions``, no
limit), objects by key (50 per request), lists paged 100 per request, deletions.

The desktop's local API differs in two reads: it has no page limit and sends no
``Total-Results`` for a collection's items (Zotero 7-9), and no ``/deleted``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .transport import Transport

#: Keys per ``itemKey=`` read, as for writes.
KEYS_PER_READ = 50
#: Objects per page of a list read (the API's maximum).
PAGE = 100
#: Told after each page of a paged read: (objects in this page, total objects).
OnPage = Callable[[int, int], None]


class LibraryReads:
    """The reads push, pull and sync make, over one :class:`Transport`."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def _get_json(self, path: str, params: dict[str, Any], shape: type[Any]) -> Any:
        return self.transport.json(self.transport.get(path, params), shape)

    def library_version(self) -> int:
        """The library's current version (one cheap request)."""
        response = self.transport.get("/items", {"limit": 1, "format": "versions"})
        return int(response.headers.get("Last-Modified-Version", 0))

    def items_since(self, version: int) -> dict[str, int]:
        """Key -> version of every item (trashed too) changed after ``version``."""
        params = {"since": version, "format": "versions", "includeTrashed": 1}
        result: dict[str, int] = self._get_json("/items", params, dict)
        return result

    def items_changed_since(self, version: int) -> dict[str, int] | None:
        """Key -> version of every item (trashed too) changed after ``version``, or None
        when nothing in the library changed (one request: a 304 answers it)."""
        params = {"since": version, "format": "versions", "includeTrashed": 1}
        response = self.transport.request("GET", "/items", params=params,
                                          headers={"If-Modified-Since-Version": str(version)})
        if response.status_code == 304:
            return None
        if response.status_code != 200:
            raise self.transport.error("GET", "/items", response)
        return self.transport.json(response, dict)

    def versions(self, path: str, params: dict[str, Any] | None = None) -> dict[str, int]:
        """Key -> version of every object a list holds (``/items/top``, ``/items`` with
        an ``itemType``), trashed ones left out: one request, whatever the count."""
        result: dict[str, int] = self._get_json(path, {**(params or {}), "format": "versions"}, dict)
        return result

    def collections_since(self, version: int) -> dict[str, int]:
        """Key -> version of every collection changed after ``version``."""
        result: dict[str, int] = self._get_json("/collections", {"since": version, "format": "versions"}, dict)
        return result

    def get_items(self, keys: Iterable[str]) -> list[dict[str, Any]]:
        """Full JSON of the given items (trashed included), 50 keys per request."""
        keys = list(dict.fromkeys(keys))
        out: list[dict[str, Any]] = []
        for start in range(0, len(keys), KEYS_PER_READ):
            chunk = keys[start : start + KEYS_PER_READ]
            params = {"itemKey": ",".join(chunk), "includeTrashed": 1, "limit": KEYS_PER_READ, "format": "json"}
            out.extend(self._get_json("/items", params, list))
        return out

    def get_item(self, key: str) -> dict[str, Any] | None:
        """One item's JSON, or None when the library has no such item."""
        response = self.transport.request("GET", f"/items/{key}")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self.transport.error("GET", f"/items/{key}", response)
        return self.transport.json(response, dict)

    def get_collections(self, keys: Iterable[str]) -> list[dict[str, Any]]:
        """Full JSON of the given collections (at most 50 keys)."""
        params = {"collectionKey": ",".join(keys), "limit": KEYS_PER_READ, "format": "json"}
        result: list[dict[str, Any]] = self._get_json("/collections", params, list)
        return result

    def pages(self, path: str, params: dict[str, Any], on_page: OnPage | None = None) -> list[dict[str, Any]]:
        """Every object of a list, 100 per request; ``on_page`` is told after each page."""
        out: list[dict[str, Any]] = []
        seen: set[Any] = set()
        start = 0
        promised: int | None = None
        while True:
            response = self.transport.get(path, {**params, "limit": PAGE, "start": start, "format": "json"})
            page: list[dict[str, Any]] = self.transport.json(response, list)
            told = response.headers.get("Total-Results", "")
            if promised is None:  # the first page's total is what is read, whatever later pages claim
                promised = int(told) if told.isdigit() else None
            keys = {o.get("key") if isinstance(o, dict) else id(o) for o in page}
            fresh = bool(keys - seen)
            seen |= keys
            out.extend(page)
            start += len(page)
            total = promised if promised is not None else len(out)
            if on_page is not None:
                on_page(len(page), total)
            # Stop at the total promised, at a short or empty page, or when a page brings
            # nothing new (a server that pages forever).
            if not page or start >= total or len(page) < PAGE or not fresh:
                return out

    def collections(self) -> list[dict[str, Any]]:
        """Every collection of the library (paged, 100 per request)."""
        return self.pages("/collections", {})

    def collection_top_items(self, key: str) -> list[dict[str, Any]]:
        """The top-level items of one collection (trashed ones left out).  The desktop's
        local API answers in one request: it has no page limit, and Zotero 7-9 send no
        ``Total-Results`` to page by."""
        path = f"/collections/{key}/items/top"
        if self.transport.local:
            result: list[dict[str, Any]] = self._get_json(path, {"format": "json"}, list)
            return result
        return self.pages(path, {})

    def top_items(self, on_page: OnPage | None = None) -> list[dict[str, Any]]:
        """Every top-level item (paged, 100 per request): what adoption matches against
        when no sync state says what the library holds."""
        return self.pages("/items/top", {}, on_page)

    def children(self, key: str) -> list[dict[str, Any]]:
        """The child items (notes, attachments) of one item (paged)."""
        return self.pages(f"/items/{key}/children", {})

    def child_objects(self, on_page: OnPage | None = None) -> list[dict[str, Any]]:
        """Every note and attachment of the library (paged, 100 per request)."""
        return self.pages("/items", {"itemType": "note || attachment"}, on_page)

    def child_notes(self) -> list[dict[str, Any]]:
        """Every note of the library (paged, 100 per request): cheaper than asking each
        parent for its children when many parents must be looked at."""
        return self.pages("/items", {"itemType": "note"})

    def deleted_since(self, version: int) -> dict[str, list[str]]:
        """Keys deleted after ``version``: ``{"collections": [...], "items": [...], ...}``.

        The desktop's local API has no ``/deleted`` (Zotero 7-9): an empty answer
        there, and the engine finds vanished objects when it reads or writes them.
        """
        if self.transport.local:
            response = self.transport.request("GET", "/deleted", params={"since": version})
            if response.status_code == 404:
                return {}
            if response.status_code != 200:
                raise self.transport.error("GET", "/deleted", response)
            return self.transport.json(response, dict)
        result: dict[str, list[str]] = self._get_json("/deleted", {"since": version}, dict)
        return result
