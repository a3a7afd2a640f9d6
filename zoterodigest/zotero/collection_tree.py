"""Where an entry goes in Zotero's collection tree: one collection per digest (its
name, title heading or file stem), one nested sub-collection per section path;
and the library's existing collections as paths, so a plan reuses them.

Also the digest's title heading and section names, which notes and tags use to
say where an entry is listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from .text_limits import ZoteroJson, clip_chars, repaired
from .title_heading import title_heading

__all__ = ["PlannedCollection", "collection_item", "collection_path", "collection_plan", "digest_collection_name",
           "existing_collection_paths", "section_names", "title_heading"]


def section_names(section: list[str], title_heading: str | None) -> list[str]:
    """The headings an entry is listed under, the digest's own title heading left out."""
    names = [repaired(s) for s in section if repaired(s)]
    if names and title_heading is not None and names[0] == repaired(title_heading):
        names = names[1:]
    return names


@dataclass(frozen=True)
class PlannedCollection:
    """A collection to have: its names from the digest's collection down."""

    path: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def parent(self) -> tuple[str, ...] | None:
        return self.path[:-1] or None


def digest_collection_name(digest_path: str, title_heading: str | None, name: str | None = None) -> str:
    """The digest's collection: the given name, else its first level-1 heading, else the file stem."""
    chosen = repaired(name) or repaired(title_heading) or repaired(PurePath(digest_path).stem)
    return clip_chars(chosen)


def collection_path(
    digest_path: str,
    title_heading: str | None,
    section: list[str],
    *,
    flatten: bool = False,
    name: str | None = None,
) -> tuple[str, ...]:
    """The collection an entry listed under ``section`` belongs in."""
    root = digest_collection_name(digest_path, title_heading, name)
    if flatten:
        return (root,)
    return (root, *(clip_chars(s) for s in section_names(section, title_heading)))


def collection_plan(
    digest_path: str,
    title_heading: str | None,
    sections: Iterable[list[str]],
    *,
    flatten: bool = False,
    name: str | None = None,
) -> list[PlannedCollection]:
    """One collection per digest and one nested sub-collection per section path,
    parents before children (the order they must be created in)."""
    seen: dict[tuple[str, ...], None] = {}
    for section in [[], *sections]:
        path = collection_path(digest_path, title_heading, section, flatten=flatten, name=name)
        for depth in range(1, len(path) + 1):
            seen.setdefault(path[:depth], None)
    return [PlannedCollection(p) for p in seen]


def collection_item(planned: PlannedCollection, parent_key: str | None) -> ZoteroJson:
    """A collection's JSON (no key/version: the caller adds them)."""
    return {"name": planned.name, "parentCollection": parent_key or False}


def existing_collection_paths(collections: Iterable[ZoteroJson]) -> dict[tuple[str, ...], str]:
    """Path of names -> key of the library's collections (as the API lists them),
    so a plan reuses collections that exist instead of creating twins."""
    by_key = {}
    for c in collections:
        data = c.get("data", c)
        if not data.get("deleted"):
            by_key[data["key"]] = (data.get("name", ""), data.get("parentCollection") or None)
    out: dict[tuple[str, ...], str] = {}
    for key in by_key:
        names: list[str] = []
        cur: str | None = key
        seen: set[str] = set()
        while cur and cur in by_key and cur not in seen:
            seen.add(cur)
            names.insert(0, by_key[cur][0])
            cur = by_key[cur][1]
        if cur is None:
            out.setdefault(tuple(names), key)
    return out
