"""``push --local``: open the desktop app's library for a push.

The local API speaks the Web API's protocol, so the push engine runs on it
unchanged; what is particular is getting there, in an order that gives the
user one clear message for each way it can fail:

1. one read (``GET /api/``): Zotero is not running, or its local API is
   switched off (403 "Local API is not enabled");
2. unless a dry run (which only reads and plans): write access.  Zotero 7-9
   cannot write locally at all (no ``Zotero-Server-ID``, no
   ``/api/local/authorize``, writes answer 400/501): say so and point at the
   Web API or the connector.  Zotero 10+ asks the user once (pyzotero's
   ``authorize_local``); a key granted with "Always Allow" is remembered as
   ``local_api_key`` in the config file (mode 0600) so later runs ask nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..zotero.client import ZoteroClient
from ..zotero.errors import LOCAL_READ_ONLY, ZoteroLocalReadOnly
from .settings import LocalSettings, save_local_api_key


@dataclass
class LocalAccess:
    client: ZoteroClient
    #: A new key was granted in this run (and saved, when ``saved``).
    authorized: bool = False
    saved: bool = False


def open_local(settings: LocalSettings, *, dry_run: bool, **client_kw: Any) -> LocalAccess:
    """A client on the desktop's library, checked and (unless ``dry_run``) able to write."""
    client = ZoteroClient(api_url=settings.api_url, local=True, local_api_key=settings.local_api_key, **client_kw)
    client.probe_local()
    access = LocalAccess(client)
    if dry_run:
        return access
    if client.local_api_key is None:
        key, remember = client.authorize_local()
        access.authorized = True
        if remember:
            save_local_api_key(settings.config_file, key)
            access.saved = True
    elif client.server_id is None:
        # A remembered key, but this Zotero sends no server id: one that cannot write.
        raise ZoteroLocalReadOnly(LOCAL_READ_ONLY)
    return access
