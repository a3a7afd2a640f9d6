"""Attachments and file storage for the fake Zotero server (docs/zotero-web-api.md §9).

Kept apart from :mod:`fakes.zotero_server` (which calls in here) because it is its own
protocol: attachment items (link modes and their properties), and the file upload
protocol -- authorization (``POST items/KEY/file`` with md5, filename, filesize, mtime),
the S3 upload (served by this fake at ``/fake-s3/<uploadKey>``), registration -- with the
real rules: ``If-None-Match: *`` / ``If-Match`` (428, 412), ``exists`` for a file the
storage already holds (shared by all libraries), 413 over the quota with the
``Zotero-Storage-*`` headers, BadDigest for bytes whose md5 differs, "Upload key not
found", "Remote file not found".
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from .zotero_schema import ObjectRejected, bad_input

if TYPE_CHECKING:
    from .zotero_server import FakeResponse, Library, Request, StoredItem, ZoteroLibraryServer

LINK_MODES = ("imported_file", "imported_url", "linked_file", "linked_url", "embedded_image")
STORED_MODES = frozenset({"imported_file", "imported_url", "embedded_image"})
#: The fields of an attachment (schema v41), in the server's order.
ATTACHMENT_FIELDS = ("title", "accessDate", "url")
FILE_PROPERTIES = ("filename", "md5", "mtime")
DEFAULT_QUOTA_MB = 300
MAX_FILE_BYTES = 4 * 1024**3


def attachment_template(link_mode: str | None) -> dict[str, Any]:
    """``GET /items/new?itemType=attachment&linkMode=M``."""
    if link_mode not in LINK_MODES:
        raise bad_input("Invalid linkMode" if link_mode else "linkMode required for attachment template")
    out: dict[str, Any] = {"itemType": "attachment", "linkMode": link_mode, "title": "", "accessDate": "",
                           "note": "", "tags": [], "relations": {}, "contentType": "", "charset": ""}
    if link_mode in ("imported_url", "linked_url"):
        out["url"] = ""
    if link_mode in STORED_MODES:
        out.update(filename="", md5=None, mtime=None)
    if link_mode == "linked_file":
        out["path"] = ""
    return out


def check_attachment(obj: dict[str, Any], existing: dict[str, Any] | None, library_kind: str) -> None:
    """The server's checks of an attachment's own properties (raise ObjectRejected)."""
    mode = obj.get("linkMode", (existing or {}).get("linkMode"))
    if existing is None and "linkMode" not in obj:
        raise bad_input("'linkMode' property not provided")
    if mode not in LINK_MODES:
        raise bad_input(f"Invalid linkMode '{mode}'")
    if existing is not None and "linkMode" in obj and obj["linkMode"] != existing.get("linkMode"):
        raise bad_input("Cannot change attachment linkMode")
    if mode == "linked_file" and library_kind != "user":
        raise bad_input("Linked files can only be added to user libraries")
    for name in FILE_PROPERTIES:
        if obj.get(name) not in (None, "") and mode not in STORED_MODES:
            raise bad_input(f"'{name}' is valid only for imported and embedded-image attachments")
    if obj.get("path") not in (None, "") and mode != "linked_file":
        raise bad_input("'path' is valid only for linked-file attachments")
    filename = obj.get("filename")
    if isinstance(filename, str) and (re.search(r"[/\\]", filename) or re.match(r"^[A-Za-z]:", filename)):
        raise bad_input(f"Stored-file filename '{filename}' cannot contain a directory path")
    for name in ("contentType", "charset", "filename", "md5", "path"):
        if name in obj and obj[name] is not None and not isinstance(obj[name], str):
            raise bad_input(f"'{name}' must be a string")
    md5 = obj.get("md5")
    if md5 and not re.fullmatch(r"[0-9a-f]{32}", md5):
        raise bad_input(f"'{md5}' is not a valid MD5 hash")


def apply_attachment(store: dict[str, Any], name: str, value: Any) -> None:
    """Take one attachment property in; an empty or null ``md5``/``mtime`` never clears."""
    if name in ("md5", "mtime") and value in (None, ""):
        return
    store[name] = value


def attachment_data(item: StoredItem) -> dict[str, Any]:
    """The attachment-only part of an item's ``data`` (after ``itemType``)."""
    att = item.attachment
    mode = att.get("linkMode", "")
    data: dict[str, Any] = {"linkMode": mode, "title": item.fields.get("title", ""),
                            "accessDate": item.fields.get("accessDate", ""), "url": item.fields.get("url", ""),
                            "note": item.note, "contentType": att.get("contentType", ""),
                            "charset": att.get("charset", "")}
    if mode in STORED_MODES:
        data.update(filename=att.get("filename", ""), md5=att.get("md5"), mtime=att.get("mtime"))
    if mode == "linked_file":
        data["path"] = att.get("path", "")
    return data


@dataclass
class PendingUpload:
    library: str
    key: str
    md5: str
    filename: str
    size: int
    mtime: int
    content_type: str
    charset: str
    received: bool = False


class FileStorage:
    """Zotero's file storage as one fake: files by md5 (shared), uploads in progress,
    a quota per user library (MB)."""

    def __init__(self, server: ZoteroLibraryServer) -> None:
        self.server = server
        self.files: dict[str, bytes] = {}
        self.uploads: dict[str, PendingUpload] = {}
        self.quota_mb: dict[str, float] = {}

    # --- accounting -------------------------------------------------------------------

    def usage_bytes(self, library: Library) -> int:
        seen = {i.attachment.get("md5") for i in library.items.values() if i.attachment.get("md5")}
        return sum(len(self.files.get(md5 or "", b"")) for md5 in seen)

    def _quota_headers(self, library: Library) -> dict[str, str]:
        return {"Zotero-Storage-Usage": str(round(self.usage_bytes(library) / 1024**2)),
                "Zotero-Storage-Quota": str(round(self.quota_mb.get(library.prefix, DEFAULT_QUOTA_MB))),
                "Zotero-Storage-UserID": str(library.id)}

    # --- /items/KEY/file ----------------------------------------------------------------

    def handle_file(self, request: Request, library: Library, key: str) -> FakeResponse:
        from .zotero_server import FakeResponse, HttpError

        item = library.items.get(key)
        if item is None or item.deleted:
            raise HttpError(404, "Item not found")
        if request.method == "GET":
            md5 = item.attachment.get("md5")
            if item.item_type != "attachment" or not md5 or md5 not in self.files:
                raise HttpError(404)
            headers = {"Location": f"{request.base_url}/fake-s3/download/{md5}", "Zotero-File-MD5": md5,
                       "Zotero-File-Size": str(len(self.files[md5])),
                       "Zotero-File-Modification-Time": str(item.attachment.get("mtime") or 0),
                       "Zotero-File-Compressed": "No", **self.server._api_headers()}
            return FakeResponse(302, headers)
        if request.method == "PATCH":
            algorithm = request.param("algorithm")
            if not algorithm:
                raise HttpError(400, "Algorithm not specified")
            if algorithm not in ("xdelta", "vcdiff", "bsdiff"):
                raise HttpError(400, f"Invalid algorithm '{algorithm}'")
            raise HttpError(400, "Fake Zotero server: partial uploads are not modelled")
        if item.item_type != "attachment":
            raise HttpError(400, "Item is not an attachment")
        if item.attachment.get("linkMode") not in STORED_MODES:
            raise HttpError(400, "Cannot upload file for linked file/URL attachment item")
        self._check_match(request, item)
        form = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True).items()}
        if "upload" in form:
            return self._register(request, library, item, form["upload"])
        return self._authorize(request, library, item, form)

    def _check_match(self, request: Request, item: StoredItem) -> None:
        from .zotero_server import HttpError

        current = item.attachment.get("md5")
        if_match, if_none = request.header("If-Match"), request.header("If-None-Match")
        if if_match is None and if_none is None:
            raise HttpError(428, "If-Match/If-None-Match header not provided")
        if if_match is not None:
            if not current:
                raise HttpError(412, "If-Match set but file does not exist")
            if if_match != current:
                raise HttpError(412, "ETag does not match current version of file")
        elif if_none == "*" and current:
            raise HttpError(412, "If-None-Match: * set but file exists")

    def _authorize(self, request: Request, library: Library, item: StoredItem, form: dict[str, str]) -> FakeResponse:
        from .zotero_server import HttpError

        for name in ("md5", "filename", "filesize", "mtime"):
            if not form.get(name):
                raise HttpError(400, f"File {'hash' if name == 'md5' else name} not provided")
        md5, size = form["md5"], int(form["filesize"])
        if size > MAX_FILE_BYTES:
            raise HttpError(400, "File exceeds maximum size")
        info = PendingUpload(library.prefix, item.key, md5, form["filename"], size, int(form["mtime"]),
                             form.get("contentType", ""), form.get("charset", ""))
        if md5 in self.files:
            if len(self.files[md5]) != size:
                raise HttpError(400, "Specified file size incorrect for known file")
            self._store(library, item, info)
            return self.server._json({"exists": 1}, headers={"Last-Modified-Version": str(library.version)})
        quota = self.quota_mb.get(library.prefix, DEFAULT_QUOTA_MB)
        after = (self.usage_bytes(library) + size) / 1024**2
        if after > quota:
            raise HttpError(413, f"File would exceed quota ({after:.1f} > {quota:g})", self._quota_headers(library))
        upload_key = secrets.token_hex(16)
        self.uploads[upload_key] = info
        url = f"{request.base_url}/fake-s3/{upload_key}"
        if form.get("params") == "1":
            params = {"key": md5, "acl": "private", "Content-Type": info.content_type or "application/octet-stream",
                      "success_action_status": "201", "policy": "fake-policy", "x-amz-signature": "fake"}
            return self.server._json({"url": url, "params": params, "uploadKey": upload_key})
        boundary = "----fakeS3" + secrets.token_hex(8)
        prefix = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\n{md5}\r\n"
                  f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n")
        return self.server._json({"url": url, "contentType": f"multipart/form-data; boundary={boundary}",
                                  "prefix": prefix, "suffix": f"\r\n--{boundary}--", "uploadKey": upload_key})

    def _register(self, request: Request, library: Library, item: StoredItem, upload_key: str) -> FakeResponse:
        from .zotero_server import FakeResponse, HttpError

        info = self.uploads.get(upload_key)
        if info is None or info.library != library.prefix or info.key != item.key:
            raise HttpError(400, "Upload key not found")
        if not info.received:
            raise HttpError(400, "Remote file not found")
        del self.uploads[upload_key]
        self._store(library, item, info)
        return FakeResponse(204, {**self.server._api_headers(), "Last-Modified-Version": str(library.version)})

    def _store(self, library: Library, item: StoredItem, info: PendingUpload) -> None:
        library.version += 1
        item.attachment.update(md5=info.md5, mtime=info.mtime, filename=info.filename)
        if info.content_type:
            item.attachment["contentType"] = info.content_type
        if info.charset:
            item.attachment["charset"] = info.charset
        item.version = library.version
        item.date_modified = self.server._now()

    # --- the S3 side --------------------------------------------------------------------

    def handle_s3(self, request: Request, upload_key: str) -> FakeResponse:
        from .zotero_server import FakeResponse

        def s3_error(code: str, message: str) -> FakeResponse:
            body = f"<?xml version=\"1.0\"?><Error><Code>{code}</Code><Message>{message}</Message></Error>"
            return FakeResponse(400, {"Content-Type": "application/xml"}, body.encode())

        info = self.uploads.get(upload_key)
        if request.method != "POST" or info is None:
            return s3_error("AccessDenied", "Invalid according to Policy: Policy expired or unknown")
        fields = _multipart(request.header("Content-Type") or "", request.body)
        data = fields.get("file")
        if data is None or fields.get("key", b"").decode() != info.md5:
            return s3_error("InvalidArgument", "POST requires exactly one file upload per request")
        if len(data) != info.size:
            return s3_error("EntityTooSmall" if len(data) < info.size else "EntityTooLarge",
                            "Your proposed upload size does not match the policy")
        if hashlib.md5(data).hexdigest() != info.md5:
            return s3_error("BadDigest", "The Content-MD5 you specified did not match what we received.")
        self.files[info.md5] = data
        info.received = True
        return FakeResponse(201, {"Content-Type": "application/xml"}, b"<PostResponse/>")


def _multipart(content_type: str, body: bytes) -> dict[str, bytes]:
    """Fields of a multipart/form-data body (name -> bytes)."""
    if "multipart/form-data" not in content_type:
        return {}
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    out: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            out[name] = payload
    return out


def reject_attachment_parent(parent: StoredItem) -> None:
    """A note or attachment cannot hold children; a child cannot either."""
    if parent.item_type in ("note", "attachment"):
        raise ObjectRejected(409, "Parent item cannot be a note or attachment", {"parentItem": parent.key})
    if parent.parent:
        raise bad_input(f"Parent item {parent.key} cannot be a child item")
