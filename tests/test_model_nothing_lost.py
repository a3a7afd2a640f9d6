"""Issue 10, "Nothing lost", as a model: a Hypothesis state machine with two machines
(two folders, each with its own copy of one digest and its own state directory) on one
user or group library of the strict fake Zotero server.

Rules: the user edits a line of a summary or the task of an entry in a digest or in
Zotero, moves a note onto another item in Zotero, moves a paper to Zotero's trash and
restores it, adds or deletes an entry in a digest, renames a digest file, deletes a
machine's state; each machine also has a second digest sharing a paper with the first,
pushed or synced alone (issue 25); a note is edited in the desktop app and pulled with
``pull --local`` before Zotero syncs it (the desktop path); a machine edits an entry the
other machine edited and pushed just before; a command meets a server fault (a
connection dropped before or after the server committed, 500, 503); the machines run ``push``, ``pull``, ``sync`` (now and then ``--prefer``) and
``status`` through the real command line (typer's runner, in-process, so a run costs
milliseconds instead of a process start) against the fake served over HTTP.

Invariants after every step:

* one Zotero item per paper (no two items, live or in the trash, share an arXiv id);
* the shared paper keeps the second digest's collection and topic tag, whichever digest
  was pushed last (memberships belong to their digest);
* at most one live note per entry (per item: each paper is listed once in the digest);
* every text a user wrote and has not replaced or deleted since is still in a digest, in
  Zotero (a live note or a tag), or in a conflicts file (``--prefer`` releases the texts
  that were in conflict);
* every command ends with exit 0 or 3 and no exception.

Every text a rule writes is unique (``aedit7``, ``zedit3``...), so "still present" is a
plain substring test.
"""

from __future__ import annotations

import html
import itertools
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from cli_env import KEY
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from test_nothing_lost import DIGEST
from typer.testing import CliRunner

from zoterodigest.cli import app
from zoterodigest.digest import read_digest

# A model campaign: run with -m slow (CI's second command).
pytestmark = pytest.mark.slow

MACHINES = ("A", "B")
#: Papers a user may add to a digest (blockquote-cards entries, appended under the last section).
EXTRA = {
    "2111.06377": ("Masked Autoencoders", "CVPR 2022"),
    "2104.14294": ("Emerging Properties in Self-Supervised Vision Transformers", "ICCV 2021"),
}
#: Each machine's second digest: it lists one paper of the first, in a section of its own.
OTHER = """# Reading Group

## Favourites

> **Latent Diffusion Models**  
> *CVPR 2022 Oral*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> Read in week 3.
"""
SHARED = "2112.10752"
#: Which paper an edit touches (the same draw on both sides, so they often meet on one entry).
_PAPERS = st.sampled_from(["2112.10752", "2403.03206", "2304.02643", *sorted(EXTRA)])
_ARXIV = re.compile(r"arxiv\.org/abs/(\d{4}\.\d{4,5})")


class Machine:
    def __init__(self, root: Path, name: str, url: str, prefix: str) -> None:
        self.name = name
        self.root = root / name
        self.root.mkdir()
        self.path = self.root / "vision.md"
        self.path.write_text(DIGEST, "utf-8")
        self.other = self.root / "group.md"
        self.other.write_text(OTHER, "utf-8")
        kind, library_id = prefix.split("/")
        self.env = {"ZOTERO_API_KEY": KEY, "ZOTERO_LIBRARY_ID": library_id, "ZOTERO_LIBRARY_TYPE": kind[:-1],
                    "ZOTERO_API_URL": url, "ZOTERODIGEST_STATE_DIR": str(self.root / "state"),
                    "ZOTERODIGEST_CACHE_DIR": str(self.root / "cache"),
                    "ZOTERODIGEST_CONFIG": str(self.root / "config.toml"), "ZOTERODIGEST_OFFLINE": "1"}
        self.renames = 0

    def run(self, command: str, *args: str, allowed: tuple[int, ...] = (0, 3), path: Path | None = None,
            env: dict[str, str | None] | None = None):
        env = {**{k: None for k in os.environ if k.startswith(("ZOTERO", "ARXIV"))}, **self.env, **(env or {})}
        extra = ("--quiet",) if command == "push" else ()
        result = CliRunner().invoke(app, [command, str(path or self.path), *extra, *args], env=env)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        text = result.output
        assert result.exit_code in allowed, f"{self.name} {command} {args}: exit {result.exit_code}\n{text}"
        assert KEY not in text
        return result

    @property
    def text(self) -> str:
        return self.path.read_text("utf-8")

    def conflicts(self) -> str:
        """Every conflicts file in the machine's folder (one per name the digest had)."""
        return "\n".join(p.read_text("utf-8") for p in sorted(self.root.glob("*.conflicts.md")))


def _reworded(note: str, line: int, words: str) -> tuple[str, str] | None:
    """(the text replaced, the note with ``words`` in place of one summary line or
    paragraph), or None when the note has no summary text."""
    items = re.findall(r"<li>(.*?)</li>", note, flags=re.DOTALL)
    if items:
        old = items[line % len(items)]
        return old, note.replace(f"<li>{old}</li>", f"<li>{words}</li>", 1)
    paragraphs = [p for p in re.findall(r"<p>(.*?)</p>", note, flags=re.DOTALL)
                  if not p.startswith(("From ", "<strong>"))]
    if not paragraphs:
        return None
    return paragraphs[-1], note.replace(f"<p>{paragraphs[-1]}</p>", f"<p>{words}</p>", 1)


class NothingLost(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="zd-lost-"))
        self.http: ZoteroHTTPServer | None = None
        self.counter = itertools.count(1)
        self.required: set[str] = set()  # the user's texts that must still be somewhere
        self.moved: set[str] = set()  # keys of notes the user moved onto another item
        self.held: dict[str, set[str]] = {}  # per machine: the required texts its digest holds

    def teardown(self) -> None:
        if self.http is not None:
            self.http.__exit__(None, None, None)
        shutil.rmtree(self.tmp, ignore_errors=True)

    @initialize(kind=st.sampled_from(["user", "group"]))
    def start(self, kind: str) -> None:
        self.server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
        self.server.local_api_enabled = True
        self.prefix = "users/1"
        if kind == "group":
            self.server.add_group(5, "Lab")
            self.server.keys[KEY].access["groups/5"] = "write"
            self.prefix = "groups/5"
        self.http = ZoteroHTTPServer(self.server)
        url = self.url = self.http.__enter__()
        self.machines = {name: Machine(self.tmp, name, url, self.prefix) for name in MACHINES}
        for machine in self.machines.values():
            machine.run("push")
        self.machines["A"].run("push", path=self.machines["A"].other)

    # --- helpers ------------------------------------------------------------------------------------

    @property
    def lib(self):
        return self.server.library(self.prefix)

    def papers(self):
        return [i for i in self.lib.items.values() if i.item_type not in ("note", "attachment") and not i.deleted]

    def all_papers(self):
        """Regular items, those in the trash too."""
        return [i for i in self.lib.items.values() if i.item_type not in ("note", "attachment")]

    def ours(self, notes):
        """The notes of the first digest (the second digest's note on the shared paper apart)."""
        return [n for n in notes if "group.md" not in n.note]

    def live_notes(self):
        return [i for i in self.lib.items.values() if i.item_type == "note" and not i.deleted]

    def item_of(self, arxiv: str):
        return next((i for i in self.papers() if i.fields.get("url", "").endswith(arxiv)), None)

    def word(self, side: str) -> str:
        return f"{side}edit{next(self.counter)}"

    def entries(self, machine: Machine):
        return [e for e in read_digest(machine.path).entries if e.paper.arxiv_id]

    def replaced(self, old: str) -> None:
        """The user replaced or deleted ``old``: the markers in it are no longer required."""
        for marker in re.findall(r"[a-z]edit\d+", old):
            self.required.discard(marker)

    # --- edits in a digest ----------------------------------------------------------------------------

    @rule(m=st.sampled_from(MACHINES), arxiv=_PAPERS, line=st.integers(0, 5))
    def edit_digest_summary_line(self, m: str, arxiv: str, line: int) -> None:
        machine = self.machines[m]
        entry = next((e for e in self.entries(machine) if e.paper.arxiv_id == arxiv), None)
        if entry is None or not entry.paper.summary or "summary" not in entry.fields:
            return
        lines = entry.paper.summary.split("\n")
        i = line % len(lines)
        marker = self.word("d")
        bullet = re.match(r"\s*(?:[-*+]|\d+\.)\s+", lines[i])
        self.replaced(lines[i])
        lines[i] = (bullet.group(0) if bullet else "") + f"Digest {marker} words."
        machine.path.write_bytes(read_digest(machine.path).with_changes([(entry, {"summary": "\n".join(lines)})]))
        self.required.add(marker)

    @rule(m=st.sampled_from(MACHINES), arxiv=_PAPERS)
    def edit_digest_task(self, m: str, arxiv: str) -> None:
        machine = self.machines[m]
        entry = next((e for e in self.entries(machine) if e.paper.arxiv_id == arxiv), None)
        if entry is None or "task" not in entry.fields:
            return
        marker = self.word("t")
        self.replaced(entry.paper.task or "")
        machine.path.write_bytes(read_digest(machine.path).with_changes([(entry, {"task": f"task {marker}"})]))
        self.required.add(marker)

    @rule(m=st.sampled_from(MACHINES), arxiv=st.sampled_from(sorted(EXTRA)))
    def add_entry(self, m: str, arxiv: str) -> None:
        machine = self.machines[m]
        if any(e.paper.arxiv_id == arxiv for e in read_digest(machine.path).entries):
            return
        title, venue = EXTRA[arxiv]
        marker = self.word("n")
        text = machine.text
        sep = "" if text.endswith("\n\n") else ("\n" if text.endswith("\n") else "\n\n")
        machine.path.write_text(f"{text}{sep}> **{title}**  \n> *{venue}*, [arxiv](https://arxiv.org/abs/{arxiv})  \n"
                                f"> Task: representation learning  \n> New {marker} summary.\n", "utf-8")
        self.required.add(marker)

    @rule(m=st.sampled_from(MACHINES), pick=st.integers(0, 10))
    def delete_entry(self, m: str, pick: int) -> None:
        machine = self.machines[m]
        digest = read_digest(machine.path)
        entries = [e for e in digest.entries if e.paper.arxiv_id]
        if len(entries) <= 1:
            return
        entry = entries[pick % len(entries)]
        start, end = entry.span.start, entry.span.end
        self.replaced(digest.doc.text[start:end])
        machine.path.write_bytes(digest.with_changes([], [digest.remove_edit(entry)]))

    @rule(m=st.sampled_from(MACHINES))
    def rename_digest(self, m: str) -> None:
        machine = self.machines[m]
        machine.renames += 1
        new = machine.root / f"vision-{machine.renames}.md"
        machine.path.rename(new)
        machine.path = new

    # --- edits in Zotero ----------------------------------------------------------------------------

    @rule(arxiv=_PAPERS, line=st.integers(0, 5), pick=st.integers(0, 1))
    def edit_zotero_summary_line(self, arxiv: str, line: int, pick: int) -> None:
        item = self.item_of(arxiv)
        notes = sorted((n for n in self.live_notes() if item is not None and n.parent == item.key),
                       key=lambda n: n.key)
        if not notes:
            return
        note = notes[pick % len(notes)]
        marker = self.word("z")
        edit = _reworded(note.note, line, f"Zotero {marker} words.")
        if edit is None:
            return
        old, new_html = edit
        self.replaced(html.unescape(old))
        result = self.server.write(self.prefix, [{"key": note.key, "version": note.version, "note": new_html}])
        assert not result["failed"], result
        self.required.add(marker)

    @rule(m=st.sampled_from(MACHINES), arxiv=_PAPERS, line=st.integers(0, 5))
    def edit_in_the_desktop_then_pull_local(self, m: str, arxiv: str, line: int) -> None:
        """The desktop path (Zotero 7-9): a note edited in the desktop app (its version does
        not move until Zotero syncs), ``pull --local`` on one machine, then Zotero syncs the
        edit to the Web library (the note's version moves, its text as the desktop left it)."""
        item = self.item_of(arxiv)
        if self.prefix != "users/1" or item is None:
            return  # the fake's desktop serves the user's own library
        notes = sorted((n for n in self.live_notes() if n.parent == item.key), key=lambda n: n.key)
        if not notes:
            return
        marker = self.word("l")
        edit = _reworded(notes[0].note, line, f"Desktop {marker} words.")
        if edit is None:
            return
        old, new_html = edit
        self.replaced(html.unescape(old))
        self.server.local_edit(self.prefix, notes[0].key, note=new_html)
        self.required.add(marker)
        self.machines[m].run("pull", "--local", env={"ZOTERO_API_URL": self.url + "/api", "ZOTERO_API_KEY": None})
        # Zotero syncs: the Web library takes the desktop's text at a new version (the fake
        # serves one library for both, so the text is put back first and written again).
        self.server.local_edit(self.prefix, notes[0].key, note=notes[0].note)
        synced = self.lib.items[notes[0].key]
        result = self.server.write(self.prefix, [{"key": synced.key, "version": synced.version, "note": new_html}])
        assert not result["failed"], result

    @rule(m=st.sampled_from(MACHINES), arxiv=_PAPERS, line=st.integers(0, 5), command=st.sampled_from(["sync", "pull"]))
    def the_other_machine_pushes_between_edits(self, m: str, arxiv: str, line: int, command: str) -> None:
        """An entry edited on one machine, the other machine edits the same entry and
        pushes, then the first runs a command: neither text may go."""
        other = next(n for n in MACHINES if n != m)
        self.edit_digest_summary_line(m, arxiv, line)
        self.edit_digest_summary_line(other, arxiv, line + 1)
        self.machines[other].run("push")
        self.machines[m].run(command)

    @rule(arxiv=_PAPERS)
    def rename_zotero_task_tag(self, arxiv: str) -> None:
        item = self.item_of(arxiv)
        if item is None or not any(t["tag"].startswith("task: ") for t in item.tags):
            return
        marker = self.word("y")
        tags = []
        for t in item.tags:
            if t["tag"].startswith("task: "):
                self.replaced(t["tag"])
                t = {**t, "tag": f"task: task {marker}"}
            tags.append(t)
        result = self.server.write(self.prefix, [{"key": item.key, "version": item.version, "tags": tags}])
        assert not result["failed"], result
        self.required.add(marker)

    @rule(source=_PAPERS, onto=_PAPERS)
    def move_note(self, source: str, onto: str) -> None:
        """A child note dragged onto another item in Zotero (its ``parentItem`` changes)."""
        src, dst = self.item_of(source), self.item_of(onto)
        if src is None or dst is None or src.key == dst.key:
            return
        notes = sorted((n for n in self.live_notes() if n.parent == src.key and n.key not in self.moved),
                       key=lambda n: n.key)
        if not notes:
            return
        result = self.server.write(self.prefix, [{"key": notes[0].key, "version": notes[0].version,
                                                  "parentItem": dst.key}])
        assert not result["failed"], result
        self.moved.add(notes[0].key)

    @rule(arxiv=_PAPERS, restore=st.booleans())
    def trash_or_restore(self, arxiv: str, restore: bool) -> None:
        """The user moves a paper's item to Zotero's trash, or restores it from there."""
        item = next((i for i in self.all_papers() if i.fields.get("url", "").endswith(arxiv)
                     and i.deleted == restore), None)
        if item is None:
            return
        result = self.server.write(self.prefix, [{"key": item.key, "version": item.version,
                                                  "deleted": 0 if restore else 1}])
        assert not result["failed"], result

    @rule(m=st.sampled_from(MACHINES), command=st.sampled_from(["push", "sync"]))
    def run_the_other_digest_alone(self, m: str, command: str) -> None:
        self.machines[m].run(command, path=self.machines[m].other)

    # --- commands -------------------------------------------------------------------------------------

    # One rule per command (not one rule drawing the command), so runs are as frequent as edits.

    @rule(m=st.sampled_from(MACHINES))
    def push(self, m: str) -> None:
        self.machines[m].run("push")

    @rule(m=st.sampled_from(MACHINES))
    def pull(self, m: str) -> None:
        self.machines[m].run("pull")

    @rule(m=st.sampled_from(MACHINES))
    def sync(self, m: str) -> None:
        self.machines[m].run("sync")

    @rule(m=st.sampled_from(MACHINES))
    def status(self, m: str) -> None:
        self.machines[m].run("status")

    @rule(m=st.sampled_from(MACHINES), prefer=st.sampled_from(["digest", "zotero"]))
    def sync_prefer(self, m: str, prefer: str) -> None:
        """The user settles the conflicts listed beside the digest (only then: ``--prefer``
        on a digest with no listed conflict would be a choice made blind)."""
        machine = self.machines[m]
        if not machine.path.with_name(machine.path.name + ".conflicts.md").exists():
            return
        listed = machine.conflicts()
        machine.run("sync", "--prefer", prefer)
        # The texts of the conflicts it settled: the user chose one side.  (A conflict new or
        # edited since it was listed is left, and listed again: its texts stay required.)
        still = set(re.findall(r"[a-z]edit\d+", machine.conflicts()))
        self.replaced(" ".join(m for m in re.findall(r"[a-z]edit\d+", listed) if m not in still))

    @rule(m=st.sampled_from(MACHINES), command=st.sampled_from(["push", "sync", "pull"]),
          kind=st.sampled_from(["drop_after_commit", "drop_before_commit", "500", "503"]))
    def run_with_a_server_fault(self, m: str, command: str, kind: str) -> None:
        """A command whose next write (or, for pull, next read) meets a server fault: it may
        fail (exit 1) but must not lose or double anything; a fault never met is withdrawn."""
        method = "GET" if command == "pull" else "POST"
        fault = self.server.add_fault(kind, method=method, seconds=0.01 if kind == "503" else None)
        try:
            self.machines[m].run(command, allowed=(0, 1, 3))
        finally:
            fault.remaining = 0

    @rule(m=st.sampled_from(MACHINES))
    def lose_state(self, m: str) -> None:
        shutil.rmtree(self.machines[m].root / "state", ignore_errors=True)

    # --- invariants -------------------------------------------------------------------------------------

    @invariant()
    def one_item_per_paper(self) -> None:
        if not hasattr(self, "machines"):
            return
        ids = [m.group(1) for i in self.all_papers() if (m := _ARXIV.search(i.fields.get("url", "")))]
        assert len(ids) == len(set(ids)), sorted(ids)

    @invariant()
    def the_shared_paper_keeps_the_other_digest_s_memberships(self) -> None:
        if not hasattr(self, "machines"):
            return
        item = self.item_of(SHARED)
        if item is None:
            return
        names = {self.lib.collections[k].name for k in item.collections if k in self.lib.collections}
        assert "Favourites" in names, names
        assert "topic: Favourites" in {t["tag"] for t in item.tags}, item.tags

    @invariant()
    def at_most_one_live_note_per_entry(self) -> None:
        if not hasattr(self, "machines"):
            return
        notes = self.live_notes()
        for item in self.all_papers():
            for which in (self.ours(notes), [n for n in notes if n not in self.ours(notes)]):
                own = [n for n in which if n.parent == item.key and n.key not in self.moved]
                assert len(own) <= 1, (item.fields.get("title"), [n.note for n in own])

    @invariant()
    def no_second_note_beside_a_moved_one(self) -> None:
        """Each paper is listed once in each digest and the machines share their notes: no
        more live notes than papers, so a moved note never gets a twin on its old item."""
        if not hasattr(self, "machines"):
            return
        # (Counted against the papers alone since issue 25: a paper this machine never pushed,
        # or an entry a pull just took from Zotero, looks for its note in the whole library,
        # so a note another machine made and the user moved to another item gets no twin:
        # test_a_note_moved_after_another_machine_made_it_gets_no_twin and
        # test_a_note_moved_after_an_earlier_pull_took_its_entry_gets_no_twin.)
        ours = self.ours(self.live_notes())
        assert len(ours) <= len(self.all_papers()), [n.note for n in ours]

    @invariant()
    def no_digest_drops_a_text_it_took(self) -> None:
        """A digest keeps every text it once held until the user replaces it: a text
        still in Zotero (a renamed tag, say) is no excuse for a digest to turn back."""
        if not hasattr(self, "machines"):
            return
        for name, machine in self.machines.items():
            text = machine.text
            dropped = sorted(t for t in self.held.get(name, set()) if t in self.required and t not in text)
            assert not dropped, f"{name}'s digest dropped {dropped}, which it held"
            self.held[name] = {t for t in self.required if t in text}

    @invariant()
    def every_text_still_somewhere(self) -> None:
        if not hasattr(self, "machines"):
            return
        zotero = [html.unescape(re.sub(r"<[^>]+>", "", n.note)) for n in self.live_notes()]
        zotero += [t["tag"] for i in self.all_papers() for t in i.tags]
        everywhere = "\n".join(zotero + [m.text for m in self.machines.values()]
                               + [m.conflicts() for m in self.machines.values()])
        lost = sorted(t for t in self.required if t not in everywhere)
        assert not lost, f"lost: {lost}"
        # A conflict keeps each side's text where it is: the conflicts file is a report,
        # never the only place a text survives.
        in_place = "\n".join(zotero + [m.text for m in self.machines.values()])
        only_reported = sorted(t for t in self.required if t not in in_place)
        assert not only_reported, f"only in a conflicts file: {only_reported}"


#: Shrinking a failure of this machine can take Hypothesis minutes; it is off unless asked for
#: (``ZD_MODEL_SHRINK=1``), so a failing run stays within the file's time budget.
_PHASES = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if os.environ.get("ZD_MODEL_SHRINK") else [])


# Shortest failing examples on the code before the issue 10 fixes, found with shrinking on
# (all pass now; a campaign of 150 examples of 15 steps found nothing more after the fifth):
#   1. start(user); rename_digest(A); run(A, push)
#        -> two live notes on every item (the renamed digest is pushed anew; scenario 9).
#   2. (when --prefer was allowed without a listed conflict) start(user);
#      edit_digest_summary_line(B); lose_state(B); sync_prefer(B, zotero)
#        -> the digest's edit is gone: the rebuilt state makes it a conflict and --prefer zotero
#           overwrites it.  The rule now only settles conflicts the user was shown.
#   With rename_digest switched off (40 examples of 10 steps; shrinking stopped at its 5-minute
#   limit, so a few no-op pulls are left in):
#   3. start(user); pull(A); edit_digest_summary_line(A, 2304.02643, 0); pull(A); pull(A);
#      edit_zotero_summary_line(2304.02643, 0); push(A)
#        -> two live notes on 'Segment Anything' (push adds the digest's text beside the Zotero
#           edit; scenario 1).
#   4. the same with pull(A) as the last step
#        -> 'dedit1' lost: pull replaced the digest's edit with Zotero's (scenario 3).
#   5. start(user); add_entry(A, 2104.14294); push(A); pull(B); push(B); sync(A)
#        -> 'nedit1' lost: B's push wrote its pulled, summary-less entry over A's note
#           (test_4c in test_nothing_lost.py).
# Issue 25's runs (shrinking off), with the desktop path, the second digest, trash and restore
# and the other machine's pushes between edits:
#   0. the default 20 examples of 10 steps: start(group); lose_state(B); trash(2304.02643);
#      sync(B) -> a second item for the trashed paper (the library index left trashed items
#      out).  Fixed (test_a_machine_without_state_never_re_creates_a_trashed_item).
#   Then campaigns of 200 examples of 20 steps (ZD_MODEL_EXAMPLES=200 ZD_MODEL_STEPS=20):
#   1. (524 s) start(group); rename_digest(B); run_the_other_digest_alone(B, push) -> the one-paper
#      list was taken for the renamed digest, and a second note made.  Fixed.
#   2. (567 s) an entry pulled by B in an earlier run, its note moved, pushed by B -> a second
#      note.  Fixed, and the note count is exact again.
#   3. (952 s) passed: 200 examples, no failure.
#   4. (671 s, the typed base; 200 examples of 15 steps, ZD_MODEL_STEPS=15) passed, no failure.
def test_nothing_lost_state_machine():
    # A longer campaign: ZD_MODEL_EXAMPLES=200 ZD_MODEL_STEPS=20 (minutes, not part of the suite's budget).
    run_state_machine_as_test(NothingLost, settings=settings(
        max_examples=int(os.environ.get("ZD_MODEL_EXAMPLES", "20")),
        stateful_step_count=int(os.environ.get("ZD_MODEL_STEPS", "10")), deadline=None, database=None, phases=_PHASES,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


def test_a_renamed_digest_that_lost_most_entries_keeps_one_note():
    """Found by a campaign of 200 examples of 20 steps (shrunk by hand): the renamed file
    lists one of the old digest's three papers, and was taken for a new digest."""
    state = NothingLost()
    try:
        state.start(kind="user")
        state.delete_entry(m="A", pick=8)
        state.delete_entry(m="A", pick=0)
        state.rename_digest(m="A")
        state.sync(m="A")
        state.at_most_one_live_note_per_entry()
    finally:
        state.teardown()


def test_a_task_tag_renamed_twice_around_a_push_keeps_the_last_name():
    """Shrunk by Hypothesis: the tag is renamed (yedit1), A pushes (the note's Task line
    becomes yedit1 and the tag ours), the tag is renamed again (yedit2); A's pull takes
    yedit1 from the note, and B's push then turned the tag back: yedit2 was gone.  (Fixed: the
    state records Zotero's task beside the note it saw, see ``note_fields.zotero_task``.)"""
    state = NothingLost()
    try:
        state.start(kind="user")
        state.rename_zotero_task_tag(arxiv="2304.02643")
        state.push(m="A")
        state.rename_zotero_task_tag(arxiv="2304.02643")
        state.pull(m="A")
        state.pull(m="A")
        state.pull(m="B")
        state.push(m="B")
        state.pull(m="B")
        state.every_text_still_somewhere()
    finally:
        state.teardown()


def test_a_note_moved_after_another_machine_made_it_gets_no_twin():
    """Found by the issue 25 campaign: B adds an entry and syncs (its note made), the note
    is moved to another item, A syncs: A's pull appends the entry, and A's push made its
    note anew beside the moved one.  The entry's note is now looked for in the library."""
    state = NothingLost()
    try:
        state.start(kind="user")
        state.add_entry(m="B", arxiv="2111.06377")
        state.sync(m="B")
        state.move_note(source="2111.06377", onto="2304.02643")
        state.sync(m="A")
        assert "Masked Autoencoders" in state.machines["A"].text
        state.no_second_note_beside_a_moved_one()
        state.every_text_still_somewhere()
    finally:
        state.teardown()


def test_a_desktop_edit_pulled_locally_then_synced_is_kept():
    """The desktop path: a note edited in the desktop, pull --local on A, Zotero syncs the
    edit, then B syncs and A pushes: the desktop's words stay (in A's digest and Zotero)."""
    state = NothingLost()
    try:
        state.start(kind="user")
        state.edit_in_the_desktop_then_pull_local(m="A", arxiv="2304.02643", line=0)
        (marker,) = [t for t in state.required if t.startswith("l")]
        assert marker in state.machines["A"].text
        state.sync(m="B")
        state.push(m="A")
        assert marker in state.machines["A"].text and marker in state.machines["B"].text
        state.every_text_still_somewhere()
        state.at_most_one_live_note_per_entry()
    finally:
        state.teardown()


def test_a_one_paper_list_pushed_alone_after_a_rename_is_no_renamed_digest():
    """Found by the issue 25 campaign of 200 examples (shrunk by hand): B renames its
    digest, then pushes its one-paper second digest alone; that list was taken for the
    renamed one (its one paper was the old one's), whose note became its own, and a second
    note was made.  A paper now counts as the old list's only under the same heading."""
    state = NothingLost()
    try:
        state.start(kind="group")
        state.rename_digest(m="B")
        state.run_the_other_digest_alone(command="push", m="B")
        state.at_most_one_live_note_per_entry()
        state.every_text_still_somewhere()
    finally:
        state.teardown()


def test_a_note_moved_after_an_earlier_pull_took_its_entry_gets_no_twin():
    """Found by the issue 25 campaign of 200 examples (shrunk by hand): A adds an entry and
    pushes, B pulls it, the note is moved to another item, B pushes: B, which never pushed
    that paper, made its note anew."""
    state = NothingLost()
    try:
        state.start(kind="user")
        state.add_entry(arxiv="2111.06377", m="A")
        state.push(m="A")
        state.pull(m="B")
        state.move_note(onto="2112.10752", source="2111.06377")
        state.push(m="B")
        state.no_second_note_beside_a_moved_one()
        state.every_text_still_somewhere()
    finally:
        state.teardown()


def test_a_note_moved_after_its_digest_s_rows_were_lost_is_not_made_again():
    """Drawn by CI's run of the state machine (pre-existing): A's state is lost, A pushes the other
    digest alone (the state is rebuilt for it only), a note of vision.md is dragged onto another item,
    and A's sync made a second note: the digest's notes were looked for only under their own items."""
    for _ in range(4):  # (it failed in most replays, not all: each replay starts a new library)
        state = NothingLost()
        try:
            state.start(kind="user")
            state.run_the_other_digest_alone(command="push", m="B")
            state.edit_in_the_desktop_then_pull_local(arxiv="2111.06377", line=0, m="B")
            state.lose_state(m="A")
            state.run_the_other_digest_alone(command="push", m="A")
            state.move_note(onto="2304.02643", source="2112.10752")
            state.sync(m="A")
            state.no_second_note_beside_a_moved_one()
            state.every_text_still_somewhere()
        finally:
            state.teardown()
