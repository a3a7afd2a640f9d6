"""Issue 16, item 1: a run that finds nothing to do neither renders nor compares the
notes of entries unchanged since both sides agreed (zoterodigest.sync.decide.settled and
.rendered), and the title heading is found without parsing the whole digest
(zoterodigest.zotero.title_heading).  Checked by counting, never by timing: how many
notes a sync renders, against the strict fake Zotero server; the shortcut is checked
to give what the full way gives (an oracle that runs the full way beside it)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from fakes.zotero_server import ZoteroLibraryServer
from hypothesis import given, settings
from hypothesis import strategies as st
from test_pull import KEY, LIB, STATE_NAME, make_client

from zoterodigest import zotero as zi
from zoterodigest.digest import parse_bytes, read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.decide import settled
from zoterodigest.sync.decide.note_decisions import NoteDecider
from zoterodigest.sync.decide.pull_plan import entry_ids
from zoterodigest.sync.decide.rendered import RenderedNotes, is_settled, meaning_hash
from zoterodigest.sync.decide.threeway import Action
from zoterodigest.sync.options import RunOptions
from zoterodigest.sync.sync import Syncer, status_digests, sync_digests
from zoterodigest.zotero import notes as notes_module
from zoterodigest.zotero.title_heading import _MARKDOWN, _heading_text, _title_heading

ENTRIES = 24


def daily_list(count: int = ENTRIES) -> str:
    """A daily-list digest of ``count`` papers, each with its own abstract."""
    parts = ["# Diffusion Papers · 2025-04-07\n\n## Paper List\n"]
    for n in range(count):
        arxiv = f"2504.{n + 100:05d}"
        parts.append(f"\n- **[Paper number {n}](https://arxiv.org/abs/{arxiv})**  `arXiv:{arxiv}`  `cs.LG`  \n"
                     f"  _Ann Author, Bo Writer_\n  <details open><summary>Abstract</summary>\n"
                     f"  The abstract of paper {n}, with *emphasis* and $x_{n}$ math.\n  </details>\n")
    return "".join(parts)


class Renders:
    """Counts the notes rendered from entries while installed (every caller goes
    through ``zotero.note_html`` or ``zotero.notes.note_html``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = notes_module.note_html

        def counted(*args, **kw):
            self.count += 1
            return original(*args, **kw)

        monkeypatch.setattr(notes_module, "note_html", counted)
        monkeypatch.setattr(zi, "note_html", counted)

    def reset(self) -> int:
        count, self.count = self.count, 0
        return count


class Library:
    """One digest pushed to the fake server; runs remember their requests."""

    def __init__(self, tmp_path: Path) -> None:
        self.server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
        self.path = tmp_path / "digest.md"
        self.path.write_text(daily_list(), encoding="utf-8")
        self.state_dir = tmp_path / "state"
        self.requests: list = []

    def run(self, fn):
        before = len(self.server.log)
        with State(self.state_dir) as state:
            result = fn(make_client(self.server), state)
        self.requests = self.server.log[before:]
        return result

    def push(self):
        return self.run(lambda c, s: push_digests([read_digest(self.path)], c, s))

    def sync(self, **kw):
        return self.run(lambda c, s: sync_digests([self.path], c, s, **kw))

    def notes(self) -> list:
        return sorted((i for i in self.server.library(LIB).items.values() if i.item_type == "note"),
                      key=lambda i: i.key)

    def edit_in_zotero(self, count: int) -> list[str]:
        """Reword the abstract of ``count`` notes in Zotero, from the last paper back (so they
        never meet :meth:`edit_in_digest`'s, which start at the first); returns the words added."""
        added = []
        last_first = sorted(self.notes(), key=lambda n: -int(re.search(r"The abstract of paper (\d+)", n.note)[1]))
        for note in last_first[:count]:
            word = f"zotero{len(added)}"
            new, n = re.subn(r"(The abstract of paper \d+)", rf"\1 {word}", note.note)
            assert n == 1
            self.server.write(LIB, [{"key": note.key, "version": note.version, "note": new}])
            added.append(word)
        return added

    def edit_in_digest(self, count: int) -> list[str]:
        text = self.path.read_text("utf-8")
        added = []
        for n in range(count):
            word = f"digest{n}"
            text = text.replace(f"The abstract of paper {n},", f"The abstract of paper {n} {word},")
            added.append(word)
        self.path.write_text(text, "utf-8")
        return added


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path)
    assert lib.push().ok
    assert lib.sync().exit_code() == 0
    return lib


def test_a_noop_sync_and_status_render_no_note(library: Library, monkeypatch):
    renders = Renders(monkeypatch)
    report = library.sync()
    assert report.exit_code() == 0 and not report.decisions
    assert renders.reset() == 0
    assert len(library.requests) <= 2 and all(r.method == "GET" for r in library.requests)
    report = library.run(lambda c, s: status_digests([library.path], c, s))
    assert not report.decisions and renders.reset() == 0


def test_ten_notes_edited_in_zotero_render_only_those(library: Library, monkeypatch):
    words = library.edit_in_zotero(10)
    renders = Renders(monkeypatch)
    report = library.sync()
    assert report.exit_code() == 0
    assert len([d for d in report.decisions if d.action is Action.TO_DIGEST]) == 10
    text = library.path.read_text("utf-8")
    assert all(w in text for w in words)
    # Each edited entry is rendered as the digest held it, then as pull rewrote it.
    assert renders.reset() == 2 * 10
    assert library.sync().exit_code() == 0
    assert renders.reset() == 0


def test_ten_summaries_edited_in_the_digest_render_only_those(library: Library, monkeypatch):
    words = library.edit_in_digest(10)
    renders = Renders(monkeypatch)
    report = library.sync()
    assert report.exit_code() == 0
    assert len([d for d in report.decisions if d.action is Action.TO_ZOTERO]) == 10
    assert renders.reset() == 10
    held = " ".join(n.note for n in library.notes())
    assert all(w in held for w in words)
    assert library.sync().exit_code() == 0
    assert renders.reset() == 0
    assert len(library.requests) <= 2


def test_a_plain_repush_renders_no_note(library: Library, monkeypatch):
    renders = Renders(monkeypatch)
    report = library.push()
    assert report.ok and renders.reset() == 0
    assert all(r.method == "GET" for r in library.requests)


def test_a_marker_holds_only_for_its_entry_and_row(library: Library):
    with State(library.state_dir) as state:
        rows = state.library_rows(STATE_NAME)
        digest = read_digest(library.path)
        notes = RenderedNotes()
        heading = zi.title_heading(digest.doc.text)
        eid, entry = next(iter(entry_ids(digest).items()))
        row = rows.notes[eid]
        hashed = notes.entry_hash(entry, library.path.name, heading)
        assert is_settled(row, hashed)
        assert not is_settled(row, notes.entry_hash(entry, "other.md", heading))
        from dataclasses import replace
        assert not is_settled(replace(row, version=row.version + 1), hashed)
        assert not is_settled(replace(row, base=replace(row.base, seen=row.base.seen + "<p>x</p>")), hashed)
        entry.paper = entry.paper.replace(summary="Another summary.")
        assert not is_settled(row, notes.entry_hash(entry, library.path.name, heading))


def test_a_state_file_without_markers_is_upgraded_in_place(tmp_path: Path):
    """A state file made before the marker column: opened, its rows read with no marker
    (so the next run goes the full way), and written with one."""
    directory = tmp_path / "state"
    with State(directory) as state:
        state.record_rows("lib", version=3)
    db = sqlite3.connect(directory / "state-v1.sqlite3")
    db.execute("DROP TABLE zotero_notes")
    db.execute("CREATE TABLE zotero_notes (library TEXT NOT NULL, digest TEXT NOT NULL, identity TEXT NOT NULL, "
               "occurrence INTEGER NOT NULL, parent_key TEXT NOT NULL, note_key TEXT NOT NULL, version INTEGER NOT "
               "NULL, meaning_hash TEXT NOT NULL, sync_json TEXT NOT NULL DEFAULT '{}', "
               "PRIMARY KEY (library, digest, identity, occurrence))")
    db.execute("INSERT INTO zotero_notes VALUES ('lib', '/d.md', 'arxiv:1', 0, 'P', 'N', 4, 'm', '{}')")
    db.execute("PRAGMA user_version = 0")  # a file of that time's shape
    db.commit()
    db.close()
    with State(directory) as state:
        row = state.library_rows("lib").notes[("/d.md", "arxiv:1", 0)]
        assert row.settled == "" and row.version == 4
        from dataclasses import replace
        state.record_rows("lib", notes=[replace(row, settled="q")])
    with State(directory) as state:
        assert state.library_rows("lib").notes[("/d.md", "arxiv:1", 0)].settled == "q"


def test_a_state_file_with_the_marker_s_old_column_name_keeps_its_markers(tmp_path: Path):
    """The marker's column was ``quiet_hash`` before issue 25: renamed in place, markers kept."""
    directory = tmp_path / "state"
    with State(directory) as state:
        state.record_rows("lib", version=3)
    db = sqlite3.connect(directory / "state-v1.sqlite3")
    db.execute("DROP TABLE zotero_notes")  # the table of that time
    db.execute("CREATE TABLE zotero_notes (library TEXT NOT NULL, digest TEXT NOT NULL, identity TEXT NOT NULL, "
               "occurrence INTEGER NOT NULL, parent_key TEXT NOT NULL, note_key TEXT NOT NULL, version INTEGER NOT "
               "NULL, meaning_hash TEXT NOT NULL, sync_json TEXT NOT NULL DEFAULT '{}', "
               "quiet_hash TEXT NOT NULL DEFAULT '', PRIMARY KEY (library, digest, identity, occurrence))")
    db.execute("INSERT INTO zotero_notes VALUES ('lib', '/d.md', 'arxiv:1', 0, 'P', 'N', 4, 'm', '{}', 'mark')")
    db.execute("PRAGMA user_version = 0")
    db.commit()
    db.close()
    with State(directory) as state:
        assert state.library_rows("lib").notes[("/d.md", "arxiv:1", 0)].settled == "mark"
    db = sqlite3.connect(directory / "state-v1.sqlite3")
    names = {row[1] for row in db.execute("PRAGMA table_info(zotero_notes)")}
    db.close()
    assert "settled_hash" in names and "quiet_hash" not in names


def test_digests_handed_over_are_used_while_the_file_is_the_same(tmp_path: Path, monkeypatch):
    path = tmp_path / "digest.md"
    path.write_text(daily_list(3), encoding="utf-8")
    known = read_digest(path)
    options = RunOptions(known={str(path): known})
    _, digests = options.read([str(path)])
    assert digests[0] is known
    _, again = options.read([str(path)])  # handed over once: a second read parses
    assert again[0] is not known and [e.paper for e in again[0].entries] == [e.paper for e in known.entries]
    changed = RunOptions(known={str(path): read_digest(path)})
    path.write_text(daily_list(4), encoding="utf-8")
    _, fresh = changed.read([str(path)])
    assert len(fresh[0].entries) == 4


# --- the oracle: the full way, run beside every shortcut ----------------------------------------


def full_way_agrees(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Install a check: each time sync skips an entry as unchanged, decide it the full
    way too and assert nothing would happen (no decision, every field NOTHING, Zotero's
    note already the note push would write).  Returns a list counting the checks."""
    checked = [0]
    original = settled.unchanged

    def checking(eid, entry, hashed, rows, moved, touched, notes):
        skip = original(eid, entry, hashed, rows, moved, touched, notes)
        if skip:
            digest = next(d for d in checking.digests if any(e is entry for e in d.entries))
            decider = NoteDecider(RunOptions(), notes)
            heading = zi.title_heading(digest.doc.text)
            changes = checking.changes
            assert decider.decide(digest, heading, entry, eid, rows, changes) == []
            plan = decider.notes[eid]
            assert all(f.first is Action.NOTHING for f in plan.fields)
            html = notes.html(entry, Path(digest.path).name, heading)
            assert meaning_hash(html) == meaning_hash(plan.current) == meaning_hash(rows.notes[eid].base.seen)
            # ... and the base the full way would record is the row's, Zotero's note as seen the note sent.
            assert rows.notes[eid].base.seen == html
            assert {f.name: f.new_base for f in plan.fields} == {f.name: rows.notes[eid].base.fields.get(f.name, "")
                                                                   for f in plan.fields}
            checked[0] += 1
        return skip

    original_decide = Syncer._decide

    def decide(self, digests, rows, changes, plan, report):
        checking.digests, checking.changes = digests, changes
        return original_decide(self, digests, rows, changes, plan, report)

    monkeypatch.setattr(settled, "unchanged", checking)
    monkeypatch.setattr("zoterodigest.sync.sync.unchanged", checking)
    monkeypatch.setattr(Syncer, "_decide", decide)
    return checked


def test_every_shortcut_is_what_the_full_way_decides(library: Library, monkeypatch):
    checked = full_way_agrees(monkeypatch)
    library.edit_in_zotero(3)
    library.edit_in_digest(2)
    for _ in range(3):
        assert library.sync().exit_code() == 0
    assert checked[0] >= 2 * (ENTRIES - 5)


# --- the title heading ------------------------------------------------------------------------------

_LINES = st.sampled_from([
    "# Title", "#", "# [ref] title", "# [ref](/u) title", "## Section", "Title line", "=====", "---", "", "",
    "```", "~~~", "    # indented code", "- # in a list", "> # quoted", "> text", "1. # numbered", "<div>",
    "</div>", "<!--", "-->", "| a | b |", "|---|---|", "[ref]: /url", "[ref]: /url 'title", "'", "text # hash",
    "#hashtag", "\\# escaped", "* item", "  continued", "# Title with `code` and *emph*", "Setext\n===",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, max_size=40), st.integers(0, 300))
def test_the_title_heading_is_the_whole_parse_s(lines, filler):
    text = "\n".join(lines[: len(lines) // 2] + ["words"] * filler + lines[len(lines) // 2:]) + "\n"
    assert _title_heading.__wrapped__(text) == _heading_text(_MARKDOWN.parse(text))


@pytest.mark.slow
def test_the_title_heading_of_every_corpus_file_is_the_whole_parse_s():
    from corpus import corpus_files  # the digest corpus, without the held-out lists pool

    files = corpus_files()
    if not files:
        pytest.skip("no corpus")
    for path in files:
        text = path.read_bytes().decode("utf-8", "surrogateescape")
        assert _title_heading.__wrapped__(text) == _heading_text(_MARKDOWN.parse(text)), path


def test_a_digest_parsed_once_by_the_caller_is_not_parsed_again(tmp_path: Path, monkeypatch):
    """parse_bytes is not called for a digest handed over (RunOptions.known)."""
    path = tmp_path / "digest.md"
    path.write_text(daily_list(2), encoding="utf-8")
    calls = []
    monkeypatch.setattr("zoterodigest.sync.options.parse_bytes",
                        lambda *a, **k: calls.append(a) or parse_bytes(*a, **k))
    RunOptions(known={str(path): read_digest(path)}).read([str(path)])
    assert calls == []
