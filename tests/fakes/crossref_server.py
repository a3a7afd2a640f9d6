"""A local stand-in for Crossref's REST API works routes (../shared/docs/metadata-apis.md §2).

* ``GET /works/{doi}``: ``{"status": "ok", "message-type": "work",
  "message-version": "1.0.0", "message": {...}}``; an unknown DOI, or a
  DataCite one (``10.48550/``, ``10.5281/``) -> 404 with the plain-text body
  ``Resource not found.``;
* ``GET /works?filter=doi:A,doi:B&rows=N``: a ``work-list`` whose ``items``
  are **not** in filter order; an unknown filter -> 400 ``validation-failure``;
  ``rows``/``offset`` not numbers, or rows over 1000 -> 400;
* DOIs match case-insensitively and come back lower-cased;
* the pool: ``mailto`` (parameter, or ``mailto:`` in the User-Agent) is the
  polite pool; every answer names it in ``x-api-pool`` with
  ``x-rate-limit-limit``/``x-rate-limit-interval``.

:func:`journal_article` and :func:`proceedings_article` build works in the
recorded shapes (title-like fields as arrays, ``date-parts`` with only the
known parts).
"""

from __future__ import annotations

from typing import Any

from .json_fake import JSON, Answer, JsonFake, Logged, dumps

DATACITE = ("10.48550/", "10.5281/")
FILTERS = frozenset(["doi", "issn", "isbn", "type", "from-pub-date", "until-pub-date", "has-abstract", "member", "prefix"])


def journal_article(doi: str, title: str, journal: str, *, year: int, month: int | None = None,
                    volume: str | None = None, issue: str | None = None, page: str | None = None,
                    publisher: str = "Example Publisher", short: str | None = None,
                    authors: list[tuple[str, str]] | None = None, issn: list[str] | None = None) -> dict[str, Any]:
    """``authors``: (given, family) pairs, first author first (default one "A. Author");
    ``issn``: the journal's ISSNs (an array, as Crossref gives them)."""
    parts = [year] + ([month] if month else [])
    people = authors or [("A.", "Author")]
    work: dict[str, Any] = {
        "DOI": doi.lower(), "type": "journal-article", "publisher": publisher, "title": [title],
        "container-title": [journal], "short-container-title": [short] if short else [],
        "issued": {"date-parts": [parts]}, "published-print": {"date-parts": [parts]},
        "author": [{"given": g, "family": f, "sequence": "first" if n == 0 else "additional", "affiliation": []}
                   for n, (g, f) in enumerate(people)],
        "URL": f"https://doi.org/{doi.lower()}",
    }
    if issn:
        work["ISSN"] = list(issn)
    for name, value in (("volume", volume), ("issue", issue), ("page", page)):
        if value is not None:
            work[name] = value
    return work


def proceedings_article(doi: str, title: str, proceedings: str, *, year: int, page: str | None = None,
                        publisher: str = "IEEE", event: str | None = None,
                        authors: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    work = journal_article(doi, title, proceedings, year=year, page=page, publisher=publisher, authors=authors)
    work["type"] = "proceedings-article"
    if event:
        work["event"] = {"name": event, "location": "Somewhere", "start": {"date-parts": [[year, 6]]}}
    return work


def _envelope(kind: str, message: Any) -> str:
    return dumps({"status": "ok", "message-type": kind, "message-version": "1.0.0", "message": message})


def _failure(kind: str, value: str, message: str) -> Answer:
    body = {"status": "failed", "message-type": "validation-failure",
            "message": [{"type": kind, "value": value, "message": message}]}
    return 400, JSON, dumps(body), {}


class FakeCrossref(JsonFake):
    name = "crossref"

    def __init__(self, works: list[dict[str, Any]] = (), **kw: Any) -> None:
        super().__init__(**kw)
        self.works = {w["DOI"].lower(): w for w in works}

    @property
    def url(self) -> str:
        return self.base

    def pool(self, request: Logged) -> str:
        polite = request.query.get("mailto") or "mailto:" in request.headers.get("user-agent", "")
        return "polite" if polite else "public"

    def _headers(self, request: Logged) -> dict[str, str]:
        return {"x-api-pool": self.pool(request), "x-rate-limit-limit": str(self.rate_limit or 50),
                "x-rate-limit-interval": f"{int(self.rate_window)}s"}

    def error(self, status: int) -> Answer:
        return status, "text/plain", "Too many requests.\n" if status == 429 else "Server error.\n", {}

    def answer(self, request: Logged) -> Answer:
        status, ctype, body, headers = self._route(request)
        return status, ctype, body, {**self._headers(request), **headers}

    def _route(self, request: Logged) -> Answer:
        if request.method != "GET":
            return 405, "text/plain", "Method not allowed.\n", {}
        if request.path.startswith("/works/"):
            doi = request.path[len("/works/"):].lower()
            from urllib.parse import unquote

            doi = unquote(doi)
            work = None if doi.startswith(DATACITE) else self.works.get(doi)
            if work is None:
                return 404, "text/plain", "Resource not found.", {}
            return 200, JSON, _envelope("work", work), {}
        if request.path.rstrip("/") == "/works":
            return self._list(request)
        return 404, "text/plain", "Resource not found.", {}

    def _list(self, request: Logged) -> Answer:
        for name in ("rows", "offset"):
            raw = request.query.get(name, ["0"])[0]
            if not raw.isdigit():
                return _failure("integer-not-valid", raw, f"Integer specified as {raw} but must be a positive integer.")
        rows = int(request.query.get("rows", ["20"])[0])
        offset = int(request.query.get("offset", ["0"])[0])
        if rows > 1000:
            return _failure("integer-not-valid", str(rows), "Rows must be at most 1000.")
        wanted: list[str] = []
        for part in request.query.get("filter", [""])[0].split(","):
            if not part:
                continue
            name, _, value = part.partition(":")
            if name not in FILTERS:
                return _failure("unknown-filter", name,
                                f"Filter {name} specified but there is no such filter for this route. "
                                "Valid filters for this route are: " + ", ".join(sorted(FILTERS)))
            if name == "doi":
                wanted.append(value.lower())
        found = [self.works[d] for d in dict.fromkeys(wanted) if d in self.works and not d.startswith(DATACITE)]
        found.reverse()  # never the filter's order
        page = found[offset:offset + rows]
        message = {"facets": {}, "total-results": len(found), "items": page, "items-per-page": rows,
                   "query": {"start-index": offset, "search-terms": None}}
        return 200, JSON, _envelope("work-list", message), {}
