"""One JSON web service asked politely: retries with back-off, counting, no secrets shown.

Shared by the Semantic Scholar and Crossref clients:

* 429 and 5xx answers, dropped connections and time-outs are asked again after
  ``backoff * 2**n`` seconds (a ``Retry-After`` in seconds is honoured, up to
  a minute); a refused connection (no server at all) is not retried;
* after the last try the service is :class:`ServiceDown`: resolution goes on
  without it and says so (a warning, never a failed export or push);
* a 403 (a refused key) is :class:`ServiceDown` too, naming the key's variable;
* the URL printed never carries credentials or the query.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

from .. import __version__
from ..bounded_reads import TooLarge, TooSlow, read_whole
from ..net_failures import failure, unreachable
from .polite_session import public_url

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: Each failed try, as it happens (shown with -v).
attempts = logging.getLogger("zoterodigest.attempts")


class ServiceDown(Exception):
    """A service did not answer usefully; the message says which and why (never a key)."""


#: Request headers that carry a key: never printed, never sent to another host.
SECRET_HEADERS = ("x-api-key", "authorization")


class KeyedSession(requests.Session):
    """A session whose key headers stay with the host they were meant for: a redirect to
    another host (or scheme, or port) goes without them, as requests already does for
    ``Authorization`` alone."""

    def rebuild_auth(self, prepared_request: requests.PreparedRequest, response: requests.Response) -> None:
        super().rebuild_auth(prepared_request, response)
        if response.request.url and prepared_request.url and \
                self.should_strip_auth(response.request.url, prepared_request.url):
            for name in SECRET_HEADERS:
                prepared_request.headers.pop(name, None)


@dataclass
class JsonService:
    """Requests to one service at ``base_url`` (no trailing slash)."""

    name: str
    base_url: str
    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)
    retries: int = 4
    backoff: float = 1.0
    #: Seconds to connect, and to wait for the answer.
    timeout: tuple[float, float] = (10.0, 20.0)
    #: Seconds of failed tries after which a call is given up (a silent server fails
    #: within a minute, retries included).
    budget: float = 50.0
    #: The setting that names the server (for messages).
    setting: str = ""
    #: What to set when the service refuses our key (403).
    key_hint: str = ""
    sleep: Callable[[float], None] = time.sleep
    session: requests.Session = field(default_factory=KeyedSession)
    #: HTTP requests sent (retries included).
    sent: int = 0

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self.session.headers["User-Agent"] = f"zoterodigest/{__version__}"
        self.session.headers.update(self.headers)

    def _pause(self, attempt: int, response: requests.Response | None) -> None:
        wait = self.backoff * 2**attempt
        if response is not None:
            try:
                wait = max(wait, min(60.0, float(response.headers.get("Retry-After", ""))))
            except ValueError:
                pass
        self.sleep(wait)

    @property
    def public_base(self) -> str:
        """The service's address as it may be shown (no user or password)."""
        return public_url(self.base_url)

    def scrub(self, text: str) -> str:
        """``text`` without any key this service sends (a server's error page may echo
        the request's headers)."""
        for name in SECRET_HEADERS:
            value = str(self.session.headers.get(name) or "")
            if len(value) >= 4:
                text = text.replace(value, "[key]")
        return text

    def _judge(self, response: requests.Response, where: str, missing_ok: bool) -> Any:
        """The JSON of an answer that is not worth asking again (or why it is useless)."""
        if response.status_code == 404 and missing_ok:
            return None
        if response.status_code == 403:
            raise ServiceDown(f"{where} refused the key (HTTP 403); check {self.key_hint or 'the key'}")
        if response.status_code != 200:
            raise ServiceDown(f"{where} answered HTTP {response.status_code}: {self.scrub(response.text)[:200]}")
        try:
            return response.json()
        except ValueError:
            raise ServiceDown(f"{where} answered something that is not JSON") from None

    def call(self, method: str, path: str, *, params: dict[str, str] | None = None,
             body: Any = None, missing_ok: bool = False) -> Any:
        """The decoded JSON answer; None for a 404 when ``missing_ok``.

        :raises ServiceDown: no useful answer after the retries (or 400/403).
        """
        url = self.base_url + path
        where = f"{self.name} ({public_url(url)})"
        started = time.monotonic()
        for attempt in range(self.retries + 1):
            response = None
            try:
                self.sent += 1
                response = self.session.request(method, url, params={**self.params, **(params or {})},
                                                json=body, timeout=self.timeout, stream=True)
                read_whole(response)
            except (requests.ConnectionError, requests.Timeout, TooSlow, TooLarge) as err:
                failed = failure(err, self.base_url)
                if not failed.retry_helps or time.monotonic() - started + self.timeout[1] > self.budget:
                    raise ServiceDown(unreachable(self.name, self.base_url, self.setting or "its URL setting", failed,
                                                  tries=attempt + 1, timeout=self.timeout[1])) from None
                problem = failed.words(self.timeout[1])
            else:
                if response.status_code not in RETRY_STATUSES:
                    return self._judge(response, where, missing_ok)
                problem = f"HTTP {response.status_code}"
            if attempt < self.retries:
                attempts.info("%s %s: %s; trying again (try %d of %d)", self.name, public_url(url), problem,
                              attempt + 2, self.retries + 1)
                self._pause(attempt, response)
        raise ServiceDown(f"{where} did not answer ({problem}) after {self.retries + 1} tries")
