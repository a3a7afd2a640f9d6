"""`zoterodigest sync` / `status` (zoterodigest.sync.sync, .threeway) against the
strict fake Zotero server: one three-way decision per summary note, so an edit
on one side is copied to the other, the same edit on both writes nothing, and
different edits on both are a conflict that keeps both texts until
``--prefer`` picks one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from test_pull import BLOCKQUOTE, HF_TABLE, KEY, LIB, STATE_NAME, assert_only_span_changed, make_client, note_for

from zoterodigest.digest import read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.sync import CONFLICT_EXIT, conflicts_path, status_digests, sync_digests
from zoterodigest.sync.threeway import Action, decide, resolve
from zoterodigest.zotero.items import markdown_to_html, note_html, note_meaning, title_heading
from zoterodigest.zotero.note_markdown import split_note

#: family -> (digest, arXiv id of the entry edited, its summary text in the digest, as the note holds it)
CASES = {
    "blockquote-cards": (BLOCKQUOTE, "2403.03206", "Rectified flow at scale."),
    "hf-table": (HF_TABLE, "2412.02687", "Improves stability of one-step distillation."),
}


class Side:
    """One digest pushed to the fake, with sync/status/push runs that remember their requests."""

    def __init__(self, server: ZoteroLibraryServer, tmp: Path, text: str) -> None:
        self.server, self.path, self.state_dir = server, tmp / "digest.md", tmp / "state"
        self.path.write_bytes(text.encode("utf-8"))
        self.requests: list = []

    def _run(self, fn):
        before = len(self.server.log)
        with State(self.state_dir) as state:
            result = fn(make_client(self.server), state)
        self.requests = self.server.log[before:]
        return result

    def push(self):
        return self._run(lambda c, s: push_digests([read_digest(self.path)], c, s))

    def sync(self, **kw):
        return self._run(lambda c, s: sync_digests([self.path], c, s, **kw))

    def status(self):
        return self._run(lambda c, s: status_digests([self.path], c, s))

    def writes(self) -> list:
        return [r for r in self.requests if r.method != "GET"]

    def edit_digest(self, old: str, new: str) -> None:
        text = self.path.read_text("utf-8")
        assert old in text
        self.path.write_text(text.replace(old, new), "utf-8")

    def edit_note(self, arxiv: str, old: str, new: str) -> None:
        note = note_for(self.server, arxiv)
        assert old in note.note, note.note
        self.server.write(LIB, [{"key": note.key, "version": note.version, "note": note.note.replace(old, new)}])

    def note(self, arxiv: str) -> str:
        return note_for(self.server, arxiv).note

    def notes_of(self, arxiv: str) -> int:
        parent = note_for(self.server, arxiv).parent
        return sum(1 for i in self.server.library(LIB).items.values() if i.parent == parent)

    def state_dump(self) -> bytes:
        with State(self.state_dir) as state:
            return repr((state.push_rows(STATE_NAME), state.pull_versions(STATE_NAME),
                         state.sync_conflicts(STATE_NAME))).encode()


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


def pushed(server, tmp_path, family) -> Side:
    side = Side(server, tmp_path, CASES[family][0])
    assert side.push().ok
    return side


def same_meaning(a: str, b: str) -> bool:
    return note_meaning(markdown_to_html(a)) == note_meaning(markdown_to_html(b))


# --- the pure decision ----------------------------------------------------------------------------


def test_decide_covers_the_four_cases_and_prefer():
    assert decide("b", "b", None) is Action.NOTHING
    assert decide("b", "b", "b") is Action.NOTHING
    assert decide("b", "d", None) is Action.TO_ZOTERO
    assert decide("b", "b", "z") is Action.TO_DIGEST
    assert decide("b", "x", "x") is Action.AGREE
    assert decide("b", "x", "y", same=True) is Action.AGREE
    assert decide("b", "x", "y") is Action.CONFLICT
    assert resolve(Action.CONFLICT, "digest") is Action.TO_ZOTERO
    assert resolve(Action.CONFLICT, "zotero") is Action.TO_DIGEST
    assert resolve(Action.CONFLICT, None) is Action.CONFLICT
    assert resolve(Action.TO_DIGEST, "digest") is Action.TO_DIGEST
    with pytest.raises(ValueError):
        resolve(Action.CONFLICT, "both")


# --- sync -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("family", list(CASES))
def test_a_sync_right_after_a_push_finds_nothing(server, tmp_path, family):
    side = pushed(server, tmp_path, family)
    before = side.path.read_bytes()
    report = side.sync()
    assert report.exit_code() == 0 and side.writes() == [] and side.path.read_bytes() == before
    assert "nothing to sync" in report.lines()
    report = side.sync()
    assert len(side.requests) <= 2 and side.writes() == [] and "nothing to sync" in report.lines()
    assert not conflicts_path(side.path).exists()


@pytest.mark.parametrize("family", list(CASES))
def test_a_digest_only_edit_is_pushed_to_the_note(server, tmp_path, family):
    _text, arxiv, summary = CASES[family]
    side = pushed(server, tmp_path, family)
    side.sync()
    side.edit_digest(summary, "Edited in the digest.")
    before = side.path.read_bytes()
    report = side.sync()
    assert report.exit_code() == 0 and side.path.read_bytes() == before
    assert "Edited in the digest." in side.note(arxiv) and side.notes_of(arxiv) == 1
    assert any(d.action is Action.TO_ZOTERO for d in report.decisions)
    side.sync()
    assert side.writes() == [] and len(side.requests) <= 2


@pytest.mark.parametrize("family", list(CASES))
def test_a_zotero_only_edit_is_spliced_into_the_digest(server, tmp_path, family):
    text, arxiv, summary = CASES[family]
    side = pushed(server, tmp_path, family)
    entry = next(e for e in read_digest(side.path).entries if e.paper.arxiv_id == arxiv)
    span = entry.fields["summary"]
    before = side.path.read_bytes()
    side.edit_note(arxiv, summary, "Edited in Zotero.")
    note_version = note_for(server, arxiv).version
    report = side.sync()
    assert report.exit_code() == 0 and side.writes() == []
    after = side.path.read_bytes()
    start, end = len(text[: span.start].encode()), len(text[: span.end].encode())
    assert_only_span_changed(before, after, start, end)
    assert b"Edited in Zotero." in after and note_for(server, arxiv).version == note_version
    side.sync()
    assert side.writes() == [] and side.path.read_bytes() == after


@pytest.mark.parametrize("family", list(CASES))
def test_the_same_edit_on_both_sides_writes_nothing(server, tmp_path, family):
    _text, arxiv, summary = CASES[family]
    side = pushed(server, tmp_path, family)
    side.sync()
    side.edit_digest(summary, "Both sides say this.")
    side.edit_note(arxiv, summary, "Both sides say this.")
    before, note = side.path.read_bytes(), side.note(arxiv)
    report = side.sync()
    assert report.exit_code() == 0 and side.writes() == [] and side.path.read_bytes() == before
    assert side.note(arxiv) == note and side.notes_of(arxiv) == 1
    side.sync()
    assert side.writes() == [] and side.path.read_bytes() == before and report.conflicts == []


@pytest.mark.parametrize("family", list(CASES))
@pytest.mark.parametrize("prefer", ["digest", "zotero"])
def test_different_edits_are_a_conflict_until_prefer(server, tmp_path, family, prefer):
    _text, arxiv, summary = CASES[family]
    side = pushed(server, tmp_path, family)
    side.sync()
    side.edit_digest(summary, "The digest's words.")
    side.edit_note(arxiv, summary, "Zotero's words.")
    before, note = side.path.read_bytes(), side.note(arxiv)
    report = side.sync()
    assert report.exit_code() == CONFLICT_EXIT and side.writes() == []
    assert side.path.read_bytes() == before and side.note(arxiv) == note and side.notes_of(arxiv) == 1
    lines = "\n".join(report.lines())
    assert "CONFLICT" in lines and "The digest's words." in lines and "Zotero's words." in lines
    listed = conflicts_path(side.path).read_text("utf-8")
    assert "The digest's words." in listed and "Zotero's words." in listed
    # Again without --prefer: still a conflict, still nothing written.
    assert side.sync().exit_code() == CONFLICT_EXIT and side.writes() == []
    assert side.path.read_bytes() == before and side.note(arxiv) == note
    report = side.sync(prefer=prefer)
    assert report.exit_code() == 0 and not conflicts_path(side.path).exists()
    entry = next(e for e in read_digest(side.path).entries if e.paper.arxiv_id == arxiv)
    if prefer == "zotero":
        assert same_meaning(entry.paper.summary, "Zotero's words.") and side.writes() == []
        assert side.note(arxiv) == note
    else:
        assert side.path.read_bytes() == before
        assert "The digest's words." in side.note(arxiv) and "Zotero's words." not in side.note(arxiv)
    assert side.notes_of(arxiv) == 1
    after = side.path.read_bytes()
    report = side.sync()
    assert report.exit_code() == 0 and side.writes() == [] and side.path.read_bytes() == after


# --- status and dry run ---------------------------------------------------------------------------


def test_status_writes_nothing_and_lists_directions_and_conflicts(server, tmp_path):
    side = pushed(server, tmp_path, "blockquote-cards")
    side.sync()
    side.edit_digest("Rectified flow at scale.", "Digest side.")
    side.edit_digest("Promptable masks.", "Both, differently: digest.")
    side.edit_note("2112.10752", "Cross-attention conditioning.", "Zotero side.")
    side.edit_note("2304.02643", "Promptable masks.", "Both, differently: zotero.")
    before, state = side.path.read_bytes(), side.state_dump()
    notes = {a: side.note(a) for a in ("2112.10752", "2403.03206", "2304.02643")}
    report = side.status()
    assert side.writes() == [] and side.path.read_bytes() == before and side.state_dump() == state
    assert {a: side.note(a) for a in notes} == notes and not conflicts_path(side.path).exists()
    lines = "\n".join(report.lines())
    assert "'Rectified Flow Transformers' summary note: digest → zotero" in lines
    assert "'Latent Diffusion Models' summary note: zotero → digest" in lines
    assert "CONFLICT digest.md: 'Segment Anything'" in lines
    assert report.exit_code() == CONFLICT_EXIT
    # sync --dry-run: the digest's diff and the Zotero-side plan, nothing written.
    report = side.sync(dry_run=True)
    lines = "\n".join(report.lines())
    assert "+> - Zotero side." in lines and "(digest → zotero)" in lines and "dry run: nothing written" in lines
    assert side.writes() == [] and side.path.read_bytes() == before and side.state_dump() == state


# --- the commands ---------------------------------------------------------------------------------


def test_sync_and_status_commands_end_to_end(server, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(BLOCKQUOTE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZOTERO", "ARXIV"))}
    env.update(ZOTERO_API_KEY=KEY, ZOTERO_LIBRARY_ID="1", ZOTERODIGEST_STATE_DIR=str(tmp_path / "state"),
               ZOTERODIGEST_CACHE_DIR=str(tmp_path / "cache"), ZOTERODIGEST_CONFIG=str(tmp_path / "config.toml"))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "zoterodigest.cli", *args], capture_output=True, text=True,
                              env=env, timeout=120, check=False)

    side = Side(server, tmp_path, BLOCKQUOTE)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        assert run("push", str(path), "--offline", "--quiet").returncode == 0
        r = run("sync", str(path))
        assert r.returncode == 0, r.stderr
        side.edit_digest("Rectified flow at scale.", "Digest words.")
        side.edit_note("2403.03206", "Rectified flow at scale.", "Zotero words.")
        r = run("status", str(path))
        assert r.returncode == CONFLICT_EXIT and "CONFLICT" in r.stdout and not conflicts_path(path).exists()
        r = run("sync", str(path))
        assert r.returncode == CONFLICT_EXIT and "Zotero words." in r.stdout and conflicts_path(path).exists()
        assert run("sync", str(path), "--prefer", "neither").returncode == 2
        r = run("sync", str(path), "--prefer", "zotero")
        assert r.returncode == 0, r.stdout + r.stderr
        assert b"Zotero words." in path.read_bytes() and not conflicts_path(path).exists()
        r = run("sync", str(path))
        assert r.returncode == 0 and "nothing to sync" in r.stdout
    assert KEY not in r.stdout + r.stderr


# --- a small state machine ------------------------------------------------------------------------

_WORDS = st.sampled_from(["Alpha words.", "Beta words.", "Gamma words."])
_ARXIVS = ("2112.10752", "2403.03206", "2304.02643")


class SyncMachine(RuleBasedStateMachine):
    """Random edits on both sides and syncs: after every sync that leaves no conflict,
    both sides say the same on every summary, no paper or note is doubled, and the
    digest's words outside the summaries are the ones the user wrote."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="zd-sync-"))
        self.server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
        self.side = Side(self.server, self.tmp, BLOCKQUOTE)
        assert self.side.push().ok
        self.frame = self._frame()

    def teardown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _entry(self, arxiv: str):
        return next(e for e in read_digest(self.side.path).entries if e.paper.arxiv_id == arxiv)

    def _frame(self) -> list[str]:
        """The digest's lines that are no summary (headings, titles, venues, tasks, own words)."""
        return [line for line in self.side.path.read_text("utf-8").splitlines()
                if not line.startswith(">") or line.startswith(("> **", "> *", "> Task:"))]

    @rule(arxiv=st.sampled_from(_ARXIVS), words=_WORDS)
    def edit_digest(self, arxiv: str, words: str) -> None:
        digest = read_digest(self.side.path)
        entry = next(e for e in digest.entries if e.paper.arxiv_id == arxiv)
        self.side.path.write_bytes(digest.with_changes([(entry, {"summary": words})]))

    @rule(arxiv=st.sampled_from(_ARXIVS), words=_WORDS)
    def edit_zotero(self, arxiv: str, words: str) -> None:
        entry = self._entry(arxiv)
        entry.paper = entry.paper.model_copy(update={"summary": words})
        note = note_for(self.server, arxiv)
        html = note_html(entry, "digest.md", title_heading=title_heading(self.side.path.read_text("utf-8")))
        self.server.write(LIB, [{"key": note.key, "version": note.version, "note": html}])

    @rule(prefer=st.sampled_from([None, "digest", "zotero"]))
    def sync(self, prefer: str | None) -> None:
        report = self.side.sync(prefer=prefer)
        assert report.ok
        if report.conflicts:
            assert report.exit_code() == CONFLICT_EXIT and conflicts_path(self.side.path).exists()
            return
        assert not conflicts_path(self.side.path).exists()
        items = [i for i in self.server.library(LIB).items.values() if i.item_type != "note"]
        assert len(items) == len(_ARXIVS)
        for arxiv in _ARXIVS:
            assert self.side.notes_of(arxiv) == 1
            summary = split_note(self.side.note(arxiv)).summary
            assert same_meaning(summary, self._entry(arxiv).paper.summary), arxiv
        assert self._frame() == self.frame

    @invariant()
    def own_words_kept(self) -> None:
        assert "Some words of my own, kept as they are." in self.side.path.read_text("utf-8")


SyncMachine.TestCase.settings = settings(max_examples=8, stateful_step_count=8, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_sync_state_machine = SyncMachine.TestCase
