"""Where ``push`` finds its Zotero settings: command-line options, then the
environment (``ZOTERO_API_KEY``, ``ZOTERO_LIBRARY_ID``, ``ZOTERO_LIBRARY_TYPE``,
``ZOTERO_API_URL``), then a config file.

The API key is never a command-line option (it would land in the shell's
history and in ``ps``): only the environment or the config file hold it.
The config file is ``$ZOTERODIGEST_CONFIG``, else ``config.toml`` in the user
config directory (platformdirs), with a ``[zotero]`` table::

    [zotero]
    api_key = "..."
    library_id = 1234567
    library_type = "user"        # or "group"
    api_url = "https://api.zotero.org"
    local_api_key = "..."        # written by push --local (Zotero 10+), mode 0600
    local_api_url = "http://localhost:23119/api"
    connector_url = "http://localhost:23119"

Every problem is one :class:`ZoteroConfigError` naming what to set, and no
message ever contains the key.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..zotero.client import DEFAULT_API_URL
from ..zotero.errors import ZoteroConfigError

CONFIG_ENV = "ZOTERODIGEST_CONFIG"
KEYS_URL = "https://www.zotero.org/settings/keys"


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV, "").strip():
        return Path(env[CONFIG_ENV].strip())
    from platformdirs import user_config_dir

    return Path(user_config_dir("zoterodigest")) / "config.toml"


def _read_config(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ZoteroConfigError(f"the config file {path} cannot be read ({type(exc).__name__}): fix or remove it")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # The parser's message names a line and column, never a value.
        raise ZoteroConfigError(f"the config file {path} is not valid TOML ({exc}): fix or remove it") from None
    table = data.get("zotero", data)
    if not isinstance(table, dict):
        raise ZoteroConfigError(f"the config file {path}: [zotero] must be a table")
    return table


@dataclass
class ZoteroSettings:
    library_id: str
    library_type: str
    api_url: str
    api_key: str = field(repr=False)

    def __repr__(self) -> str:  # never the key
        return f"ZoteroSettings({self.library_type}s/{self.library_id} at {self.api_url})"


def resolve_settings(
    *,
    library_id: str | None = None,
    library_type: str | None = None,
    api_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> ZoteroSettings:
    """The settings for ``push`` (options > environment > config file)."""
    env = os.environ if environ is None else environ
    path = config_path(env)
    config = _read_config(path)

    def pick(option: str | None, name: str, key: str) -> str:
        for value in (option, env.get(name), config.get(key)):
            if value is not None and str(value).strip():
                return str(value).strip()
        return ""

    api_key = pick(None, "ZOTERO_API_KEY", "api_key")
    lib_id = pick(library_id, "ZOTERO_LIBRARY_ID", "library_id")
    lib_type = pick(library_type, "ZOTERO_LIBRARY_TYPE", "library_type") or "user"
    url = pick(api_url, "ZOTERO_API_URL", "api_url") or DEFAULT_API_URL
    missing = []
    if not api_key:
        missing.append(("ZOTERO_API_KEY", "api_key"))
    if not lib_id:
        missing.append(("ZOTERO_LIBRARY_ID", "library_id"))
    if missing:
        names = " and ".join(n for n, _ in missing)
        keys = ", ".join(k for _, k in missing)
        raise ZoteroConfigError(
            f"{names} {'is' if len(missing) == 1 else 'are'} not set: set {names} in the environment, or {keys} "
            f"under [zotero] in {path} (create a key with write access at {KEYS_URL}; your user id is shown there)"
        )
    if lib_type not in ("user", "group"):
        raise ZoteroConfigError("the library type is not 'user' or 'group': set ZOTERO_LIBRARY_TYPE "
                                "(or --library-type) to one of them")
    if not lib_id.isdigit():
        raise ZoteroConfigError("the library id is not a number: set ZOTERO_LIBRARY_ID (or --library-id) "
                                f"to the numeric id shown at {KEYS_URL} (groups: in the group's URL)")
    if not url.startswith(("http://", "https://")):
        raise ZoteroConfigError("the API URL is not an http(s) URL: set ZOTERO_API_URL (or --api-url)")
    return ZoteroSettings(lib_id, lib_type, url, api_key)


# --- the desktop app ----------------------------------------------------------------------------


@dataclass
class LocalSettings:
    """Where the desktop app's local API is, and the local key Zotero 10 gave us (if any)."""

    api_url: str
    config_file: Path
    local_api_key: str | None = field(default=None, repr=False)


def resolve_local_settings(*, api_url: str | None = None, environ: Mapping[str, str] | None = None) -> LocalSettings:
    """Settings for ``push --local``: the endpoint (option > ``ZOTERO_API_URL`` >
    ``local_api_url`` in the config file > ``http://localhost:23119/api``) and the
    ``local_api_key`` remembered in the config file.  No Web API key is needed.

    ``ZOTERO_API_URL`` counts only when it ends in ``/api`` (the local API's shape):
    set for the Web API (served at its root) it would send ``--local`` to the wrong
    server."""
    from ..zotero.client import DEFAULT_LOCAL_API_URL

    env = os.environ if environ is None else environ
    path = config_path(env)
    config = _read_config(path)
    given = env.get("ZOTERO_API_URL", "").strip()
    from_env = given if given.rstrip("/").endswith("/api") else None
    url = next((str(v).strip() for v in (api_url, from_env, config.get("local_api_url"))
                if v is not None and str(v).strip()), DEFAULT_LOCAL_API_URL)
    if not url.startswith(("http://", "https://")):
        raise ZoteroConfigError("the local API URL is not an http(s) URL: set --api-url (or ZOTERO_API_URL)")
    key = str(config.get("local_api_key") or "").strip() or None
    return LocalSettings(url, path, key)


def resolve_connector_url(*, url: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The connector's base URL for ``push --connector``: option > ``ZOTERO_CONNECTOR_URL`` >
    ``connector_url`` in the config file > ``http://localhost:23119``.  (Not
    ``ZOTERO_API_URL``: that one usually names the Web API.)"""
    from ..zotero.connector import DEFAULT_CONNECTOR_URL

    env = os.environ if environ is None else environ
    config = _read_config(config_path(env))
    found = next((str(v).strip() for v in (url, env.get("ZOTERO_CONNECTOR_URL"), config.get("connector_url"))
                  if v is not None and str(v).strip()), DEFAULT_CONNECTOR_URL)
    if not found.startswith(("http://", "https://")):
        raise ZoteroConfigError("the connector URL is not an http(s) URL: set --api-url (or ZOTERO_CONNECTOR_URL)")
    return found.rstrip("/")


def save_local_api_key(path: Path, key: str) -> None:
    """Remember Zotero's local key as ``local_api_key`` under ``[zotero]`` in the config
    file, keeping everything else in it, and leave the file readable by its owner only
    (0600): the key lets any program write to the user's library.

    Written beside the file and moved over it, so a crash never leaves half a file.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ZoteroConfigError(f"the config file {path} cannot be read ({type(exc).__name__}): fix or remove it")
    line = f"local_api_key = {json.dumps(key)}"
    lines = text.splitlines()
    old = next((i for i, s in enumerate(lines) if re.match(r"\s*local_api_key\s*=", s)), None)
    header = next((i for i, s in enumerate(lines) if re.fullmatch(r"\s*\[\s*zotero\s*\]\s*(#.*)?", s)), None)
    if old is not None:
        lines[old] = line
    elif header is not None:
        lines.insert(header + 1, line)
    else:
        lines.insert(0, line)  # a top-level key: read as [zotero] when the file has no such table
    data = ("\n".join(lines) + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        raise ZoteroConfigError(
            f"cannot save Zotero's local key in {path} ({exc.strerror}): check the folder is writable"
        ) from None
