"""Zotero side of zoterodigest: papers as items, summaries as notes, and the
Web API client that writes them.

``items`` (item fields), ``notes`` (note HTML), ``note_markdown`` (note HTML
back to Markdown), ``tags``, ``tag_templates``, ``collection_tree``,
``item_identity`` and ``text_limits`` are pure (no I/O beyond reading the
mapping files); ``client`` is the only module that imports pyzotero (Web API, and the
desktop's local API with ``local=True``), composed of ``transport``, ``answers``,
``reads``, ``batch_writes`` and ``local_access``; ``connector`` talks plain HTTP to
the desktop's connector; ``errors`` is what the CLI catches.

The names below are the layer's interface (``from .. import zotero as zi``).
"""

from .attachments import is_comment_note, wanted_children
from .client import BatchResult, ObjectFailure, WriteReport, ZoteroClient, new_key, plan_batches
from .collection_tree import (
    PlannedCollection,
    collection_item,
    collection_path,
    collection_plan,
    existing_collection_paths,
    title_heading,
)
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
from .item_identity import find_existing, identity_keys, index_by_identity, paper_identity_keys
from .items import FIELDS, UNIVERSAL_FIELDS, conference_name, item_for, item_type_for, split_name
from .notes import markdown_to_html, note_html, note_item, note_meaning
from .tag_templates import load_tag_templates
from .tags import tags_for

__all__ = [
    "FIELDS",
    "UNIVERSAL_FIELDS",
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
    "conference_name",
    "connector_item",
    "existing_collection_paths",
    "find_existing",
    "identity_keys",
    "index_by_identity",
    "is_comment_note",
    "item_for",
    "item_type_for",
    "load_tag_templates",
    "markdown_to_html",
    "new_key",
    "note_html",
    "note_item",
    "note_meaning",
    "paper_identity_keys",
    "plan_batches",
    "split_name",
    "tags_for",
    "title_heading",
    "wanted_children",
]
