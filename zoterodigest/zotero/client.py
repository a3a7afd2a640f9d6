"""The Zotero client: one library over the Web API or the desktop's local API, and
where pyzotero's ``Zotero`` is made (:mod:`.local_access` reads its error classes).

pyzotero gives us the configured HTTP client, the endpoint and the auth headers;
the rest is composed of parts, each in its own module:

* :mod:`.transport` -- sending, ``Backoff`` and ``Retry-After`` (bounded),
  retries, request counting, the library version and the desktop's server id;
* :mod:`.answers` -- JSON shape checks, and every refusal as a
  :mod:`~zoterodigest.zotero.errors` exception whose message names the fix;
* :mod:`.reads` -- versions since, objects by key, paged lists, deletions;
* :mod:`.batch_writes` -- batches of <= 50 read object by object, a retried
  batch confirmed instead of written twice;
* :mod:`.local_access` -- probing and authorising the desktop's local API.

The API key never appears in a message, a log line or a repr: every text that
leaves these modules passes through one :class:`~.answers.Scrubber`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx2
from pyzotero import zotero

from .answers import Answers, Scrubber
from .batch_writes import (
    KEY_ALPHABET,
    MAX_BATCH,
    BatchResult,
    BatchWriter,
    ObjectFailure,
    WriteReport,
    new_key,
    plan_batches,
)
from .errors import ZoteroConfigError, ZoteroUnavailable
from .local_access import LOCAL_APP_NAME, LocalAccess
from .reads import LibraryReads, OnPage
from .transport import Dropped, Transport

DEFAULT_API_URL = "https://api.zotero.org"
#: The desktop app's local API (Zotero 7+; writable from Zotero 10 after authorisation).
DEFAULT_LOCAL_API_URL = "http://localhost:23119/api"

__all__ = ["DEFAULT_API_URL", "DEFAULT_LOCAL_API_URL", "KEY_ALPHABET", "LOCAL_APP_NAME", "MAX_BATCH", "BatchResult",
           "ObjectFailure", "WriteReport", "ZoteroClient", "new_key", "plan_batches"]


def _pyzotero(library_id: int | str | None, library_type: str, api_key: str | None, api_url: str, *,
              local: bool, local_api_key: str | None) -> Any:
    """pyzotero's ``Zotero`` for the library, pointed at ``api_url``."""
    if local:
        # Library 0 is "the logged-in user"; a user or group id names that library
        # (Zotero answers 400 when the desktop is signed in as another user).
        zot = zotero.Zotero(0 if library_id is None else library_id, library_type, None, local=True,
                            local_api_key=local_api_key)
        zot.endpoint = (api_url if api_url != DEFAULT_API_URL else DEFAULT_LOCAL_API_URL).rstrip("/")
        return zot
    if library_type not in ("user", "group"):
        raise ZoteroConfigError(
            f"library type {library_type!r} is not 'user' or 'group': set ZOTERO_LIBRARY_TYPE to one of them"
        )
    if library_id is None or not str(library_id).isdigit():
        raise ZoteroConfigError("the library id must be a number: set ZOTERO_LIBRARY_ID")
    zot = zotero.Zotero(str(library_id), library_type, api_key)
    zot.endpoint = api_url.rstrip("/")
    return zot


class ZoteroClient:
    """One Zotero library over the Web API (``api_url`` may point at a self-hosted server),
    or, with ``local=True``, the desktop app's library over its local API.

    The local API speaks the same protocol for library ``users/0``, so the push
    engine needs nothing else; what differs is handled by the parts: the
    ``Zotero-Server-ID`` header, the local key for writes (``local_api_key``,
    from :meth:`authorize_local`), no ``/deleted`` endpoint, and the desktop's
    own failures (not running, not enabled, read-only) as their own errors.
    """

    def __init__(
        self,
        library_id: int | str | None = None,
        library_type: str = "user",
        api_key: str | None = None,
        api_url: str = DEFAULT_API_URL,
        *,
        zot: Any = None,
        max_retries: int = 4,
        max_wait: float = 120.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        local: bool = False,
        local_api_key: str | None = None,
    ) -> None:
        if zot is None:
            zot = _pyzotero(library_id, library_type, api_key, api_url, local=local, local_api_key=local_api_key)
        self._zot = zot
        self.local = bool(getattr(zot, "local", False))
        self.library = f"{zot.library_type}/{zot.library_id}"
        self.api_url = str(zot.endpoint).rstrip("/")
        scrubber = Scrubber(api_key, getattr(zot, "api_key", None), getattr(zot, "local_api_key", None))
        answers = Answers(self.api_url, self.library, local=self.local, scrubber=scrubber,
                          default_url=DEFAULT_LOCAL_API_URL if self.local else DEFAULT_API_URL)
        self.transport = Transport(zot, answers, max_retries=max_retries, max_wait=max_wait, sleep=sleep,
                                   clock=clock)
        self.reads = LibraryReads(self.transport)
        self.writer = BatchWriter(self.transport, self.reads)
        self._local_access = LocalAccess(self.transport)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kw: Any) -> ZoteroClient:
        """A client configured by ZOTERO_API_KEY, ZOTERO_LIBRARY_ID, ZOTERO_LIBRARY_TYPE
        (user or group, default user) and ZOTERO_API_URL (default the zotero.org API)."""
        env = os.environ if environ is None else environ
        missing = [n for n in ("ZOTERO_API_KEY", "ZOTERO_LIBRARY_ID") if not env.get(n, "").strip()]
        if missing:
            raise ZoteroConfigError(
                f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set: set "
                + ", ".join(missing)
                + " (create a key at https://www.zotero.org/settings/keys; your user id is shown there)"
            )
        return cls(
            env["ZOTERO_LIBRARY_ID"].strip(),
            env.get("ZOTERO_LIBRARY_TYPE", "user").strip() or "user",
            env["ZOTERO_API_KEY"].strip(),
            env.get("ZOTERO_API_URL", "").strip() or DEFAULT_API_URL,
            **kw,
        )

    def __repr__(self) -> str:
        return f"ZoteroClient({self.library!r}, api_url={self.api_url!r})"

    @property
    def state_name(self) -> str:
        """The name the sync state files this library under.  A local library is named
        by its ``Zotero-Server-ID`` when known: local versions mean nothing in another
        install (or a restored database), so their rows must not mix."""
        if self.server_id:
            return f"zotero-desktop:{self.server_id} {self.library}"
        return f"{self.api_url} {self.library}"

    @property
    def requests(self) -> int:
        """Requests sent (each retry counts), for callers that keep to a budget."""
        return self.transport.requests

    @property
    def last_modified_version(self) -> int | None:
        """``Last-Modified-Version`` of the latest library-wide answer."""
        return self.transport.last_modified_version

    @property
    def server_id(self) -> str | None:
        """The desktop's ``Zotero-Server-ID`` once an answer carried it (Zotero 10+ only)."""
        return getattr(self._zot, "server_id", None) if self.local else None

    @property
    def local_api_key(self) -> str | None:
        return getattr(self._zot, "local_api_key", None) if self.local else None

    # --- the desktop app's local API (:mod:`.local_access`) ---------------------------------

    def probe_local(self) -> None:
        self._local_access.probe()

    def authorize_local(self, app_name: str = LOCAL_APP_NAME) -> tuple[str, bool]:
        return self._local_access.authorize(app_name)

    # --- reads (:mod:`.reads`) ----------------------------------------------------------------

    def library_version(self) -> int:
        return self.reads.library_version()

    def items_since(self, version: int) -> dict[str, int]:
        return self.reads.items_since(version)

    def items_changed_since(self, version: int) -> dict[str, int] | None:
        return self.reads.items_changed_since(version)

    def versions(self, path: str, params: dict[str, Any] | None = None) -> dict[str, int]:
        return self.reads.versions(path, params)

    def collections_since(self, version: int) -> dict[str, int]:
        return self.reads.collections_since(version)

    def get_items(self, keys: Iterable[str]) -> list[dict[str, Any]]:
        return self.reads.get_items(keys)

    def get_item(self, key: str) -> dict[str, Any] | None:
        return self.reads.get_item(key)

    def collections(self) -> list[dict[str, Any]]:
        return self.reads.collections()

    def collection_top_items(self, key: str) -> list[dict[str, Any]]:
        return self.reads.collection_top_items(key)

    def top_items(self, on_page: OnPage | None = None) -> list[dict[str, Any]]:
        return self.reads.top_items(on_page)

    def children(self, key: str) -> list[dict[str, Any]]:
        return self.reads.children(key)

    def child_objects(self, on_page: OnPage | None = None) -> list[dict[str, Any]]:
        return self.reads.child_objects(on_page)

    def child_notes(self) -> list[dict[str, Any]]:
        return self.reads.child_notes()

    def deleted_since(self, version: int) -> dict[str, list[str]]:
        return self.reads.deleted_since(version)

    # --- writes (:mod:`.batch_writes`, and the file endpoints for :mod:`.uploads`) -------------

    def write_batches(self, objects: list[dict[str, Any]], *, library_version: int, kind: str = "items",
                      on_batch: Callable[[BatchResult], None] | None = None) -> WriteReport:
        return self.writer.write_batches(objects, library_version=library_version, kind=kind, on_batch=on_batch)

    def post_form(self, path: str, form: str, headers: dict[str, str]) -> httpx2.Response:
        """A form POST to the library (the file endpoints); the answer is returned as is.
        A dropped connection is not retried (the request may have been taken) and
        becomes :class:`ZoteroUnavailable`: the caller reports it on the one file."""
        try:
            return self.transport.request("POST", path, content=form.encode("utf-8"), retry_dropped=False,
                                          headers={"Content-Type": "application/x-www-form-urlencoded", **headers})
        except Dropped as exc:
            raise ZoteroUnavailable(f"the connection to Zotero dropped during a file request ({exc}): "
                                    "try again later") from None

    def post_to_storage(self, url: str, body: bytes, content_type: str) -> httpx2.Response:
        return self.transport.post_to_storage(url, body, content_type)
