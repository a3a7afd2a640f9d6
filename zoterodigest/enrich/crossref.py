"""Crossref's works API: journal and proceedings metadata of DOIs, batched.

:meth:`Crossref.works` asks ``GET /works?filter=doi:A,doi:B,...&rows=N`` for
up to :data:`DOIS_PER_REQUEST` (50) DOIs at once (repeated ``doi:`` filters
are ORed; the answer is in no particular order, so items are matched by their
lower-cased ``DOI``); a DOI with a comma (it would split the filter) is asked
alone at ``/works/{doi}``.  DataCite DOIs (arXiv's ``10.48550/...``, Zenodo)
are never sent: Crossref does not know them.

Settings: ``CROSSREF_API_URL`` (default ``https://api.crossref.org``) and
``CROSSREF_MAILTO`` (an e-mail address for Crossref's polite pool, sent as
``mailto=`` and in the User-Agent).
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote

from .json_service import JsonService, ServiceDown
from .publication import DATACITE_PREFIXES

SETTING = "CROSSREF_API_URL (or --crossref-url)"
API_URL_ENV = "CROSSREF_API_URL"
MAILTO_ENV = "CROSSREF_MAILTO"
DEFAULT_API_URL = "https://api.crossref.org"
DOIS_PER_REQUEST = 50
SERVICE = "crossref"


class Crossref:
    """A client for ``api_url`` (default ``$CROSSREF_API_URL``), polite with ``mailto``."""

    def __init__(self, api_url: str | None = None, mailto: str | None = None, **service: Any) -> None:
        url = api_url or os.environ.get(API_URL_ENV, "").strip() or DEFAULT_API_URL
        mail = mailto if mailto is not None else os.environ.get(MAILTO_ENV, "").strip()
        self.service = JsonService("Crossref", url, params={"mailto": mail} if mail else {}, setting=SETTING, **service)
        if mail:
            self.service.session.headers["User-Agent"] += f" (mailto:{mail})"

    @property
    def requests(self) -> int:
        return self.service.sent

    def works(self, dois: list[str]) -> dict[str, dict[str, Any] | None]:
        """Each (lower-cased) DOI's work; None when Crossref does not know it."""
        wanted = [d.lower() for d in dict.fromkeys(dois) if not d.lower().startswith(DATACITE_PREFIXES)]
        out: dict[str, dict[str, Any] | None] = {}
        alone = [d for d in wanted if "," in d]
        listed = [d for d in wanted if "," not in d]
        for start in range(0, len(listed), DOIS_PER_REQUEST):
            chunk = listed[start:start + DOIS_PER_REQUEST]
            answer = self.service.call("GET", "/works", params={
                "filter": ",".join(f"doi:{d}" for d in chunk), "rows": str(len(chunk))})
            message = answer.get("message") if isinstance(answer, dict) else None
            items = message.get("items") if isinstance(message, dict) else None
            if not isinstance(items, list):
                raise ServiceDown(f"Crossref ({self.service.public_base}) answered a list of works without "
                                  "message.items (JSON of an unexpected shape)")
            found = {str(i.get("DOI", "")).lower(): i for i in items if isinstance(i, dict)}
            out.update((d, found.get(d)) for d in chunk)
        for doi in alone:
            answer = self.service.call("GET", "/works/" + quote(doi, safe="/:;()"), missing_ok=True)
            out[doi] = (answer or {}).get("message") if isinstance(answer, dict) else None
        return out
