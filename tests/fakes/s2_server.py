"""A local stand-in for Semantic Scholar's Academic Graph API v1 (../shared/docs/metadata-apis.md §1).

* ``POST /graph/v1/paper/batch?fields=...`` with ``{"ids": [...]}``: a list in
  the order asked, ``null`` for every id it does not know; more than 500 ids,
  a body that is not ``{"ids": [...]}`` (``fields`` is a query parameter, never
  a body key) -> 400 ``{"error": ...}``;
* ``GET /graph/v1/paper/{id}``: the paper, or 404 ``{"error": "Paper with id <id> not found"}``;
* ``GET /graph/v1/paper/search/match?query=``: ``{"data": [paper + matchScore]}``
  for the title holding most of the query's words (at least 3 in 4), or 404
  ``{"error": "Title match not found"}``;
* ids: 40-hex paperId, ``CorpusId:``, ``DOI:`` (slashes kept; a bare DOI too),
  ``ARXIV:`` (prefix in any case), ``ACL:``, ``MAG:``, ``PMID:``, ``URL:``;
* only ``paperId`` and the fields asked for (default ``title``), each present,
  ``null`` when unknown; an unknown field -> 400 ``{"error": "Unrecognized or
  unsupported fields: [...]"}``;
* ``x-api-key``: a key not in ``keys`` -> 403 ``{"message": "Forbidden"}``;
  429 ``{"message": "Too Many Requests...", "code": "429"}`` from the rate limit
  or injected; gateway errors ``{"message": ...}``.

:func:`preprint` and :func:`published` build papers in the shapes the real
service gives (the arXiv.org trap; the full venue name with the acronym only in
``alternate_names``, a ``journal`` that may say ArXiv, ``year`` the arXiv year).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .json_fake import JSON, Answer, JsonFake, Logged, dumps

KNOWN_FIELDS = frozenset(
    ["paperId", "corpusId", "externalIds", "url", "title", "abstract", "venue", "publicationVenue", "year", "referenceCount", "citationCount", "influentialCitationCount", "isOpenAccess", "openAccessPdf", "fieldsOfStudy", "s2FieldsOfStudy", "publicationTypes", "publicationDate", "journal", "citationStyles", "authors", "citations", "references", "embedding", "tldr", "textAvailability"]
)
BATCH_LIMIT = 500
TOO_MANY = ("Too Many Requests. Please wait and try again or apply for a key for higher rate limits. "
            "https://www.semanticscholar.org/product/api#api-key-form")
_ARXIV_VENUE = {"id": "1901e811-ee72-4b20-8f7e-de08cd395a10", "name": "arXiv.org", "alternate_names": ["ArXiv"],
                "issn": "2331-8422", "url": "https://arxiv.org"}


def _paper_id(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()


def preprint(arxiv_id: str, title: str, authors: list[str], year: int) -> dict[str, Any]:
    """A paper Semantic Scholar knows only from arXiv (the arXiv.org trap)."""
    yymm = arxiv_id.replace(".", "-")
    corpus = int(hashlib.sha1(arxiv_id.encode()).hexdigest()[:8], 16)
    return {
        "paperId": _paper_id(arxiv_id), "corpusId": corpus,
        "externalIds": {"DBLP": f"journals/corr/abs-{yymm}", "ArXiv": arxiv_id, "DOI": f"10.48550/arXiv.{arxiv_id}",
                        "CorpusId": corpus},
        "url": f"https://www.semanticscholar.org/paper/{_paper_id(arxiv_id)}",
        "title": title, "venue": "arXiv.org", "publicationVenue": dict(_ARXIV_VENUE), "year": year,
        "publicationTypes": ["JournalArticle"], "publicationDate": f"{year}-01-15",
        "journal": {"name": "ArXiv", "volume": f"abs/{arxiv_id}"},
        "authors": [{"authorId": str(1000 + i), "name": n} for i, n in enumerate(authors)],
    }


def published(arxiv_id: str | None, title: str, authors: list[str], *, arxiv_year: int, venue: str, acronym: str,
              kind: str = "conference", dblp: str | None = None, doi: str | None = None,
              journal: dict[str, Any] | None = None, acl: str | None = None) -> dict[str, Any]:
    """A published paper: full venue name, acronym only in alternate_names, year = the arXiv year."""
    seed = arxiv_id or doi or title
    paper = preprint(arxiv_id or "0000.00000", title, authors, arxiv_year)
    paper["paperId"] = _paper_id(seed)
    ext: dict[str, Any] = {"CorpusId": paper["corpusId"]}
    if arxiv_id:
        ext["ArXiv"] = arxiv_id
    if dblp:
        ext["DBLP"] = dblp
    if doi:
        ext["DOI"] = doi
    if acl:
        ext["ACL"] = acl
    paper.update(
        externalIds=ext, venue=venue,
        publicationVenue={"id": _paper_id(venue)[:8] + "-0000-0000-0000-000000000000", "name": venue,
                          "type": kind, "alternate_names": [acronym], "url": "https://example.org/"},
        journal=journal if journal is not None else {"name": "ArXiv", "volume": f"abs/{arxiv_id}"},
        publicationTypes=["JournalArticle", "Conference"] if kind == "conference" else ["JournalArticle"],
    )
    return paper


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


class FakeSemanticScholar(JsonFake):
    name = "semanticscholar"

    def __init__(self, papers: list[dict[str, Any]] = (), *, keys: set[str] | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.papers: list[dict[str, Any]] = [dict(p) for p in papers]
        self.keys = keys

    @property
    def url(self) -> str:
        return self.base + "/graph/v1"

    def batch_ids(self) -> list[list[str]]:
        """The ids of every batch request, in order."""
        return [r.json["ids"] for r in self.log if r.path.endswith("/paper/batch") and r.status == 200]

    # -- ids -----------------------------------------------------------------------------------
    def find(self, raw: str) -> dict[str, Any] | None:
        prefix, sep, value = raw.partition(":")
        kind = prefix.casefold() if sep else ""
        if not sep or kind not in ("arxiv", "doi", "acl", "mag", "pmid", "url", "corpusid"):
            kind, value = ("doi", raw) if raw.startswith("10.") else ("paperid", raw)
        for paper in self.papers:
            ext = paper.get("externalIds") or {}
            if kind == "paperid" and paper["paperId"] == value.lower():
                return paper
            if kind == "corpusid" and str(paper.get("corpusId")) == value:
                return paper
            if kind == "url" and (value.rstrip("/") == paper.get("url") or any(
                    str(v) in value for k, v in ext.items() if k in ("ArXiv", "ACL", "DOI"))):
                return paper
            wanted = {"arxiv": "ArXiv", "doi": "DOI", "acl": "ACL", "mag": "MAG", "pmid": "PubMed"}.get(kind)
            if wanted and str(ext.get(wanted, "")).casefold() == value.casefold():
                return paper
        return None

    def shape(self, paper: dict[str, Any], fields: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"paperId": paper["paperId"]}
        for name in fields:
            top = name.split(".")[0]
            value = paper.get(top)
            if top == "authors" and value is not None:
                subs = [f.split(".", 1)[1] for f in fields if f.startswith("authors.")]
                value = [{"authorId": a["authorId"], **({s: a.get(s) for s in subs} if subs else {"name": a["name"]})}
                         for a in value]
            out[top] = value
        return out

    # -- answering -----------------------------------------------------------------------------
    def error(self, status: int) -> Answer:
        if status == 429:
            return 429, JSON, dumps({"message": TOO_MANY, "code": "429"}), {}
        return status, JSON, dumps({"message": "Internal server error" if status == 500 else "Service Unavailable"}), {}

    def _fields(self, request: Logged) -> list[str] | Answer:
        raw = request.query.get("fields", ["title"])[0]
        fields = [f.strip() for f in raw.split(",") if f.strip()] or ["title"]
        bad = [f for f in fields if f.split(".")[0] not in KNOWN_FIELDS]
        if bad:
            return 400, JSON, dumps({"error": f"Unrecognized or unsupported fields: [{', '.join(bad)}]"}), {}
        return fields

    def answer(self, request: Logged) -> Answer:
        key = request.headers.get("x-api-key")
        if key is not None and (self.keys is None or key not in self.keys):
            return 403, JSON, dumps({"message": "Forbidden"}), {}
        path = request.path
        if not path.startswith("/graph/v1/paper"):
            return 404, JSON, dumps({"message": "Not Found"}), {}
        if request.method == "GET" and path.startswith("/graph/v1/paper/") and "/search/" not in path:
            # A paper it does not know is 404 before any check of the fields (as recorded).
            raw = path[len("/graph/v1/paper/"):]
            paper = self.find(raw)
            if paper is None:
                return 404, JSON, dumps({"error": f"Paper with id {raw} not found"}), {}
        fields = self._fields(request)
        if not isinstance(fields, list):
            return fields
        if path == "/graph/v1/paper/batch" and request.method == "POST":
            return self._batch(request, fields)
        if path == "/graph/v1/paper/search/match" and request.method == "GET":
            return self._match(request, fields)
        if request.method == "GET" and path.startswith("/graph/v1/paper/") and "/search/" not in path:
            return 200, JSON, dumps(self.shape(self.find(path[len("/graph/v1/paper/"):]) or {}, fields)), {}
        return 404, JSON, dumps({"message": "Not Found"}), {}

    def _batch(self, request: Logged, fields: list[str]) -> Answer:
        try:
            body = request.json
        except ValueError:
            body = None
        if not isinstance(body, dict) or set(body) != {"ids"} or not isinstance(body["ids"], list):
            return 400, JSON, dumps({"error": "Body must be a JSON object with one key, ids: a list of paper ids"}), {}
        ids = body["ids"]
        if len(ids) > BATCH_LIMIT:
            return 400, JSON, dumps({"error": f"Too many ids: at most {BATCH_LIMIT} per request"}), {}
        out = [self.shape(p, fields) if (p := self.find(str(i))) else None for i in ids]
        return 200, JSON, dumps(out), {}

    def _match(self, request: Logged, fields: list[str]) -> Answer:
        query = request.query.get("query", [""])[0]
        words = _words(query)
        if not words:
            return 400, JSON, dumps({"error": "Missing required parameter: 'query'"}), {}
        best, score = None, (0.0, 0.0)
        for paper in self.papers:
            title = _words(paper.get("title") or "")
            # Most of the query's words in the title (a title's start matches), then the closest title.
            overlap = (len(words & title) / len(words), len(words & title) / max(len(words | title), 1))
            if overlap > score:
                best, score = paper, overlap
        if best is None or score[0] < 0.75:
            return 404, JSON, dumps({"error": "Title match not found"}), {}
        return 200, JSON, dumps({"data": [{**self.shape(best, fields), "matchScore": round(score[1] * 400, 2)}]}), {}
