"""The resolution step: papers read from digests -> their published versions.

>>> report = resolve_papers(papers)            # doctest: +SKIP
>>> report.papers[0].publication               # doctest: +SKIP

Runs after arXiv enrichment (it reads the arXiv record's ``journal_ref`` and
``doi``) and before export or push.  Each paper gets one Semantic Scholar id
(``ARXIV:``, ``DOI:``, ``ACL:`` or ``URL:``); all ids go in batches of 500
(one request for a digest of up to 500 papers); papers with no id at all get
a title match (unless the digest states a venue: it wins anyway); every journal DOI found goes to Crossref, 50 per request.
Every answer is cached (:mod:`.answer_cache`): a warm run and an offline run
send nothing.  A service that is down is a warning: the papers keep what the
other sources gave.  The merge itself is :mod:`.resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..collector import collector_paused
from ..ids import normalise_title
from ..model import Paper
from .answer_cache import AnswerCache
from .answer_shapes import crossref_work, s2_paper
from .arxiv_records import parse_id, parsed_key
from .crossref import SERVICE as CROSSREF_SERVICE
from .crossref import Crossref
from .json_service import ServiceDown
from .publication import CROSSREF, S2, from_crossref, from_semantic_scholar
from .resolve import Answers, Resolution, digest_states_venue, doi_to_ask, resolve, stated_doi, title_match_accepted
from .semantic_scholar import SERVICE as S2_SERVICE
from .semantic_scholar import SemanticScholar

MATCH_SERVICE = "semanticscholar-match"
#: What the services said about most papers of an offline run (read only).
_NOTHING = Answers()
_ACL = re.compile(r"aclanthology\.org/(?:anthology/)?([A-Za-z0-9.\-]+?)(?:\.pdf)?/?$|aclweb\.org/anthology/([A-Za-z0-9.\-]+?)(?:\.pdf)?/?$")
_URL_HOSTS = re.compile(r"^https?://(?:[\w-]+\.)*(?:semanticscholar\.org|acm\.org|biorxiv\.org)/", re.IGNORECASE)


def s2_id(paper: Paper) -> str | None:
    """The id Semantic Scholar is asked for this paper, or None (no id: a title match)."""
    parsed = parse_id(paper.arxiv_id) if paper.arxiv_id else None
    if parsed is not None:
        return f"ARXIV:{parsed_key(parsed)}"
    doi = stated_doi(paper)
    if doi:
        return f"DOI:{doi}"
    for url in paper.links.values():
        if m := _ACL.search(url):
            return f"ACL:{m[1] or m[2]}"
    for url in paper.links.values():
        if _URL_HOSTS.match(url):
            return f"URL:{url}"
    return None


@dataclass
class ResolveReport:
    """What :func:`resolve_papers` did."""

    papers: list[Paper]
    #: Per paper (same order), its resolution.
    resolutions: list[Resolution]
    #: Indices of papers that became published papers.
    upgraded: list[int] = field(default_factory=list)
    #: Published versions found but not used (``keep_preprints``).
    kept_preprints: list[int] = field(default_factory=list)
    #: HTTP requests per service (retries included).
    requests: dict[str, int] = field(default_factory=lambda: {S2_SERVICE: 0, CROSSREF_SERVICE: 0})
    warnings: list[str] = field(default_factory=list)
    offline: bool = False
    #: Offline: look-ups the cache could not answer.
    missing_offline: int = 0

    def unknown_venues(self) -> list[str]:
        return sorted({r.publication.venue for i, r in enumerate(self.resolutions)
                       if i in self.upgraded and r.publication and not r.publication.known})

    def messages(self) -> list[str]:
        lines = list(self.warnings)
        unknown = self.unknown_venues()
        if unknown:
            lines.append("venue(s) not in the venue mappings, written as given (add them to venues.toml): "
                         + "; ".join(unknown[:10]))
        return lines

    def summary(self) -> str:
        distinct = len({self.papers[i].identity for i in self.upgraded})
        missing = f", {self.missing_offline} look-up(s) not cached" if self.missing_offline else ""
        cost = f"offline, cache only{missing}" if self.offline else (
            f"{self.requests[S2_SERVICE]} Semantic Scholar and {self.requests[CROSSREF_SERVICE]} Crossref request(s)")
        kept_count = len({self.papers[i].identity for i in self.kept_preprints})
        kept = f", {kept_count} kept as preprints" if kept_count else ""
        return f"published versions: {distinct} paper(s) upgraded from preprint to a venue{kept} ({cost})"


@dataclass
class _Run:
    """One run's cache, clients and report (the services are made only when needed)."""

    cache: AnswerCache
    report: ResolveReport
    make_s2: Callable[[], SemanticScholar]
    make_crossref: Callable[[], Crossref]
    clients: dict[str, Any] = field(default_factory=dict)

    def answers(self, service: str, keys: list[str], ask: Callable[[Any, list[str]], dict[str, Any]],
                published: Callable[[Any], bool]) -> dict[str, Any]:
        """Cached answers, the rest asked (unless offline, or the service is down); each in the
        shape its readers expect (answer_shapes: a field of the wrong type is dropped)."""
        shape = crossref_work if service == CROSSREF_SERVICE else s2_paper
        got: dict[str, Any] = {k: shape(v) for k, v in self.cache.get(service, keys).items()}
        todo = [k for k in dict.fromkeys(keys) if k not in got]
        if not todo:
            return got
        if self.report.offline:
            self.report.missing_offline += len(todo)
            return got
        client_name = CROSSREF_SERVICE if service == CROSSREF_SERVICE else S2_SERVICE
        if client_name not in self.clients:
            self.clients[client_name] = self.make_crossref() if client_name == CROSSREF_SERVICE else self.make_s2()
        client = self.clients[client_name]
        if client is None:
            return got
        try:
            fresh = {k: shape(v) for k, v in ask(client, todo).items()}
        except ServiceDown as exc:
            self.report.warnings.append(f"{exc}; going on without it")
            self.clients[client_name] = None
            return got
        finally:
            self.report.requests[client_name] = client.requests
        self.cache.put(service, fresh, published)
        got.update(fresh)
        return got


def _match_titles(run: _Run, papers: Sequence[Paper], ids: list[str | None]) -> dict[str, Any]:
    # A paper whose digest states a venue needs no match: the digest wins (one request saved per paper).
    titles = [normalise_title(p.title) for p, i in zip(papers, ids)
              if i is None and p.title.strip() and not digest_states_venue(p)]

    def ask(client: SemanticScholar, keys: list[str]) -> dict[str, Any]:
        by_key = {normalise_title(p.title): p.title for p in papers if p.title.strip()}  # (only when asking)
        return {k: client.match(by_key[k]) for k in keys}

    return run.answers(MATCH_SERVICE, titles, ask, lambda a: from_semantic_scholar(a) is not None)


def resolve_papers(
    papers: Sequence[Paper], *, offline: bool = False, keep_preprints: bool = False,
    cache: AnswerCache | str | Path | None = None,
    s2: Callable[[], SemanticScholar] | None = None, crossref: Callable[[], Crossref] | None = None,
) -> ResolveReport:
    """Each paper with the publication its sources name (see the module docstring).

    :param offline: cached answers only, no request.
    :param keep_preprints: find and report, but leave every paper as it is.
    :param s2: / :param crossref: make the clients (default: from the environment).
    """
    with collector_paused():  # (a resolution per paper, all kept: see zoterodigest.collector)
        return _resolve_papers(papers, offline=offline, keep_preprints=keep_preprints, cache=cache, s2=s2,
                               crossref=crossref)


def _resolve_papers(
    papers: Sequence[Paper], *, offline: bool, keep_preprints: bool, cache: AnswerCache | str | Path | None,
    s2: Callable[[], SemanticScholar] | None, crossref: Callable[[], Crossref] | None,
) -> ResolveReport:
    report = ResolveReport(papers=list(papers), resolutions=[], offline=offline)
    store = cache if isinstance(cache, AnswerCache) else AnswerCache(cache)
    run = _Run(store, report, s2 or SemanticScholar, crossref or Crossref)
    try:
        ids = [s2_id(p) for p in papers]
        s2_answers = run.answers(S2_SERVICE, [i for i in ids if i], lambda c, k: c.batch(k),
                                 lambda a: from_semantic_scholar(a) is not None)
        matches = _match_titles(run, papers, ids)
        match_of = [matches.get(normalise_title(p.title)) if i is None else None for p, i in zip(papers, ids)]
        dois = [doi_to_ask(p, s2_answers.get(i) if i else (m if title_match_accepted(p, m) else None))
                for p, i, m in zip(papers, ids, match_of)]
        works = run.answers(CROSSREF_SERVICE, [d for d in dois if d], lambda c, k: c.works(k),
                            lambda a: from_crossref(a) is not None)
    finally:
        if store is not cache:
            store.close()
    for index, paper in enumerate(papers):
        s2_key, doi = ids[index], dois[index]
        unknown = tuple(name for name, key, got in ((S2, s2_key, s2_answers), (CROSSREF, doi, works))
                        if key and key in got and got[key] is None) if s2_key or doi else ()
        s2_answer, work, match = s2_answers.get(s2_key) if s2_key else None, works.get(doi) if doi else None, \
            match_of[index]
        answers = _NOTHING if s2_answer is None and work is None and match is None and not unknown else \
            Answers(s2=s2_answer, crossref=work, match=match, unknown_to=unknown)
        outcome = resolve(paper, answers)
        report.resolutions.append(outcome)
        if outcome.authors:
            paper = report.papers[index] = paper.replace(authors=outcome.authors, authors_complete=True)
        if outcome.publication is None or paper.publication == outcome.publication:
            continue
        if keep_preprints:
            report.kept_preprints.append(index)
            continue
        report.papers[index] = paper.replace(deep=True, publication=outcome.publication)
        report.upgraded.append(index)
    return report
