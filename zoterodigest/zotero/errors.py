"""What can go wrong talking to Zotero, as a small hierarchy the CLI turns into
one clear message and an exit code.

Every message names the problem and the fix.  None may ever contain the API
key: messages are built by :mod:`zoterodigest.zotero.answers` from the status
and the server's text, then scrubbed of the key before an exception is made.
"""

from __future__ import annotations

from ..errors import ConfigError, ZoteroServerError


class ZoteroError(ZoteroServerError):
    """Any failure talking to Zotero; ``status`` is the HTTP status when there was one.

    ``resumable`` says the failure may come in the middle of a run whose progress is
    recorded (a push stopped by an unavailable server): running the command again goes on.
    """

    resumable = False
    #: Set by a push that failed: how many write batches Zotero accepted before (None: unknown).
    writes_before: int | None = None

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ZoteroConfigError(ZoteroError, ConfigError):
    """Settings missing or malformed (ZOTERO_API_KEY, ZOTERO_LIBRARY_ID, ...)."""

    kind = ConfigError.kind


class ZoteroAuthError(ZoteroError):
    """The key was refused, or may not read or write this library (403)."""


class ZoteroNotFound(ZoteroError):
    """The library (or an object asked for) does not exist (404)."""


class LibraryChanged(ZoteroError):
    """The library moved on since the version we planned from (412): re-read and re-plan.

    ``expected`` is the version sent, ``current`` the library's version now (None if
    the server did not say).
    """

    def __init__(self, message: str, expected: int | None, current: int | None) -> None:
        super().__init__(message, 412)
        self.expected = expected
        self.current = current


class ZoteroUnavailable(ZoteroError):
    """No usable answer after the allowed retries (429, 5xx, dropped connections)."""

    resumable = True


class ZoteroRequestError(ZoteroError):
    """The server refused a request for another reason (400, 409, 413, ...)."""

    resumable = True


class ZoteroBadAnswer(ZoteroError):
    """The URL answered, but not as the Zotero API does (an HTML page, text, a JSON of
    another shape): a wrong ``ZOTERO_API_URL``, a proxy or a captive portal."""


# --- the desktop app (local API on port 23119, connector) -------------------------------------

#: Said whenever Zotero's local API turns out to be read-only (Zotero 7 to 9).
LOCAL_READ_ONLY = (
    "Zotero's local API is read-only before Zotero 10: use the Web API (set ZOTERO_API_KEY and "
    "ZOTERO_LIBRARY_ID) or push --connector"
)
#: Said when the local API answers 403 "Local API is not enabled".
LOCAL_DISABLED = (
    "Zotero's local API is not enabled: in Zotero, open Settings > Advanced and tick \"Allow other "
    "applications on this computer to communicate with Zotero\", then run the command again"
)


class ZoteroNotRunning(ZoteroUnavailable):
    """Nothing listens where the desktop app should (port 23119): Zotero is not started."""

    resumable = False


class ZoteroLocalDisabled(ZoteroAuthError):
    """The desktop app runs but its local API is switched off (403 "Local API is not enabled")."""


class ZoteroLocalReadOnly(ZoteroError):
    """The desktop app's local API cannot write (Zotero 7-9): there is no way around it locally."""
