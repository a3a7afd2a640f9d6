"""`zoterodigest sync` / `status` (zoterodigest.sync.sync, .threeway) against the
strict fake Zotero server: one three-way decision per summary note, so an edit
on one side is copied to the other, the same edit on both writes nothing, and
different edits on both are a conflict that keeps both texts until
``--prefer`` picks one."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from cli_env import cli_runner
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from test_pull import (
    BLOCKQUOTE,
    HF_TABLE,
    KEY,
    LIB,
    STATE_NAME,
    assert_only_span_changed,
    item_for,
    make_client,
    note_for,
)

from zoterodigest.digest import read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.decide.note_fields import raw_heading
from zoterodigest.sync.decide.threeway import Action, decide, resolve
from zoterodigest.sync.sync import CONFLICT_EXIT, conflicts_path, status_digests, sync_digests
from zoterodigest.zotero.errors import ZoteroError
from zoterodigest.zotero.note_markdown import split_note
from zoterodigest.zotero.notes import markdown_to_html, note_meaning

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
            return repr((state.library_rows(STATE_NAME), state.pull_versions(STATE_NAME),
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
    assert "'Rectified Flow Transformers' summary: digest → zotero" in lines
    assert "'Latent Diffusion Models' summary: zotero → digest" in lines
    assert "CONFLICT digest.md: 'Segment Anything'" in lines
    assert report.exit_code() == CONFLICT_EXIT
    # sync --dry-run: the digest's diff and the Zotero-side plan, nothing written.
    report = side.sync(dry_run=True)
    lines = "\n".join(report.lines())
    assert "+> - Zotero side." in lines and "(digest → zotero)" in lines
    assert report.lines()[0].startswith("dry run: nothing written; ")  # the summary first, then the plan
    assert side.writes() == [] and side.path.read_bytes() == before and side.state_dump() == state


# --- the commands ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_sync_and_status_commands_end_to_end(server, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(BLOCKQUOTE)
    env, run = cli_runner(tmp_path)

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
        r = run("status", str(path), "--json")
        report = json.loads(r.stdout)
        assert r.returncode == CONFLICT_EXIT and report["status"] and report["exit_code"] == CONFLICT_EXIT
        assert [(d["field"], d["action"], d["digest_text"], d["zotero_text"]) for d in report["decisions"]] == [
            ("summary", "conflict", "Digest words.", "Zotero words.")]
        assert KEY not in r.stdout
        r = run("sync", str(path))
        assert r.returncode == CONFLICT_EXIT and "Zotero words." in r.stdout and conflicts_path(path).exists()
        assert run("sync", str(path), "--prefer", "neither").returncode == 2
        r = run("sync", str(path), "--prefer", "zotero")
        assert r.returncode == 0, r.stdout + r.stderr
        assert b"Zotero words." in path.read_bytes() and not conflicts_path(path).exists()
        r = run("sync", str(path))
        assert r.returncode == 0 and "nothing to sync" in r.stdout
    assert KEY not in r.stdout + r.stderr


# --- a state machine with random edits, syncs and server faults ------------------------------------

_WORDS = st.sampled_from(["Alpha words.", "Beta words.", "Gamma words."])
_TASKS = st.sampled_from(["depth estimation", "image editing", "video generation"])
_ARXIVS = ("2112.10752", "2403.03206", "2304.02643")
_FIELDS = ("summary", "task")
_FAULTS = st.sampled_from(["drop_after_commit", "drop_before_commit", "503", "429", "500", "backoff"])


class SyncMachine(RuleBasedStateMachine):
    """In the spirit of vdirsyncer's sync tests: random edits of summaries and tasks
    on both sides, syncs with and without ``--prefer``, and syncs hit by server
    faults.  Always: no paper or note is doubled and the digest's own words and
    frame lines are the user's.  After every sync that runs through without a
    conflict, both sides say the same on every summary and task, and that value
    is an edit somebody made (the latest on one side; when both sides edited
    differently and nothing was left uncertain by a failed run, only
    ``--prefer`` may pick one, else it must be a conflict).  A conflict keeps
    each side's latest text where it was."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="zd-sync-"))
        self.server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
        self.side = Side(self.server, self.tmp, BLOCKQUOTE)
        assert self.side.push().ok
        self.frame = self._frame()
        self.agreed = {(a, f): self._digest_value(a, f) for a in _ARXIVS for f in _FIELDS}
        self.pending: dict[tuple[str, str], dict[str, str]] = {}
        self.uncertain = False  # a failed run may have carried an edit over
        #: The conflicts the last sync listed, with both texts: ``--prefer`` settles only these, as listed.
        self.listed: dict[tuple[str, str], tuple[str, str]] = {}

    def teardown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _entry(self, arxiv: str):
        return next(e for e in read_digest(self.side.path).entries if e.paper.arxiv_id == arxiv)

    def _digest_value(self, arxiv: str, name: str) -> str:
        return getattr(self._entry(arxiv).paper, name) or ""

    def _zotero_value(self, arxiv: str, name: str) -> str:
        if name == "summary":
            return split_note(self.side.note(arxiv)).summary
        tags = [t["tag"] for t in item_for(self.server, arxiv).tags if t["tag"].startswith("task: ")]
        assert len(tags) == 1, tags
        return tags[0].removeprefix("task: ")

    def _frame(self) -> list[str]:
        """The digest's lines that are neither a summary nor a task (headings, titles, venues, own words)."""
        return [line for line in self.side.path.read_text("utf-8").splitlines()
                if (not line.startswith(">") or line.startswith(("> **", "> *"))) and not line.startswith("> Task:")]

    def _edited(self, arxiv: str, name: str, where: str, value: str, before: str) -> None:
        """Remember an edit; writing the text a side already holds is no edit."""
        if same_meaning(value, before):
            return
        edits = self.pending.setdefault((arxiv, name), {})
        if same_meaning(value, self.agreed[(arxiv, name)]) and not self.uncertain:
            edits.pop(where, None)  # back where both sides last agreed: no edit left
        else:
            edits[where] = value

    @rule(arxiv=st.sampled_from(_ARXIVS), words=_WORDS)
    def edit_digest_summary(self, arxiv: str, words: str) -> None:
        digest = read_digest(self.side.path)
        entry = next(e for e in digest.entries if e.paper.arxiv_id == arxiv)
        self.side.path.write_bytes(digest.with_changes([(entry, {"summary": words})]))
        self._edited(arxiv, "summary", "digest", words, entry.paper.summary or "")

    @rule(arxiv=st.sampled_from(_ARXIVS), task=_TASKS)
    def edit_digest_task(self, arxiv: str, task: str) -> None:
        digest = read_digest(self.side.path)
        entry = next(e for e in digest.entries if e.paper.arxiv_id == arxiv)
        self.side.path.write_bytes(digest.with_changes([(entry, {"task": task})]))
        self._edited(arxiv, "task", "digest", task, entry.paper.task or "")

    @rule(arxiv=st.sampled_from(_ARXIVS), words=_WORDS)
    def edit_zotero_summary(self, arxiv: str, words: str) -> None:
        note = note_for(self.server, arxiv)
        parts = split_note(note.note)
        html = raw_heading(note.note) + f"<p><strong>Task:</strong> {parts.task}</p>" + markdown_to_html(words)
        self.server.write(LIB, [{"key": note.key, "version": note.version, "note": html}])
        self._edited(arxiv, "summary", "zotero", words, parts.summary)

    @rule(arxiv=st.sampled_from(_ARXIVS), task=_TASKS)
    def rename_zotero_task_tag(self, arxiv: str, task: str) -> None:
        before = self._zotero_value(arxiv, "task")
        item = item_for(self.server, arxiv)
        tags = [{"tag": f"task: {task}" if t["tag"].startswith("task: ") else t["tag"]} for t in item.tags]
        self.server.write(LIB, [{"key": item.key, "version": item.version, "tags": tags}])
        self._edited(arxiv, "task", "zotero", task, before)

    @rule(prefer=st.sampled_from([None, None, "digest", "zotero"]))
    def sync(self, prefer: str | None) -> None:
        report = self.side.sync(prefer=prefer)
        assert report.ok, report.lines()
        self._check_after(report, prefer)

    @rule(kind=_FAULTS, nth=st.integers(1, 6), prefer=st.sampled_from([None, "digest", "zotero"]))
    def sync_with_a_fault(self, kind: str, nth: int, prefer: str | None) -> None:
        self.server.add_fault(kind, nth=len(self.server.log) + nth, seconds=0.01)
        try:
            report = self.side.sync(prefer=prefer)
        except (ZoteroError, RuntimeError):
            self.uncertain = True
        else:
            if report.ok:
                self._check_after(report, prefer)  # the faults were ridden out: a sync like any other
            else:
                self.uncertain = True
        finally:
            self.server.faults.clear()

    def _check_after(self, report, prefer: str | None) -> None:
        conflicts = {(c.entry[1].removeprefix("arxiv:"), c.field) for c in report.conflicts}
        assert report.exit_code() == (CONFLICT_EXIT if conflicts else 0)
        assert conflicts_path(self.side.path).exists() == bool(conflicts)
        for arxiv in _ARXIVS:
            for name in _FIELDS:
                key = (arxiv, name)
                mine, theirs = self._digest_value(arxiv, name), self._zotero_value(arxiv, name)
                edits = self.pending.get(key, {})
                listed = self.listed.get(key)
                as_listed = listed is not None and "digest" in edits and "zotero" in edits and same_meaning(
                    listed[0], edits["digest"]) and same_meaning(listed[1], edits["zotero"])
                if key in conflicts:
                    assert prefer is None or not as_listed or self.uncertain, f"{key}: --prefer left a listed conflict"
                    assert same_meaning(mine, edits.get("digest", mine)) and same_meaning(theirs, edits.get("zotero", theirs))
                    continue
                assert same_meaning(mine, theirs), (key, mine, theirs)
                candidates = list(edits.values()) or [self.agreed[key]]
                assert any(same_meaning(mine, c) for c in candidates), (key, mine, candidates)
                both = "digest" in edits and "zotero" in edits and not same_meaning(edits["digest"], edits["zotero"])
                if both and not self.uncertain:
                    assert prefer is not None and as_listed, f"{key}: edited on both sides, yet no conflict"
                    assert same_meaning(mine, edits[prefer])
                self.agreed[key] = mine
                self.pending.pop(key, None)
        self.listed = {key: (self._digest_value(*key), self._zotero_value(*key)) for key in conflicts}
        if not conflicts:
            self.uncertain = False

    @invariant()
    def nothing_doubled_and_own_words_kept(self) -> None:
        items = [i for i in self.server.library(LIB).items.values() if i.item_type != "note"]
        assert len(items) == len(_ARXIVS)
        for arxiv in _ARXIVS:
            assert self.side.notes_of(arxiv) == 1
        assert "Some words of my own, kept as they are." in self.side.path.read_text("utf-8")
        assert self._frame() == self.frame


SyncMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=10, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_sync_state_machine = pytest.mark.slow(SyncMachine.TestCase)
