"""The Zotero Web API client: the only module that imports pyzotero.

pyzotero gives us the configured HTTP client, the endpoint and the auth
headers; requests go out through that client but are checked here, because
pyzotero's write helpers lose what a sync needs: ``update_items`` answers True
even when objects failed, ``create_items`` parses a 429's text body as JSON,
and neither says which objects of a retried batch were already committed.
So this module reads every per-object result, honours ``Backoff`` and
``Retry-After`` itself (bounded), retries dropped connections without ever
creating a twin, and turns every other failure into a
:mod:`~zoterodigest.zotero.errors` exception whose message names the fix.

The API key never appears in a message, a log line or a repr: every text that
leaves this module passes through :meth:`ZoteroClient._scrub`.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx2
from pyzotero import zotero

from .errors import (
    LOCAL_DISABLED,
    LOCAL_READ_ONLY,
    LibraryChanged,
    ZoteroAuthError,
    ZoteroBadAnswer,
    ZoteroConfigError,
    ZoteroError,
    ZoteroLocalDisabled,
    ZoteroLocalReadOnly,
    ZoteroNotFound,
    ZoteroNotRunning,
    ZoteroRequestError,
    ZoteroUnavailable,
)

DEFAULT_API_URL = "https://api.zotero.org"
#: The desktop app's local API (Zotero 7+; writable from Zotero 10 after authorisation).
DEFAULT_LOCAL_API_URL = "http://localhost:23119/api"
#: The name Zotero shows in its "allow this application?" dialog.
LOCAL_APP_NAME = "zoterodigest"
KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
MAX_BATCH = 50
#: The JSON shape an answer must have (a dict or a list).
_Shape = TypeVar("_Shape", dict[str, Any], list[Any])
_RETRY_STATUSES = frozenset({429, 503})
_MAYBE_COMMITTED = frozenset({500, 502, 504})  # the write may have happened: retry as after a drop
_FOUND_RE = re.compile(r"expected (\d+), found (\d+)")


def new_key() -> str:
    """A client-made object key: 8 characters of Zotero's key alphabet."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(8))


@dataclass
class ObjectFailure:
    """One object the server refused, with its own status and message."""

    index: int
    key: str | None
    code: int
    message: str
    object: dict[str, Any]


@dataclass
class BatchResult:
    """What one POST did, by index into the list given to :meth:`ZoteroClient.write_batches`."""

    number: int
    indexes: list[int]
    successful: dict[int, dict[str, Any]] = field(default_factory=dict)
    unchanged: dict[int, str] = field(default_factory=dict)
    failed: dict[int, ObjectFailure] = field(default_factory=dict)
    library_version: int = 0


@dataclass
class WriteReport:
    """Every object's outcome (by index), the library version after the last batch,
    and the keys the objects were written under."""

    keys: list[str]
    successful: dict[int, dict[str, Any]] = field(default_factory=dict)
    unchanged: dict[int, str] = field(default_factory=dict)
    failed: dict[int, ObjectFailure] = field(default_factory=dict)
    library_version: int = 0
    batches: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def add(self, batch: BatchResult) -> None:
        self.successful.update(batch.successful)
        self.unchanged.update(batch.unchanged)
        self.failed.update(batch.failed)
        self.library_version = batch.library_version
        self.batches += 1


class _Secret:
    """Holds the API key for scrubbing without ever printing it (repr, vars, logs)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "[API key]"

    __str__ = __repr__


class _Dropped(Exception):
    """The connection failed before an answer came: the write may or may not have happened."""


def plan_batches(objects: list[dict[str, Any]], kind: str = "items", size: int = MAX_BATCH) -> list[list[int]]:
    """Indexes of ``objects`` grouped into batches of at most ``size``.

    Items: each child note goes right after its parent, in the same batch
    (the server resolves a parent created earlier in the same batch), and the
    parent-with-children units are packed first-fit decreasing so N papers with one
    note each take ceil(2N/size) POSTs.  Only a unit larger than a batch is split, or,
    when the units do not pack into ceil(objects/size) batches, units at batch ends.
    Collections keep their order (parents are listed before children).
    """
    if kind != "items":
        return [list(range(i, min(i + size, len(objects)))) for i in range(0, len(objects), size)]
    position = {o.get("key"): i for i, o in enumerate(objects) if o.get("key") and o.get("itemType") != "note"}
    units: list[list[int]] = []
    unit_of: dict[int, list[int]] = {}
    for i, obj in enumerate(objects):
        parent = obj.get("parentItem")
        if parent and parent in position and position[parent] in unit_of:
            unit_of[position[parent]].append(i)
        else:
            unit = [i]
            units.append(unit)
            unit_of[i] = unit
    batches: list[list[int]] = []
    for unit in sorted(units, key=len, reverse=True):  # first-fit decreasing
        for start in range(0, len(unit), size):
            piece = unit[start : start + size]
            home = next((b for b in batches if len(b) + len(piece) <= size), None)
            if home is None:
                batches.append(list(piece))
            else:
                home.extend(piece)
    if len(batches) > -(-len(objects) // size):
        # Units that do not pack into the fewest POSTs are cut at batch ends: a child
        # then follows its parent in the next batch (committed by then).
        flat = [i for unit in units for i in unit]
        batches = [flat[i : i + size] for i in range(0, len(flat), size)]
    return batches


class ZoteroClient:
    """One Zotero library over the Web API (``api_url`` may point at a self-hosted server),
    or, with ``local=True``, the desktop app's library over its local API.

    The local API speaks the same protocol for library ``users/0``, so the push
    engine needs nothing else; what differs is handled here: the
    ``Zotero-Server-ID`` header (kept from the first answer and sent back, as
    Zotero 10 wants on writes), the local key for writes (``local_api_key``,
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
        if zot is None and local:
            # Library 0 is "the logged-in user"; a user or group id names that library
            # (Zotero answers 400 when the desktop is signed in as another user).
            zot = zotero.Zotero(0 if library_id is None else library_id, library_type, None, local=True,
                                local_api_key=local_api_key)
            zot.endpoint = (api_url if api_url != DEFAULT_API_URL else DEFAULT_LOCAL_API_URL).rstrip("/")
        if zot is None:
            if library_type not in ("user", "group"):
                raise ZoteroConfigError(
                    f"library type {library_type!r} is not 'user' or 'group': set ZOTERO_LIBRARY_TYPE to one of them"
                )
            if library_id is None or not str(library_id).isdigit():
                raise ZoteroConfigError("the library id must be a number: set ZOTERO_LIBRARY_ID")
            zot = zotero.Zotero(str(library_id), library_type, api_key)
            zot.endpoint = api_url.rstrip("/")
        self._zot = zot
        self.local = bool(getattr(zot, "local", False))
        self._secrets = tuple(
            _Secret(s) for s in {api_key, getattr(zot, "api_key", None), getattr(zot, "local_api_key", None)} if s
        )
        self.library = f"{zot.library_type}/{zot.library_id}"
        self.api_url = str(zot.endpoint).rstrip("/")
        self.max_retries = max_retries
        self.max_wait = max_wait
        self._sleep = sleep
        self._clock = clock
        self._resume_at = 0.0
        #: ``Last-Modified-Version`` of the latest library-wide answer.
        self.last_modified_version: int | None = None
        #: Requests sent (each retry counts), for callers that keep to a budget.
        self.requests = 0

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
        server_id = getattr(self._zot, "server_id", None) if self.local else None
        if server_id:
            return f"zotero-desktop:{server_id} {self.library}"
        return f"{self.api_url} {self.library}"

    # --- transport -----------------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret.reveal(), "[API key]")
        return text

    def _wait_for_backoff(self) -> None:
        remaining = self._resume_at - self._clock()
        if remaining > 0:
            self._sleep(remaining)

    def _note_backoff(self, response: httpx2.Response) -> None:
        seconds = _seconds(response.headers.get("Backoff"))
        if seconds:
            self._resume_at = max(self._resume_at, self._clock() + min(seconds, self.max_wait))

    def _retry_delay(self, response: httpx2.Response | None, attempt: int) -> float:
        told = None
        if response is not None:
            told = _seconds(response.headers.get("Retry-After"))
            if told is None:
                told = _seconds(response.headers.get("Backoff"))
        if response is not None and told is not None and told > self.max_wait:
            raise ZoteroUnavailable(
                f"Zotero asks to wait {told:g} s before the next request ({response.status_code}): try again later",
                response.status_code,
            )
        return told if told is not None else min(0.5 * 2**attempt, self.max_wait)

    def _url(self, path: str, library: bool) -> str:
        return f"{self.api_url}/{self.library}{path}" if library else f"{self.api_url}{path}"

    def _send_once(
        self, method: str, path: str, *, params: dict[str, Any] | None, json: Any, headers: dict[str, str] | None,
        library: bool, content: bytes | None = None,
    ) -> httpx2.Response:
        """One request; a transport failure becomes :class:`_Dropped` (scrubbed)."""
        self._wait_for_backoff()
        self.requests += 1
        all_headers = {**self._zot.default_headers(), **self._local_headers(method), **(headers or {})}
        try:
            response: httpx2.Response = self._zot.client.request(
                method, self._url(path, library), params=params, json=json, headers=all_headers, timeout=60,
                content=content,
            )
        except httpx2.TransportError as exc:
            if self.local and isinstance(exc, httpx2.ConnectError):
                raise self._not_running() from None
            raise _Dropped(self._scrub(f"{type(exc).__name__}: {exc}")) from None
        self._keep_server_id(response)
        self._note_backoff(response)
        if library and response.status_code < 300:
            version = response.headers.get("Last-Modified-Version")
            if version and version.isdigit() and not re.fullmatch(r"/(?:items|collections)/[^/]+", path):
                self.last_modified_version = int(version)
        return response

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        library: bool = True,
        retry_dropped: bool = True,
        content: bytes | None = None,
    ) -> httpx2.Response:
        """A request retried (bounded) on 429/503, and for reads on 5xx and dropped
        connections, waiting as the server says; other statuses are returned."""
        retry = _RETRY_STATUSES | (_MAYBE_COMMITTED if method == "GET" else frozenset())
        last = ""
        for attempt in range(self.max_retries + 1):
            try:
                response = self._send_once(method, path, params=params, json=json, headers=headers, library=library,
                                           content=content)
            except _Dropped as exc:
                if not retry_dropped:
                    raise
                last = str(exc)
                if attempt < self.max_retries:
                    self._sleep(self._retry_delay(None, attempt))
                continue
            if response.status_code not in retry:
                return response
            last = f"{response.status_code} {_text(response)}".strip()
            if attempt < self.max_retries:
                self._sleep(self._retry_delay(response, attempt))
        raise ZoteroUnavailable(
            self._scrub(
                f"Zotero at {self.api_url} did not answer {method} after {self.max_retries + 1} tries ({last}): "
                "try again later"
            )
        )

    # --- the desktop app's local API ----------------------------------------------------

    def _local_headers(self, method: str) -> dict[str, str]:
        """Zotero-Server-ID once known (Zotero 10 refuses writes without it, and a
        request that reaches another install fails instead of mixing data), and the
        local key on writes."""
        if not self.local:
            return {}
        headers = {}
        if getattr(self._zot, "server_id", None):
            headers["Zotero-Server-ID"] = self._zot.server_id
        if method != "GET" and getattr(self._zot, "local_api_key", None):
            headers["Zotero-API-Key"] = self._zot.local_api_key
        return headers

    def _keep_server_id(self, response: httpx2.Response) -> None:
        if self.local and not getattr(self._zot, "server_id", None):
            server_id = response.headers.get("Zotero-Server-ID")
            if server_id:
                self._zot.server_id = server_id

    def _not_running(self) -> ZoteroNotRunning:
        return ZoteroNotRunning(
            f"Zotero is not running (nothing answers at {self.api_url}): start the Zotero desktop app "
            "and run the command again"
        )

    def probe_local(self) -> None:
        """One cheap request to the local API: raises :class:`ZoteroNotRunning` or
        :class:`ZoteroLocalDisabled` with the fix, before any real work starts."""
        try:
            response = self._request("GET", "/", library=False, retry_dropped=False)
        except _Dropped as exc:
            raise ZoteroUnavailable(f"Zotero at {self.api_url} dropped the connection ({exc}): try again") from None
        if response.status_code == 404:  # Zotero 6 and older: a connector server without /api
            raise ZoteroLocalReadOnly(
                f"the Zotero at {self.api_url} has no local API (it needs Zotero 7 or later): update Zotero, use "
                "the Web API (set ZOTERO_API_KEY and ZOTERO_LIBRARY_ID) or push --connector", 404,
            )
        if response.status_code != 200:
            raise self._error("GET", "/", response)

    @property
    def server_id(self) -> str | None:
        """The desktop's ``Zotero-Server-ID`` once an answer carried it (Zotero 10+ only)."""
        return getattr(self._zot, "server_id", None) if self.local else None

    @property
    def local_api_key(self) -> str | None:
        return getattr(self._zot, "local_api_key", None) if self.local else None

    def authorize_local(self, app_name: str = LOCAL_APP_NAME) -> tuple[str, bool]:
        """Ask Zotero (10+) for a local key through pyzotero's ``authorize_local``:
        Zotero shows the user an "allow?" dialog.  Returns (key, remember); the
        client uses the key for its writes from now on.  An install that cannot
        write (no ``Zotero-Server-ID``, no authorize endpoint) raises
        :class:`ZoteroLocalReadOnly`.
        """
        from pyzotero import errors as ze

        self.requests += 2  # the server-id read (when not known yet) and the POST
        try:
            answer = self._zot.authorize_local(app_name)
        except httpx2.ConnectError:
            raise self._not_running() from None
        except httpx2.TransportError as exc:
            raise ZoteroUnavailable(self._scrub(f"Zotero did not answer the authorisation request ({exc})")) from None
        except ze.PyZoteroError as exc:
            raise self._authorize_refused(exc, app_name) from None
        key = str(answer.get("key") or "")
        if not key:
            raise ZoteroLocalReadOnly(LOCAL_READ_ONLY)
        self._secrets = (*self._secrets, _Secret(key))
        return key, bool(answer.get("remember"))

    def _authorize_refused(self, exc: Exception, app_name: str) -> ZoteroError:
        """What a refused authorisation request means, with its fix (pyzotero's error
        classes, most specific first)."""
        from pyzotero import errors as ze

        if isinstance(exc, ze.LocalAPIDeniedError):
            return ZoteroAuthError(
                f"Zotero denied {app_name}'s request to write to the local library: run push --local again "
                "and choose Allow (or Always Allow) in Zotero's dialog", 403)
        if isinstance(exc, ze.TooManyRequestsError):
            return ZoteroUnavailable("Zotero is limiting authorisation requests: wait a minute and try again", 429)
        if isinstance(exc, (ze.UnsupportedParamsError, ze.ResourceNotFoundError, ze.CallDoesNotExistError)):
            # No server id, or no /local/authorize (404), or a method it refuses (400): Zotero 7-9.
            return ZoteroLocalReadOnly(LOCAL_READ_ONLY)
        if isinstance(exc, ze.HTTPError):
            answer_to = getattr(self._zot, "request", None)
            if getattr(answer_to, "status_code", None) in (405, 501):
                return ZoteroLocalReadOnly(LOCAL_READ_ONLY)
            return ZoteroUnavailable(self._scrub(f"Zotero could not answer the authorisation request ({exc})"))
        if isinstance(exc, ze.UserNotAuthorisedError):
            return ZoteroLocalDisabled(LOCAL_DISABLED, 403)
        return ZoteroRequestError(self._scrub(f"Zotero refused the authorisation request ({exc})"))

    def _local_error(self, method: str, response: httpx2.Response) -> ZoteroError | None:
        """The desktop's own refusals, each with its fix (None: not one of them)."""
        status, text = response.status_code, _text(response)
        if status == 403 and "not enabled" in text.lower():
            return ZoteroLocalDisabled(LOCAL_DISABLED, status)
        if method != "GET" and (status == 501 or (status == 400 and "does not support method" in text.lower())):
            return ZoteroLocalReadOnly(LOCAL_READ_ONLY, status)
        if status == 400 and "logged-in user" in text.lower():
            return ZoteroRequestError(self._scrub(
                f"the Zotero desktop app is not signed in as {self.library} ({text}): it holds a synced copy of "
                "your own library only; sign in to that account in Zotero's Sync settings, or use the Web API"),
                status)
        if status == 428:  # Zotero-Server-ID never came: an install that does not write
            return ZoteroLocalReadOnly(LOCAL_READ_ONLY, status)
        if status == 401:
            return ZoteroAuthError(
                "Zotero refused the local key (401; a key granted with Allow serves one write only): run "
                "push --local again and choose Always Allow; if a saved key stopped working, remove local_api_key "
                "from the config file first", status,
            )
        if status == 412 and "server" in text.lower() and "id" in text.lower():
            return ZoteroRequestError(self._scrub(
                f"this is another Zotero install than before ({text}): run push --local again"), status)
        return None

    def _error(self, method: str, path: str, response: httpx2.Response) -> ZoteroError:
        status = response.status_code
        text = _text(response)
        lib = self.library
        if "html" in response.headers.get("Content-Type", "").lower():
            return self._not_the_api(response, "a web page")  # the API answers errors in plain text
        if self.local:
            local = self._local_error(method, response)
            if local is not None:
                return local
        if status == 403:
            if "invalid key" in text.lower():
                msg = f"Zotero refused the API key (403 {text}): check ZOTERO_API_KEY"
            elif "write access" in text.lower():
                msg = (f"the API key may not write to {lib} (403 {text}): give the key write access at "
                       "https://www.zotero.org/settings/keys, or check ZOTERO_LIBRARY_ID and ZOTERO_LIBRARY_TYPE")
            else:
                msg = (f"the API key may not read {lib} (403 {text or 'Forbidden'}): check ZOTERO_LIBRARY_ID, "
                       "ZOTERO_LIBRARY_TYPE (user or group) and the key's access")
            return ZoteroAuthError(self._scrub(msg), status)
        if status == 404:
            msg = (f"{lib} was not found at {self.api_url} (404 on {method} {path or '/'}): check ZOTERO_LIBRARY_ID, "
                   "ZOTERO_LIBRARY_TYPE and ZOTERO_API_URL")
            return ZoteroNotFound(self._scrub(msg), status)
        if status == 412:
            m = _FOUND_RE.search(text)
            expected, current = (int(m[1]), int(m[2])) if m else (None, None)
            msg = f"the Zotero library changed while we worked ({text or '412'}): read it again and re-plan"
            return LibraryChanged(self._scrub(msg), expected, current)
        msg = f"Zotero refused {method} {lib}{path} ({status} {text})"
        return ZoteroRequestError(self._scrub(msg), status)

    def _not_the_api(self, response: httpx2.Response, why: str) -> ZoteroBadAnswer:
        """The URL answered, but not as the Zotero API does: name the setting to check."""
        kind = response.headers.get("Content-Type", "").split(";")[0].strip() or "no content type"
        seen = _text(response)[:80]
        setting = ("--api-url (or ZOTERO_API_URL, or local_api_url in the config file)" if self.local
                   else "ZOTERO_API_URL (or --api-url, or api_url in the config file)")
        return ZoteroBadAnswer(self._scrub(
            f"{self.api_url} did not answer as the Zotero API does ({why}: {response.status_code} {kind}"
            f"{f', {seen!r}' if seen else ''}): check {setting}; the Zotero API is "
            f"{DEFAULT_LOCAL_API_URL if self.local else DEFAULT_API_URL} unless you run your own server (a proxy "
            "or a network login page, a captive portal, answers like this too)"), response.status_code)

    def _json(self, response: httpx2.Response, shape: type[_Shape]) -> _Shape:
        """The answer's JSON, which must be a ``shape`` (dict or list): anything else (an
        HTML page, text, another JSON) is a wrong URL or something in between answering."""
        try:
            data = response.json()
        except ValueError:  # json.JSONDecodeError, UnicodeDecodeError
            raise self._not_the_api(response, "not JSON") from None
        if not isinstance(data, shape):
            raise self._not_the_api(response, f"JSON {type(data).__name__}, not a {shape.__name__}")
        return data

    def _get(self, path: str, params: dict[str, Any] | None = None) -> httpx2.Response:
        response = self._request("GET", path, params=params)
        if response.status_code != 200:
            raise self._error("GET", path, response)
        return response

    # --- reads --------------------------------------------------------------------------

    def library_version(self) -> int:
        """The library's current version (one cheap request)."""
        response = self._get("/items", {"limit": 1, "format": "versions"})
        return int(response.headers.get("Last-Modified-Version", 0))

    def items_since(self, version: int) -> dict[str, int]:
        """Key -> version of every item (trashed too) changed after ``version``."""
        return self._json(self._get("/items", {"since": version, "format": "versions", "includeTrashed": 1}), dict)

    def collections_since(self, version: int) -> dict[str, int]:
        """Key -> version of every collection changed after ``version``."""
        return self._json(self._get("/collections", {"since": version, "format": "versions"}), dict)

    def get_items(self, keys: Iterable[str]) -> list[dict[str, Any]]:
        """Full JSON of the given items (trashed included), 50 keys per request."""
        keys = list(dict.fromkeys(keys))
        out: list[dict[str, Any]] = []
        for start in range(0, len(keys), MAX_BATCH):
            chunk = keys[start : start + MAX_BATCH]
            params = {"itemKey": ",".join(chunk), "includeTrashed": 1, "limit": MAX_BATCH, "format": "json"}
            out.extend(self._json(self._get("/items", params), list))
        return out

    def get_item(self, key: str) -> dict[str, Any] | None:
        """One item's JSON, or None when the library has no such item."""
        response = self._request("GET", f"/items/{key}")
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self._error("GET", f"/items/{key}", response)
        return self._json(response, dict)

    def _pages(self, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        start = 0
        while True:
            response = self._get(path, {**params, "limit": 100, "start": start, "format": "json"})
            page = self._json(response, list)
            out.extend(page)
            total = int(response.headers.get("Total-Results", len(out)))
            start += len(page)
            if not page or start >= total:
                return out

    def collections(self) -> list[dict[str, Any]]:
        """Every collection of the library (paged, 100 per request)."""
        return self._pages("/collections", {})

    def collection_top_items(self, key: str) -> list[dict[str, Any]]:
        """The top-level items of one collection (trashed ones left out).  The desktop's
        local API answers in one request: it has no page limit, and Zotero 7-9 send no
        ``Total-Results`` to page by."""
        path = f"/collections/{key}/items/top"
        if self.local:
            return self._json(self._get(path, {"format": "json"}), list)
        return self._pages(path, {})

    def top_items(self) -> list[dict[str, Any]]:
        """Every top-level item (paged, 100 per request): what adoption matches against
        when no sync state says what the library holds."""
        return self._pages("/items/top", {})

    def items_changed_since(self, version: int) -> dict[str, int] | None:
        """Key -> version of every item (trashed too) changed after ``version``, or None
        when nothing in the library changed (one request: a 304 answers it)."""
        params = {"since": version, "format": "versions", "includeTrashed": 1}
        response = self._request("GET", "/items", params=params, headers={"If-Modified-Since-Version": str(version)})
        if response.status_code == 304:
            return None
        if response.status_code != 200:
            raise self._error("GET", "/items", response)
        return self._json(response, dict)

    def children(self, key: str) -> list[dict[str, Any]]:
        """The child items (notes, attachments) of one item (paged)."""
        return self._pages(f"/items/{key}/children", {})

    def child_objects(self) -> list[dict[str, Any]]:
        """Every note and attachment of the library (paged, 100 per request)."""
        return self._pages("/items", {"itemType": "note || attachment"})

    def post_form(self, path: str, form: str, headers: dict[str, str]) -> httpx2.Response:
        """A form POST to the library (the file endpoints); the answer is returned as is."""
        return self._request("POST", path, content=form.encode("utf-8"), retry_dropped=False,
                             headers={"Content-Type": "application/x-www-form-urlencoded", **headers})

    def post_to_storage(self, url: str, body: bytes, content_type: str) -> httpx2.Response:
        """The upload of a file's bytes to the storage URL Zotero gave (no Zotero key sent)."""
        self._wait_for_backoff()
        self.requests += 1
        try:
            response: httpx2.Response = self._zot.client.request(
                "POST", url, content=body, headers={"Content-Type": content_type}, timeout=300)
            return response
        except httpx2.TransportError as exc:
            raise ZoteroUnavailable(self._scrub(f"the file upload to Zotero's storage failed ({exc}): "
                                                "try again later")) from None

    def child_notes(self) -> list[dict[str, Any]]:
        """Every note of the library (paged, 100 per request): cheaper than asking each
        parent for its children when many parents must be looked at."""
        return self._pages("/items", {"itemType": "note"})

    def deleted_since(self, version: int) -> dict[str, list[str]]:
        """Keys deleted after ``version``: ``{"collections": [...], "items": [...], ...}``.

        The desktop's local API has no ``/deleted`` (Zotero 7-9): an empty answer
        there, and the engine finds vanished objects when it reads or writes them.
        """
        if self.local:
            response = self._request("GET", "/deleted", params={"since": version})
            if response.status_code == 404:
                return {}
            if response.status_code != 200:
                raise self._error("GET", "/deleted", response)
            return self._json(response, dict)
        return self._json(self._get("/deleted", {"since": version}), dict)

    # --- writes -------------------------------------------------------------------------

    def write_batches(
        self,
        objects: list[dict[str, Any]],
        *,
        library_version: int,
        kind: str = "items",
        on_batch: Callable[[BatchResult], None] | None = None,
    ) -> WriteReport:
        """Create or update ``objects`` (items or collections) in batches of <= 50.

        Objects without a ``key`` get a client-made one and ``version: 0``
        (a create); updates carry their object ``version``.  Each batch is sent
        with ``If-Unmodified-Since-Version`` (the library version, advanced from
        every answer), and ``on_batch`` is called after each so the caller can
        record progress.  Raises :class:`LibraryChanged` (with ``.report`` holding
        what earlier batches did) when the library moved on: re-read, re-plan.
        """
        if kind not in ("items", "collections"):
            raise ValueError("kind is 'items' or 'collections'")
        prepared = []
        for obj in objects:
            obj = dict(obj)
            if not obj.get("key"):
                obj["key"] = new_key()
                obj["version"] = 0
            obj.setdefault("version", 0)
            prepared.append(obj)
        report = WriteReport(keys=[o["key"] for o in prepared], library_version=library_version)
        version = library_version
        for number, indexes in enumerate(plan_batches(prepared, kind), start=1):
            try:
                batch = self._write_batch(kind, [prepared[i] for i in indexes], indexes, version, number)
            except LibraryChanged as exc:
                exc.report = report  # type: ignore[attr-defined]
                raise
            version = batch.library_version
            report.add(batch)
            if on_batch is not None:
                on_batch(batch)
        return report

    def _write_batch(
        self, kind: str, batch: list[dict[str, Any]], indexes: list[int], version: int, number: int
    ) -> BatchResult:
        path = f"/{kind}"
        maybe_committed = False
        response: httpx2.Response | None = None
        for attempt in range(self.max_retries + 1):
            # After a drop the batch may have been committed, which moved the library:
            # resend without the library precondition; per-object versions (0 for
            # creates) still stop any overwrite, and committed creates answer 412.
            headers = {} if maybe_committed else {"If-Unmodified-Since-Version": str(version)}
            try:
                response = self._request("POST", path, json=batch, headers=headers, retry_dropped=False)
            except _Dropped:
                maybe_committed = True
                response = None
            else:
                if response.status_code not in _MAYBE_COMMITTED:
                    break
                maybe_committed = True
            if attempt < self.max_retries:
                self._sleep(self._retry_delay(response, attempt))
        else:
            why = f"{response.status_code} {_text(response)}" if response is not None else "connection dropped"
            raise ZoteroUnavailable(
                self._scrub(f"Zotero did not take a batch of {len(batch)} {kind} after "
                            f"{self.max_retries + 1} tries ({why}): try again later; nothing is duplicated")
            )
        assert response is not None
        if response.status_code != 200:
            raise self._error("POST", path, response)
        result = self._batch_result(response, batch, number, indexes, version)
        if maybe_committed:
            self._confirm_committed(kind, result)
        return result

    def _batch_result(self, response: httpx2.Response, batch: list[dict[str, Any]], number: int,
                      indexes: list[int], version: int) -> BatchResult:
        """Zotero's answer to one batch, by the caller's indexes (messages scrubbed)."""
        raw = self._json(response, dict)
        result = BatchResult(number, list(indexes))
        result.library_version = int(response.headers.get("Last-Modified-Version", version))
        for pos, obj in (raw.get("successful") or {}).items():
            result.successful[indexes[int(pos)]] = obj
        for pos, key in (raw.get("unchanged") or {}).items():
            result.unchanged[indexes[int(pos)]] = key
        for pos, failure in (raw.get("failed") or {}).items():
            i = int(pos)
            result.failed[indexes[i]] = ObjectFailure(
                indexes[i],
                failure.get("key") or batch[i].get("key"),
                int(failure.get("code", 0)),
                self._scrub(str(failure.get("message", ""))),
                batch[i],
            )
        return result

    def _confirm_committed(self, kind: str, result: BatchResult) -> None:
        """After a retried batch, a 412 on an object means the first attempt already
        wrote it: confirm it is there (one GET for the batch) and count it a success."""
        suspects = {i: f for i, f in result.failed.items() if f.code == 412 and f.object.get("key")}
        if not suspects:
            return
        keys = [f.object["key"] for f in suspects.values()]
        if kind == "items":
            found = {o["key"]: o for o in self.get_items(keys)}
        else:
            params = {"collectionKey": ",".join(keys), "limit": MAX_BATCH, "format": "json"}
            found = {o["key"]: o for o in self._json(self._get("/collections", params), list)}
        for i, failure in suspects.items():
            stored = found.get(failure.object["key"])
            if stored is None or not _written_as_sent(failure.object, stored):
                continue
            del result.failed[i]
            result.successful[i] = stored


def _written_as_sent(sent: dict[str, Any], stored: dict[str, Any]) -> bool:
    """Does the stored object hold what we sent (after a retry, by the first attempt)?"""
    data = stored.get("data", stored)
    if int(stored.get("version", 0)) <= int(sent.get("version", 0)):
        return False
    for name, value in sent.items():
        if name in ("key", "version", "note", "creators", "relations"):
            continue  # rewritten or normalised by the server; a random key and a newer version are proof enough
        if not _same_field(name, data.get(name), value):
            return False
    return True


def _same_field(name: str, have: Any, value: Any) -> bool:
    """One field as stored and as sent: tags by name, collections in any order, an
    absent value equal to an empty one."""
    if name == "tags":
        return {t.get("tag") for t in have or []} == {t.get("tag") for t in value or []}
    if name == "collections":
        return sorted(have or []) == sorted(value or [])
    if name == "parentCollection":
        return (have or False) == (value or False)
    return (have or None) == (value or None)


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _text(response: httpx2.Response) -> str:
    try:
        return " ".join(response.text.split())[:300]
    except Exception:  # noqa: BLE001 - an unreadable body must not hide the status
        return ""
