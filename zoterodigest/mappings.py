"""The only place that reads ``mappings/``: declarative venue (and later tag
and field) mappings, with the user's overrides merged in.

Defaults ship in the project's ``mappings/`` folder (installed as the
``zoterodigest.mappings`` package data).  A user overrides or extends them
with files of the same name in ``ZOTERODIGEST_MAPPINGS_DIR`` or in the user
config directory (``platformdirs.user_config_dir("zoterodigest")/mappings``).
Every file is validated at load; each bad line gets one clear message.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

VenueKind = Literal["conference", "journal", "workshop", "preprint"]


class MappingError(Exception):
    """A mappings file that cannot be used; the message names file, entry and fix."""


class VenueSpec(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    aliases: list[str]
    kind: VenueKind
    full: str


def user_mappings_dir() -> Path | None:
    env = os.environ.get("ZOTERODIGEST_MAPPINGS_DIR")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    path = Path(user_config_dir("zoterodigest")) / "mappings"
    return path if path.is_dir() else None


def _default_text(name: str) -> tuple[str, str]:
    ref = resources.files("zoterodigest.mapping_files").joinpath(name)
    return str(ref), ref.read_text(encoding="utf-8")


def _load_toml(label: str, text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{label}: not valid TOML ({exc}). Fix the syntax or remove the file.") from None


def _venues_from(label: str, data: dict) -> dict[str, VenueSpec]:
    out: dict[str, VenueSpec] = {}
    for name, spec in data.items():
        if not isinstance(spec, dict):
            raise MappingError(f"{label}: [{name}] must be a table with aliases, kind and full.")
        try:
            out[name] = VenueSpec(name=name, **spec)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise MappingError(f"{label}: venue [{name}], field '{where}': {first['msg']}. "
                               "Each venue needs aliases = [...], kind = conference|journal|workshop|preprint, full = \"...\".") from None
    return out


@lru_cache(maxsize=8)
def _venues_cached(user_dir: str | None) -> dict[str, VenueSpec]:
    label, text = _default_text("venues.toml")
    venues = _venues_from(label, _load_toml(label, text))
    if user_dir:
        path = Path(user_dir) / "venues.toml"
        if path.is_file():
            venues.update(_venues_from(str(path), _load_toml(str(path), path.read_text(encoding="utf-8"))))
    return venues


def venues() -> dict[str, VenueSpec]:
    """Canonical venue name -> spec, user overrides merged."""
    user = user_mappings_dir()
    return _venues_cached(str(user) if user else None)


def venue_aliases() -> dict[str, str]:
    """Alias -> canonical venue name (every alias, for finding venues in text)."""
    out: dict[str, str] = {}
    for name, spec in venues().items():
        if spec.kind == "preprint":
            continue
        for alias in spec.aliases:
            out[alias] = name
    return out
