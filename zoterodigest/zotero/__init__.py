"""Zotero side of zoterodigest: papers as items, summaries as notes, and the
Web API client that writes them.

``items`` and ``tag_templates`` are pure (no I/O beyond reading the mapping
file); ``client`` is the only module that imports pyzotero (Web API, and the
desktop's local API with ``local=True``); ``connector`` talks plain HTTP to
the desktop's connector; ``errors`` is what the CLI catches.
"""

from .client import BatchResult, ObjectFailure, WriteReport, ZoteroClient, new_key, plan_batches
from .connector import ConnectorClient, connector_item
from .errors import (
    LibraryChanged,
    ZoteroAuthError,
    ZoteroConfigError,
    ZoteroError,
    ZoteroLocalDisabled,
    ZoteroLocalReadOnly,
    ZoteroNotFound,
    ZoteroNotRunning,
    ZoteroRequestError,
    ZoteroUnavailable,
)
from .items import (
    PlannedCollection,
    collection_item,
    collection_path,
    collection_plan,
    existing_collection_paths,
    find_existing,
    identity_keys,
    index_by_identity,
    item_for,
    item_type_for,
    note_html,
    note_item,
    note_meaning,
    paper_identity_keys,
    split_name,
    tags_for,
    title_heading,
)
from .tag_templates import load_tag_templates

__all__ = [
    "BatchResult",
    "ConnectorClient",
    "LibraryChanged",
    "ObjectFailure",
    "PlannedCollection",
    "WriteReport",
    "ZoteroAuthError",
    "ZoteroClient",
    "ZoteroConfigError",
    "ZoteroError",
    "ZoteroLocalDisabled",
    "ZoteroLocalReadOnly",
    "ZoteroNotFound",
    "ZoteroNotRunning",
    "ZoteroRequestError",
    "ZoteroUnavailable",
    "collection_item",
    "collection_path",
    "collection_plan",
    "connector_item",
    "existing_collection_paths",
    "find_existing",
    "identity_keys",
    "index_by_identity",
    "item_for",
    "item_type_for",
    "load_tag_templates",
    "new_key",
    "note_html",
    "note_item",
    "note_meaning",
    "paper_identity_keys",
    "plan_batches",
    "split_name",
    "tags_for",
    "title_heading",
]
