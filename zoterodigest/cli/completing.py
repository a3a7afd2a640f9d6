"""Completing the papers read from digests: arXiv's metadata (batched, cached) and
their published versions, as each command needs them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape

from .reporting import err, warn
from .resolving import ResolveSettings, resolve_entries

if TYPE_CHECKING:
    from ..digest import Digest


def enrich_entries(
    digests: list[Digest],
    *,
    offline: bool,
    refresh: bool,
    quiet: bool,
    arxiv_url: str | None,
    fall_back_offline: bool = False,
) -> None:
    """Complete every entry's paper with arXiv metadata (in place), reporting problems.

    With ``fall_back_offline``, an unreachable arXiv is a warning and the cache
    alone is used (export still writes its file); otherwise it is an error.
    """
    from ..enrich import ArxivUnavailable, enrich

    entries = [e for d in digests for e in d.entries]
    papers = [e.paper for e in entries]
    try:
        report = enrich(papers, offline=offline or None, refresh=refresh, quiet=quiet, api_url=arxiv_url)
    except ArxivUnavailable as exc:
        if not fall_back_offline:
            raise
        err.print(f"warning: {escape(str(exc))}; going on with cached metadata only")
        report = enrich(papers, offline=True, quiet=quiet)
        report.unreachable = True  # the user did not ask for --offline: say so
    for entry, paper in zip(entries, report.papers):
        entry.paper = paper
    for line in report.messages():
        warn(line)
    if not quiet:
        err.print(report.summary())


def complete_papers(digests: list[Digest], resolving: ResolveSettings, *, offline: bool, refresh: bool,
                    quiet: bool, as_json: bool, arxiv_url: str | None) -> None:
    """arXiv's metadata, then the published versions (their report on stderr, so --json keeps it)."""
    enrich_entries(digests, offline=offline, refresh=refresh, quiet=quiet or as_json, arxiv_url=arxiv_url,
                   fall_back_offline=True)
    resolve_entries(digests, resolving, offline=offline, quiet=quiet, err=err)


#: Resolution as pull and sync apply it: from the cache, as push left it.
_FROM_CACHE = ResolveSettings()


def complete_from_cache(digests: list[Digest], resolving: ResolveSettings = _FROM_CACHE) -> None:
    """Complete papers from the arXiv cache only (no network), as push saw them, so
    the notes pull compares are rendered exactly as push rendered them; with
    ``resolving``, their published versions from the resolution cache too."""
    from ..enrich import EnrichError, enrich

    entries = [e for d in digests for e in d.entries]
    try:
        report = enrich([e.paper for e in entries], offline=True, quiet=True)
    except EnrichError:
        return
    for entry, paper in zip(entries, report.papers):
        entry.paper = paper
    try:
        resolve_entries(digests, resolving, offline=True, quiet=True)
    except EnrichError:  # an unusable cache: the papers stay as arXiv left them
        return
