"""Storing a file in Zotero: the upload protocol of the Web API (docs §9), over
:class:`~.client.ZoteroClient`.

1. Authorization: ``POST items/KEY/file`` with md5, filename, size and mtime
   (``If-None-Match: *`` for an attachment without a file).  ``{"exists": 1}``: Zotero
   already stores these bytes (for anyone): the item has its file, nothing is uploaded.
2. Upload: ``prefix + bytes + suffix`` to the storage URL given.
3. Registration: ``POST items/KEY/file`` with ``upload=<uploadKey>``.

So a new file costs 3 requests, a known one 1.  Over the storage quota Zotero answers
413: :class:`QuotaExceeded` names the remedy, and the caller goes on with other papers.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from .client import ZoteroClient
from .errors import ZoteroError

QUOTA_REMEDY = ("free space in your Zotero storage or buy more (https://www.zotero.org/storage), "
                "or push with --pdf link (a link to the PDF, no storage used)")


class UploadFailed(ZoteroError):
    """One file could not be stored (the rest of the push goes on)."""


class QuotaExceeded(UploadFailed):
    """Zotero's storage quota would be exceeded (413)."""


@dataclass
class Stored:
    key: str
    md5: str
    #: True when Zotero already had these bytes (no upload).
    existed: bool
    requests: int
    library_version: int | None = None


def store_file(client: ZoteroClient, key: str, path: Path, *, filename: str | None = None,
               content_type: str = "application/pdf") -> Stored:
    """Give attachment ``key`` (``imported_*``, no file yet) the file at ``path``."""
    name = filename or path.name
    try:
        data = path.read_bytes()
        mtime = int(path.stat().st_mtime * 1000)
    except OSError as exc:
        raise UploadFailed(f"{name}: the downloaded file cannot be read ({exc.strerror}): push again") from None
    md5 = hashlib.md5(data).hexdigest()
    form = urlencode({"md5": md5, "filename": name, "filesize": len(data), "mtime": mtime,
                      "contentType": content_type}, quote_via=quote)
    before = client.requests
    answer = client.post_form(f"/items/{key}/file", form, {"If-None-Match": "*"})
    if answer.status_code == 413:
        usage = answer.headers.get("Zotero-Storage-Usage", "?")
        quota = answer.headers.get("Zotero-Storage-Quota", "?")
        raise QuotaExceeded(f"{name}: Zotero's storage is full ({usage} of {quota} MB used); {QUOTA_REMEDY}")
    _check(answer, name, "authorization")
    auth = _authorization(answer, name)
    if auth.get("exists"):
        return Stored(key, md5, True, client.requests - before, _version(answer))
    body = str(auth["prefix"]).encode("utf-8") + data + str(auth["suffix"]).encode("utf-8")
    sent = client.post_to_storage(str(auth["url"]), body, str(auth["contentType"]))
    if sent.status_code != 201:
        raise UploadFailed(f"{name}: Zotero's storage refused the file ({sent.status_code}): try again later")
    registered = client.post_form(f"/items/{key}/file", urlencode({"upload": str(auth["uploadKey"])}),
                                  {"If-None-Match": "*"})
    _check(registered, name, "registration")
    return Stored(key, md5, False, client.requests - before, _version(registered))


def _authorization(answer: Any, name: str) -> dict[str, Any]:
    """The authorization's JSON: ``exists``, or what the upload needs; anything else
    (not JSON, fields missing) is this file's failure, not the run's."""
    try:
        auth = answer.json()
    except ValueError:
        auth = None
    if isinstance(auth, dict) and (auth.get("exists") or all(
            k in auth for k in ("prefix", "suffix", "url", "contentType", "uploadKey"))):
        return auth
    raise UploadFailed(f"{name}: Zotero's answer to the file authorization is not one it documents: try again later")


def _check(answer: object, name: str, step: str) -> None:
    status = getattr(answer, "status_code", 0)
    if status in (200, 204):
        return
    text = html.unescape(getattr(answer, "text", "") or "").strip()[:200]
    if status == 412:
        raise UploadFailed(f"{name}: the attachment already has a file ({text}); nothing was replaced")
    raise UploadFailed(f"{name}: the file {step} was refused ({status} {text})")


def _version(answer: object) -> int | None:
    raw = getattr(answer, "headers", {}).get("Last-Modified-Version")
    return int(raw) if raw and raw.isdigit() else None
