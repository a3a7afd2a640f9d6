"""Enrichment: complete digest papers with arXiv's own records.

>>> report = enrich(papers)                     # doctest: +SKIP
>>> report.papers[0].metadata.authors          # doctest: +SKIP
>>> for line in report.messages(): print(line) # doctest: +SKIP

Every paper with an arXiv id gets ``Paper.metadata`` (an
:class:`~zoterodigest.model.ArxivRecord`) and the gaps the digest leaves
filled (rules in :mod:`zoterodigest.enrich.merge`).  Records come from the
cache (:mod:`~zoterodigest.enrich.cache`) when it has them, else from arXiv in
as few requests as a URL allows (:mod:`~zoterodigest.enrich.arxiv_lookup`);
every id is asked at most once per run.

Environment:

* ``ARXIV_API_URL`` -- the query endpoint (a mirror, or a local test server);
* ``ZOTERODIGEST_CACHE_DIR`` -- where the cache file lives;
* ``ZOTERODIGEST_OFFLINE=1`` -- cache only, no network (``offline=`` wins).

Problems the user can fix raise :class:`EnrichError` subclasses
(:class:`ArxivUnavailable`, :class:`CacheUnavailable`) whose message names
the problem and the fix; records fetched before a failure stay cached.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from ..model import ArxivRecord, Paper
from ..progress import progress
from .arxiv_lookup import (
    API_URL_ENV,
    DEFAULT_API_URL,
    ArxivLookup,
    ArxivUnavailable,
    BatchResult,
    EnrichError,
    LookupResult,
)
from .arxiv_records import parse_id, parsed_key
from .cache import CACHE_DIR_ENV, ArxivCache, CacheUnavailable, default_cache_dir
from .merge import merge, same_people
from .polite_session import public_url

__all__ = [
    "API_URL_ENV",
    "CACHE_DIR_ENV",
    "DEFAULT_API_URL",
    "OFFLINE_ENV",
    "ArxivCache",
    "ArxivLookup",
    "ArxivUnavailable",
    "CacheUnavailable",
    "EnrichError",
    "EnrichReport",
    "default_cache_dir",
    "enrich",
    "merge",
    "offline_requested",
    "same_people",
]

OFFLINE_ENV = "ZOTERODIGEST_OFFLINE"
#: The progress bar appears only once a look-up has run this long (seconds).
PROGRESS_AFTER_SECONDS = 0.5


def offline_requested(offline: bool | None = None) -> bool:
    """``offline`` if given, else whether ``$ZOTERODIGEST_OFFLINE`` is set to a true value."""
    if offline is not None:
        return offline
    return os.environ.get(OFFLINE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class EnrichReport:
    """What :func:`enrich` did.  Ids are look-up keys (unversioned arXiv ids)."""

    #: The papers, in the order given: enriched copies, or the same object when nothing was known.
    papers: list[Paper]
    #: Ids whose record came from arXiv in this run.
    looked_up: list[str] = field(default_factory=list)
    #: Ids whose record came from the cache.
    from_cache: list[str] = field(default_factory=list)
    #: HTTP requests sent (retries included); 0 when everything was cached.
    requests: int = 0
    #: Ids arXiv does not know (from this run's answers or the cache's memory of them).
    unknown: list[str] = field(default_factory=list)
    #: Ids as written in the digests that are not arXiv ids (never sent), or that arXiv refused.
    malformed: list[str] = field(default_factory=list)
    #: Offline only: ids with no cached record (their papers lack metadata).
    missing_offline: list[str] = field(default_factory=list)
    #: Indices into ``papers`` of the papers that changed.
    changed: list[int] = field(default_factory=list)
    offline: bool = False
    #: Offline because arXiv could not be reached (not because the user asked for it).
    unreachable: bool = False
    #: The endpoint asked (without credentials), None when nothing was asked.
    api_url: str | None = None
    elapsed: float = 0.0
    #: Titles by id, to name papers in messages.
    titles: dict[str, str] = field(default_factory=dict, repr=False)

    def _named(self, keys: list[str]) -> str:
        shown = []
        for key in keys[:10]:
            title = self.titles.get(key, "")
            shown.append(f'{key} ("{title[:60]}")' if title else key)
        more = f" and {len(keys) - 10} more" if len(keys) > 10 else ""
        return ", ".join(shown) + more

    def messages(self) -> list[str]:
        """Lines for the user about what needs attention (empty when all went well)."""
        lines = []
        if self.malformed:
            lines.append(
                f"{len(self.malformed)} arXiv id(s) are malformed and were not looked up: "
                + ", ".join(repr(m) for m in self.malformed[:10])
                + (" ..." if len(self.malformed) > 10 else "")
            )
        if self.unknown:
            lines.append(f"arXiv does not know {len(self.unknown)} id(s): {self._named(self.unknown)}")
        if self.missing_offline:
            why, fix = ("offline", "run without --offline to fetch them")
            if self.unreachable:
                why, fix = "arXiv unreachable", "run again when arXiv answers (or set ARXIV_API_URL to a mirror)"
            lines.append(
                f"{why}: {len(self.missing_offline)} paper(s) lack arXiv metadata (not in the cache): "
                f"{self._named(self.missing_offline)}; {fix}"
            )
        return lines

    def summary(self) -> str:
        """One line: how many records came from where, and at what cost."""
        where = "offline, cache only" if self.offline else f"{self.requests} request(s)"
        return (
            f"arXiv metadata: {len(self.looked_up)} fetched, {len(self.from_cache)} from cache "
            f"({where}, {self.elapsed:.1f} s)"
        )


# --------------------------------------------------------------------------- progress


def _progress(total: int, quiet: bool, console: object | None) -> AbstractContextManager[Callable[[int], None]]:
    """The shared bar (:mod:`zoterodigest.progress`), labelled for arXiv; the delay is
    read at call time so tests can shorten it."""
    return progress(total, label="arXiv look-up", quiet=quiet, console=console, after=PROGRESS_AFTER_SECONDS)


# --------------------------------------------------------------------------- enrich


def enrich(
    papers: Sequence[Paper],
    *,
    offline: bool | None = None,
    refresh: bool = False,
    quiet: bool = False,
    api_url: str | None = None,
    cache: ArxivCache | str | os.PathLike[str] | None = None,
    lookup: ArxivLookup | None = None,
    console: object | None = None,
) -> EnrichReport:
    """Fill ``Paper.metadata`` (and the digest's gaps) from arXiv for every paper with an arXiv id.

    :param papers: papers as read from digests; they are not modified.
    :param offline: use the cache only and open no socket; None reads
        ``$ZOTERODIGEST_OFFLINE``.  Papers without a cached record are listed
        in ``missing_offline``.  ``refresh`` is ignored offline.
    :param refresh: fetch every id again even if cached (and forget cached
        "unknown" answers).
    :param quiet: no progress bar (there is none either when the console is
        not a terminal).
    :param api_url: arXiv query endpoint; default ``$ARXIV_API_URL`` or
        ``https://export.arxiv.org/api/query``.  Ignored when ``lookup`` is given.
    :param cache: an open :class:`ArxivCache` (left open), or the directory of
        one (default ``$ZOTERODIGEST_CACHE_DIR`` or the user cache directory).
    :param lookup: a configured :class:`ArxivLookup` (delay, retries, batch
        size...); default one for ``api_url`` with arXiv's 3 s courtesy delay.
    :param console: a ``rich.console.Console`` for the progress bar (default stderr).
    :returns: an :class:`EnrichReport`; ``report.papers`` are the enriched papers.
    :raises ArxivUnavailable: arXiv did not answer after the retries.
    :raises CacheUnavailable: the cache file cannot be used.
    """
    started = time.monotonic()
    offline = offline_requested(offline)
    report = EnrichReport(papers=list(papers), offline=offline)
    paper_keys, stated = _stated_versions(papers, report)
    if not stated:
        report.elapsed = time.monotonic() - started
        return report
    store = cache if isinstance(cache, ArxivCache) else ArxivCache(cache)
    try:
        records, unknown = _cached(store, stated, report, refresh=refresh)
        todo = [k for k in stated if k not in records and k not in unknown]
        if offline:
            report.missing_offline = todo
        elif todo:
            fetched = _fetch(lookup if lookup is not None else ArxivLookup(api_url), store, todo, report,
                             quiet=quiet, console=console)
            records.update(fetched.records)
            unknown |= set(fetched.unknown)
        report.unknown = [k for k in stated if k in unknown]
    finally:
        if store is not cache:
            store.close()
    _merge_records(report, paper_keys, records)
    report.elapsed = time.monotonic() - started
    return report


def _merge_records(report: EnrichReport, paper_keys: list[str | None], records: dict[str, ArxivRecord]) -> None:
    """Each paper with a record replaced by the merge of both (when that changes it)."""
    for i, key in enumerate(paper_keys):
        if key is not None and key in records:
            paper = report.papers[i]
            merged = merge(paper, records[key])
            if merged != paper:
                report.papers[i] = merged
                report.changed.append(i)


def _stated_versions(papers: Sequence[Paper], report: EnrichReport) -> tuple[list[str | None], dict[str, int]]:
    """Each paper's look-up key (None without a usable id), and the newest version
    the digests name per key; strings that are no arXiv ids go to ``report.malformed``."""
    paper_keys: list[str | None] = []
    stated: dict[str, int] = {}
    for paper in papers:
        key = None
        if paper.arxiv_id:
            parsed = parse_id(paper.arxiv_id)
            if parsed is None:
                if paper.arxiv_id not in report.malformed:
                    report.malformed.append(paper.arxiv_id)
            else:
                key = parsed_key(parsed)
                version = paper.arxiv_version or parsed.version or 0
                stated[key] = max(stated.get(key, 0), version)
                if paper.title:
                    report.titles.setdefault(key, paper.title)
        paper_keys.append(key)
    return paper_keys, stated


def _cached(
    store: ArxivCache, stated: dict[str, int], report: EnrichReport, *, refresh: bool
) -> tuple[dict[str, ArxivRecord], set[str]]:
    """The records the cache can give (none with ``refresh``, unless offline), and the
    ids it remembers arXiv does not know."""
    wanted = list(stated)
    records: dict[str, ArxivRecord] = {}
    if not refresh or report.offline:
        cached = store.get(wanted)
        # A digest naming a newer version than the cached one needs a fresh
        # record, unless the cached one is itself recent (arXiv lags, or the
        # digest is wrong): asking again would bring the same answer.
        behind = [k for k, r in cached.items() if r.version < stated[k]]
        recent = store.recently_fetched(behind) if behind and not report.offline else set()
        records = {k: r for k, r in cached.items() if report.offline or r.version >= stated[k] or k in recent}
        report.from_cache = [k for k in wanted if k in records]
    todo = [k for k in wanted if k not in records]
    remembered = store.known_unknown(todo) if (todo and (report.offline or not refresh)) else set()
    return records, set(remembered)


def _fetch(
    lookup: ArxivLookup, store: ArxivCache, todo: list[str], report: EnrichReport, *, quiet: bool, console: object | None
) -> LookupResult:
    """``todo`` asked of arXiv, each batch cached as it arrives."""
    report.api_url = public_url(lookup.api_url)
    with _progress(len(todo), quiet, console) as advance:

        def keep(batch: BatchResult) -> None:
            store.put(batch.records.values(), source=report.api_url)
            store.put_unknown(batch.unknown)
            advance(len(batch.asked))

        result = lookup.fetch(todo, on_batch=keep)
    report.looked_up = [k for k in todo if k in result.records]
    report.requests = result.requests
    report.malformed.extend(m for m in result.malformed if m not in report.malformed)
    return result
