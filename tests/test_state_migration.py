"""A state file of the old shape (note rows with ``meaning_hash`` + an untyped
``sync_json``; zoterodigest.state_migration) opened by today's code: migrated once,
in one transaction, to the typed base, and decided as before.

The old file is written here by hand, as the code before the typed base wrote it:
its ``zotero_notes`` table and rows of each kind it held -- a legacy row (only the
meaning hash of the whole note both sides agreed on), rows with a base per field
without and with Zotero's task recorded beside the note, and a row with a settled
marker."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from test_decision import AGREED, PLACEABLE, TASK, note
from test_pull import STATE_NAME
from test_sync import CASES, Side, server  # noqa: F401  (the fixture)

from zoterodigest import state_migration
from zoterodigest.errors import CONFLICT_EXIT
from zoterodigest.state import FILE_NAME, NoteBase, State, StateUnavailable
from zoterodigest.state_schema import SCHEMA_VERSION
from zoterodigest.sync.decide.decision import Asked, ZoteroSide, decide_entry
from zoterodigest.sync.decide.note_base import zotero_task
from zoterodigest.sync.decide.note_fields import UNKNOWN, note_parts
from zoterodigest.sync.decide.rendered import meaning_hash
from zoterodigest.sync.decide.threeway import Action

#: The note table before the typed base (schema version 0: no ``PRAGMA user_version``).
OLD_NOTES = ("CREATE TABLE zotero_notes (library TEXT NOT NULL, digest TEXT NOT NULL, identity TEXT NOT NULL, "
             "occurrence INTEGER NOT NULL, parent_key TEXT NOT NULL, note_key TEXT NOT NULL, version INTEGER NOT "
             "NULL, meaning_hash TEXT NOT NULL, sync_json TEXT NOT NULL DEFAULT '{}', "
             "settled_hash TEXT NOT NULL DEFAULT '', PRIMARY KEY (library, digest, identity, occurrence))")
OLD_LIBRARIES = "CREATE TABLE zotero_libraries (library TEXT PRIMARY KEY, version INTEGER NOT NULL)"

LEGACY, FIELDS, WITH_TASK, SETTLED = (("/d.md", f"arxiv:{n}", 0) for n in range(1, 5))


def old_sync(seen: str, task: str | None = None) -> str:
    sync: dict[str, object] = {"base": note_parts(seen), "seen": seen}
    if task is not None:
        sync["task"] = task
    return json.dumps(sync)


def write_old_file(directory: Path, rows: list[tuple]) -> Path:
    """A state file as the code before the typed base left it."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / FILE_NAME
    db = sqlite3.connect(path)
    db.execute(OLD_LIBRARIES)
    db.execute(OLD_NOTES)
    db.execute("INSERT INTO zotero_libraries VALUES (?, 10)", (STATE_NAME,))
    db.executemany("INSERT INTO zotero_notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()
    return path


def old_rows() -> list[tuple]:
    agreed = meaning_hash(AGREED)
    return [
        (STATE_NAME, *LEGACY, "P1", "N1", 10, agreed, "{}", ""),
        (STATE_NAME, *FIELDS, "P2", "N2", 10, agreed, old_sync(AGREED), ""),
        (STATE_NAME, *WITH_TASK, "P3", "N3", 10, agreed, old_sync(AGREED, task="a renamed tag"), ""),
        (STATE_NAME, *SETTLED, "P4", "N4", 10, agreed, old_sync(AGREED), "a marker"),
    ]


def columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[1] for row in db.execute("PRAGMA table_info(zotero_notes)")]


def version_of(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


@pytest.fixture
def migrations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the note tables rebuilt (one per migration)."""
    done: list[int] = []
    rebuild = state_migration._typed_bases

    def counting(db: sqlite3.Connection) -> None:
        done.append(1)
        rebuild(db)

    monkeypatch.setattr(state_migration, "_typed_bases", counting)
    return done


def test_an_old_file_is_migrated_once_to_typed_bases(tmp_path: Path, migrations: list[int]) -> None:
    path = write_old_file(tmp_path / "state", old_rows())
    assert version_of(path) == 0
    with State(tmp_path / "state") as state:
        notes = state.library_rows(STATE_NAME).notes
    # (a) migrated: the version raised, one typed column instead of the hash and the untyped dict.
    assert migrations == [1] and version_of(path) == SCHEMA_VERSION
    assert columns(path) == ["library", "digest", "identity", "occurrence", "parent_key", "note_key", "version",
                             "base_json", "settled_hash"]
    assert notes[LEGACY].base == NoteBase(legacy=meaning_hash(AGREED))
    assert notes[FIELDS].base == NoteBase(note_parts(AGREED), AGREED)
    assert notes[WITH_TASK].base == NoteBase(note_parts(AGREED), AGREED, "a renamed tag")
    assert zotero_task(notes[WITH_TASK].base, TASK) == "a renamed tag"  # while the Task line reads as it did
    assert notes[SETTLED].settled == "a marker" and notes[SETTLED].base == notes[FIELDS].base
    assert [(r.parent_key, r.key, r.version) for r in notes.values()] == [(f"P{n}", f"N{n}", 10) for n in (1, 2, 3, 4)]
    # (c) opened again: nothing migrated again, nothing changed.
    before = dump(path)
    with State(tmp_path / "state") as state:
        assert state.library_rows(STATE_NAME).notes == notes
    assert migrations == [1] and dump(path) == before


def dump(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM zotero_notes ORDER BY identity").fetchall()


#: (digest's summary, Zotero's summary) -> the summary's action, what the digest takes, and
#: whether Zotero's note is written: as before the typed base.
SCENARIOS = {
    "digest edited, Zotero unchanged: the digest wins": ("Mine.", None, Action.TO_ZOTERO, {}, True),
    "Zotero edited, the digest unchanged: Zotero wins": (None, "Theirs.", Action.TO_DIGEST,
                                                         {"summary": "Theirs."}, False),
    "both edited differently: a conflict, both texts kept": ("Mine.", "Theirs.", Action.CONFLICT, {}, False),
}


@pytest.mark.parametrize("eid", [LEGACY, FIELDS, SETTLED], ids=["legacy", "per-field", "settled"])
@pytest.mark.parametrize("scenario", list(SCENARIOS), ids=list(SCENARIOS))
def test_migrated_rows_decide_as_before(tmp_path: Path, eid, scenario: str) -> None:
    write_old_file(tmp_path / "state", old_rows())
    with State(tmp_path / "state") as state:
        row = state.library_rows(STATE_NAME).notes[eid]
    ours_summary, theirs_summary, action, takes, written = SCENARIOS[scenario]
    ours = note(summary=ours_summary) if ours_summary else AGREED
    theirs = note(summary=theirs_summary) if theirs_summary else AGREED
    decision = decide_entry(row.base, ours, ZoteroSide(theirs, 11), set(PLACEABLE), Asked(), row.version)
    assert {f.name: f.action for f in decision.fields if f.action is not Action.NOTHING} == {"summary": action}
    assert decision.digest_takes == takes
    summary = decision.field("summary")
    assert (summary.digest, summary.zotero) == (note_parts(ours)["summary"], note_parts(theirs)["summary"])
    agreed = note_parts(AGREED)
    if eid == LEGACY and ours != AGREED and theirs != AGREED:  # neither side still says the hashed note
        agreed["summary"] = UNKNOWN  # what they say alike is agreed, the rest unknown
    assert decision.base.legacy is None and decision.base.fields == agreed  # resolved per field
    after = decision.base_after(digest_written=True, zotero_written=written)
    assert after.legacy is None and after.seen == theirs


def test_a_legacy_row_both_sides_moved_from_is_a_conflict_where_they_differ(tmp_path: Path) -> None:
    """Neither side says the note the hash was of: fields both say alike are agreed,
    the rest unknown -- a conflict where they differ, never an overwrite."""
    rows = old_rows()
    rows[0] = (*rows[0][:7], meaning_hash("<p>a note nobody has any more</p>"), "{}", "")
    write_old_file(tmp_path / "state", rows)
    with State(tmp_path / "state") as state:
        row = state.library_rows(STATE_NAME).notes[LEGACY]
    decision = decide_entry(row.base, note(summary="Mine."), ZoteroSide(note(summary="Theirs."), 11),
                            set(PLACEABLE), Asked(), row.version)
    assert {f.name: f.action for f in decision.fields if f.action is not Action.NOTHING} == {
        "summary": Action.CONFLICT}
    assert decision.digest_takes == {}


def test_a_failed_migration_leaves_the_old_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_old_file(tmp_path / "state", old_rows())
    before = dump(path)
    made = state_migration.typed_base
    calls: list[int] = []

    def failing(meaning: str, sync_json: str | None) -> NoteBase:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the machine stopped")
        return made(meaning, sync_json)

    monkeypatch.setattr(state_migration, "typed_base", failing)
    with pytest.raises(RuntimeError):
        State(tmp_path / "state")
    assert version_of(path) == 0 and "sync_json" in columns(path) and dump(path) == before
    monkeypatch.setattr(state_migration, "typed_base", made)
    with State(tmp_path / "state") as state:
        assert len(state.library_rows(STATE_NAME).notes) == 4
    assert version_of(path) == SCHEMA_VERSION


def test_a_file_of_a_newer_shape_is_not_used(tmp_path: Path) -> None:
    with State(tmp_path / "state"):
        pass
    with sqlite3.connect(tmp_path / "state" / FILE_NAME) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StateUnavailable, match="newer zoterodigest"):
        State(tmp_path / "state")


# --- end to end: a pushed library's state written back in the old shape, then synced --------------

ARXIV, SUMMARY = CASES["blockquote-cards"][1:]


def to_old_shape(side: Side, *, legacy: bool) -> None:
    """The side's state file as the code before the typed base would have left it."""
    path = side.state_dir / FILE_NAME
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT library, digest, identity, occurrence, parent_key, note_key, version, base_json, "
                          "settled_hash FROM zotero_notes").fetchall()
        db.execute("DROP TABLE zotero_notes")
        db.execute(OLD_NOTES)
        for *keys, base_json, settled in rows:
            base = NoteBase.loads(base_json)
            sync = "{}" if legacy else json.dumps({"base": dict(base.fields), "seen": base.seen})
            db.execute("INSERT INTO zotero_notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (*keys, meaning_hash(base.seen), sync, settled))
        db.execute("PRAGMA user_version = 0")


@pytest.mark.parametrize("legacy", [True, False], ids=["legacy rows", "per-field rows"])
@pytest.mark.parametrize("edit", ["digest", "zotero", "both"])
def test_an_old_state_file_syncs_as_before(server, tmp_path: Path, legacy: bool, edit: str) -> None:  # noqa: F811
    side = Side(server, tmp_path, CASES["blockquote-cards"][0])
    assert side.push().ok
    to_old_shape(side, legacy=legacy)
    if edit in ("digest", "both"):
        side.edit_digest(SUMMARY, "Digest words.")
    if edit in ("zotero", "both"):
        side.edit_note(ARXIV, SUMMARY, "Zotero words.")
    report = side.sync()
    digest, zotero = side.path.read_text("utf-8"), side.note(ARXIV)
    if edit == "digest":
        assert report.exit_code() == 0 and "Digest words." in zotero
    elif edit == "zotero":
        assert report.exit_code() == 0 and "Zotero words." in digest
    else:
        assert report.exit_code() == CONFLICT_EXIT
        assert "Digest words." in digest and "Zotero words." in zotero  # both texts kept
    assert side.notes_of(ARXIV) == 1 and version_of(side.state_dir / FILE_NAME) == SCHEMA_VERSION
    with State(side.state_dir) as state:
        bases = [r.base for r in state.library_rows(STATE_NAME).notes.values()]
    assert all(b.legacy is None and b.fields for b in bases)  # recorded per field, the legacy marker gone
