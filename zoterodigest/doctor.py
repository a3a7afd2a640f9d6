"""``zoterodigest doctor``: what is configured, whether each server answers, and
what to fix.

Every check gives one :class:`Check` (a name, ``ok``/``warn``/``fail``/``skip``,
what was found, the fix).  The server checks ask one cheap request each, with a
short timeout, through ``get`` (so tests pass their own).  The Zotero API key is
never part of any text: only whether it is set, and what the server says it may do.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

#: ``get(url, headers) -> (status, json body or None)``; raises OSError-like errors when unreachable.
Getter = Callable[[str, dict[str, str]], tuple[int, Any]]

ARXIV_PDF_DEFAULT = "https://arxiv.org/pdf"
TOOLS = ("pdflatex", "bibtex", "biber", "pandoc")


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok, warn, fail, skip
    found: str
    fix: str = ""

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def http_get(url: str, headers: dict[str, str]) -> tuple[int, Any]:
    """One GET with a 10 s timeout (the real getter)."""
    import requests

    answer = requests.get(url, headers=headers, timeout=10)
    try:
        body = answer.json()
    except ValueError:
        body = None
    return answer.status_code, body


def run_checks(*, offline: bool = False, get: Getter = http_get,
               environ: Mapping[str, str] | None = None) -> list[Check]:
    env = os.environ if environ is None else environ
    checks = [*_zotero(env, None if offline else get), *_metadata(env, None if offline else get)]
    checks += _folders()
    checks += [_tool(name) for name in TOOLS]
    return checks


def _zotero(env: Mapping[str, str], get: Getter | None) -> list[Check]:
    from .sync.settings import config_path, resolve_settings
    from .zotero.errors import ZoteroConfigError

    try:
        s = resolve_settings(environ=env)
    except ZoteroConfigError as exc:
        return [Check("Zotero library", "fail", "not configured", str(exc)),
                Check("Zotero server", "skip", "no library configured")]
    library = Check("Zotero library", "ok", f"{s.library_type} {s.library_id} at {s.api_url} "
                    f"(API key set; settings from the environment or {config_path(env)})")
    if get is None:
        return [library, Check("Zotero server", "skip", "--offline")]
    url = f"{s.api_url.rstrip('/')}/keys/current"
    try:
        status, body = get(url, {"Zotero-API-Key": s.api_key, "Zotero-API-Version": "3"})
    except Exception as exc:  # noqa: BLE001 -- any failure to connect is the finding
        return [library, _unreachable("Zotero server", s.api_url, exc, "ZOTERO_API_URL")]
    if status in (401, 403):
        return [library, Check("Zotero server", "fail", f"{s.api_url} refused the API key (HTTP {status})",
                               "create a key with write access at https://www.zotero.org/settings/keys and set "
                               "ZOTERO_API_KEY")]
    if status != 200:
        return [library, Check("Zotero server", "fail", f"{url} answered HTTP {status}",
                               "check ZOTERO_API_URL (it names the Web API's base, e.g. https://api.zotero.org)")]
    return [library, _key_access(s.library_type, s.library_id, body if isinstance(body, dict) else {})]


def _key_access(library_type: str, library_id: str, info: dict[str, Any]) -> Check:
    """What the key may do in the configured library, from ``/keys/current``."""
    access = info.get("access") or {}
    if library_type == "user":
        if str(info.get("userID", library_id)) != str(library_id):
            return Check("Zotero server", "fail", f"the key belongs to user {info.get('userID')}, not {library_id}",
                         "set ZOTERO_LIBRARY_ID to the key's user id (shown at https://www.zotero.org/settings/keys)")
        rights = access.get("user") or {}
    else:
        groups = access.get("groups") or {}
        rights = groups.get(str(library_id)) or groups.get("all") or {}
    if not rights.get("write"):
        return Check("Zotero server", "warn", "answers; the key may read but not write this library",
                     "push, pull's --prune and sync need a key with write access")
    return Check("Zotero server", "ok", "answers; the key may read and write this library")


def _metadata(env: Mapping[str, str], get: Getter | None) -> list[Check]:
    from .enrich import arxiv_lookup, crossref, semantic_scholar

    services = [
        ("arXiv API", "ARXIV_API_URL", arxiv_lookup.DEFAULT_API_URL, "?id_list=1706.03762&max_results=1"),
        ("Semantic Scholar", "S2_API_URL", semantic_scholar.DEFAULT_API_URL,
         "/paper/ARXIV:1706.03762?fields=title"),
        ("Crossref", "CROSSREF_API_URL", crossref.DEFAULT_API_URL, "/works?rows=0"),
    ]
    checks = []
    for name, var, default, probe in services:
        base = env.get(var, "").strip() or default
        if get is None:
            checks.append(Check(name, "skip", f"{base} (--offline)"))
            continue
        headers = {"x-api-key": env["S2_API_KEY"]} if var == "S2_API_URL" and env.get("S2_API_KEY") else {}
        try:
            status, _ = get(base.rstrip("/") + probe, headers)
        except Exception as exc:  # noqa: BLE001 -- any failure to connect is the finding
            checks.append(_unreachable(name, base, exc, var))
            continue
        if status in (200, 404, 429):  # 404: an unknown paper, 429: busy -- both are the service answering
            checks.append(Check(name, "ok", f"{base} answers" + (" (rate limited now)" if status == 429 else "")))
        else:
            checks.append(Check(name, "warn", f"{base} answered HTTP {status}", f"check {var}"))
    pdf = env.get("ARXIV_PDF_URL", "").strip() or ARXIV_PDF_DEFAULT
    checks.append(Check("arXiv PDFs", "ok", pdf))
    return checks


def _unreachable(name: str, base: str, exc: Exception, var: str) -> Check:
    return Check(name, "fail", f"cannot reach {base} ({type(exc).__name__})",
                 f"check the network, or set {var} to a mirror; commands that need it take --offline")


def _folders() -> list[Check]:
    from .enrich.cache import default_cache_dir
    from .mappings import user_mappings_dir
    from .state import default_state_dir

    out = [_folder("state folder", default_state_dir(), "ZOTERODIGEST_STATE_DIR"),
           _folder("cache folder", default_cache_dir(), "ZOTERODIGEST_CACHE_DIR")]
    user = user_mappings_dir()
    if user is None:
        out.append(Check("mappings", "ok", "the bundled ones (no user folder)"))
    elif not user.is_dir():
        out.append(Check("mappings", "fail", f"{user} is not a folder", "fix ZOTERODIGEST_MAPPINGS_DIR"))
    else:
        names = sorted(p.name for p in user.glob("*.toml"))
        out.append(Check("mappings", "ok", f"{user}: {', '.join(names) or 'no .toml file'} over the bundled ones"))
    return out


def _folder(name: str, path: Path, var: str) -> Check:
    existing = next((p for p in (path, *path.parents) if p.exists()), None)
    if existing is None or not os.access(existing, os.W_OK):
        return Check(name, "fail", f"{path} cannot be written", f"set {var} to a folder you can write")
    return Check(name, "ok", str(path) + ("" if path.exists() else " (made on first use)"))


def _tool(name: str) -> Check:
    found = shutil.which(name)
    if found:
        return Check(name, "ok", found)
    return Check(name, "skip", "not found (only needed to compile or render the exports yourself)")


def lines(checks: list[Check]) -> list[str]:
    """The report as text: one line per check, its fix under it."""
    width = max(len(c.name) for c in checks)
    out = []
    for c in checks:
        out.append(f"{c.status:4}  {c.name:{width}}  {c.found}")
        if c.fix:
            out.append(f"{'':4}  {'':{width}}  fix: {c.fix}")
    return out
