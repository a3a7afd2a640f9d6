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

Every problem is one :class:`ZoteroConfigError` naming what to set, and no
message ever contains the key.
"""

from __future__ import annotations

import os
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
