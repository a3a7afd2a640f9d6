"""PDF files for ``push --pdf store``: downloaded once, politely, and kept on disk.

arXiv asks robots to wait between requests: downloads go through the same
:class:`~.polite_session.PoliteSession` as the metadata look-ups (3 s apart per server,
across the process).  Files are cached under the cache directory (``pdfs/``), named by
the URL, so a second push, or a push to another library, downloads nothing.  The base of
arXiv's PDF URLs is ``ARXIV_PDF_URL`` (default ``https://arxiv.org/pdf``; a mirror, or a
local server in tests).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import requests

from ..errors import MetadataError
from ..net_failures import failure
from .cache import default_cache_dir
from .polite_session import PoliteSession, public_url

ARXIV_PDF_URL_ENV = "ARXIV_PDF_URL"
DEFAULT_ARXIV_PDF_URL = "https://arxiv.org/pdf"
#: arXiv's courtesy delay between two requests, in seconds.
DELAY_SECONDS = 3.0


class PdfUnavailable(MetadataError):
    """A PDF could not be downloaded (the paper's push goes on without it)."""


def arxiv_pdf_base(option: str | None = None) -> str:
    """The base of arXiv's PDF URLs: the option, else ``ARXIV_PDF_URL``, else arXiv's."""
    return (option or os.environ.get(ARXIV_PDF_URL_ENV, "").strip() or DEFAULT_ARXIV_PDF_URL).rstrip("/")


class PdfFiles:
    """Downloads PDFs into ``folder`` (default: the cache directory's ``pdfs``)."""

    def __init__(self, folder: Path | None = None, *, delay: float = DELAY_SECONDS,
                 timeout: float | tuple[float, float] = (10.0, 30.0),
                 offline: bool = False) -> None:
        self.folder = folder if folder is not None else default_cache_dir() / "pdfs"
        #: Cached files only, no connection (``--offline``).
        self.offline = offline
        self.delay = delay
        self.timeout = timeout
        self._sessions: dict[str, PoliteSession] = {}
        #: Downloads made (cache hits are not counted).
        self.downloads = 0

    def path_for(self, url: str) -> Path:
        tail = re.sub(r"[^A-Za-z0-9._-]+", "_", urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])[:80] or "paper"
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{digest}-{tail}.pdf"

    def _session(self, url: str) -> PoliteSession:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._sessions:
            session = PoliteSession(key, self.delay, self.timeout)
            session.expect_feed = False
            self._sessions[key] = session
        return self._sessions[key]

    def fetch(self, url: str) -> Path:
        """The PDF at ``url`` on disk (downloaded unless cached)."""
        path = self.path_for(url)
        if path.is_file() and path.stat().st_size > 0:
            return path
        shown = public_url(url)
        if self.offline:
            raise PdfUnavailable(f"{shown}: not downloaded yet and --offline is set; push without --offline to store it")
        try:
            response = self._session(url).get(url, allow_redirects=True)
        except requests.RequestException as exc:
            failed = failure(exc, url)
            then = "try again later" if failed.retry_helps else "check the link (or ARXIV_PDF_URL, --pdf-url)"
            raise PdfUnavailable(f"{shown}: could not be downloaded: {failed.words()}; {then}") from None
        self.downloads += 1
        if response.status_code != 200:
            raise PdfUnavailable(f"{shown}: the server answered {response.status_code}; try again later")
        if not response.content.startswith(b"%PDF"):
            kind = response.headers.get("Content-Type", "no content type")
            raise PdfUnavailable(f"{shown}: the answer is not a PDF ({kind}); check ARXIV_PDF_URL")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.folder, delete=False, suffix=".part") as part:
                part.write(response.content)
            Path(part.name).replace(path)
        except OSError as exc:
            raise PdfUnavailable(f"cannot keep PDFs in {self.folder} ({exc}); set ZOTERODIGEST_CACHE_DIR") from None
        return path
