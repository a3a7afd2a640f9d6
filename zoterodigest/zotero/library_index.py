"""A local index of one Zotero library: each item's key, version, type, parent and
the fields its identities come from (arXiv id, DOI, title), kept between runs so a
push into a big library need not read every item again.

The index says at which library version it was current; :mod:`..sync.read.index_refresh`
brings it up to date with ``since=`` reads.  Top-level items are always complete;
children (notes, attachments) only once ``children`` is set (one read of every note
and attachment, made the first time many parents' children are wanted).

One JSON file per library, in the cache folder (``$ZOTERODIGEST_CACHE_DIR`` or the
user cache directory), named by a hash of the library's state name and written
atomically (a temporary file renamed over the old one).  A file that cannot be read,
belongs to another library or has another format is ignored (the index is rebuilt:
losing it costs requests, never data).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..private_files import private_folder
from .item_identity import identity_keys

log = logging.getLogger("zoterodigest")

#: 2: trashed items are kept (flagged), so a lost state finds a paper the user trashed.
FORMAT = 2
#: The fields identities are read from (:func:`.item_identity.identity_keys`).
IDENTITY_FIELDS = ("title", "DOI", "archiveID", "repository", "url")
_ARXIV_LINE = re.compile(r"^[ \t]*+arxiv\s*:.*$", re.IGNORECASE | re.MULTILINE)
#: Item types that are never a paper (no identities kept for them).
NOT_PAPERS = frozenset({"note", "attachment", "annotation"})


@dataclass
class Entry:
    """What the index keeps of one item."""

    version: int
    item_type: str
    parent: str | None = None
    #: The identity fields of a regular item (empty ones left out).
    fields: dict[str, str] = field(default_factory=dict)
    #: In Zotero's trash.
    trashed: bool = False

    def to_json(self) -> list[Any]:
        return [self.version, self.item_type, self.parent, self.fields, self.trashed]

    @classmethod
    def from_json(cls, raw: Any) -> Entry:
        version, item_type, parent, fields, trashed = raw
        if not (isinstance(version, int) and isinstance(item_type, str) and isinstance(fields, dict)
                and (parent is None or isinstance(parent, str)) and isinstance(trashed, bool)):
            raise ValueError("an entry is not [version, type, parent, fields, trashed]")
        return cls(version, item_type, parent, {str(k): str(v) for k, v in fields.items()}, trashed)


def entry_of(obj: dict[str, Any]) -> Entry:
    """The index entry of an item as the API answers it."""
    data = obj.get("data", obj)
    item_type = str(data.get("itemType", ""))
    fields: dict[str, str] = {}
    if item_type not in NOT_PAPERS:
        fields = {name: str(data[name]) for name in IDENTITY_FIELDS if data.get(name)}
        arxiv_lines = _ARXIV_LINE.findall(str(data.get("extra") or ""))
        if arxiv_lines:
            fields["extra"] = "\n".join(arxiv_lines)
    return Entry(int(obj.get("version", data.get("version", 0))), item_type, data.get("parentItem") or None, fields,
                 bool(data.get("deleted")))


@dataclass
class LibraryIndex:
    """The items of library ``library`` (its state name) as of library ``version``."""

    library: str
    version: int = 0
    entries: dict[str, Entry] = field(default_factory=dict)
    #: Every note and attachment is in ``entries`` (with its parent).
    children: bool = False
    #: Full JSON of the objects read in this run (not saved): spares reading them again.
    fresh: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)
    _by_identity: dict[str, list[str]] | None = field(default=None, repr=False)

    def take(self, objects: Iterable[dict[str, Any]]) -> None:
        """Objects just read: kept (a trashed regular item flagged; trashed notes and
        attachments dropped)."""
        for obj in objects:
            key = obj["key"]
            data = obj.get("data", obj)
            if data.get("deleted") and (data.get("parentItem") or data.get("itemType") in NOT_PAPERS):
                self.drop([key])
                continue
            self.entries[key] = entry_of(obj)
            self.fresh[key] = obj
            self._by_identity = None

    def drop(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.entries.pop(key, None)
            self.fresh.pop(key, None)
        self._by_identity = None

    def top_keys(self) -> set[str]:
        """Keys of the library's top-level items, those in the trash left out."""
        return {k for k, e in self.entries.items() if e.parent is None and not e.trashed}

    def papers_with(self, identities: set[str]) -> list[str]:
        """Keys of the top-level regular items answering to any of ``identities``, those
        in the trash too, in index order (the order they were listed in)."""
        if self._by_identity is None:
            self._by_identity = {}
            for key, entry in self.entries.items():
                if entry.parent is None and entry.fields:
                    for identity in identity_keys(entry.fields):
                        self._by_identity.setdefault(identity, []).append(key)
        found = {k for i in identities for k in self._by_identity.get(i, [])}
        return [k for k in self.entries if k in found]

    def children_of(self, parents: Iterable[str]) -> dict[str, list[str]]:
        """Parent -> keys of its notes and attachments (meaningful once ``children``)."""
        wanted = set(parents)
        out: dict[str, list[str]] = {p: [] for p in wanted}
        for key, entry in self.entries.items():
            if entry.parent in wanted:
                out[entry.parent].append(key)
        return out

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "library": self.library, "version": self.version, "children": self.children,
                "items": {k: e.to_json() for k, e in self.entries.items()}}

    @classmethod
    def from_json(cls, raw: Any, library: str) -> LibraryIndex:
        """The index saved as ``raw``; ValueError when it is not one of ``library``."""
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError(f"not an index of format {FORMAT}")
        if raw.get("library") != library:
            raise ValueError(f"an index of {raw.get('library')!r}")
        version, items = raw.get("version"), raw.get("items")
        if not isinstance(version, int) or version < 0 or not isinstance(items, dict):
            raise ValueError("no version or no items")
        entries = {str(k): Entry.from_json(v) for k, v in items.items()}
        return cls(library, version, entries, bool(raw.get("children")))


def index_path(directory: Path, library: str) -> Path:
    """The index file of ``library`` (its state name) in ``directory``."""
    digest = hashlib.sha256(library.encode("utf-8")).hexdigest()[:24]
    return directory / f"zotero-index-v{FORMAT}-{digest}.json"


def load_index(directory: Path, library: str) -> LibraryIndex | None:
    """The saved index of ``library``, or None: none yet, or one that cannot be read,
    decoded or parsed for any reason (then a notice says it is built again)."""
    path = index_path(directory, library)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("the library index %s cannot be read (%s): it is built again with one full read", path, exc)
        return None
    try:
        return LibraryIndex.from_json(json.loads(data.decode("utf-8")), library)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        # UnicodeDecodeError and JSONDecodeError are ValueErrors; the others come from
        # a JSON document of the wrong shape.
        log.warning("the library index %s is unusable (%s): it is built again with one full read", path,
                    type(exc).__name__)
        return None


def save_index(directory: Path, index: LibraryIndex) -> bool:
    """Write the index atomically; False (and a debug line) when the folder is not writable."""
    path = index_path(directory, index.library)
    try:
        private_folder(directory)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(index.to_json(), out, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.debug("the library index cannot be saved in %s (%s): the next run reads the library again",
                  directory, exc)
        return False
    return True
