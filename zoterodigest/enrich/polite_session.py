"""The HTTP session the ``arxiv`` client is given: it keeps arXiv's courtesy delay
across the whole process, counts and records requests, times out, keeps the
last answer (for ``Retry-After`` and error entries), and tells a refused
connection (no server reached) from a dropped one.

Apart from :mod:`.arxiv_lookup` so the look-up reads as batching and retries,
and this as the transport rules it relies on.
"""

from __future__ import annotations

import threading
import time
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import requests

from ..bounded_reads import TooLarge, TooSlow, read_whole


def public_url(url: str) -> str:
    """``url`` without credentials, query or fragment (safe to print)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


class _Courtesy:
    """Process-wide spacing of requests to one server (keyed by scheme+host)."""

    _lock = threading.Lock()
    _last: ClassVar[dict[str, float]] = {}

    @classmethod
    def wait(cls, key: str, delay: float) -> None:
        with cls._lock:
            last = cls._last.get(key)
        if last is not None:
            remaining = last + delay - time.monotonic()
            if remaining > 0:
                time.sleep(remaining)

    @classmethod
    def done(cls, key: str) -> None:
        with cls._lock:
            cls._last[key] = time.monotonic()


class NotAFeed(Exception):
    """A 200 answer that is not an Atom feed (a proxy page, a wrong URL...)."""


class PoliteSession(requests.Session):
    """The session given to :class:`arxiv.Client`: paces, counts, times out, keeps the last answer."""

    #: Answers must be Atom feeds (the API); False for other files from arXiv (PDFs).
    expect_feed = True

    def __init__(self, server_key: str, delay: float, timeout: float | tuple[float, float]) -> None:
        super().__init__()
        self.server_key = server_key
        self.delay = delay
        self.timeout = timeout
        self.sent = 0
        self.urls: list[str] = []
        self.last_response: requests.Response | None = None

    def request(self, method: str, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        _Courtesy.wait(self.server_key, self.delay)
        self.sent += 1
        self.urls.append(url if isinstance(url, str) else url.decode())
        self.last_response = None
        streamed = bool(kwargs.get("stream"))  # the caller reads it (a PDF, with its own bounds)
        kwargs["stream"] = True
        try:
            response = super().request(method, url, *args, **kwargs)
            if not streamed:  # the whole answer within a bounded time and size
                try:
                    read_whole(response)
                except (TooSlow, TooLarge) as err:
                    raise requests.exceptions.ReadTimeout(str(err)) from err
        except requests.exceptions.ConnectionError as err:
            # A refused connection reached no server: it costs arXiv nothing,
            # so it does not start a new courtesy interval.
            if not refused(err):
                _Courtesy.done(self.server_key)
            raise
        except BaseException:
            _Courtesy.done(self.server_key)
            raise
        _Courtesy.done(self.server_key)
        self.last_response = response
        if self.expect_feed and response.status_code == 200 and b"<feed" not in response.content[:4000]:
            raise NotAFeed(response.headers.get("Content-Type", "no content type"))
        return response


REFUSED = "no server could be reached"
_UNREACHABLE = ("Connection refused", "Name or service not known", "Temporary failure in name resolution",
                "No address associated", "Network is unreachable", "nodename nor servname")


def refused(err: BaseException) -> bool:
    """True when no server was reached at all (refused, unknown host, no network)."""
    seen: BaseException | None = err
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ConnectionRefusedError) or any(m in str(seen) for m in _UNREACHABLE):
            return True
        wrapped = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = seen.__cause__ or seen.__context__ or wrapped
    return False
