"""Requests to one Zotero library, sent through pyzotero's configured HTTP client
(its endpoint, auth headers and connection pool) but checked here.

What it does for every request: honours ``Backoff`` before the next one, retries
(bounded) on 429 and 503 -- and, for reads, on other 5xx and dropped
connections -- waiting as ``Retry-After`` says, counts the requests, keeps the
library's ``Last-Modified-Version`` and, on the desktop's local API, the
``Zotero-Server-ID`` (sent back, as Zotero 10 wants on writes) and the local key
on writes.  A write's dropped connection is :class:`Dropped`: the caller decides,
since the write may have happened.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any

import httpx2

from ..bounded_reads import TooLarge, TooSlow, read_body
from ..net_failures import Failure, failure, public_url, unreachable
from .answers import Answers, Shape, seconds, text_of
from .errors import ZoteroError, ZoteroUnavailable

_RETRY_STATUSES = frozenset({429, 503})
#: A single object's read or write, whose ``Last-Modified-Version`` is the object's, not
#: the library's (``/items/top`` and ``/items/trash`` are lists).
_ONE_OBJECT = re.compile(r"/(?:items|collections)/[0-9A-Z]{8}")
#: The write may have happened: a write retries these as after a dropped connection.
MAYBE_COMMITTED = frozenset({500, 502, 504})


#: Seconds to connect, to wait for each read of an answer, to send a request.
READ_TIMEOUT = 20.0
TIMEOUT = httpx2.Timeout(READ_TIMEOUT, connect=10.0, write=60.0, pool=10.0)
#: Seconds of failed attempts (timeouts, dropped connections) after which a request is
#: not tried again: a server that accepts connections and never answers fails within a
#: minute, retries included.
BUDGET = 50.0
#: The setting that names the server, for messages.
SETTING = "ZOTERO_API_URL (or --api-url)"
#: Each attempt that failed, as it happens (shown with -v).
attempts = logging.getLogger("zoterodigest.attempts")


class Dropped(Exception):
    """The connection failed before an answer came: the write may or may not have happened."""

    def __init__(self, message: str, failed: Failure | None = None) -> None:
        super().__init__(message)
        self.failed = failed


class Transport:
    """Sends requests for the library ``zot`` (a pyzotero ``Zotero``) names."""

    def __init__(
        self, zot: Any, answers: Answers, *, max_retries: int = 4, max_wait: float = 120.0, budget: float = BUDGET,
        sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.zot = zot
        self.answers = answers
        self.local = answers.local
        self.library = answers.library
        self.api_url = answers.api_url
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.budget = budget
        self.sleep = sleep
        self._clock = clock
        self._resume_at = 0.0
        #: ``Last-Modified-Version`` of the latest library-wide answer.
        self.last_modified_version: int | None = None
        #: Requests sent (each retry counts), for callers that keep to a budget.
        self.requests = 0

    # --- waiting as the server says ------------------------------------------------------

    def wait_for_backoff(self) -> None:
        remaining = self._resume_at - self._clock()
        if remaining > 0:
            self.sleep(remaining)

    def _note_backoff(self, response: httpx2.Response) -> None:
        told = seconds(response.headers.get("Backoff"))
        if told:
            self._resume_at = max(self._resume_at, self._clock() + min(told, self.max_wait))

    def retry_delay(self, response: httpx2.Response | None, attempt: int) -> float:
        """Seconds to wait before try ``attempt + 1``: what the server said, else
        exponential; a server asking for more than ``max_wait`` is unavailable."""
        told = None
        if response is not None:
            told = seconds(response.headers.get("Retry-After"))
            if told is None:
                told = seconds(response.headers.get("Backoff"))
        if response is not None and told is not None and told > self.max_wait:
            raise ZoteroUnavailable(
                f"Zotero asks to wait {told:g} s before the next request ({response.status_code}): try again later",
                response.status_code,
            )
        return told if told is not None else min(0.5 * 2**attempt, self.max_wait)

    # --- sending --------------------------------------------------------------------------

    def _url(self, path: str, library: bool) -> str:
        return f"{self.api_url}/{self.library}{path}" if library else f"{self.api_url}{path}"

    def _local_headers(self, method: str) -> dict[str, str]:
        """Zotero-Server-ID once known (Zotero 10 refuses writes without it, and a
        request that reaches another install fails instead of mixing data), and the
        local key on writes."""
        if not self.local:
            return {}
        headers = {}
        if getattr(self.zot, "server_id", None):
            headers["Zotero-Server-ID"] = self.zot.server_id
        if method != "GET" and getattr(self.zot, "local_api_key", None):
            headers["Zotero-API-Key"] = self.zot.local_api_key
        return headers

    def _keep_server_id(self, response: httpx2.Response) -> None:
        if self.local and not getattr(self.zot, "server_id", None):
            server_id = response.headers.get("Zotero-Server-ID")
            if server_id:
                self.zot.server_id = server_id

    def _send_once(
        self, method: str, path: str, *, params: dict[str, Any] | None, json: Any, headers: dict[str, str] | None,
        library: bool, content: bytes | None = None,
    ) -> httpx2.Response:
        """One request; a transport failure becomes :class:`Dropped` (scrubbed)."""
        self.wait_for_backoff()
        self.requests += 1
        all_headers = {**self.zot.default_headers(), **self._local_headers(method), **(headers or {})}
        url = self._url(path, library)
        try:
            request = self.zot.client.build_request(method, url, params=params, json=json, headers=all_headers,
                                                    timeout=TIMEOUT, content=content)
            response: httpx2.Response = self.zot.client.send(request, stream=True)
            try:  # the whole answer within a bounded time and size (a trickle never times out)
                response._content = read_body(response.iter_bytes())
            finally:
                response.close()
        except (httpx2.TransportError, TooSlow, TooLarge) as exc:
            if self.local and isinstance(exc, httpx2.ConnectError):
                raise self.answers.not_running() from None
            failed = failure(exc, self.api_url)
            if not failed.retry_helps:  # the same again until a setting changes
                raise ZoteroUnavailable(self.answers.scrub(unreachable("Zotero", self.api_url, SETTING, failed))) \
                    from None
            raise Dropped(self.answers.scrub(failed.words(READ_TIMEOUT)), failed) from None
        self._keep_server_id(response)
        self._note_backoff(response)
        if library and response.status_code < 300:
            version = response.headers.get("Last-Modified-Version")
            if version and version.isdigit() and not _ONE_OBJECT.fullmatch(path):
                self.last_modified_version = int(version)
        return response

    def request(
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
        retry = _RETRY_STATUSES | (MAYBE_COMMITTED if method == "GET" else frozenset())
        last = ""
        dropped: Failure | None = None
        started = self._clock()
        tries = 0
        for attempt in range(self.max_retries + 1):
            tries += 1
            try:
                response = self._send_once(method, path, params=params, json=json, headers=headers, library=library,
                                           content=content)
            except Dropped as exc:
                if not retry_dropped:
                    raise
                last, dropped = str(exc), exc.failed
                delay = self.retry_delay(None, attempt)
                if attempt == self.max_retries or self._clock() - started + delay + READ_TIMEOUT > self.budget:
                    break  # a silent server: the next try would end past the budget
                self._tell(method, path, last, delay, attempt)
                self.sleep(delay)
                continue
            if response.status_code not in retry:
                return response
            last, dropped = f"{response.status_code} {text_of(response)}".strip(), None
            if attempt < self.max_retries:
                delay = self.retry_delay(response, attempt)
                self._tell(method, path, last, delay, attempt)
                self.sleep(delay)
        if dropped is not None:
            raise ZoteroUnavailable(self.answers.scrub(
                unreachable("Zotero", self.api_url, SETTING, dropped, tries=tries, timeout=READ_TIMEOUT)))
        raise ZoteroUnavailable(self.answers.scrub(
            f"Zotero at {public_url(self.api_url)} did not answer {method} after {tries} tries ({last}): "
            f"try again later (or check {SETTING})"))

    def _tell(self, method: str, path: str, why: str, delay: float, attempt: int) -> None:
        attempts.info("%s", self.answers.scrub(
            f"Zotero {method} {path.split('?')[0]}: {why}; trying again in {delay:.1f} s "
            f"(try {attempt + 2} of {self.max_retries + 1})"))

    def get(self, path: str, params: dict[str, Any] | None = None) -> httpx2.Response:
        """A GET that must answer 200 (anything else raises its error)."""
        response = self.request("GET", path, params=params)
        if response.status_code != 200:
            raise self.error("GET", path, response)
        return response

    def json(self, response: httpx2.Response, shape: type[Shape]) -> Shape:
        return self.answers.json(response, shape)

    def error(self, method: str, path: str, response: httpx2.Response) -> ZoteroError:
        return self.answers.error(method, path, response)

    def post_to_storage(self, url: str, body: bytes, content_type: str) -> httpx2.Response:
        """The upload of a file's bytes to the storage URL Zotero gave (no Zotero key sent)."""
        self.wait_for_backoff()
        self.requests += 1
        try:
            response: httpx2.Response = self.zot.client.request(
                "POST", url, content=body, headers={"Content-Type": content_type},
                timeout=httpx2.Timeout(60.0, connect=10.0, write=300.0))
            return response
        except httpx2.TransportError as exc:
            failed = failure(exc, url)
            raise ZoteroUnavailable(self.answers.scrub(
                f"the file upload to Zotero's storage at {public_url(url)} failed: {failed.words()}; "
                "try again later")) from None
