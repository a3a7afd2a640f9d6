"""The Zotero connector (the browser extension's door into the desktop app), in plain HTTP.

Why a second way in: before Zotero 10 the desktop's local API cannot write,
and not everybody wants a Web API key; the connector can add items to any
running Zotero (7+).  It is a narrow door: ``POST /connector/saveItems`` saves
items (with child notes) into the collection selected in the Zotero window,
answers 201 with an empty body and gives back no keys, so nothing saved this
way can be updated or found again by us.  The sync layer makes that
idempotent on its own (hashes in the state, see
:mod:`zoterodigest.sync.write.connector_push`); this module only builds payloads
and talks HTTP (``requests``, not pyzotero: pyzotero has no connector support).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from typing import Any

import requests

from .errors import ZoteroNotRunning, ZoteroRequestError, ZoteroUnavailable

DEFAULT_CONNECTOR_URL = "http://localhost:23119"
#: Papers per ``saveItems`` request: Zotero saves a request as one session (one
#: progress window); small batches keep each request quick and a failure cheap.
CONNECTOR_BATCH = 20
#: Item JSON that means nothing to the connector (keys, library placement, our bookkeeping).
_NOT_FOR_CONNECTOR = frozenset(
    {"key", "version", "collections", "relations", "deleted", "dateAdded", "dateModified", "parentItem"}
)


def connector_item(item: dict[str, Any], notes: Iterable[str]) -> dict[str, Any]:
    """A Web API item (as :func:`zoterodigest.zotero.items.item_for` builds it) in the
    connector's translator format: the same fields, creators as translators write
    them (one-field names as ``lastName`` + ``fieldMode: 1``), tags as plain
    strings (the connector makes them automatic tags), and the child notes inline
    as ``notes: [{"note": html}]``."""
    out: dict[str, Any] = {
        name: value for name, value in item.items()
        if name not in _NOT_FOR_CONNECTOR and name not in ("tags", "creators")
    }  # fmt: skip
    out["creators"] = [_translator_creator(c) for c in item.get("creators") or []]
    tags = [t.get("tag", "") if isinstance(t, dict) else str(t) for t in item.get("tags") or []]
    out["tags"] = [t for t in tags if t.strip()]
    out["notes"] = [{"note": html} for html in notes]
    return out


def _translator_creator(creator: dict[str, Any]) -> dict[str, Any]:
    """The translator format knows no ``name``: Zotero reads ``lastName`` with
    ``fieldMode: 1`` as a one-field name and silently drops a creator with neither
    ``firstName`` nor ``lastName``."""
    if "name" in creator:
        return {"lastName": creator["name"], "fieldMode": 1, "creatorType": creator.get("creatorType", "author")}
    return dict(creator)


class ConnectorClient:
    """The connector of one desktop app (``url`` like ``http://localhost:23119``)."""

    def __init__(self, url: str = DEFAULT_CONNECTOR_URL, *, timeout: float = 60.0,
                 session: requests.Session | None = None) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self._http = session or requests.Session()
        self._http.trust_env = False  # a loopback service: never through a proxy from the environment
        #: Requests sent, for the report.
        self.requests = 0
        #: The name the sync state files connector pushes under.
        self.state_name = f"zotero-connector {self.url}"

    def __repr__(self) -> str:
        return f"ConnectorClient({self.url!r})"

    def _not_running(self, why: str = "") -> ZoteroNotRunning:
        detail = f": {why}" if why else ""
        return ZoteroNotRunning(
            f"Zotero is not running (the connector at {self.url} does not answer{detail}): start the Zotero "
            "desktop app and run push --connector again"
        )

    def ping(self) -> None:
        """``GET /connector/ping``: Zotero answers "Zotero is running"; anything else
        is a :class:`ZoteroNotRunning` naming the fix."""
        self.requests += 1
        try:
            response = self._http.get(f"{self.url}/connector/ping", timeout=min(self.timeout, 10))
        except requests.RequestException as exc:
            raise self._not_running(type(exc).__name__) from None
        if response.status_code != 200 or "Zotero is running" not in response.text:
            raise self._not_running(f"{response.status_code} from /connector/ping")

    def save_items(self, items: list[dict[str, Any]]) -> None:
        """``POST /connector/saveItems`` for connector items (see :func:`connector_item`).
        Zotero answers 201 with no body: success is all we learn."""
        payload: dict[str, Any] = {"items": [{"id": secrets.token_hex(8), **item} for item in items],
                   "sessionID": secrets.token_hex(12)}
        self.requests += 1
        try:
            response = self._http.post(f"{self.url}/connector/saveItems", json=payload, timeout=self.timeout)
        except requests.ConnectionError as exc:
            raise self._not_running(type(exc).__name__) from None
        except requests.RequestException as exc:
            raise ZoteroUnavailable(
                f"the Zotero connector did not answer a save of {len(items)} item(s) ({type(exc).__name__}): "
                "run push --connector again (papers saved before are remembered)"
            ) from None
        if response.status_code not in (200, 201):
            text = " ".join(response.text.split())[:300]
            raise ZoteroRequestError(
                f"the Zotero connector refused {len(items)} item(s) ({response.status_code} {text}): is a "
                "writable library or collection selected in Zotero?", response.status_code,
            )
