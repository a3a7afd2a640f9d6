"""Semantic Scholar's Academic Graph API: the batch endpoint and the title match.

* :meth:`SemanticScholar.batch` -- ``POST /paper/batch?fields=...`` with
  ``{"ids": [...]}``, at most :data:`BATCH_LIMIT` (500) ids per request; the
  answer is a list in the order asked, ``null`` for an id it does not know.
* :meth:`SemanticScholar.match` -- ``GET /paper/search/match?query=<title>``:
  one paper, or 404 ("Title match not found").

Settings: ``S2_API_URL`` (default ``https://api.semanticscholar.org/graph/v1``)
and ``S2_API_KEY`` (optional, sent as ``x-api-key``, never printed).
"""

from __future__ import annotations

import os
from typing import Any

from .json_service import JsonService, ServiceDown

SETTING = "S2_API_URL (or --s2-url)"
API_URL_ENV = "S2_API_URL"
API_KEY_ENV = "S2_API_KEY"
DEFAULT_API_URL = "https://api.semanticscholar.org/graph/v1"
BATCH_LIMIT = 500
FIELDS = "title,year,venue,publicationVenue,journal,externalIds,publicationTypes,publicationDate,authors"
SERVICE = "semanticscholar"


class SemanticScholar:
    """A client for ``api_url`` (default ``$S2_API_URL``); ``api_key`` default ``$S2_API_KEY``."""

    def __init__(self, api_url: str | None = None, api_key: str | None = None, **service: Any) -> None:
        url = api_url or os.environ.get(API_URL_ENV, "").strip() or DEFAULT_API_URL
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "").strip()
        self.service = JsonService("Semantic Scholar", url, headers={"x-api-key": key} if key else {}, setting=SETTING,
                                   key_hint=API_KEY_ENV, **service)

    @property
    def requests(self) -> int:
        return self.service.sent

    def batch(self, ids: list[str]) -> dict[str, dict[str, Any] | None]:
        """Each id's paper (None when Semantic Scholar does not know it)."""
        out: dict[str, dict[str, Any] | None] = {}
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), BATCH_LIMIT):
            chunk = unique[start:start + BATCH_LIMIT]
            answer = self.service.call("POST", "/paper/batch", params={"fields": FIELDS}, body={"ids": chunk})
            if not isinstance(answer, list) or len(answer) != len(chunk):
                raise ServiceDown(f"Semantic Scholar ({self.service.public_base}) answered the batch without a list "
                                  "of one paper per id (JSON of an unexpected shape)")
            out.update((i, p if isinstance(p, dict) else None) for i, p in zip(chunk, answer))
        return out

    def match(self, title: str) -> dict[str, Any] | None:
        """The paper whose title best matches (None: no match)."""
        answer = self.service.call("GET", "/paper/search/match", params={"query": title, "fields": FIELDS},
                                   missing_ok=True)
        if answer is None:
            return None
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, list):
            raise ServiceDown(f"Semantic Scholar ({self.service.public_base}) answered a title match without a "
                              "list of papers (JSON of an unexpected shape)")
        return data[0] if data and isinstance(data[0], dict) else None
