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
id's *look-up key* (:func:`.arxiv_records.lookup_key`: the unversioned id).
The HTTP session that paces and counts requests is :mod:`.polite_session`.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote_plus, urlsplit

import arxiv
import requests

from ..errors import MetadataError
from ..model import ArxivRecord
from ..net_failures import failure, unreachable
from .arxiv_records import record_from_result, split_ids
from .polite_session import NotAFeed, PoliteSession, public_url

__all__ = [
    "API_URL_ENV",
    "DEFAULT_API_URL",
    "ArxivLookup",
    "ArxivUnavailable",
    "BatchResult",
    "EnrichError",
    "LookupResult",
]

DEFAULT_API_URL = "https://export.arxiv.org/api/query"
API_URL_ENV = "ARXIV_API_URL"
#: Each failed try, as it happens (shown with -v).
attempts = logging.getLogger("zoterodigest.attempts")
#: arXiv's terms of use: no more than one request every three seconds.
COURTESY_DELAY = 3.0
#: URLs are kept below this many characters (8 KB minus room for the request line).
MAX_URL_CHARS = 8000
#: arXiv serves at most this many entries per call.
MAX_PER_REQUEST = 2000
#: Statuses worth asking again after a pause.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class EnrichError(MetadataError):
    """A problem the user can fix; the message says what and how (no traceback).
    The metadata family of :mod:`zoterodigest.errors` (the cache's errors are state
    errors: see :class:`~zoterodigest.enrich.cache.CacheUnavailable`)."""


class ArxivUnavailable(EnrichError):
    """arXiv (or the mirror at ``ARXIV_API_URL``) could not answer."""

    def __init__(self, message: str, *, url: str = "", tries: int = 0, requests: int = 0) -> None:
        super().__init__(message)
        self.url = url
        self.tries = tries
        #: HTTP requests sent by the failed lookup (successful batches included).
        self.requests = requests


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
        timeout: float | tuple[float, float] = (10.0, 20.0),
        budget: float = 50.0,
    ) -> None:
        self.api_url = (api_url or os.environ.get(API_URL_ENV) or DEFAULT_API_URL).strip()
        self.delay_seconds = delay_seconds
        self.retries = max(0, retries)
        self.backoff_seconds = delay_seconds if backoff_seconds is None else backoff_seconds
        self.batch_size = min(batch_size or MAX_PER_REQUEST, MAX_PER_REQUEST)
        self.max_url_chars = max_url_chars
        #: Seconds a batch may spend on failed tries before it is given up.
        self.budget = budget
        self._read_timeout = timeout[1] if isinstance(timeout, tuple) else timeout
        parts = urlsplit(self.api_url)
        self._session = PoliteSession(f"{parts.scheme}://{parts.netloc}", delay_seconds, timeout)
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
        started = time.monotonic()
        while pending:
            problem, retry_after = self._try(pending, out)
            if problem is None:
                return out
            if problem == "rejected":
                # arXiv named the id it refused; it was moved to out.rejected.
                pending = [k for k in pending if k not in out.rejected]
                continue
            failures += 1
            pause = self.backoff_seconds * 2 ** (failures - 1)
            spent = time.monotonic() - started
            if failures > self.retries or spent + pause + self._read_timeout > self.budget:
                raise ArxivUnavailable(
                    f"arXiv did not answer at {where} after {failures} tries ({problem}); "
                    f"check {API_URL_ENV} or run with --offline",
                    url=where,
                    tries=failures,
                )
            attempts.info("arXiv %s: %s; trying again in %.1f s (try %d of %d)", where, problem,
                          max(pause, min(retry_after, 60.0)), failures + 1, self.retries + 1)
            time.sleep(max(pause, min(retry_after, 60.0)))
        return out

    def _try(self, pending: list[str], out: BatchResult) -> tuple[str | None, float]:
        """One request for ``pending``: (None, 0) when answered, else (problem, Retry-After)."""
        try:
            results = self._results(pending)
        except arxiv.HTTPError as err:
            return self._http_problem(err, pending, out)
        except (requests.exceptions.RequestException, NotAFeed) as err:
            return self._transport_problem(err), 0.0
        wanted = set(pending)
        for res in results:
            record = record_from_result(res)
            if record is not None and record.id in wanted:
                out.records[record.id] = record
        out.unknown.extend(k for k in pending if k not in out.records)
        return None, 0.0

    def _results(self, pending: list[str]) -> list[arxiv.Result]:
        """arXiv's entries for ``pending``, asked in one request."""
        search = arxiv.Search(id_list=pending, max_results=len(pending))
        self.client.page_size = len(pending)
        results: list[arxiv.Result] = []
        try:
            results.extend(self.client.results(search))
        except arxiv.UnexpectedEmptyPageError:
            # Only a later page can be empty: arXiv counted more entries than it
            # served.  Keep what came; the rest is reported as unknown.
            pass
        return results

    def _http_problem(self, err: arxiv.HTTPError, pending: list[str], out: BatchResult) -> tuple[str, float]:
        """An HTTP error answer: ids arXiv rejected set aside, or a status worth a
        retry named; any other answer ends the look-up."""
        where = public_url(self.api_url)
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

    def _transport_problem(self, err: Exception) -> str:
        """A failure below HTTP worth a retry, named; anything else ends the look-up."""
        where = public_url(self.api_url)
        if isinstance(err, NotAFeed):
            raise ArxivUnavailable(
                f"the server at {where} did not answer with an arXiv Atom feed ({err}); "
                f"check {API_URL_ENV} or run with --offline",
                url=where,
            ) from None
        failed = failure(err, self.api_url)
        if not failed.retry_helps:  # refused, unknown host, TLS: the same again until the setting changes
            raise ArxivUnavailable(
                unreachable("arXiv", self.api_url, f"{API_URL_ENV} (or --arxiv-url), or run with --offline", failed),
                url=where, tries=1) from None
        if isinstance(err, requests.exceptions.Timeout):  # before ConnectionError: ConnectTimeout is both
            return f"no answer within {self._read_timeout:g} s"
        if isinstance(err, requests.exceptions.ConnectionError):
            return "connection failed or dropped"
        if isinstance(err, requests.exceptions.ChunkedEncodingError):
            return "connection failed or dropped"
        raise ArxivUnavailable(
            f"cannot ask arXiv at {where} ({type(err).__name__}); check {API_URL_ENV}", url=where
        ) from None

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
