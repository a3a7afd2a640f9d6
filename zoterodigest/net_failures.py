"""Why a request reached no answer, in words a user can act on (pure: no I/O).

Every client (Zotero through httpx2; arXiv, Semantic Scholar, Crossref and PDF
downloads through requests) hands its transport exception to :func:`failure`, which
tells apart what the user fixes differently:

* ``refused``: nothing listens at that host and port (a wrong port, a server down);
* ``unknown host``: the host name does not resolve (a typo, no DNS, offline);
* ``tls``: the TLS handshake failed (``https://`` to a plain-HTTP server, a proxy
  that intercepts, a certificate not trusted);
* ``timeout``: connected (or trying to) but no answer within the time allowed;
* ``dropped``: the connection broke before a whole answer came.

Only the last two are worth trying again at once; the first three fail the same way
until a setting changes, so their message names the URL and the setting.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

#: Kinds a retry cannot fix: the message names the setting instead.
SETTING_KINDS = frozenset({"refused", "unknown host", "tls"})

_TEXT_MARKERS = (
    ("unknown host", ("Name or service not known", "Temporary failure in name resolution", "No address associated",
                      "nodename nor servname", "getaddrinfo failed", "Failed to resolve")),
    ("refused", ("Connection refused", "Errno 111", "Network is unreachable", "No route to host")),
    ("tls", ("SSL", "TLS", "CERTIFICATE_VERIFY_FAILED", "WRONG_VERSION_NUMBER")),
    ("timeout", ("timed out", "Timeout")),
)


@dataclass(frozen=True)
class Failure:
    kind: str  # refused, unknown host, tls, timeout, dropped
    url: str

    @property
    def retry_helps(self) -> bool:
        return self.kind not in SETTING_KINDS

    def words(self, timeout: float | None = None) -> str:
        """What happened, naming the host (never a query or credentials)."""
        parts = urlsplit(self.url)
        host = parts.hostname or "?"
        where = f"{host}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
        if self.kind == "refused":
            return f"the connection to {where} was refused (no server listens there, or it is down)"
        if self.kind == "unknown host":
            return f"the host name '{host}' is not known (a typo in the URL, or no network or DNS)"
        if self.kind == "tls":
            hint = " (is it a plain http:// server?)" if parts.scheme == "https" else ""
            return f"the TLS handshake with {where} failed{hint}"
        if self.kind == "timeout":
            within = f" within {timeout:g} s" if timeout else ""
            return f"{where} accepted no connection or sent no answer{within}"
        return f"the connection to {where} broke before an answer came"


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 12:
        item = todo.pop()
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo += [item.__cause__, item.__context__]
        todo += [a for a in item.args if isinstance(a, BaseException)]
    return seen


def _kind_by_type(exc: BaseException) -> str | None:
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    if isinstance(exc, ConnectionRefusedError):
        return "refused"
    if isinstance(exc, ssl.SSLError):
        return "tls"
    if isinstance(exc, TimeoutError) or "Timeout" in type(exc).__name__:
        return "timeout"
    return None


def failure(exc: BaseException, url: str) -> Failure:
    """The kind of transport failure ``exc`` (httpx2's, requests', or the OS's) is."""
    chain = _chain(exc)
    for item in chain:
        kind = _kind_by_type(item)
        if kind:
            return Failure(kind, url)
    text = " ".join(str(item) for item in chain)
    for kind, markers in _TEXT_MARKERS:
        if any(marker in text for marker in markers):
            return Failure(kind, url)
    return Failure("dropped", url)


def public_url(url: str) -> str:
    """``url`` without credentials, query or fragment (safe to print)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "<unparseable URL>"
    host = parts.hostname or ""
    if port:
        host = f"{host}:{port}"
    return f"{parts.scheme}://{host}{parts.path}"


def unreachable(service: str, url: str, setting: str, fail: Failure, *, tries: int = 1,
                timeout: float | None = None) -> str:
    """One message: the service, its URL, what happened, and what to do."""
    told = f"{service} at {public_url(url)} could not be reached: {fail.words(timeout)}"
    if fail.retry_helps:
        after = f" after {tries} tries" if tries > 1 else ""
        return f"{told}{after}. Try again later, or check {setting} if the URL is wrong"
    return f"{told}. Check {setting}"
