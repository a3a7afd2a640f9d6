"""arXiv categories as Zotero names them: ``cs.CV`` -> "Computer Science - Computer Vision
and Pattern Recognition" (pure, the table is data in ``mappings/arxiv_categories.toml``).

Zotero's arXiv translator tags a paper with its categories under these names (automatic
tags), so a paper pushed by zoterodigest and one the user saved from arXiv carry the same
tags.  A code the table does not know keeps its code as its name (nothing is dropped).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from ..mappings import MappingError, user_mappings_dir

FILE_NAME = "arxiv_categories.toml"


def _tables(label: str, text: str) -> dict[str, dict[str, str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{label}: not valid TOML ({exc}). Fix the syntax or remove the file.") from None
    out: dict[str, dict[str, str]] = {}
    for table in ("archives", "categories"):
        values = data.get(table, {})
        if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
            raise MappingError(f'{label}: [{table}] must map codes to names, e.g. "cs.CV" = "Computer Vision ..."')
        out[table] = dict(values)
    unknown = sorted(set(data) - {"archives", "categories"})
    if unknown:
        raise MappingError(f"{label}: unknown table [{unknown[0]}] (known: [archives], [categories])")
    return out


@lru_cache(maxsize=4)
def _names(user_key: str | None) -> dict[str, str]:
    ref = resources.files("zoterodigest.mapping_files").joinpath(FILE_NAME)
    tables = _tables(f"mappings/{FILE_NAME}", ref.read_text(encoding="utf-8"))
    folder = user_mappings_dir()
    if folder is not None and (folder / FILE_NAME).is_file():
        path = folder / FILE_NAME
        try:
            mine = _tables(str(path), path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise MappingError(f"{path}: cannot be read ({exc}). Fix or remove the file.") from None
        for table, values in mine.items():
            tables[table].update(values)
    return {**tables["archives"], **tables["categories"]}


def category_names() -> dict[str, str]:
    """Code -> name of every archive and category known (user additions merged)."""
    folder = user_mappings_dir()
    return _names(str(folder) if folder is not None else None)


def zotero_category_name(code: str) -> str:
    """The name Zotero's translator gives category ``code``: "Archive - Category" for a
    category of an archive (``math.SG`` -> "Mathematics - Symplectic Geometry"), else the
    category's own name (``hep-ex``, ``quant-ph``); an unknown code stays itself."""
    code = code.strip()
    names = category_names()
    own = names.get(code)
    if own is None:
        return code
    archive, dot, _ = code.partition(".")
    if dot and archive in names:
        return f"{names[archive]} - {own}"
    return own
