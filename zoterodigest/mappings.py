"""The only place that reads ``mappings/``: declarative venue, BibTeX and
Zotero mappings, with the user's overrides merged in (tag templates are read
by :mod:`zoterodigest.zotero.tag_templates`, to move here).

Defaults ship in the project's ``mappings/`` folder (installed as package
data).  A user overrides or extends them with files of the same name in
``ZOTERODIGEST_MAPPINGS_DIR`` or in the user config directory
(``platformdirs.user_config_dir("zoterodigest")/mappings``).  Every file is
validated when it is loaded: all problems are reported at once, one line
each, naming the file, the line and the fix.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from .errors import ConfigError
from .model import Venue

VenueKind = Literal["conference", "journal", "workshop", "preprint"]


class MappingError(ConfigError):
    """A mappings file that cannot be used; the message lists every problem."""


class VenueSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str]
    kind: VenueKind
    full: str
    booktitle: str | None = None
    workshop: str | None = None
    journal: str | None = None
    publisher: str | None = None

    @model_validator(mode="after")
    def _needs_title(self) -> VenueSpec:
        if self.kind in ("conference", "workshop") and not self.booktitle:
            raise ValueError("a conference needs booktitle = \"...\"")
        if self.kind == "journal" and not self.journal:
            raise ValueError("a journal needs journal = \"...\"")
        return self


class BibtexSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    citation_key: str
    skip_words: list[str]


ItemType = Literal["preprint", "conferencePaper", "journalArticle"]


class ZoteroFieldsSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conference_name: str = "{venue} {year}"
    preprint_repository: str = "arXiv"
    preprint_library_catalog: str = "arXiv.org"
    crossref_library_catalog: str = "DOI.org (Crossref)"

    @model_validator(mode="after")
    def _placeholders(self) -> ZoteroFieldsSpec:
        unknown = set(re.findall(r"\{([^{}]*)\}", self.conference_name)) - {"venue", "year"}
        if unknown:
            raise ValueError(f"conference_name may use {{venue}} and {{year}}, not {{{min(unknown)}}}")
        return self


class ZoteroSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item_types: dict[VenueKind, ItemType]
    fields: ZoteroFieldsSpec = ZoteroFieldsSpec()


def user_mappings_dir() -> Path | None:
    """``$ZOTERODIGEST_MAPPINGS_DIR``, else the user config folder's ``mappings``
    if it exists (looked up once per process: it is asked for every venue)."""
    env = os.environ.get("ZOTERODIGEST_MAPPINGS_DIR")
    return Path(env) if env else _config_mappings_dir()


@lru_cache(maxsize=1)
def _config_mappings_dir() -> Path | None:
    from platformdirs import user_config_dir

    path = Path(user_config_dir("zoterodigest")) / "mappings"
    return path if path.is_dir() else None


def _sources(name: str) -> list[tuple[str, str]]:
    """(label, text) of the default file, then of the user's file if any."""
    ref = resources.files("zoterodigest.mapping_files").joinpath(name)
    out = [(f"mappings/{name}", ref.read_text(encoding="utf-8"))]
    user = user_mappings_dir()
    if user is not None and (user / name).is_file():
        path = user / name
        try:
            out.append((str(path), path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise MappingError(f"{path}: cannot be read ({exc}). Fix or remove the file.") from None
    return out


def _load_toml(label: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{label}: not valid TOML ({exc}). Fix the syntax or remove the file.") from None


def _line_of_table(text: str, name: str) -> int:
    pattern = re.compile(rf'^[ \t]*\[[ \t]*(?:"{re.escape(name)}"|{re.escape(name)})\s*\]', re.MULTILINE)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _errors(exc: ValidationError) -> list[str]:
    out = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e["loc"]) or "value"
        msg = e["msg"].removeprefix("Value error, ")
        out.append(f"'{where}': {msg}" if e["loc"] else msg)
    return out


def _venues_from(label: str, text: str) -> tuple[dict[str, VenueSpec], list[str]]:
    data = _load_toml(label, text)
    venues: dict[str, VenueSpec] = {}
    problems: list[str] = []
    for name, spec in data.items():
        line = _line_of_table(text, name)
        if not isinstance(spec, dict):
            problems.append(f"{label}:{line}: [{name}] must be a table (aliases, kind, full, ...)")
            continue
        try:
            venues[name] = VenueSpec(name=name, **spec)
        except ValidationError as exc:
            for msg in _errors(exc):
                problems.append(f"{label}:{line}: venue [{name}], {msg}")
    return venues, problems


@lru_cache(maxsize=8)
def _venues_cached(key: str | None) -> dict[str, VenueSpec]:
    venues: dict[str, VenueSpec] = {}
    problems: list[str] = []
    for label, text in _sources("venues.toml"):
        found, bad = _venues_from(label, text)
        venues.update(found)
        problems.extend(bad)
    if problems:
        raise MappingError("the venue mappings have problems:\n  " + "\n  ".join(problems)
                           + "\nEach venue needs aliases = [...], kind = conference|journal|workshop|preprint, "
                           "full = \"...\", and booktitle (conferences) or journal (journals).")
    return venues


def _user_key() -> str | None:
    env = os.environ.get("ZOTERODIGEST_MAPPINGS_DIR")
    if env:
        return env
    user = _config_mappings_dir()
    return str(user) if user else None


def venues() -> dict[str, VenueSpec]:
    """Canonical venue name -> spec, user overrides merged."""
    return _venues_cached(_user_key())


@lru_cache(maxsize=8)
def _aliases_cached(key: str | None) -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for name, spec in _venues_cached(key).items():
        for alias in [name, *spec.aliases]:
            exact.setdefault(alias, name)
            folded.setdefault(alias.casefold(), name)
    return exact, folded


def venue_aliases() -> dict[str, str]:
    """Alias -> canonical venue name, for finding venues in free text (no preprints)."""
    specs = venues()
    return {a: n for a, n in _aliases_cached(_user_key())[0].items() if specs[n].kind != "preprint"}


def venue_spec(venue: Venue | None) -> VenueSpec | None:
    """The mapping of a venue as a digest names it (``NIPS`` -> NeurIPS), or None."""
    if venue is None:
        return None
    exact, folded = _aliases_cached(_user_key())
    name = exact.get(venue.name) or folded.get(venue.name.casefold())
    if name is None:
        # "SIGGRAPH-ASIA", "IEEE TPAMI": try without punctuation.
        name = folded.get(re.sub(r"[-_]+", " ", venue.name).casefold())
    return venues()[name] if name else None


@lru_cache(maxsize=8)
def _bibtex_cached(key: str | None) -> BibtexSpec:
    merged: dict[str, Any] = {}
    label = "mappings/bibtex.toml"
    for label, text in _sources("bibtex.toml"):
        merged.update(_load_toml(label, text))
    try:
        return BibtexSpec(**merged)
    except ValidationError as exc:
        raise MappingError(f"{label}: " + "; ".join(_errors(exc))
                           + ". bibtex.toml takes citation_key = \"...\" and skip_words = [...].") from None


def bibtex_settings() -> BibtexSpec:
    return _bibtex_cached(_user_key())


@lru_cache(maxsize=8)
def _zotero_cached(key: str | None) -> ZoteroSpec:
    merged: dict[str, Any] = {}
    label = "mappings/zotero.toml"
    for label, text in _sources("zotero.toml"):
        for table, values in _load_toml(label, text).items():
            if isinstance(values, dict) and isinstance(merged.get(table), dict):
                merged[table] = {**merged[table], **values}
            else:
                merged[table] = values
    try:
        return ZoteroSpec(**merged)
    except ValidationError as exc:
        raise MappingError(f"{label}: " + "; ".join(_errors(exc))
                           + ". zotero.toml takes [item_types] (conference, workshop, journal, preprint = "
                           "preprint|conferencePaper|journalArticle) and [fields].") from None


def zotero_settings() -> ZoteroSpec:
    """Item types by venue kind and the fixed field values of items."""
    return _zotero_cached(_user_key())


def clear_cache() -> None:
    """Forget loaded mappings (after the user's files or environment changed)."""
    for f in (_venues_cached, _aliases_cached, _bibtex_cached, _zotero_cached, _config_mappings_dir):
        f.cache_clear()
