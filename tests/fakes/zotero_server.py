"""A strict local fake of the Zotero Web API v3 server, for the Zotero client tests.

It behaves like api.zotero.org as read from zotero/dataserver (2026-08) and
/work/shared/docs/zotero-web-api.md, so that a client passing against it has
met the real rules:

* keys (``Zotero-API-Key``, ``Authorization: Bearer``, ``?key=``) with read or
  write access per library; ``users/<id>`` and ``groups/<id>`` libraries;
* a library version raised once per committed object, ``Last-Modified-Version``
  on answers (object version on single-object reads and single-object 412s),
  ``If-Modified-Since-Version`` -> 304, ``since=``, ``format=json|keys|versions``,
  ``itemKey=``, ``includeTrashed``, sorting, ``Total-Results`` and absolute
  ``Link`` pagination (``limit`` <= 100, default 25);
* batch writes of <= 50 objects committed one at a time with the
  ``successful/success/unchanged/failed`` report, the version rules (428, 412,
  404), batch ``If-Unmodified-Since-Version`` (412 for the whole request),
  write tokens, single-object PUT/PATCH/DELETE, multi-object DELETE and
  ``/deleted``;
* schema v41 checks (see :mod:`fakes.zotero_schema`) and note-HTML sanitising;
* faults on demand (Backoff, 429, 500, 503, dropped connections before or after
  the write is committed), a request log and an artificial latency;
* a small fake of the desktop app: the read-only local API under ``/api/`` and
  the connector (``/connector/ping``, ``/connector/saveItems``).

The core, :class:`ZoteroLibraryServer`, is a plain object answering
``handle(method, target, headers, body)``; two adapters put it on the wire:
:func:`mock_transport` / :func:`make_pyzotero` (in-process, httpx2) and
:class:`ZoteroHTTPServer` (a real HTTP server on 127.0.0.1)::

    server = ZoteroLibraryServer.single_user(user_id=1, api_key="k1")
    zot = make_pyzotero(server, 1, "user", "k1")
    with ZoteroHTTPServer(server) as url:   # e.g. http://127.0.0.1:53121
        ...
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import json
import random
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from .zotero_files import (
    FileStorage,
    apply_attachment,
    attachment_data,
    attachment_template,
    check_attachment,
    reject_attachment_parent,
)
from .zotero_schema import (
    ALL_FIELD_NAMES,
    ATTACHMENT_PROPERTIES,
    CREATOR_FIELDS,
    CREATOR_TYPE_LABELS,
    FIELD_LABELS,
    ITEM_TYPES,
    MAX_WRITE_OBJECTS,
    NAME_MAX_CHARS,
    SCHEMA_VERSION,
    ItemCheck,
    ObjectRejected,
    access_date_to_sql,
    all_fields_in_order,
    bad_input,
    check_field_size,
    check_item_property,
    check_note_size,
    clean_creators,
    clean_tags,
    collection_relations_check,
    creator_summary,
    field_is_valid_for,
    field_value,
    is_valid_key,
    item_template,
    new_key,
    parsed_date,
    sanitize_note,
    sql_to_iso,
    words,
)

API_VERSION = "3"
WWW_BASE = "https://www.zotero.org"
DEFAULT_BASE_URL = "https://api.zotero.test"  # reserved TLD: never reaches the real server
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
FAULT_KINDS = frozenset({"backoff", "429", "500", "503", "drop_after_commit", "drop_before_commit"})
MAX_LIST_LIMIT = 100
DEFAULT_LIST_LIMIT = 25
UNSUPPORTED_FORMATS = frozenset(
    words(
        "atom bib bibtex biblatex bookmarks coins csljson csv mods refer rdf_bibliontology rdf_dc rdf_zotero "
        "ris tei wikipedia"
    )
)
_KNOWN_LIST_PARAMS = words(
    "collectionKey direction format include includeTrashed itemKey itemType limit locale q qmode since sort start tag"
)
_SORT_FIELDS = frozenset(
    words(
        "dateAdded dateModified title creator itemType date publisher publicationTitle journalAbbreviation "
        "language accessDate libraryCatalog callNumber rights extra"
    )
)


class HttpError(Exception):
    """A whole request is refused with ``status`` and a plain-text ``message``."""

    def __init__(self, status: int, message: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message or _DEFAULT_MESSAGES.get(status, "")
        self.headers = headers or {}


_DEFAULT_MESSAGES = {
    403: "Forbidden", 404: "Not found", 405: "Method not allowed", 429: "Too many requests",
    500: "An error occurred", 503: "Service unavailable",
}  # fmt: skip


@dataclass
class FakeResponse:
    """What the fake answers; ``drop_connection`` tells an adapter to hang up instead."""

    status: int
    headers: dict[str, str]
    body: bytes = b""
    drop_connection: bool = False

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class LoggedRequest:
    number: int
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    status: int | None = None  # None when the connection was dropped before answering
    fault: str | None = None


@dataclass
class Fault:
    """One scheduled fault: for request number ``nth``, or for requests matching method/path."""

    kind: str
    nth: int | None = None
    method: str | None = None
    path: str | None = None  # a regular expression searched in the request path
    seconds: float | None = None
    remaining: int = 1

    def matches(self, number: int, method: str, path: str) -> bool:
        if self.remaining <= 0:
            return False
        if self.nth is not None:
            return number == self.nth
        if self.method and self.method.upper() != method:
            return False
        return not self.path or re.search(self.path, path) is not None


@dataclass
class ApiKey:
    key: str
    user_id: int
    access: dict[str, str]  # library prefix ("users/1") -> "read" | "write"


@dataclass
class StoredItem:
    key: str
    version: int
    item_type: str
    date_added: str  # UTC, "YYYY-MM-DD hh:mm:ss"
    date_modified: str
    fields: dict[str, str] = field(default_factory=dict)
    creators: list[dict[str, str]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)
    relations: dict[str, list[str]] = field(default_factory=dict)
    parent: str | None = None
    deleted: bool = False
    in_publications: bool = False
    note: str = ""  # sanitised note HTML (what is served)
    created_by: int | None = None
    modified_by: int | None = None
    #: An attachment's own properties (linkMode, contentType, charset, filename, md5, mtime, path).
    attachment: dict[str, Any] = field(default_factory=dict)

    def content(self) -> tuple:
        """Everything a write can change except dateModified: equal content means ``unchanged``."""
        return (
            self.item_type, self.fields, self.creators, self.tags, sorted(self.collections),
            self.relations, self.parent, self.deleted, self.in_publications, self.note, self.date_added,
            self.attachment,
        )  # fmt: skip


@dataclass
class StoredCollection:
    key: str
    version: int
    name: str
    parent: str | None = None
    relations: dict[str, list[str]] = field(default_factory=dict)
    deleted: bool = False
    date_modified: str = ""

    def content(self) -> tuple:
        return (self.name, self.parent, self.relations, self.deleted)


@dataclass
class Library:
    kind: str  # "user" | "group"
    id: int
    name: str
    slug: str
    public: bool = False
    version: int = 0
    items: dict[str, StoredItem] = field(default_factory=dict)
    collections: dict[str, StoredCollection] = field(default_factory=dict)
    deletions: list[tuple[str, str, int]] = field(default_factory=list)  # (items|collections, key, version)

    @property
    def prefix(self) -> str:
        return f"{self.kind}s/{self.id}"

    def children_of(self, key: str) -> list[StoredItem]:
        return [item for item in self.items.values() if item.parent == key]

    def deleted_since(self, kind: str, since: int) -> list[str]:
        return [key for k, key, version in self.deletions if k == kind and version > since]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    base_url: str
    local: bool = False  # desktop local API (/api/...)

    def param(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json_body(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8") or "null")
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise HttpError(400, f"Invalid JSON: {error}") from None


@dataclass
class WriteContext:
    """How one object is written: the checks depend on the kind of request."""

    library: Library
    user_id: int | None
    require_version: int  # 0: no; 1: when the JSON has a key; 2: always (single-object writes)
    partial: bool  # PATCH rules (POST and PATCH); PUT is a full update
    url_key: str | None = None  # the key in /items/KEY for single-object writes
    now: str = ""


class ZoteroLibraryServer:
    """State and protocol of the fake Zotero server; see the module docstring."""

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        latency: float = 0.0,
        wrap_notes: bool = True,
        seed: int = 0,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.base_url = base_url
        self.latency = latency
        self.wrap_notes = wrap_notes
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.libraries: dict[str, Library] = {}
        self.keys: dict[str, ApiKey] = {}
        self.usernames: dict[int, str] = {}
        self.used_write_tokens: set[tuple[str, str]] = set()
        self.faults: list[Fault] = []
        self.log: list[LoggedRequest] = []
        self.concurrency_limit: int | None = None
        self.concurrency_retry_after = 1
        self.max_in_flight = 0
        self.local_api_enabled = False
        self.desktop_user_id: int | None = None
        self.connector_collection: str | None = None  # the collection "selected in the Zotero window"
        self._rng = random.Random(seed)
        self._lock = threading.RLock()
        self._count_lock = threading.Lock()
        self._requests = 0
        self._in_flight = 0
        #: File storage and uploads (fakes.zotero_files); ``files.quota_mb[prefix]`` sets a quota.
        self.files = FileStorage(self)

    # --- setup ------------------------------------------------------------------------

    @classmethod
    def single_user(cls, user_id: int = 1, api_key: str = "TESTKEY", *, write: bool = True, **kw: Any):
        server = cls(**kw)
        server.add_user(user_id)
        server.add_key(api_key, user_id, {f"users/{user_id}": "write" if write else "read"})
        return server

    def add_user(self, user_id: int, username: str | None = None) -> Library:
        username = username or f"user{user_id}"
        self.usernames[user_id] = username
        if self.desktop_user_id is None:
            self.desktop_user_id = user_id
        return self._add_library(Library("user", user_id, username, username))

    def add_group(self, group_id: int, name: str | None = None, *, public: bool = False) -> Library:
        return self._add_library(Library("group", group_id, name or f"Group {group_id}", str(group_id), public))

    def _add_library(self, library: Library) -> Library:
        self.libraries[library.prefix] = library
        return library

    def add_key(self, key: str, user_id: int, access: dict[str, str] | None = None) -> ApiKey:
        """Register an API key; ``access`` maps ``users/1``/``groups/5`` to ``read`` or ``write``."""
        if not key.isalnum():
            raise ValueError("Zotero keys are alphanumeric (the server refuses other Bearer values)")
        api_key = ApiKey(key, user_id, dict(access or {f"users/{user_id}": "write"}))
        self.keys[key] = api_key
        return api_key

    def library(self, prefix: str) -> Library:
        return self.libraries[prefix]

    def add_fault(
        self,
        kind: str,
        *,
        nth: int | None = None,
        method: str | None = None,
        path: str | None = None,
        seconds: float | None = None,
        times: int = 1,
    ) -> Fault:
        """Schedule a fault for request ``nth`` (1-based, counting every request) or the next
        ``times`` requests matching ``method`` and ``path`` (a regex searched in the path).

        Kinds: ``backoff`` (normal answer plus ``Backoff: seconds``), ``429`` (with
        ``Retry-After``), ``500``, ``503`` (``Retry-After`` when ``seconds`` is given),
        ``drop_after_commit`` (the request is processed, then the connection is closed
        without an answer) and ``drop_before_commit`` (closed before processing).
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; use one of {sorted(FAULT_KINDS)}")
        if seconds is None and kind in ("backoff", "429"):
            seconds = 1
        fault = Fault(kind, nth, method, path, seconds, times)
        self.faults.append(fault)
        return fault

    def requests_matching(self, method: str | None = None, path: str | None = None) -> list[LoggedRequest]:
        return [
            r for r in self.log
            if (method is None or r.method == method.upper()) and (path is None or re.search(path, r.path))
        ]  # fmt: skip

    def write(self, library: str, objects: list[Any], kind: str = "items") -> dict[str, Any]:
        """Commit a batch directly (no HTTP, no auth), as a POST would; returns the write report."""
        with self._lock:
            request = Request("POST", f"/{library}/{kind}", {}, {}, b"", self.base_url)
            return self._commit_batch(request, self.libraries[library], kind, objects, None, 0)

    # --- edits made in the desktop app (Zotero 7-9, before they sync) ------------------

    def local_edit(self, library: str, key: str, **data: Any) -> StoredItem:
        """An item edited in the desktop app: its data changes (checked as a PATCH of
        ``data`` would be), but neither its version nor the library's moves and
        ``/deleted`` learns nothing, as in Zotero 7-9 until the next sync."""
        with self._lock:
            lib = self.libraries[library]
            existing = lib.items.get(key)
            if existing is None:
                raise KeyError(f"fake Zotero: no item {key} in {library}")
            stored = self._local_write(lib, {**data, "key": key, "version": existing.version})
            stored.version = existing.version
            return stored

    def local_add(self, library: str, data: dict[str, Any]) -> str:
        """An item made in the desktop app and not synced yet: version 0, the library's
        version unchanged.  Returns its key."""
        with self._lock:
            stored = self._local_write(self.libraries[library], dict(data))
            stored.version = 0
            return stored.key

    def local_delete(self, library: str, key: str) -> None:
        """An item deleted for good in the desktop app (its notes with it), not synced
        yet: gone from every read, with no version moved and nothing in ``/deleted``."""
        with self._lock:
            lib = self.libraries[library]
            if key not in lib.items:
                raise KeyError(f"fake Zotero: no item {key} in {library}")
            for child in lib.children_of(key):
                del lib.items[child.key]
            del lib.items[key]

    def _local_write(self, lib: Library, obj: dict[str, Any]) -> StoredItem:
        ctx = WriteContext(lib, self.desktop_user_id, 0, partial=True, now=self._now())
        try:
            stored, _ = _ItemWriter(self, ctx).write(obj)
        except ObjectRejected as rejection:
            raise ValueError(f"fake Zotero: the desktop would refuse this edit: {rejection.message}") from None
        lib.items[stored.key] = stored
        return stored

    # --- entry point ----------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes = b"", base_url: str | None = None
    ) -> FakeResponse:
        """Answer one HTTP request. ``target`` is the path with its query string."""
        parts = urlsplit(target)
        request = Request(
            method.upper(),
            parts.path,
            parse_qs(parts.query, keep_blank_values=True),
            {name.lower(): value for name, value in headers.items()},
            body or b"",
            (base_url or self.base_url).rstrip("/"),
        )
        with self._count_lock:
            self._requests += 1
            number = self._requests
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            in_flight = self._in_flight
        entry = LoggedRequest(number, request.method, request.path, request.query, request.headers)
        self.log.append(entry)
        try:
            if self.latency:
                time.sleep(self.latency)
            response = self._handle_with_faults(request, entry, in_flight)
        finally:
            with self._count_lock:
                self._in_flight -= 1
        entry.status = None if response.drop_connection else response.status
        return response

    def _handle_with_faults(self, request: Request, entry: LoggedRequest, in_flight: int) -> FakeResponse:
        with self._lock:
            fault = next((f for f in self.faults if f.matches(entry.number, request.method, request.path)), None)
            if fault:
                fault.remaining -= 1
                entry.fault = fault.kind
        kind = fault.kind if fault else None
        if kind == "drop_before_commit":
            return FakeResponse(0, {}, drop_connection=True)
        if kind in ("429", "500", "503"):
            extra = {"Retry-After": _seconds(fault.seconds)} if fault.seconds is not None else {}
            return self._error_response(HttpError(int(kind), "", extra))
        if (
            self.concurrency_limit is not None
            and in_flight > self.concurrency_limit
            and not request.path.startswith(("/api", "/connector"))
        ):
            retry = {"Retry-After": _seconds(self.concurrency_retry_after)}
            return self._error_response(HttpError(429, "Concurrent request limit exceeded", retry))
        with self._lock:
            response = self._route(request)
        if kind == "backoff":
            response.headers["Backoff"] = _seconds(fault.seconds)
        if kind == "drop_after_commit":
            response.drop_connection = True
        return response

    def _route(self, request: Request) -> FakeResponse:
        try:
            if request.path == "/api" or request.path.startswith("/api/"):
                return self._local_api(request)
            if request.path.startswith("/connector/"):
                return self._connector(request)
            return self._web_api(request)
        except HttpError as error:
            return self._error_response(error, local=request.path.startswith("/api"))

    def _error_response(self, error: HttpError, local: bool = False) -> FakeResponse:
        headers = {"Content-Type": "text/plain; charset=utf-8", **self._api_headers(), **error.headers}
        body = error.message if local else _html_text(error.message)
        return FakeResponse(error.status, headers, body.encode("utf-8"))

    def _api_headers(self) -> dict[str, str]:
        return {"Zotero-API-Version": API_VERSION, "Zotero-Schema-Version": str(SCHEMA_VERSION)}

    # --- web API: authentication and routing -------------------------------------------

    def _web_api(self, request: Request) -> FakeResponse:
        version = request.header("Zotero-API-Version") or request.param("v")
        if version and version != API_VERSION:
            raise HttpError(400, f"Fake Zotero server: only API version {API_VERSION} is modelled (got {version})")
        path = request.path
        if path.startswith("/fake-s3/"):  # the storage's own host in real life: no Zotero key
            return self.files.handle_s3(request, path.rsplit("/", 1)[-1])
        api_key = self._authenticate(request)
        if match := re.fullmatch(r"/keys/([^/]+)", path):
            return self._key_info(request, api_key, match[1])
        global_answer = self._global_endpoint(request)
        if global_answer is not None:
            return global_answer
        match = re.fullmatch(r"/(users|groups)/([^/]+)(/.*)?", path)
        if not match:
            raise HttpError(404)
        if not match[2].isdigit():
            raise HttpError(400, f"Invalid {match[1][:-1]} ID")
        library = self.libraries.get(f"{match[1]}/{int(match[2])}")
        if library is None:
            raise HttpError(404)
        self._check_access(request, api_key, library)
        return self._library_endpoint(request, library, api_key, match[3] or "/")

    def _authenticate(self, request: Request) -> ApiKey | None:
        key = request.header("Zotero-API-Key")
        query_key = request.param("key")
        if query_key is not None:
            if key and query_key != key:
                raise HttpError(400, "Zotero-API-Key header and 'key' parameter differ")
            key = key or query_key
        authorization = request.header("Authorization")
        if not key and authorization and authorization.lower().startswith("bearer"):
            bearer = re.fullmatch(r"bearer +([a-z0-9]+)", authorization, re.IGNORECASE)
            if not bearer:
                raise HttpError(400, "Invalid Authorization header format")
            key = bearer[1]
        if not key:
            if request.method in WRITE_METHODS:
                raise HttpError(403, "An API key is required for write requests.")
            return None
        api_key = self.keys.get(key)
        if api_key is None:
            raise HttpError(403, "Invalid key")
        token = request.header("Zotero-Write-Token")
        if request.method in WRITE_METHODS and token:
            if not 5 <= len(token) <= 32:
                raise HttpError(400, "Write token must be 5-32 characters in length")
            if (key, token) in self.used_write_tokens:
                raise HttpError(412, "Write token already used")
        return api_key

    def _check_access(self, request: Request, api_key: ApiKey | None, library: Library) -> None:
        access = api_key.access.get(library.prefix) if api_key else None
        if access is None and not library.public:
            raise HttpError(403)
        if request.method in WRITE_METHODS and access != "write":
            raise HttpError(403, "Write access denied")

    def _remember_write_token(self, request: Request) -> None:
        token = request.header("Zotero-Write-Token")
        key = self._request_key(request)
        if token and key:
            self.used_write_tokens.add((key, token))

    def _request_key(self, request: Request) -> str | None:
        authorization = request.header("Authorization") or ""
        bearer = authorization.split(" ")[-1] if authorization.lower().startswith("bearer") else None
        return request.header("Zotero-API-Key") or request.param("key") or bearer

    def _key_info(self, request: Request, api_key: ApiKey | None, key: str) -> FakeResponse:
        target = api_key if key == "current" else self.keys.get(key)
        if target is None:
            raise HttpError(404, "Key not found")
        access: dict[str, Any] = {}
        for prefix, level in target.access.items():
            kind, number = prefix.split("/")
            entry = {"library": True, "write": level == "write"}
            if kind == "users":
                access["user"] = {**entry, "files": True, "notes": True}
            else:
                access.setdefault("groups", {})[number] = entry
        body = {"key": target.key, "userID": target.user_id, "username": self.usernames.get(target.user_id, "")}
        return self._json(body | {"access": access})

    def _library_endpoint(self, request: Request, library: Library, api_key: ApiKey | None, sub: str) -> FakeResponse:
        user_id = api_key.user_id if api_key else None
        method = request.method if request.method != "HEAD" else "GET"
        if request.local and method != "GET":
            raise HttpError(400, "Endpoint does not support method\n")
        key = r"([^/]+)"
        routes: list[tuple[str, tuple[str, ...], Callable[..., FakeResponse]]] = [
            (r"/items", ("GET", "POST", "DELETE"), lambda: self._items_root(request, library, user_id)),
            (r"/items/top", ("GET",), lambda: self._list_items(request, library, top=True)),
            (r"/items/trash", ("GET",), lambda: self._list_items(request, library, trash=True)),
            (rf"/items/{key}/children", ("GET",), lambda k: self._list_items(request, library, children_of=k)),
            (rf"/items/{key}/file", ("GET", "POST", "PATCH"), lambda k: self.files.handle_file(request, library, k)),
            (
                rf"/items/{key}",
                ("GET", "PUT", "PATCH", "DELETE"),
                lambda k: self._one_object(request, library, user_id, "items", k),
            ),
            (r"/collections", ("GET", "POST", "DELETE"), lambda: self._collections_root(request, library, user_id)),
            (r"/collections/top", ("GET",), lambda: self._list_collections(request, library, top=True)),
            (
                rf"/collections/{key}/collections",
                ("GET",),
                lambda k: self._list_collections(request, library, parent=k),
            ),
            (rf"/collections/{key}/items", ("GET",), lambda k: self._list_items(request, library, collection=k)),
            (
                rf"/collections/{key}/items/top",
                ("GET",),
                lambda k: self._list_items(request, library, collection=k, top=True),
            ),
            (
                rf"/collections/{key}",
                ("GET", "PUT", "PATCH", "DELETE"),
                lambda k: self._one_object(request, library, user_id, "collections", k),
            ),
            (r"/deleted", ("GET",), lambda: self._deleted(request, library)),
            (r"/tags", ("GET",), lambda: self._tags(request, library)),
            (r"/searches", ("GET",), lambda: self._list_response(request, library, [], lambda o: o, "searches")),
        ]
        for pattern, methods, action in routes:
            match = re.fullmatch(pattern, sub.rstrip("/") or "/")
            if match:
                if method not in methods:
                    raise HttpError(405, headers={"Allow": ", ".join(methods)})
                return action(*match.groups())
        raise HttpError(404)

    # --- global endpoints (schema) -----------------------------------------------------

    def _global_endpoint(self, request: Request) -> FakeResponse | None:
        path = request.path.rstrip("/")
        if path not in (
            "/itemTypes",
            "/itemFields",
            "/itemTypeFields",
            "/itemTypeCreatorTypes",
            "/creatorFields",
            "/items/new",
        ):
            return None
        if request.method not in ("GET", "HEAD"):
            if request.local:
                raise HttpError(400, "Endpoint does not support method\n")
            raise HttpError(405, headers={"Allow": "GET"})
        if path == "/items/new" and request.local:
            raise HttpError(404, "No endpoint found")
        if path == "/items/new" and request.param("itemType") == "attachment":
            try:
                return self._json(attachment_template(request.param("linkMode")))
            except ObjectRejected as rejection:
                raise HttpError(400, rejection.message) from None
        if path == "/itemTypes":
            return self._json([{"itemType": t.name, "localized": t.label} for t in ITEM_TYPES.values()])
        if path == "/itemFields":
            return self._json([{"field": f, "localized": FIELD_LABELS[f]} for f in all_fields_in_order()])
        if path == "/creatorFields":
            return self._json([{"field": f, "localized": label} for f, label in CREATOR_FIELDS])
        item_type = request.param("itemType")
        if not item_type:
            raise HttpError(400, "'itemType' not provided")
        if item_type not in ITEM_TYPES:
            raise HttpError(400, f"Invalid item type '{item_type}'")
        spec = ITEM_TYPES[item_type]
        if path == "/itemTypeFields":
            return self._json([{"field": f, "localized": FIELD_LABELS[f]} for f in spec.fields])
        if path == "/itemTypeCreatorTypes":
            types = [{"creatorType": c, "localized": CREATOR_TYPE_LABELS[c]} for c in spec.creator_types]
            return self._json(types)
        return self._json(item_template(item_type))

    # --- reads ---------------------------------------------------------------------------

    def _json(self, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> FakeResponse:
        body = json.dumps(payload, indent=4, ensure_ascii=False).encode("utf-8")
        all_headers = {"Content-Type": "application/json", **self._api_headers(), **(headers or {})}
        return FakeResponse(status, all_headers, body)

    def _not_modified(self, request: Request, library: Library) -> FakeResponse | None:
        since = request.header("If-Modified-Since-Version")
        if since is None:
            return None
        if not since.strip().lstrip("-").isdigit():
            raise HttpError(400, f"Invalid If-Modified-Since-Version value '{since}'")
        if library.version <= int(since) and not (request.local and int(since) == 0):
            return FakeResponse(304, self._api_headers())
        return None

    def _list_items(
        self,
        request: Request,
        library: Library,
        *,
        top: bool = False,
        trash: bool = False,
        children_of: str | None = None,
        collection: str | None = None,
    ) -> FakeResponse:
        if children_of is not None and children_of not in library.items:
            raise HttpError(404, "Item not found")
        if collection is not None and collection not in library.collections:
            raise HttpError(404, "Collection not found")
        if answer := self._not_modified(request, library):
            return answer
        include_trashed = trash or _truthy(request.param("includeTrashed"))
        items = list(library.items.values())
        if children_of is not None:
            items = [i for i in items if i.parent == children_of]
        if collection is not None:
            members = {i.key for i in items if collection in i.collections}
            items = [i for i in items if i.key in members or (not top and i.parent in members)]
        if top:
            items = [i for i in items if i.parent is None]
        if trash:
            items = [i for i in items if i.deleted]
        elif not include_trashed:
            items = [i for i in items if not i.deleted]
        items = self._filter_items(request, items)
        return self._list_response(request, library, items, lambda i: self._item_json(request, library, i), "items")

    def _filter_items(self, request: Request, items: list[StoredItem]) -> list[StoredItem]:
        since = self._since(request)
        if since is not None:
            items = [i for i in items if i.version > since]
        if keys := self._key_list(request, "itemKey"):
            items = [i for i in items if i.key in keys]
        for expression in request.query.get("itemType", []):
            items = [i for i in items if _matches_alternatives(expression, lambda v, i=i: i.item_type == v)]
        for expression in request.query.get("tag", []):
            items = [
                i for i in items if _matches_alternatives(expression, lambda v, i=i: any(t["tag"] == v for t in i.tags))
            ]
        query = (request.param("q") or "").strip().lower()
        if query:
            everything = (request.param("qmode") or "").lower() == "everything"
            items = [i for i in items if query in _searchable_text(i, everything)]
        return items

    def _since(self, request: Request) -> int | None:
        since = request.param("since")
        if since is None:
            return None
        if not re.fullmatch(r"-?\d+", since.strip()):
            raise HttpError(400, "Invalid value for 'since' parameter")
        return int(since)

    def _key_list(self, request: Request, name: str) -> set[str]:
        raw = request.param(name)
        if raw is None:
            return set()
        keys = [k for k in raw.strip(",").split(",") if is_valid_key(k)]
        if len(keys) > MAX_WRITE_OBJECTS and not request.local:
            raise HttpError(400, f"Fake Zotero server: at most {MAX_WRITE_OBJECTS} keys in '{name}' (documented limit)")
        return set(keys)  # no valid key at all: no filter (the server drops invalid keys, then ignores [])

    def _list_collections(
        self, request: Request, library: Library, *, top: bool = False, parent: str | None = None
    ) -> FakeResponse:
        if parent is not None and parent not in library.collections:
            raise HttpError(404, "Collection not found")
        if answer := self._not_modified(request, library):
            return answer
        collections = list(library.collections.values())
        if top:
            collections = [c for c in collections if c.parent is None]
        if parent is not None:
            collections = [c for c in collections if c.parent == parent]
        if not _truthy(request.param("includeTrashed")):
            collections = [c for c in collections if not c.deleted]
        since = self._since(request)
        if since is not None:
            collections = [c for c in collections if c.version > since]
        if keys := self._key_list(request, "collectionKey"):
            collections = [c for c in collections if c.key in keys]
        render = lambda c: self._collection_json(request, library, c)
        return self._list_response(request, library, collections, render, "collections")

    def _list_response(
        self, request: Request, library: Library, objects: list[Any], render: Callable[[Any], Any], kind: str
    ) -> FakeResponse:
        output = request.param("format") or "json"
        if output in UNSUPPORTED_FORMATS:
            raise HttpError(400, f"Fake Zotero server: format={output} is not modelled")
        if output not in ("json", "keys", "versions"):
            raise HttpError(400, f"Invalid 'format' value '{output}'")
        objects = _sorted(request, objects, kind)
        limit, default_limit = self._limit(request, output)
        start = max(0, _int_or(request.param("start"), 0))
        total = len(objects)
        page = objects[start : start + limit] if limit else objects[start:]
        headers = {
            "Total-Results": str(total),
            "Link": self._link_header(request, start, limit, default_limit, total),
            "Last-Modified-Version": str(library.version),
        }
        if output == "keys":
            body = ("\n".join(o.key for o in page) + "\n").encode("utf-8")
            return FakeResponse(200, {"Content-Type": "text/plain", **self._api_headers(), **headers}, body)
        if output == "versions":
            return self._json({o.key: o.version for o in page}, headers=headers)
        return self._json([render(o) for o in page], headers=headers)

    def _limit(self, request: Request, output: str) -> tuple[int, int]:
        """(effective limit, default limit); 0 means no limit."""
        if request.local:
            return max(0, _int_or(request.param("limit"), 0)), 0
        default = DEFAULT_LIST_LIMIT if output == "json" else 0
        if request.param("itemKey") is not None or request.param("collectionKey") is not None:
            default = MAX_LIST_LIMIT
        asked = _int_or(request.param("limit"), 0)
        if asked <= 0:
            return default, default
        if output == "json":
            return min(asked, MAX_LIST_LIMIT), default
        return asked, default

    def _link_header(self, request: Request, start: int, limit: int, default_limit: int, total: int) -> str:
        base = request.base_url + request.path
        params: dict[str, str] = {}
        for name in _KNOWN_LIST_PARAMS:
            value = request.param(name)
            if value is None or (name, value) in (("format", "json"), ("locale", "en-US"), ("includeTrashed", "0")):
                continue
            params[name] = value
        params.pop("limit", None)
        params.pop("start", None)
        if limit != default_limit:
            params["limit"] = str(limit)

        def url(start_at: int | None) -> str:
            query = dict(params)
            if start_at:
                query["start"] = str(start_at)
            return base + ("?" + urlencode(sorted(query.items())) if query else "")

        links: list[tuple[str, str]] = []
        self_url = url(start)
        if start:
            links.append(("first", url(None)))
            links.append(("prev", url(start - limit if start - limit > 0 else None)))
        if limit:
            if start >= total:
                last_start = total - limit
            else:
                last_start = total - (total % limit)
                if last_start == total:
                    last_start = total - limit
            if start + limit < total:
                links.append(("next", url(start + limit)))
            if url(last_start if last_start > 0 else None) != self_url:
                links.append(("last", url(last_start if last_start > 0 else None)))
        links.append(("alternate", WWW_BASE + request.path.removeprefix("/api")))
        return ", ".join(f'<{href}>; rel="{rel}"' for rel, href in links)

    def _deleted(self, request: Request, library: Library) -> FakeResponse:
        if request.local:
            raise HttpError(404, "No endpoint found")
        since = self._since(request)
        if since is None:
            raise HttpError(400, "'since' parameter must be provided")
        body = {
            "collections": library.deleted_since("collections", since),
            "items": library.deleted_since("items", since),
            "searches": [],
            "tags": [],
            "settings": [],
        }
        return self._json(body, headers={"Last-Modified-Version": str(library.version)})

    def _tags(self, request: Request, library: Library) -> FakeResponse:
        if answer := self._not_modified(request, library):
            return answer
        counts: dict[tuple[str, int], int] = {}
        for item in library.items.values():
            if not item.deleted:
                for tag in item.tags:
                    counts[(tag["tag"], tag["type"])] = counts.get((tag["tag"], tag["type"]), 0) + 1
        tags = [_TagRow(name, kind, n) for (name, kind), n in sorted(counts.items(), key=lambda kv: kv[0][0].lower())]

        def render(row: _TagRow) -> dict[str, Any]:
            href = f"{request.base_url}/{library.prefix}/tags/{row.key}"
            links = {"self": {"href": href, "type": "application/json"}}
            return {"tag": row.key, "links": links, "meta": {"type": row.kind, "numItems": row.count}}

        return self._list_response(request, library, tags, render, "tags")

    # --- JSON of stored objects --------------------------------------------------------------

    def _library_json(self, library: Library) -> dict[str, Any]:
        path = library.slug if library.kind == "user" else f"groups/{library.slug}"
        return {
            "type": library.kind,
            "id": library.id,
            "name": library.name,
            "links": {"alternate": {"href": f"{WWW_BASE}/{path}", "type": "text/html"}},
        }

    def _object_links(self, request: Request, library: Library, kind: str, key: str, up: str | None) -> dict[str, Any]:
        www = library.slug if library.kind == "user" else f"groups/{library.slug}"
        prefix = ("/api/" if request.local else "/") + library.prefix
        links = {
            "self": {"href": f"{request.base_url}{prefix}/{kind}/{key}", "type": "application/json"},
            "alternate": {"href": f"{WWW_BASE}/{www}/{kind}/{key}", "type": "text/html"},
        }
        if up:
            links["up"] = {"href": f"{request.base_url}{prefix}/{kind}/{up}", "type": "application/json"}
        return links

    def _user_json(self, user_id: int) -> dict[str, Any]:
        username = self.usernames.get(user_id, f"user{user_id}")
        links = {"alternate": {"href": f"{WWW_BASE}/{username}", "type": "text/html"}}
        return {"id": user_id, "username": username, "name": "", "links": links}

    def _item_json(self, request: Request, library: Library, item: StoredItem) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        if library.kind == "group" and item.created_by is not None:
            meta["createdByUser"] = self._user_json(item.created_by)
            if item.modified_by not in (None, item.created_by):
                meta["lastModifiedByUser"] = self._user_json(item.modified_by)
        if item.item_type not in ("note", "attachment") and item.parent is None:
            if summary := creator_summary(item.item_type, item.creators):
                meta["creatorSummary"] = summary
            if parsed := parsed_date(item.fields.get("date", "")):
                meta["parsedDate"] = parsed
            meta["numChildren"] = sum(1 for c in library.children_of(item.key) if not c.deleted)
        elif item.item_type == "note":
            meta["numChildren"] = 0
        links = self._object_links(request, library, "items", item.key, item.parent)
        if item.attachment.get("md5") and item.attachment["md5"] in self.files.files:
            prefix = ("/api/" if request.local else "/") + library.prefix
            links["enclosure"] = {"href": f"{request.base_url}{prefix}/items/{item.key}/file/view",
                                  "type": item.attachment.get("contentType") or "application/octet-stream",
                                  "title": item.attachment.get("filename", ""),
                                  "length": len(self.files.files[item.attachment["md5"]])}
        return {
            "key": item.key,
            "version": item.version,
            "library": self._library_json(library),
            "links": links,
            "meta": meta,
            "data": self._item_data(item),
        }

    def _item_data(self, item: StoredItem) -> dict[str, Any]:
        data: dict[str, Any] = {"key": item.key, "version": item.version}
        if item.parent:
            data["parentItem"] = item.parent
        data["itemType"] = item.item_type
        spec = ITEM_TYPES[item.item_type]
        if item.item_type == "attachment":
            data.update(attachment_data(item))
        elif item.item_type != "note":
            data["title"] = item.fields.get("title", "")
            data["creators"] = copy.deepcopy(item.creators)
        for name in spec.fields if item.item_type != "attachment" else ():
            if name != "title":
                value = item.fields.get(name, "")
                data[name] = sql_to_iso(value) if name == "accessDate" and value else value
        if item.item_type == "note":
            data["note"] = item.note
        if item.deleted:
            data["deleted"] = 1
        if item.in_publications:
            data["inPublications"] = True
        data["tags"] = [{"tag": t["tag"], **({"type": t["type"]} if t["type"] else {})} for t in item.tags]
        if item.parent is None:
            data["collections"] = list(item.collections)
        data["relations"] = _relations_json(item.relations)
        data["dateAdded"] = sql_to_iso(item.date_added)
        data["dateModified"] = sql_to_iso(item.date_modified)
        return data

    def _collection_json(self, request: Request, library: Library, collection: StoredCollection) -> dict[str, Any]:
        children = [c for c in library.collections.values() if c.parent == collection.key and not c.deleted]
        items = [i for i in library.items.values() if collection.key in i.collections and not i.deleted]
        data: dict[str, Any] = {
            "key": collection.key,
            "version": collection.version,
            "name": collection.name,
            "parentCollection": collection.parent or False,
            "relations": _relations_json(collection.relations),
        }
        if collection.deleted:
            data["deleted"] = True
        return {
            "key": collection.key,
            "version": collection.version,
            "library": self._library_json(library),
            "links": self._object_links(request, library, "collections", collection.key, collection.parent),
            "meta": {"numCollections": len(children), "numItems": len(items)},
            "data": data,
        }

    # --- writes: batches ---------------------------------------------------------------------

    def _items_root(self, request: Request, library: Library, user_id: int | None) -> FakeResponse:
        return self._objects_root(request, library, user_id, "items")

    def _collections_root(self, request: Request, library: Library, user_id: int | None) -> FakeResponse:
        return self._objects_root(request, library, user_id, "collections")

    def _objects_root(self, request: Request, library: Library, user_id: int | None, kind: str) -> FakeResponse:
        if request.method in ("GET", "HEAD"):
            if kind == "items":
                return self._list_items(request, library)
            return self._list_collections(request, library)
        expected = self._library_precondition(request, library)
        if request.method == "DELETE":
            return self._delete_many(request, library, kind, expected)
        objects = request.json_body()
        if not isinstance(objects, list):
            raise HttpError(400, "Uploaded data must be a JSON array")
        if len(objects) > MAX_WRITE_OBJECTS:
            raise HttpError(413, f"Cannot add more than {MAX_WRITE_OBJECTS} {kind} at a time")
        report = self._commit_batch(request, library, kind, objects, user_id, 0 if expected is not None else 1)
        self._remember_write_token(request)
        return self._json(report, headers={"Last-Modified-Version": str(library.version)})

    def _library_precondition(self, request: Request, library: Library) -> int | None:
        raw = request.header("If-Unmodified-Since-Version")
        if raw is None:
            return None
        if not re.fullmatch(r"\d+", raw.strip()):
            raise HttpError(400, "Invalid If-Unmodified-Since-Version value")
        expected = int(raw)
        if library.version > expected:
            raise HttpError(
                412, f"Library has been modified since specified version (expected {expected}, found {library.version})"
            )
        return expected

    def _commit_batch(
        self, request: Request, library: Library, kind: str, objects: list[Any], user_id: int | None, require: int
    ) -> dict[str, Any]:
        report: dict[str, dict[str, Any]] = {"successful": {}, "success": {}, "unchanged": {}, "failed": {}}
        noun = kind[:-1]
        for index, raw in enumerate(objects):
            ctx = WriteContext(library, user_id, require, partial=True, now=self._now())
            library.version += 1  # each object commits alone, with its own version
            try:
                if not isinstance(raw, dict):
                    raise bad_input(f"Invalid value for index {index} in uploaded data; expected JSON {noun} object")
                stored, changed = self._write_object(kind, raw, ctx)
            except ObjectRejected as rejection:
                library.version -= 1  # rolled back
                failure: dict[str, Any] = {"code": rejection.code, "message": _html_text(rejection.message)}
                data = raw.get("data") if isinstance(raw, dict) and isinstance(raw.get("data"), dict) else raw
                if isinstance(data, dict) and isinstance(data.get("key"), str) and data["key"]:
                    failure = {"key": data["key"], **failure}
                if rejection.data:
                    failure["data"] = rejection.data
                report["failed"][str(index)] = failure
                continue
            if changed:
                render = self._item_json if kind == "items" else self._collection_json
                report["successful"][str(index)] = render(request, library, stored)
                report["success"][str(index)] = stored.key
            else:
                report["unchanged"][str(index)] = stored.key
        return report

    def _write_object(self, kind: str, raw: dict[str, Any], ctx: WriteContext) -> tuple[Any, bool]:
        """Check and apply one object; store it with the current library version if it changed."""
        writer = _ItemWriter(self, ctx) if kind == "items" else _CollectionWriter(self, ctx)
        stored, changed = writer.write(raw)
        if changed:
            stored.version = ctx.library.version
            getattr(ctx.library, kind)[stored.key] = stored
        return stored, changed

    def _delete_many(self, request: Request, library: Library, kind: str, expected: int | None) -> FakeResponse:
        name = "itemKey" if kind == "items" else "collectionKey"
        keys = [k for k in (request.param(name) or "").strip(",").split(",") if is_valid_key(k)]
        if len(keys) > MAX_WRITE_OBJECTS:
            raise HttpError(400, f"Fake Zotero server: at most {MAX_WRITE_OBJECTS} keys per DELETE (documented limit)")
        library.version += 1
        for key in keys:
            self._delete_object(library, kind, key)
        return FakeResponse(204, {**self._api_headers(), "Last-Modified-Version": str(library.version)})

    def _delete_object(self, library: Library, kind: str, key: str) -> None:
        store = getattr(library, kind)
        if key not in store:
            return
        if kind == "items":
            for child in library.children_of(key):
                self._delete_object(library, "items", child.key)
        else:
            for child in [c for c in library.collections.values() if c.parent == key]:
                self._delete_object(library, "collections", child.key)
            for item in library.items.values():
                if key in item.collections:
                    item.collections.remove(key)
        del store[key]
        library.deletions.append((kind, key, library.version))

    # --- writes: single objects -------------------------------------------------------------

    def _one_object(self, request: Request, library: Library, user_id: int | None, kind: str, key: str) -> FakeResponse:
        store: dict[str, Any] = getattr(library, kind)
        noun = "Item" if kind == "items" else "Collection"
        if request.method in ("GET", "HEAD"):
            if not is_valid_key(key):
                raise HttpError(404)
            stored = store.get(key)
            if stored is None:
                raise HttpError(404, f"{noun} does not exist" if kind == "items" else "Collection not found")
            since = request.header("If-Modified-Since-Version") if request.local else None
            if since and since != "0" and stored.version <= _int_or(since, -1):
                return FakeResponse(304, self._api_headers())
            render = self._item_json if kind == "items" else self._collection_json
            return self._json(render(request, library, stored), headers={"Last-Modified-Version": str(stored.version)})
        if not is_valid_key(key):
            raise HttpError(404)
        existing = store.get(key)
        payload = request.json_body() if request.body.strip() else None
        version = self._object_precondition(request, noun, existing, payload)
        original = library.version
        library.version += 1
        if request.method == "DELETE":
            self._delete_object(library, kind, key)
            return FakeResponse(204, {**self._api_headers(), "Last-Modified-Version": str(library.version)})
        if not isinstance(payload, dict):
            library.version = original
            raise HttpError(400, f"Invalid {noun.lower()} object")
        if version is not None:
            data = payload.get("data") if isinstance(payload.get("data"), dict) else payload
            data.setdefault("version", version)
        ctx = WriteContext(library, user_id, 0, partial=request.method == "PATCH", url_key=key, now=self._now())
        try:
            _, changed = self._write_object(kind, payload, ctx)
        except ObjectRejected as rejection:
            library.version = original
            raise HttpError(rejection.code, rejection.message) from None
        self._remember_write_token(request)
        shown = library.version if changed else original
        return FakeResponse(204, {**self._api_headers(), "Last-Modified-Version": str(shown)})

    def _object_precondition(self, request: Request, noun: str, existing: Any, payload: Any) -> int | None:
        """The server's checkSingleObjectWriteVersion: header and/or JSON ``version``."""
        raw = request.header("If-Unmodified-Since-Version")
        if request.method == "DELETE" and raw is None:
            raise HttpError(428, "If-Unmodified-Since-Version must be provided for delete requests")
        header_version = None
        if raw is not None:
            if not re.fullmatch(r"\d+", raw.strip()):
                raise HttpError(400, f"Invalid If-Unmodified-Since-Version value '{raw}'")
            header_version = int(raw)
        data = payload.get("data", payload) if isinstance(payload, dict) else None
        prop_version = data.get("version") if isinstance(data, dict) else None
        if prop_version is not None:
            if not isinstance(prop_version, int) or isinstance(prop_version, bool):
                raise HttpError(400, f"Invalid JSON 'version' property value '{prop_version}'")
            if header_version is not None and header_version != prop_version:
                raise HttpError(
                    400,
                    "If-Unmodified-Since-Version value does not match JSON 'version' property "
                    f"({header_version} != {prop_version})",
                )
        version = header_version if header_version is not None else prop_version
        if existing is None:
            if request.method == "PATCH" and version is None:
                raise HttpError(
                    404,
                    f"{noun} not found (to create, use If-Unmodified-Since-Version: 0, "
                    "JSON 'version' 0, or PUT method)",
                )
            if version:
                raise HttpError(412, f"{noun} not found (expected version {version})")
            return version
        if version is None:
            raise HttpError(
                428,
                "Either If-Unmodified-Since-Version or object version property must be provided for key-based writes",
            )
        if existing.version > version:
            raise HttpError(
                412,
                f"{noun} has been modified since specified version (expected {version}, found {existing.version})",
                {"Last-Modified-Version": str(existing.version)},
            )
        return version

    def _now(self) -> str:
        return self.clock().astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")

    def _new_key(self, store: dict[str, Any]) -> str:
        while (key := new_key(self._rng)) in store:
            pass
        return key

    # --- desktop app: local API (read-only, Zotero 7-9) and connector ----------------------------

    def _local_api(self, request: Request) -> FakeResponse:
        if request.path == "/api":
            raise HttpError(404, "No endpoint found")
        if not self.local_api_enabled:
            raise HttpError(403, "Local API is not enabled")
        if request.method not in ("GET", "HEAD", "POST"):
            raise HttpError(501, "Method not implemented\n")
        version = request.header("Zotero-API-Version") or request.param("v") or API_VERSION
        if version != API_VERSION and request.path != "/api/":
            raise HttpError(501, f"API version not implemented: {version}")
        request.local = True
        sub = request.path.removeprefix("/api")
        if sub == "/":
            if request.method != "GET":
                raise HttpError(400, "Endpoint does not support method\n")
            return FakeResponse(200, {"Content-Type": "text/plain", **self._api_headers()}, b"Nothing to see here.")
        request.path = sub
        global_answer = self._global_endpoint(request)
        request.path = "/api" + sub
        if global_answer is not None:
            return global_answer
        match = re.fullmatch(r"/(users|groups)/(\d+)(/.*)?", sub)
        if not match:
            raise HttpError(404, "No endpoint found")
        number = int(match[2])
        if match[1] == "users":
            if number not in (0, self.desktop_user_id):
                raise HttpError(
                    400,
                    f"Only data for the logged-in user is available locally -- use userID 0 or {self.desktop_user_id}",
                )
            number = self.desktop_user_id or 0
        library = self.libraries.get(f"{match[1]}/{number}")
        if library is None:
            raise HttpError(404)
        return self._library_endpoint(request, library, None, match[3] or "/")

    def _connector(self, request: Request) -> FakeResponse:
        if request.path == "/connector/ping":
            body = b"<!DOCTYPE html><html><body>Zotero is running</body></html>"
            return FakeResponse(200, {"Content-Type": "text/html", "X-Zotero-Version": "7.0.0"}, body)
        if request.path != "/connector/saveItems":
            raise HttpError(404, "No endpoint found")
        if request.method != "POST":
            raise HttpError(400, "Endpoint does not support method\n")
        payload = request.json_body()
        library = self.libraries.get(f"users/{self.desktop_user_id}")
        if library is None or not isinstance(payload, dict) or not isinstance(payload.get("items"), list):
            raise HttpError(400, "Fake Zotero connector: expected {'items': [...]} and a desktop user library")
        objects: list[dict[str, Any]] = []
        for raw in payload["items"]:
            objects.extend(_connector_objects(raw, self.connector_collection, lambda: self._new_key(library.items)))
        report = self._commit_batch(request, library, "items", objects, self.desktop_user_id, 0)
        if report["failed"]:
            raise HttpError(500, f"Fake Zotero connector: items refused: {report['failed']}")
        return FakeResponse(201, {"Content-Type": "application/json"}, b"")


@dataclass
class _TagRow:
    key: str
    kind: int
    count: int
    version: int = 0


class _ItemWriter:
    """The server's updateFromJSON for one item: checks in the server's order, then the new state."""

    def __init__(self, server: ZoteroLibraryServer, ctx: WriteContext) -> None:
        self.server = server
        self.ctx = ctx
        self.library = ctx.library

    def write(self, raw: dict[str, Any]) -> tuple[StoredItem, bool]:
        obj = raw["data"] if isinstance(raw.get("data"), dict) else raw
        key, existing = _resolve_key(obj, self.library.items, self.ctx, "item")
        _check_object_version(obj, existing, key, self.ctx, "item")
        is_new = existing is None
        partial = self.ctx.partial and not is_new
        is_child = self._is_child(obj, existing, partial)
        item_type = obj.get("itemType", existing.item_type if existing else None)
        required = ["itemType"] if is_new else ([] if partial else ["itemType", "tags", "relations"])
        if not is_new and not partial and not is_child:
            required.append("collections")
        for prop in required:
            if prop not in obj:
                raise bad_input(f"'{prop}' property not provided")
        check = ItemCheck(str(item_type), is_new, is_child, key)
        for name, value in obj.items():
            check_item_property(name, value, check)
        if item_type == "attachment":
            check_attachment(obj, existing.attachment if existing else None, self.library.kind)
        item = self._apply(obj, existing, key or self.server._new_key(self.library.items), partial)
        self._check_references(item, existing)
        changed = existing is None or item.content() != existing.content() or self._new_date_modified(obj, existing)
        self._stamp(obj, item, existing, changed)
        return item, changed

    def _new_date_modified(self, obj: dict[str, Any], existing: StoredItem) -> bool:
        given = obj.get("dateModified")
        return bool(given) and access_date_to_sql(given, "") != existing.date_modified

    def _is_child(self, obj: dict[str, Any], existing: StoredItem | None, partial: bool) -> bool:
        if existing is None or existing.parent is None:
            return obj.get("parentItem") not in (None, False)
        if partial and obj.get("parentItem", None) is False:
            return False
        if not partial and obj.get("parentItem") in (None, False):
            return False
        if partial and "parentItem" not in obj and obj.get("collections"):
            obj["parentItem"] = False  # the server takes 'collections' as an implicit parentItem: false
            return False
        return True

    def _apply(self, obj: dict[str, Any], existing: StoredItem | None, key: str, partial: bool) -> StoredItem:
        now = self.ctx.now
        item = copy.deepcopy(existing) if existing else StoredItem(key, 0, obj["itemType"], now, now)
        if "itemType" in obj and obj["itemType"] != item.item_type:
            if "note" in (obj["itemType"], item.item_type):
                raise bad_input("Fake Zotero server: changing an item to or from a note is not modelled")
            item.item_type = obj["itemType"]
            item.fields = {k: v for k, v in item.fields.items() if field_is_valid_for(item.item_type, k)}
        if "parentItem" in obj:
            item.parent = obj["parentItem"] or None
        elif existing and not partial:
            item.parent = None
        for name, value in obj.items():
            self._apply_property(item, name, value)
        if "deleted" in obj or not partial:
            item.deleted = bool(obj.get("deleted"))
        if "inPublications" in obj or not partial:
            item.in_publications = bool(obj.get("inPublications"))
        return item

    def _apply_property(self, item: StoredItem, name: str, value: Any) -> None:
        if name in ("key", "version", "itemType", "parentItem", "deleted", "inPublications", "dateModified"):
            return
        if name == "creators":
            item.creators = clean_creators(value)
        elif name == "tags":
            item.tags = clean_tags(value)
        elif name == "collections":
            item.collections = list(dict.fromkeys(value))
        elif name == "relations":
            item.relations = _relations_store(value)
        elif name == "note":
            note = value if isinstance(value, str) else ""
            check_note_size(note)
            item.note = sanitize_note(note, wrap=self.server.wrap_notes)
        elif name == "dateAdded":
            item.date_added = access_date_to_sql(value, self.ctx.now)
        elif name in ATTACHMENT_PROPERTIES:
            apply_attachment(item.attachment, name, value)
        elif name in ALL_FIELD_NAMES:
            text = field_value(value)
            if name == "accessDate" and text:
                text = access_date_to_sql(text, self.ctx.now)
            if not text:
                item.fields.pop(name, None)
                return
            if not field_is_valid_for(item.item_type, name):
                raise bad_input(f"'{name}' is not a valid field for type '{item.item_type}'")
            check_field_size(name, text)
            item.fields[name] = text

    def _check_references(self, item: StoredItem, existing: StoredItem | None) -> None:
        if item.parent:
            parent = self.library.items.get(item.parent)
            if parent is None:
                raise ObjectRejected(409, f"Parent item {item.parent} not found", {"parentItem": item.parent})
            reject_attachment_parent(parent)
            if item.item_type not in ("note", "attachment"):
                raise bad_input("Child item must be note, attachment, or annotation")
        if existing is None or sorted(item.collections) != sorted(existing.collections):
            for key in item.collections:
                if key not in self.library.collections:
                    raise ObjectRejected(409, f"Collection {key} not found", {"collection": key})

    def _stamp(self, obj: dict[str, Any], item: StoredItem, existing: StoredItem | None, changed: bool) -> None:
        given = obj.get("dateModified")
        if given and (existing is None or self._new_date_modified(obj, existing)):
            item.date_modified = access_date_to_sql(given, self.ctx.now)
        elif changed and existing is not None:
            only_links = _only_changed(existing, item, {"collections", "relations", "in_publications"})
            if not only_links:
                item.date_modified = self.ctx.now
        if changed:
            item.modified_by = self.ctx.user_id
            if existing is None:
                item.created_by = self.ctx.user_id


class _CollectionWriter:
    """The server's Collections::updateFromJSON for one collection."""

    def __init__(self, server: ZoteroLibraryServer, ctx: WriteContext) -> None:
        self.server = server
        self.ctx = ctx
        self.library = ctx.library

    def write(self, raw: dict[str, Any]) -> tuple[StoredCollection, bool]:
        obj = raw["data"] if isinstance(raw.get("data"), dict) else raw
        key, existing = _resolve_key(obj, self.library.collections, self.ctx, "collection")
        _check_object_version(obj, existing, key, self.ctx, "collection")
        partial = self.ctx.partial and existing is not None
        if not partial and "name" not in obj:
            raise bad_input("'name' property not provided")
        for name, value in obj.items():
            self._check_property(name, value)
        collection = copy.deepcopy(existing) if existing else StoredCollection(key or "", 0, "")
        if not collection.key:
            collection.key = self.server._new_key(self.library.collections)
        if "name" in obj:
            collection.name = obj["name"]
        if "parentCollection" in obj:
            collection.parent = obj["parentCollection"] or None
        elif not partial:
            collection.parent = None
        if "relations" in obj:
            collection.relations = _relations_store(obj["relations"])
        elif not partial:
            collection.relations = {}
        if "deleted" in obj or not partial:
            collection.deleted = bool(obj.get("deleted"))
        self._check_parent(collection)
        changed = existing is None or collection.content() != existing.content()
        if changed:
            collection.date_modified = self.ctx.now
        return collection, changed

    def _check_property(self, name: str, value: Any) -> None:
        if name in ("key", "version"):
            return
        if name == "name":
            if not isinstance(value, str):
                raise bad_input("'name' must be a string")
            if value == "":
                raise bad_input("Collection name cannot be empty")
            if len(value) > NAME_MAX_CHARS:
                raise ObjectRejected(413, f"Collection name '{value[:50]}…' too long", {"value": value[:50]})
        elif name == "parentCollection":
            if not isinstance(value, str) and value:
                raise bad_input(f"'parentCollection' must be a collection key or FALSE ({type(value).__name__})")
        elif name == "relations":
            collection_relations_check(value)
        elif name == "deleted":
            if not isinstance(value, bool) and value not in (0, 1):
                raise bad_input("'deleted' must be a boolean")
        else:
            raise bad_input(f"Invalid property '{name}'")

    def _check_parent(self, collection: StoredCollection) -> None:
        parent = collection.parent
        seen = {collection.key}
        while parent:
            if parent not in self.library.collections:
                raise ObjectRejected(409, f"Parent collection {parent} not found", {"collection": parent})
            if parent in seen:
                raise bad_input(f"Cannot move collection {collection.key} into its own subcollection")
            seen.add(parent)
            parent = self.library.collections[parent].parent


# --- helpers shared by the writers ------------------------------------------------------------


def _resolve_key(obj: dict[str, Any], store: dict[str, Any], ctx: WriteContext, noun: str) -> tuple[str | None, Any]:
    """The server's processJSONObjectKey: validate ``key`` and find the existing object."""
    if "key" in obj:
        key = obj["key"]
        if not isinstance(key, str):
            raise bad_input("'key' must be a string")
        if not is_valid_key(key):
            raise bad_input(f"'{key}' is not a valid {noun} key")
        if ctx.url_key and key != ctx.url_key:
            raise ObjectRejected(409, f"'key' property in JSON does not match {noun} key of request")
    else:
        key = ctx.url_key
    return key, store.get(key) if key else None


def _check_object_version(obj: dict[str, Any], existing: Any, key: str | None, ctx: WriteContext, noun: str) -> None:
    """The server's checkJSONObjectVersion."""
    title = noun.capitalize()
    if "version" in obj:
        version = obj["version"]
        if (
            isinstance(version, bool)
            or not isinstance(version, (int, float, str))
            or not re.fullmatch(r"-?\d+(\.\d+)?", str(version))
        ):
            raise bad_input("'version' must be an integer")
        version = int(float(version))
        if key is None:
            raise bad_input(f"'version' is valid only if {noun} key is provided")
        current = existing.version if existing else 0
        if current > version:
            raise ObjectRejected(
                412, f"{title} has been modified since specified version (expected {version}, found {current})"
            )
        if version > 0 and existing is None:
            raise ObjectRejected(404, f"{title} doesn't exist (expected version {version}; use 0 instead)")
    elif ctx.require_version == 1 and "key" in obj:
        raise ObjectRejected(
            428, "Either If-Unmodified-Since-Version or 'version' property must be provided for 'key'-based writes"
        )
    elif ctx.require_version == 2:
        raise ObjectRejected(
            428, f"Either If-Unmodified-Since-Version or 'version' property must be provided for single-{noun} writes"
        )


def _relations_store(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    return {p: [t] if isinstance(t, str) else list(t) for p, t in value.items() if t}


def _relations_json(relations: dict[str, list[str]]) -> dict[str, Any]:
    return {p: targets[0] if len(targets) == 1 else list(targets) for p, targets in relations.items()}


def _only_changed(old: StoredItem, new: StoredItem, allowed: set[str]) -> bool:
    names = ("item_type", "fields", "creators", "tags", "parent", "deleted", "note", "date_added")
    return all(getattr(old, n) == getattr(new, n) for n in names if n not in allowed)


def _connector_objects(raw: Any, collection: str | None, make_key: Callable[[], str]) -> list[dict[str, Any]]:
    """A connector item as Web API objects: lenient (unknown fields dropped), tags automatic."""
    if not isinstance(raw, dict) or raw.get("itemType") not in ITEM_TYPES or raw.get("itemType") == "note":
        raise HttpError(500, "Fake Zotero connector: unsupported item")
    key = make_key()
    item: dict[str, Any] = {"key": key, "version": 0, "itemType": raw["itemType"]}
    for name, value in raw.items():
        if field_is_valid_for(raw["itemType"], name) and isinstance(value, str):
            item[name] = value
    item["creators"] = _translator_creators(raw.get("creators", []))
    tags = [t if isinstance(t, str) else t.get("tag", "") for t in raw.get("tags", [])]
    item["tags"] = [{"tag": t, "type": 1} for t in tags if isinstance(t, str) and t.strip()]
    item["collections"] = [collection] if collection else []
    notes = [
        {"itemType": "note", "parentItem": key, "note": n.get("note", "") if isinstance(n, dict) else str(n)}
        for n in raw.get("notes", [])
    ]
    return [item, *notes]


def _translator_creators(raw: Any) -> list[dict[str, str]]:
    """Creators in the translator format as Zotero's ``itemToAPIJSON`` turns them into
    API creators: ``lastName`` (+ ``firstName``) only; no ``firstName`` or
    ``fieldMode: 1`` means one field (``name``); a creator without either is dropped
    (so an API-style ``{"name": ...}`` creator is lost, as in Zotero)."""
    out = []
    for creator in raw if isinstance(raw, list) else []:
        if not isinstance(creator, dict) or not (creator.get("firstName") or creator.get("lastName")):
            continue
        if not creator.get("firstName") or creator.get("fieldMode") == 1:
            new = {"name": str(creator.get("lastName") or "")}
        else:
            new = {"firstName": str(creator["firstName"]), "lastName": str(creator.get("lastName") or "")}
        new["creatorType"] = creator.get("creatorType") or "author"
        out.append(new)
    return out


def _sorted(request: Request, objects: list[Any], kind: str) -> list[Any]:
    direction = request.param("direction")
    if kind in ("tags", "searches"):
        return sorted(objects, key=lambda o: o.key.lower(), reverse=direction == "desc")
    sort = request.param("sort") or "dateModified"
    if sort in ("asc", "desc"):
        sort, direction = "dateModified", sort
    if sort not in _SORT_FIELDS:
        raise HttpError(400, f"Invalid 'sort' value '{sort}'")
    if direction not in (None, "asc", "desc"):
        raise HttpError(400, f"Invalid 'direction' value '{direction}'")
    descending = (direction or ("desc" if sort.startswith("date") else "asc")) == "desc"

    def sort_key(obj: Any) -> tuple:
        return (_sort_value(obj, sort), getattr(obj, "version", 0), obj.key)

    return sorted(objects, key=sort_key, reverse=descending)


def _sort_value(obj: Any, sort: str) -> str:
    if isinstance(obj, StoredItem):
        if sort in ("dateAdded", "dateModified"):
            return obj.date_added if sort == "dateAdded" else obj.date_modified
        if sort == "creator":
            return creator_summary(obj.item_type, obj.creators).lower()
        if sort == "itemType":
            return ITEM_TYPES[obj.item_type].label
        if sort == "date":
            return parsed_date(obj.fields.get("date", "")) or ""
        if sort == "title" and obj.item_type == "note":
            return re.sub(r"<[^>]+>", "", obj.note).strip().lower()
        return obj.fields.get(sort, "").lower()
    if isinstance(obj, StoredCollection):
        return obj.name.lower() if sort == "title" else obj.date_modified
    return str(getattr(obj, "key", "")).lower()


def _searchable_text(item: StoredItem, everything: bool) -> str:
    names = [c.get("name", "") + " " + c.get("firstName", "") + " " + c.get("lastName", "") for c in item.creators]
    parts = [item.fields.get("title", ""), *names, parsed_date(item.fields.get("date", "")) or ""]
    if everything:
        parts += [*item.fields.values(), re.sub(r"<[^>]+>", " ", item.note)]
    elif item.item_type == "note":
        parts.append(re.sub(r"<[^>]+>", " ", item.note))
    return " ".join(parts).lower()


def _matches_alternatives(expression: str, test: Callable[[str], bool]) -> bool:
    """``a || b`` matches either; a leading ``-`` negates (``itemType=-note``, ``tag=-x``)."""
    negate = expression.startswith("-")
    options = [o.strip() for o in expression.removeprefix("-").split("||")]
    hit = any(test(o) for o in options)
    return not hit if negate else hit


def _truthy(value: str | None) -> bool:
    return value not in (None, "", "0", "false")


def _int_or(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _seconds(value: float | None) -> str:
    number = float(value or 0)
    return str(int(number)) if number.is_integer() else str(number)


def _html_text(message: str) -> str:
    return html.escape(message, quote=False).replace('"', "&quot;")


# --- adapters ---------------------------------------------------------------------------------


def mock_transport(server: ZoteroLibraryServer):
    """An ``httpx2.MockTransport`` answering from ``server`` (dropped connections raise
    ``httpx2.RemoteProtocolError``, as a real socket closed without an answer would)."""
    import httpx2

    def handler(request: httpx2.Request) -> httpx2.Response:
        base = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        target = request.url.raw_path.decode("ascii")
        answer = server.handle(request.method, target, dict(request.headers), request.content, base_url=base)
        if answer.drop_connection:
            raise httpx2.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx2.Response(answer.status, headers=list(answer.headers.items()), content=answer.body)

    return httpx2.MockTransport(handler)


def make_pyzotero(
    server: ZoteroLibraryServer, library_id: int | str, library_type: str = "user", key: str | None = None
):
    """A real ``pyzotero.zotero.Zotero`` whose requests are answered in-process by ``server``."""
    import httpx2
    from pyzotero import zotero

    client = httpx2.Client(transport=mock_transport(server))
    zot = zotero.Zotero(library_id, library_type, key, client=client)
    zot.endpoint = server.base_url
    return zot


class ZoteroHTTPServer:
    """Serve ``server`` over real HTTP on 127.0.0.1 (ephemeral port) from a background thread::

    with ZoteroHTTPServer(server) as url:
        zot = Zotero(1, "user", "k1")
        zot.endpoint = url
    """

    def __init__(self, server: ZoteroLibraryServer, port: int = 0) -> None:
        self.server = server
        self._http = ThreadingHTTPServer(("127.0.0.1", port), _make_handler(server))
        self._http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}"
        self._thread: threading.Thread | None = None

    def __enter__(self) -> str:
        self._thread = threading.Thread(target=self._http.serve_forever, name="fake-zotero", daemon=True)
        self._thread.start()
        return self.url

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()
        if self._thread:
            self._thread.join(timeout=5)


def _make_handler(server: ZoteroLibraryServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
            answer = server.handle(self.command, self.path, dict(self.headers.items()), body, f"http://{host}")
            if answer.drop_connection:
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            if answer.status not in (204, 304):
                self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if self.command != "HEAD" and answer.status not in (204, 304):
                self.wfile.write(answer.body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
