"""What a Zotero answer means: its JSON checked for shape, and every refusal turned
into a :mod:`~zoterodigest.zotero.errors` exception whose message names the fix.

The API key never appears in a message: every text built here passes through a
:class:`Scrubber`, which holds the keys without ever printing them.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

import httpx2

from .errors import (
    LOCAL_DISABLED,
    LOCAL_READ_ONLY,
    LibraryChanged,
    ZoteroAuthError,
    ZoteroBadAnswer,
    ZoteroError,
    ZoteroLocalDisabled,
    ZoteroLocalReadOnly,
    ZoteroNotFound,
    ZoteroNotRunning,
    ZoteroRequestError,
)

#: The JSON shape an answer must have (a dict or a list).
Shape = TypeVar("Shape", dict[str, Any], list[Any])
_FOUND_RE = re.compile(r"expected (\d+), found (\d+)")


def _object_problem(obj: Any) -> str | None:
    """What is wrong with one object of a list answer (items, collections, searches):
    each is a JSON object whose ``key`` is a string, ``version`` a number and ``data``
    an object, when it has them.  None when it is fine."""
    if not isinstance(obj, dict):
        return f"a JSON {type(obj).__name__} where an object belongs"
    if "key" in obj and not isinstance(obj["key"], str):
        return "a key that is not a string"
    if "version" in obj and (not isinstance(obj["version"], int) or isinstance(obj["version"], bool)):
        return "a version that is not a number"
    data = obj.get("data")
    if "data" in obj and not isinstance(data, dict):
        return "data that is not an object"
    if isinstance(data, dict) and any(not isinstance(data.get(f, []), list) for f in ("tags", "collections", "creators")):
        return "tags, collections or creators that are not lists"
    return None


class _Secret:
    """Holds one key for scrubbing without ever printing it (repr, vars, logs)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "[API key]"

    __str__ = __repr__


class Scrubber:
    """The keys a client knows (Web API key, local key), to take out of any text."""

    def __init__(self, *keys: str | None) -> None:
        self._secrets = tuple(_Secret(k) for k in dict.fromkeys(keys) if k)

    def add(self, key: str) -> None:
        self._secrets = (*self._secrets, _Secret(key))

    def scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret.reveal(), "[API key]")
        return text

    def __repr__(self) -> str:
        return f"Scrubber({len(self._secrets)} keys)"


def seconds(value: str | None) -> float | None:
    """A ``Backoff`` or ``Retry-After`` header in seconds (None: absent or unreadable)."""
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def text_of(response: httpx2.Response) -> str:
    """The answer's body on one line, cut at 300 characters (empty when unreadable)."""
    try:
        return " ".join(response.text.split())[:300]
    except Exception:  # noqa: BLE001 - an unreadable body must not hide the status
        return ""


class Answers:
    """Reads answers from one library's server: ``api_url`` and ``library`` name it in
    messages, ``local`` says it is the desktop app, ``default_url`` is the API it
    would be unless the user runs their own server."""

    def __init__(self, api_url: str, library: str, *, local: bool, default_url: str, scrubber: Scrubber) -> None:
        self.api_url = api_url
        self.library = library
        self.local = local
        self.default_url = default_url
        self.scrubber = scrubber

    def scrub(self, text: str) -> str:
        return self.scrubber.scrub(text)

    def json(self, response: httpx2.Response, shape: type[Shape]) -> Shape:
        """The answer's JSON, which must be a ``shape`` (dict or list): anything else (an
        HTML page, text, another JSON) is a wrong URL or something in between answering."""
        try:
            data = response.json()
        except ValueError:  # json.JSONDecodeError, UnicodeDecodeError
            raise self.not_the_api(response, "not JSON") from None
        if not isinstance(data, shape):
            raise self.not_the_api(response, f"JSON {type(data).__name__}, not a {shape.__name__}")
        if isinstance(data, list):
            wrong = next((why for o in data if (why := _object_problem(o))), None)
            if wrong:
                raise self.not_the_api(response, f"a list holding {wrong}")
        return data

    def not_running(self) -> ZoteroNotRunning:
        return ZoteroNotRunning(
            f"Zotero is not running (nothing answers at {self.api_url}): start the Zotero desktop app "
            "and run the command again"
        )

    def not_the_api(self, response: httpx2.Response, why: str) -> ZoteroBadAnswer:
        """The URL answered, but not as the Zotero API does: name the setting to check."""
        kind = response.headers.get("Content-Type", "").split(";")[0].strip() or "no content type"
        seen = text_of(response)[:80]
        setting = ("--api-url (or ZOTERO_API_URL, or local_api_url in the config file)" if self.local
                   else "ZOTERO_API_URL (or --api-url, or api_url in the config file)")
        return ZoteroBadAnswer(self.scrub(
            f"{self.api_url} did not answer as the Zotero API does ({why}: {response.status_code} {kind}"
            f"{f', {seen!r}' if seen else ''}): check {setting}; the Zotero API is "
            f"{self.default_url} unless you run your own server (a proxy "
            "or a network login page, a captive portal, answers like this too)"), response.status_code)

    def error(self, method: str, path: str, response: httpx2.Response) -> ZoteroError:
        """The error a refusal means, with its fix."""
        status = response.status_code
        text = text_of(response)
        lib = self.library
        if "html" in response.headers.get("Content-Type", "").lower():
            return self.not_the_api(response, "a web page")  # the API answers errors in plain text
        if self.local:
            local = self._local_error(method, response)
            if local is not None:
                return local
        if status == 403:
            if "invalid key" in text.lower():
                msg = f"Zotero refused the API key (403 {text}): check ZOTERO_API_KEY"
            elif "write access" in text.lower():
                msg = (f"the API key may not write to {lib} (403 {text}): give the key write access at "
                       "https://www.zotero.org/settings/keys, or check ZOTERO_LIBRARY_ID and ZOTERO_LIBRARY_TYPE")
            else:
                msg = (f"the API key may not read {lib} (403 {text or 'Forbidden'}): check ZOTERO_LIBRARY_ID, "
                       "ZOTERO_LIBRARY_TYPE (user or group) and the key's access")
            return ZoteroAuthError(self.scrub(msg), status)
        if status == 404:
            msg = (f"{lib} was not found at {self.api_url} (404 on {method} {path or '/'}): check ZOTERO_LIBRARY_ID, "
                   "ZOTERO_LIBRARY_TYPE and ZOTERO_API_URL")
            return ZoteroNotFound(self.scrub(msg), status)
        if status == 412:
            m = _FOUND_RE.search(text)
            expected, current = (int(m[1]), int(m[2])) if m else (None, None)
            msg = f"the Zotero library changed while we worked ({text or '412'}): read it again and re-plan"
            return LibraryChanged(self.scrub(msg), expected, current)
        msg = f"Zotero refused {method} {lib}{path} ({status} {text})"
        return ZoteroRequestError(self.scrub(msg), status)

    def _local_error(self, method: str, response: httpx2.Response) -> ZoteroError | None:
        """The desktop's own refusals, each with its fix (None: not one of them)."""
        status, text = response.status_code, text_of(response)
        if status == 403 and "not enabled" in text.lower():
            return ZoteroLocalDisabled(LOCAL_DISABLED, status)
        if method != "GET" and (status == 501 or (status == 400 and "does not support method" in text.lower())):
            return ZoteroLocalReadOnly(LOCAL_READ_ONLY, status)
        if status == 400 and "logged-in user" in text.lower():
            return ZoteroRequestError(self.scrub(
                f"the Zotero desktop app is not signed in as {self.library} ({text}): it holds a synced copy of "
                "your own library only; sign in to that account in Zotero's Sync settings, or use the Web API"),
                status)
        if status == 428:  # Zotero-Server-ID never came: an install that does not write
            return ZoteroLocalReadOnly(LOCAL_READ_ONLY, status)
        if status == 401:
            return ZoteroAuthError(
                "Zotero refused the local key (401; a key granted with Allow serves one write only): run "
                "push --local again and choose Always Allow; if a saved key stopped working, remove local_api_key "
                "from the config file first", status,
            )
        if status == 412 and "server" in text.lower() and "id" in text.lower():
            return ZoteroRequestError(self.scrub(
                f"this is another Zotero install than before ({text}): run push --local again"), status)
        return None
