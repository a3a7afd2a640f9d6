"""The tables of the state file (see :mod:`zoterodigest.state`): one place to read
what a run remembers, kept apart from the code that reads and writes them."""

#: The shape of the tables below, kept in the file's ``PRAGMA user_version``: files of an
#: older shape are brought to it once when opened (:mod:`zoterodigest.state_migration`).
#: 2: the note rows hold their typed base in ``base_json`` (before: ``meaning_hash`` and
#: ``sync_json``; the quiet marker's column was ``quiet_hash`` before ``settled_hash``).
SCHEMA_VERSION = 2

#: The note rows, by table name (a migration builds the new shape beside the old one).
NOTES_TABLE = """
CREATE TABLE IF NOT EXISTS {name} (
    library TEXT NOT NULL,
    digest TEXT NOT NULL,
    identity TEXT NOT NULL,
    occurrence INTEGER NOT NULL,
    parent_key TEXT NOT NULL,
    note_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    -- What both sides last agreed on (zoterodigest.state_rows.NoteBase, as JSON).
    base_json TEXT NOT NULL,
    -- The entry as last rendered and this row, when both sides agreed with it
    -- (zoterodigest.sync.decide.settled); '' when not known.
    settled_hash TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (library, digest, identity, occurrence)
);"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS citation_keys (
    identity TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'zoterodigest'
);
CREATE UNIQUE INDEX IF NOT EXISTS citation_keys_key ON citation_keys (key COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS zotero_libraries (
    library TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS zotero_items (
    library TEXT NOT NULL,
    identity TEXT NOT NULL,
    item_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    sent_hash TEXT NOT NULL,
    sent_json TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (library, identity)
);
{notes}
CREATE TABLE IF NOT EXISTS zotero_collections (
    library TEXT NOT NULL,
    path TEXT NOT NULL,
    collection_key TEXT NOT NULL,
    PRIMARY KEY (library, path)
);
-- The library version each digest was last pulled at (pull reads what changed
-- since then, so a push of another digest meanwhile hides no edit from it).
CREATE TABLE IF NOT EXISTS zotero_pulls (
    library TEXT NOT NULL,
    digest TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (library, digest)
);
-- Fields sync found changed differently on both sides (each side keeps its
-- own text): the note is read again by the next sync whatever its version.
CREATE TABLE IF NOT EXISTS sync_conflicts (
    library TEXT NOT NULL,
    digest TEXT NOT NULL,
    identity TEXT NOT NULL,
    occurrence INTEGER NOT NULL,
    field TEXT NOT NULL,
    note_key TEXT NOT NULL,
    digest_text TEXT NOT NULL,
    zotero_text TEXT NOT NULL,
    PRIMARY KEY (library, digest, identity, occurrence, field)
);
-- What push --connector saved, per paper: the connector answers no keys, so a
-- hash of the item and its notes as sent is all that tells "already saved".
CREATE TABLE IF NOT EXISTS connector_saves (
    target TEXT NOT NULL,
    identity TEXT NOT NULL,
    sent_hash TEXT NOT NULL,
    saved_at TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (target, identity)
);
""".replace("{notes}", NOTES_TABLE.format(name="zotero_notes"))
