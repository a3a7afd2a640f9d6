"""Batched look-ups of arXiv records through the ``arxiv`` package.

:class:`ArxivLookup` drives an :class:`arxiv.Client` pointed at
``ARXIV_API_URL`` (default ``https://export.arxiv.org/api/query``) and adds what
the client lacks for fetching many known ids:

* **batching** -- as many ids per request as a URL under 8,000 characters holds
  (about 600 new-style ids; never more than the 2,000 arXiv serves per call),
  with ``max_results`` equal to the batch size so each batch is one request;
* **the courtesy delay** -- at least ``delay_seconds`` (3 s, as arXiv asks)
  between the end of one request and the start of the next, across every
  lookup of the process talking to the same server;
* **retries with back-off** -- on HTTP 503 (and 429/500/502/504), dropped
  connections and time-outs: ``backoff * 2**n`` seconds before retry ``n+1``.
  The client's own retries are switched off (``num_retries=0``): they come
  back without back-off and also repeat answers that cannot change (HTTP 400);
* **the unknown-id report** -- a multi-id query silently drops ids arXiv does
  not know; every asked id missing from the answer is reported;
* **malformed ids** -- anything that is not an arXiv id is reported and never
  sent; if arXiv still rejects one (HTTP 400 with an ``Error`` entry naming
  it) it is reported too and the batch is asked again without it.

Records are returned as :class:`zoterodigest.model.ArxivRecord`, keyed by the
id's *look-up key*: the unversioned id (old-style ids lose their subject
class, ``math.GT/0309136`` -> ``math/0309136``, the way arXiv answers them).
"""

from __future__ import annotations

import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import quote_plus, urlsplit, urlunsplit

import arxiv
import ftfy
import requests

from ..ids import parse_arxiv
from ..model import ArxivRecord

DEFAULT_API_URL = "https://export.arxiv.org/api/query"
API_URL_ENV = "ARXIV_API_URL"
#: arXiv's terms of use: no more than one request every three seconds.
COURTESY_DELAY = 3.0
#: URLs are kept below this many characters (8 KB minus room for the request line).
MAX_URL_CHARS = 8000
#: arXiv serves at most this many entries per call.
MAX_PER_REQUEST = 2000
#: Statuses worth asking again after a pause.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class EnrichError(Exception):
    """A problem the user can fix; the message says what and how (no traceback)."""


class ArxivUnavailable(EnrichError):
    """arXiv (or the mirror at ``ARXIV_API_URL``) could not answer."""

    def __init__(self, message: str, *, url: str = "", tries: int = 0, requests: int = 0) -> None:
        super().__init__(message)
        self.url = url
        self.tries = tries
        #: HTTP requests sent by the failed lookup (successful batches included).
        self.requests = requests


# --------------------------------------------------------------------------- ids


def lookup_key(arxiv_id: str) -> str:
    """The key one arXiv paper is asked, answered and cached under.

    Unversioned; an old-style id loses its subject class (``math.GT/0309136``
    -> ``math/0309136``) since that is how arXiv names it in answers.
    """
    parsed = parse_arxiv(arxiv_id)
    base = parsed.id if parsed is not None else arxiv_id.strip()
    return re.sub(r"^([a-z\-]+)\.[A-Z]{2}/", r"\1/", base)


def split_ids(raw_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """Look-up keys (deduplicated, in order) and the raw strings that are not arXiv ids."""
    keys: dict[str, None] = {}
    malformed: list[str] = []
    for raw in raw_ids:
        parsed = parse_arxiv(raw)
        if parsed is None:
            if raw not in malformed:
                malformed.append(raw)
        else:
            keys.setdefault(lookup_key(parsed.id), None)
    return list(keys), malformed


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


# --------------------------------------------------------------------------- records


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    fixed = " ".join(ftfy.fix_encoding(text).split())
    return unicodedata.normalize("NFC", fixed) or None


def record_from_result(result: arxiv.Result) -> ArxivRecord | None:
    """An :class:`ArxivRecord` from one entry of arXiv's answer (None if it names no paper)."""
    parsed = parse_arxiv(result.entry_id) or parse_arxiv(result.get_short_id())
    if parsed is None:
        return None
    primary = result.primary_category or None
    categories = list(dict.fromkeys(([primary] if primary else []) + list(result.categories)))
    return ArxivRecord(
        id=lookup_key(parsed.id),
        version=parsed.version or 1,
        title=_clean(result.title) or "",
        authors=[name for a in result.authors if (name := _clean(a.name))],
        abstract=_clean(result.summary) or "",
        primary_category=primary,
        categories=categories,
        published=result.published.date() if result.published.year > 1 else None,
        updated=result.updated.date() if result.updated.year > 1 else None,
        doi=(result.doi or "").strip() or None,
        journal_ref=_clean(result.journal_ref),
        comment=_clean(result.comment),
    )


# --------------------------------------------------------------------------- HTTP


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


class _NotAFeed(Exception):
    """A 200 answer that is not an Atom feed (a proxy page, a wrong URL...)."""


class _PoliteSession(requests.Session):
    """The session given to :class:`arxiv.Client`: paces, counts, times out, keeps the last answer."""

    def __init__(self, server_key: str, delay: float, timeout: float) -> None:
        super().__init__()
        self.server_key = server_key
        self.delay = delay
        self.timeout = timeout
        self.sent = 0
        self.urls: list[str] = []
        self.last_response: requests.Response | None = None

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("timeout", self.timeout)
        _Courtesy.wait(self.server_key, self.delay)
        self.sent += 1
        self.urls.append(url)
        self.last_response = None
        try:
            response = super().request(method, url, *args, **kwargs)
        except requests.exceptions.ConnectionError as err:
            # A refused connection reached no server: it costs arXiv nothing,
            # so it does not start a new courtesy interval.
            if not _refused(err):
                _Courtesy.done(self.server_key)
            raise
        except BaseException:
            _Courtesy.done(self.server_key)
            raise
        _Courtesy.done(self.server_key)
        self.last_response = response
        if response.status_code == 200 and b"<feed" not in response.content[:4000]:
            raise _NotAFeed(response.headers.get("Content-Type", "no content type"))
        return response


REFUSED = "no server could be reached"
_UNREACHABLE = ("Connection refused", "Name or service not known", "Temporary failure in name resolution",
                "No address associated", "Network is unreachable", "nodename nor servname")


def _refused(err: BaseException) -> bool:
    """True when no server was reached at all (refused, unknown host, no network)."""
    seen: BaseException | None = err
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ConnectionRefusedError) or any(m in str(seen) for m in _UNREACHABLE):
            return True
        seen = seen.__cause__ or seen.__context__ or (seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None)
    return False


_ERROR_ID = re.compile(r"incorrect id format for ([^\s<&]+)")


@dataclass
class BatchResult:
    """What one batch brought back."""

    asked: list[str]
    records: dict[str, ArxivRecord] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


@dataclass
class LookupResult:
    """What a whole :meth:`ArxivLookup.fetch` brought back."""

    records: dict[str, ArxivRecord] = field(default_factory=dict)
    #: Keys arXiv did not answer for (dropped from the multi-id answer).
    unknown: list[str] = field(default_factory=list)
    #: Raw strings that are not arXiv ids (never sent), then ids arXiv rejected.
    malformed: list[str] = field(default_factory=list)
    requests: int = 0


class ArxivLookup:
    """Fetches arXiv records for many ids in few requests.

    :param api_url: the query endpoint; default ``$ARXIV_API_URL`` or
        ``https://export.arxiv.org/api/query``.
    :param delay_seconds: courtesy delay between requests (keep 3.0 for arXiv).
    :param retries: extra tries after a 503, a dropped connection or a time-out
        (so ``retries=3`` means up to 4 tries per batch).
    :param backoff_seconds: first pause before a retry, doubled each time;
        default ``delay_seconds``.
    :param batch_size: most ids per request (default: as many as fit the URL,
        at most 2,000).
    :param max_url_chars: longest URL sent.
    :param timeout: seconds to wait for a connection or an answer.
    """

    def __init__(
        self,
        api_url: str | None = None,
        *,
        delay_seconds: float = COURTESY_DELAY,
        retries: int = 3,
        backoff_seconds: float | None = None,
        batch_size: int | None = None,
        max_url_chars: int = MAX_URL_CHARS,
        timeout: float = 30.0,
    ) -> None:
        self.api_url = (api_url or os.environ.get(API_URL_ENV) or DEFAULT_API_URL).strip()
        self.delay_seconds = delay_seconds
        self.retries = max(0, retries)
        self.backoff_seconds = delay_seconds if backoff_seconds is None else backoff_seconds
        self.batch_size = min(batch_size or MAX_PER_REQUEST, MAX_PER_REQUEST)
        self.max_url_chars = max_url_chars
        parts = urlsplit(self.api_url)
        self._session = _PoliteSession(f"{parts.scheme}://{parts.netloc}", delay_seconds, timeout)
        self.client = arxiv.Client(page_size=100, delay_seconds=delay_seconds, num_retries=0)
        self.client.query_url_format = self.api_url + ("&{}" if "?" in self.api_url else "?{}")
        self.client._session = self._session  # the client's only hook for its HTTP session

    @property
    def requests(self) -> int:
        """HTTP requests sent so far by this lookup (retries included)."""
        return self._session.sent

    @property
    def urls(self) -> list[str]:
        """Every URL requested so far, in order."""
        return list(self._session.urls)

    # -- planning ------------------------------------------------------------
    def _url_overhead(self) -> int:
        # What the client sends around the ids: its parameters in its order.
        template = self.client.query_url_format.format(
            "search_query=&id_list=&sortBy=relevance&sortOrder=descending&start=0&max_results="
        )
        return len(template) + len(str(MAX_PER_REQUEST))

    def plan(self, keys: list[str]) -> list[list[str]]:
        """Split keys into batches: at most ``batch_size`` ids and ``max_url_chars`` per URL."""
        batches: list[list[str]] = []
        current: list[str] = []
        length = overhead = self._url_overhead()
        for key in keys:
            cost = len(quote_plus(key)) + (len(quote_plus(",")) if current else 0)
            if current and (len(current) >= self.batch_size or length + cost > self.max_url_chars):
                batches.append(current)
                current, length = [], overhead
                cost = len(quote_plus(key))
            current.append(key)
            length += cost
        if current:
            batches.append(current)
        return batches

    # -- fetching ------------------------------------------------------------
    def fetch(self, raw_ids: Iterable[str], on_batch: Callable[[BatchResult], None] | None = None) -> LookupResult:
        """Look up every id (versioned, URL or bare) and report what arXiv said.

        ``on_batch`` is called after each batch (to cache it, advance a bar...),
        so a lookup that fails later keeps what earlier batches brought.
        Raises :class:`ArxivUnavailable` when a batch fails after all retries.
        """
        keys, malformed = split_ids(raw_ids)
        result = LookupResult(malformed=malformed)
        start = self.requests
        for batch in self.plan(keys):
            try:
                got = self._fetch_batch(batch)
            except ArxivUnavailable as err:
                err.requests = self.requests - start
                raise
            result.records.update(got.records)
            result.unknown.extend(got.unknown)
            result.malformed.extend(got.rejected)
            if on_batch is not None:
                on_batch(got)
        result.requests = self.requests - start
        return result

    def _fetch_batch(self, batch: list[str]) -> BatchResult:
        out = BatchResult(asked=list(batch))
        pending = list(batch)
        failures = 0
        where = public_url(self.api_url)
        while pending:
            problem, retry_after = self._try(pending, out)
            if problem is None:
                return out
            if problem == "rejected":
                # arXiv named the id it refused; it was moved to out.rejected.
                pending = [k for k in pending if k not in out.rejected]
                continue
            failures += 1
            if failures > self.retries:
                raise ArxivUnavailable(
                    f"arXiv did not answer at {where} after {failures} tries ({problem}); "
                    f"check {API_URL_ENV} or run with --offline",
                    url=where,
                    tries=failures,
                )
            pause = self.backoff_seconds * 2 ** (failures - 1)
            if problem == REFUSED:
                # No server reached (refused, unknown host, no network): a short
                # pause is enough to catch a restarting server, and long back-off
                # would only make a user without network wait.
                pause = min(pause, 1.0)
            time.sleep(max(pause, min(retry_after, 60.0)))
        return out

    def _try(self, pending: list[str], out: BatchResult) -> tuple[str | None, float]:
        """One request for ``pending``: (None, 0) when answered, else (problem, Retry-After)."""
        where = public_url(self.api_url)
        search = arxiv.Search(id_list=pending, max_results=len(pending))
        self.client.page_size = len(pending)
        results: list[arxiv.Result] = []
        try:
            results.extend(self.client.results(search))
        except arxiv.UnexpectedEmptyPageError:
            # Only a later page can be empty: arXiv counted more entries than it
            # served.  Keep what came; the rest is reported as unknown.
            pass
        except arxiv.HTTPError as err:
            if err.status == 400:
                bad = self._rejected_ids(pending)
                if bad:
                    out.rejected.extend(bad)
                    return "rejected", 0.0
                raise ArxivUnavailable(
                    f"arXiv at {where} refused the query (HTTP 400); check {API_URL_ENV}", url=where
                ) from None
            if err.status in RETRY_STATUSES:
                return f"HTTP {err.status}", self._retry_after()
            raise ArxivUnavailable(
                f"arXiv at {where} answered HTTP {err.status}; check {API_URL_ENV} or run with --offline",
                url=where,
            ) from None
        except _NotAFeed as err:
            raise ArxivUnavailable(
                f"the server at {where} did not answer with an arXiv Atom feed ({err}); "
                f"check {API_URL_ENV} or run with --offline",
                url=where,
            ) from None
        except requests.exceptions.Timeout:
            return "timed out", 0.0
        except requests.exceptions.ConnectionError as err:
            if _refused(err):
                return REFUSED, 0.0
            return "connection failed or dropped", 0.0
        except requests.exceptions.ChunkedEncodingError:
            return "connection failed or dropped", 0.0
        except requests.exceptions.RequestException as err:
            raise ArxivUnavailable(
                f"cannot ask arXiv at {where} ({type(err).__name__}); check {API_URL_ENV}", url=where
            ) from None

        wanted = set(pending)
        for res in results:
            record = record_from_result(res)
            if record is not None and record.id in wanted:
                out.records[record.id] = record
        out.unknown.extend(k for k in pending if k not in out.records)
        return None, 0.0

    def _retry_after(self) -> float:
        response = self._session.last_response
        value = response.headers.get("Retry-After", "") if response is not None else ""
        return float(value) if value.strip().isdigit() else 0.0

    def _rejected_ids(self, pending: list[str]) -> list[str]:
        """The ids a HTTP 400 ``Error`` entry names, among those asked."""
        response = self._session.last_response
        if response is None:
            return []
        named = set(_ERROR_ID.findall(response.text))
        return [k for k in pending if k in named]
