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
import ipaddress
import os
import re
import socket
import tempfile
import time
from pathlib import Path
from typing import IO
from urllib.parse import urljoin, urlsplit

import requests

from ..bounded_reads import arriving
from ..errors import MetadataError
from ..net_failures import failure
from ..private_files import private_folder
from ..size_limits import megabytes_from_env
from .cache import default_cache_dir
from .polite_session import PoliteSession, public_url

ARXIV_PDF_URL_ENV = "ARXIV_PDF_URL"
DEFAULT_ARXIV_PDF_URL = "https://arxiv.org/pdf"
#: arXiv's courtesy delay between two requests, in seconds.
DELAY_SECONDS = 3.0


#: Redirects followed for one PDF (each hop's address checked).
MAX_REDIRECTS = 5
#: Bytes read at a time.
CHUNK = 64 * 1024
#: Longest a download may take, in seconds (a server trickling bytes never times out).
DOWNLOAD_SECONDS = 300.0
MAX_MB_ENV = "ZOTERODIGEST_PDF_MAX_MB"
DEFAULT_MAX_MB = 100


class PdfUnavailable(MetadataError):
    """A PDF could not be downloaded (the paper's push goes on without it)."""


def max_pdf_bytes() -> int:
    """``ZOTERODIGEST_PDF_MAX_MB`` megabytes (default 100), in bytes."""
    return megabytes_from_env(MAX_MB_ENV, DEFAULT_MAX_MB)


def trusted_hosts() -> tuple[str, ...]:
    """The configured PDF server's host: fetched even when it is on a private address
    (a mirror in the user's network, a local server in tests)."""
    host = urlsplit(arxiv_pdf_base()).hostname
    return (host,) if host else ()


def refused_address(url: str, trusted: tuple[str, ...]) -> str | None:
    """Why ``url`` is not fetched (a link from a digest may name anything): a scheme
    other than http(s), or a host whose address is loopback, private, link-local or
    otherwise not public, unless it is a trusted host; None when it may be fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "only http:// and https:// links are fetched"
    if parts.hostname in trusted:
        return None
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None  # unresolvable: the download fails with a named reason
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            return (f"{parts.hostname} is a private or local address ({address}); PDFs are fetched from public "
                    f"hosts only (set ARXIV_PDF_URL to a mirror on your network to allow it)")
    return None


def arxiv_pdf_base(option: str | None = None) -> str:
    """The base of arXiv's PDF URLs: the option, else ``ARXIV_PDF_URL``, else arXiv's."""
    return (option or os.environ.get(ARXIV_PDF_URL_ENV, "").strip() or DEFAULT_ARXIV_PDF_URL).rstrip("/")


class PdfFiles:
    """Downloads PDFs into ``folder`` (default: the cache directory's ``pdfs``)."""

    def __init__(self, folder: Path | None = None, *, delay: float = DELAY_SECONDS,
                 timeout: float | tuple[float, float] = (10.0, 30.0),
                 offline: bool = False, trusted: tuple[str, ...] | None = None,
                 max_bytes: int | None = None) -> None:
        self.folder = folder if folder is not None else default_cache_dir() / "pdfs"
        #: Hosts fetched even on a private address (the configured PDF server).
        self.trusted = trusted if trusted is not None else trusted_hosts()
        #: The largest file downloaded (``ZOTERODIGEST_PDF_MAX_MB``, default 100 MB).
        self.max_bytes = max_bytes if max_bytes is not None else max_pdf_bytes()
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
        response = self._answer(url)
        self.downloads += 1
        try:
            private_folder(self.folder)
            with tempfile.NamedTemporaryFile(dir=self.folder, delete=False, suffix=".part") as part:
                try:
                    self._stream(response, shown, part)
                except BaseException:
                    part.close()
                    os.unlink(part.name)
                    raise
            Path(part.name).replace(path)
        except requests.RequestException as exc:  # the connection broke or stalled while reading
            raise PdfUnavailable(f"{shown}: the download broke off: {failure(exc, url).words()}; try again later") \
                from None
        except OSError as exc:
            raise PdfUnavailable(f"cannot keep PDFs in {self.folder} ({exc}); set ZOTERODIGEST_CACHE_DIR") from None
        finally:
            response.close()
        return path

    def _answer(self, url: str) -> requests.Response:
        """The 200 answer for ``url``, redirects followed one by one (each checked)."""
        shown = public_url(url)
        for _ in range(MAX_REDIRECTS + 1):
            why = refused_address(url, self.trusted)
            if why:
                raise PdfUnavailable(f"{public_url(url)}: not downloaded: {why}")
            try:
                response = self._session(url).get(url, allow_redirects=False, stream=True)
            except requests.RequestException as exc:
                failed = failure(exc, url)
                then = "try again later" if failed.retry_helps else "check the link (or ARXIV_PDF_URL, --pdf-url)"
                raise PdfUnavailable(f"{shown}: could not be downloaded: {failed.words()}; {then}") from None
            if response.is_redirect and response.headers.get("Location"):
                response.close()
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status_code != 200:
                response.close()
                raise PdfUnavailable(f"{shown}: the server answered {response.status_code}; try again later")
            return response
        raise PdfUnavailable(f"{shown}: more than {MAX_REDIRECTS} redirects; check the link")

    def _stream(self, response: requests.Response, shown: str, out: IO[bytes]) -> None:
        """The body into ``out``: a PDF (by its first bytes), at most ``max_bytes``,
        within :data:`DOWNLOAD_SECONDS`, whatever the server claims or trickles."""
        cap = f"ZOTERODIGEST_PDF_MAX_MB (now {self.max_bytes // 2**20} MB)"
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            raise PdfUnavailable(f"{shown}: the file is {int(length) // 2**20} MB, more than {cap} allows")
        started, size, first = time.monotonic(), 0, True
        for chunk in arriving(response, CHUNK):
            if first and not chunk.startswith(b"%PDF"):
                kind = response.headers.get("Content-Type", "no content type")
                raise PdfUnavailable(f"{shown}: the answer is not a PDF ({kind}); check ARXIV_PDF_URL")
            first = False
            size += len(chunk)
            if size > self.max_bytes:
                raise PdfUnavailable(f"{shown}: the file is larger than {cap} allows")
            if time.monotonic() - started > DOWNLOAD_SECONDS:
                raise PdfUnavailable(f"{shown}: the download took more than {DOWNLOAD_SECONDS:g} s; try again later")
            out.write(chunk)
        if first:
            raise PdfUnavailable(f"{shown}: the answer is empty, not a PDF; try again later")
