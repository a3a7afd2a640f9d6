"""The desktop app's local API: is it there (running, enabled, new enough), and
permission to write to it (Zotero 10+: pyzotero's ``authorize_local`` makes
Zotero show the user an "allow this application?" dialog and answers a key).
"""

from __future__ import annotations

import httpx2

from .errors import (
    LOCAL_DISABLED,
    LOCAL_READ_ONLY,
    ZoteroAuthError,
    ZoteroError,
    ZoteroLocalDisabled,
    ZoteroLocalReadOnly,
    ZoteroRequestError,
    ZoteroUnavailable,
)
from .transport import Dropped, Transport

#: The name Zotero shows in its "allow this application?" dialog.
LOCAL_APP_NAME = "zoterodigest"


class LocalAccess:
    """Probing and authorising the desktop's local API through ``transport``."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def probe(self) -> None:
        """One cheap request to the local API: raises :class:`.errors.ZoteroNotRunning` or
        :class:`ZoteroLocalDisabled` with the fix, before any real work starts."""
        api_url = self.transport.api_url
        try:
            response = self.transport.request("GET", "/", library=False, retry_dropped=False)
        except Dropped as exc:
            raise ZoteroUnavailable(f"Zotero at {api_url} dropped the connection ({exc}): try again") from None
        if response.status_code == 404:  # Zotero 6 and older: a connector server without /api
            raise ZoteroLocalReadOnly(
                f"the Zotero at {api_url} has no local API (it needs Zotero 7 or later): update Zotero, use "
                "the Web API (set ZOTERO_API_KEY and ZOTERO_LIBRARY_ID) or push --connector", 404,
            )
        if response.status_code != 200:
            raise self.transport.error("GET", "/", response)

    def authorize(self, app_name: str = LOCAL_APP_NAME) -> tuple[str, bool]:
        """Ask Zotero (10+) for a local key through pyzotero's ``authorize_local``:
        Zotero shows the user an "allow?" dialog.  Returns (key, remember); the
        client uses the key for its writes from now on.  An install that cannot
        write (no ``Zotero-Server-ID``, no authorize endpoint) raises
        :class:`ZoteroLocalReadOnly`.
        """
        from pyzotero import errors as ze

        answers = self.transport.answers
        self.transport.requests += 2  # the server-id read (when not known yet) and the POST
        try:
            answer = self.transport.zot.authorize_local(app_name)
        except httpx2.ConnectError:
            raise answers.not_running() from None
        except httpx2.TransportError as exc:
            raise ZoteroUnavailable(answers.scrub(f"Zotero did not answer the authorisation request ({exc})")) from None
        except ze.PyZoteroError as exc:
            raise self._refused(exc, app_name) from None
        key = str(answer.get("key") or "")
        if not key:
            raise ZoteroLocalReadOnly(LOCAL_READ_ONLY)
        answers.scrubber.add(key)
        return key, bool(answer.get("remember"))

    def _refused(self, exc: Exception, app_name: str) -> ZoteroError:
        """What a refused authorisation request means, with its fix (pyzotero's error
        classes, most specific first)."""
        from pyzotero import errors as ze

        scrub = self.transport.answers.scrub
        if isinstance(exc, ze.LocalAPIDeniedError):
            return ZoteroAuthError(
                f"Zotero denied {app_name}'s request to write to the local library: run push --local again "
                "and choose Allow (or Always Allow) in Zotero's dialog", 403)
        if isinstance(exc, ze.TooManyRequestsError):
            return ZoteroUnavailable("Zotero is limiting authorisation requests: wait a minute and try again", 429)
        if isinstance(exc, (ze.UnsupportedParamsError, ze.ResourceNotFoundError, ze.CallDoesNotExistError)):
            # No server id, or no /local/authorize (404), or a method it refuses (400): Zotero 7-9.
            return ZoteroLocalReadOnly(LOCAL_READ_ONLY)
        if isinstance(exc, ze.HTTPError):
            answer_to = getattr(self.transport.zot, "request", None)
            if getattr(answer_to, "status_code", None) in (405, 501):
                return ZoteroLocalReadOnly(LOCAL_READ_ONLY)
            return ZoteroUnavailable(scrub(f"Zotero could not answer the authorisation request ({exc})"))
        if isinstance(exc, ze.UserNotAuthorisedError):
            return ZoteroLocalDisabled(LOCAL_DISABLED, 403)
        return ZoteroRequestError(scrub(f"Zotero refused the authorisation request ({exc})"))
