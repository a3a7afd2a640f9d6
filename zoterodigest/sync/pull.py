"""``pull``: bring what changed in Zotero since the last push or pull into the digests.

Why a separate half: a push only ever writes to Zotero; a pull only ever
writes to digests, and only the spans of the fields that changed (splice +
atomic rename), so hand-written text around an entry is never touched.

Reads (the download sync of the Web API, section 2 of docs/zotero-web-api.md):
one ``since=V&format=versions`` read (a 304 ends a pull with nothing to do),
``/deleted?since=V``, and the changed objects 50 keys at a time.  When the
library moved during those reads they are done again (bounded).  ``V`` is the
library version each digest was last pulled at (``zotero_pulls`` in the
state), never later than the last push: a push of *another* digest moves the
library's version past edits this digest has not taken yet.  A digest never
pulled has its notes and items read once whatever their version (compared by
meaning, so nothing changes when nobody edited them).

Safety: each digest's bytes are read at the start and again just before
writing; if they differ, nothing is written to it, the message says to run
pull again, and the state keeps the old versions so the next pull sees the
same changes.  The previous bytes of every digest written are kept in the
state directory (``backups/<file name>.<hash of its path>.bak``, one per
digest, replaced by the next pull that writes it): see :func:`backup_path`.

What is taken (see :func:`make_pull_plan`, pure):

* a note of ours edited in Zotero (its meaning, not its bytes, differs from
  what we sent): its summary (HTML -> Markdown -> the family's syntax) and
  its one-liner, where they differ by meaning from the digest's;
* a task tag of ours renamed on an item: the Task text of its entries;
* a regular item added to a digest's collection or to one of its section
  sub-collections: a new entry appended under that section;
* trashed or deleted items and notes: reported; the digest keeps them.

Afterwards the state holds the new object versions, the meaning of the
notes as the digest now renders them (so the next push sends nothing back)
and the library version (so the next pull finds nothing), unless a digest
could not be written: then the library version stays, and the next pull
sees the same changes again.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..digest import Digest, FieldNotEditable, parse_bytes
from ..digest.document import Edit, atomic_write
from ..digest.values import parse_venue
from ..model import Entry, Paper
from ..state import ItemRow, NoteId, NoteRow, PushRows, State
from ..zotero import items as zi
from ..zotero.client import ZoteroClient
from ..zotero.note_markdown import split_note
from ..zotero.tag_templates import load_tag_templates
from .desired import digest_id, meaning_hash

#: Rounds of reading before giving up on a library that keeps changing.
MAX_READ_ROUNDS = 3


# --- what was read --------------------------------------------------------------------------------


@dataclass
class LibraryChanges:
    """What changed in the library after ``since``: full JSON of the changed objects
    (trashed included) and the keys deleted for good."""

    since: int
    version: int
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)


# --- the plan -------------------------------------------------------------------------------------


@dataclass
class FieldChange:
    entry: Entry
    fields: dict[str, Any]
    why: str


@dataclass
class NewEntry:
    paper: Paper
    section: list[str] | None
    item_key: str


@dataclass
class DigestPlan:
    digest: Digest
    changes: list[FieldChange] = field(default_factory=list)
    appends: list[NewEntry] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.changes or self.appends)


@dataclass
class PullPlan:
    digests: list[DigestPlan] = field(default_factory=list)
    #: Trashed or deleted objects, and edits that have no place in a digest.
    notices: list[str] = field(default_factory=list)
    #: Note rows whose remote version moved: recorded after the digest is written.
    note_versions: dict[NoteId, int] = field(default_factory=dict)
    #: Notes whose text was taken into the digest: their meaning hash is renewed.
    pulled_notes: set[NoteId] = field(default_factory=set)
    #: Item rows with their new versions (and task tags we now own).
    items: list[ItemRow] = field(default_factory=list)


def entry_ids(digest: Digest) -> dict[NoteId, Entry]:
    """Each entry under the id push gives its note (digest path, identity, occurrence)."""
    out: dict[NoteId, Entry] = {}
    seen: dict[str, int] = {}
    path = digest_id(digest.path)
    for entry in digest.entries:
        identity = entry.paper.identity
        n = seen.get(identity, 0)
        seen[identity] = n + 1
        out[(path, identity, n)] = entry
    return out


def _data(obj: dict[str, Any]) -> dict[str, Any]:
    return obj.get("data", obj)


def _same_markdown(a: str | None, b: str | None) -> bool:
    """Two summaries say the same thing (compared as the HTML a note would hold)."""
    return zi.note_meaning(zi.markdown_to_html(a or "")) == zi.note_meaning(zi.markdown_to_html(b or ""))


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def task_pattern(templates: dict[str, str]) -> re.Pattern[str] | None:
    """A regex reading the task back out of a tag made by the ``task`` template
    (None when the template is off or names more than the task)."""
    template = templates.get("task") or ""
    if re.findall(r"{(\w+)}", template) != ["task"]:
        return None
    before, after = template.split("{task}")
    return re.compile(f"^{re.escape(before)}(?P<task>.+?){re.escape(after)}$")


def make_pull_plan(digests: list[Digest], rows: PushRows, changes: LibraryChanges, templates: dict[str, str], *,
                   flatten: bool = False, collection: str | None = None) -> PullPlan:
    """Per digest: field changes and new entries; plus notices and state updates (pure)."""
    plan = PullPlan()
    by_note_key = {row.key: row for row in rows.notes.values()}
    by_item_key = {row.key: row for row in rows.items.values()}
    ids = {digest_id(d.path): entry_ids(d) for d in digests}
    pattern = task_pattern(templates)
    for digest in digests:
        plan.digests.append(DigestPlan(digest))
    plans = {digest_id(p.digest.path): p for p in plan.digests}
    pending: dict[int, dict[str, Any]] = {}  # id(entry) -> fields, merged per entry
    whys: dict[int, list[str]] = {}
    entry_plan: dict[int, tuple[DigestPlan, Entry]] = {}

    def propose(digest_key: str, entry: Entry, fields: dict[str, Any], why: str) -> None:
        entry_plan[id(entry)] = (plans[digest_key], entry)
        pending.setdefault(id(entry), {}).update(fields)
        whys.setdefault(id(entry), []).append(why)

    # Notes of ours.
    for key, obj in changes.objects.items():
        row = by_note_key.get(key)
        if row is None or row.entry[0] not in ids:
            continue
        entry = ids[row.entry[0]].get(row.entry)
        plan.note_versions[row.entry] = int(obj.get("version", row.version))
        if entry is None:
            continue
        if _data(obj).get("deleted"):
            plan.notices.append(f"{entry_label(row.entry)}: the note for '{entry.paper.title}' is in "
                                "Zotero's trash; the digest keeps its summary")
            continue
        note = _data(obj).get("note", "") or ""
        if meaning_hash(note) == row.meaning_hash:
            continue
        fields = _note_changes(entry, note)
        plan.pulled_notes.add(row.entry)
        if fields:
            propose(row.entry[0], entry, fields, "note edited in Zotero")
    # Items of ours: trash and task tags.
    listed: dict[str, list[tuple[str, Entry]]] = {}
    for dkey, entries in ids.items():
        for entry in entries.values():
            listed.setdefault(entry.paper.identity, []).append((dkey, entry))
    for key, obj in changes.objects.items():
        row = by_item_key.get(key)
        if row is None:
            continue
        data = _data(obj)
        new_row = replace(row, version=int(obj.get("version", row.version)))
        where = listed.get(row.identity, [])
        if data.get("deleted"):
            for dkey, entry in where:
                plan.notices.append(f"{Path(dkey).name}: '{entry.paper.title}' is in Zotero's trash; "
                                    "the digest keeps it")
            plan.items.append(new_row)
            continue
        if pattern is not None:
            new_row = _task_changes(new_row, data, pattern, templates, where, propose, plan)
        plan.items.append(new_row)
    # Deleted for good.
    for key in sorted(changes.deleted):
        if key in by_item_key:
            for dkey, entry in listed.get(by_item_key[key].identity, []):
                plan.notices.append(f"{Path(dkey).name}: '{entry.paper.title}' was deleted in Zotero; "
                                    "the digest keeps it")
        elif key in by_note_key and by_note_key[key].entry[0] in ids:
            entry = ids[by_note_key[key].entry[0]].get(by_note_key[key].entry)
            if entry is not None:
                plan.notices.append(f"{Path(by_note_key[key].entry[0]).name}: the note for '{entry.paper.title}' "
                                    "was deleted in Zotero; the digest keeps its summary")
    for ident, fields in pending.items():
        digest_plan, entry = entry_plan[ident]
        digest_plan.changes.append(FieldChange(entry, fields, "; ".join(dict.fromkeys(whys[ident]))))
    _plan_appends(plan, rows, changes, pattern, flatten=flatten, collection=collection)
    return plan


def entry_label(entry_id: NoteId) -> str:
    return Path(entry_id[0]).name


def _note_changes(entry: Entry, note: str) -> dict[str, Any]:
    """The fields a note edited in Zotero changes: the summary and the one-liner,
    where the family has a place for them and they differ by meaning.  A part the
    note no longer has is left alone (nothing in a digest is lost by a pull)."""
    parts = split_note(note)
    from ..digest import family_named

    editable = family_named(entry.family).editable
    paper = entry.paper
    fields: dict[str, Any] = {}
    summary_is_one_liner = entry.fields.get("summary") == entry.fields.get("one_liner") and "one_liner" in entry.fields
    if parts.summary and "summary" in editable and "summary" in entry.fields \
            and not _same_markdown(parts.summary, paper.summary):
        fields["summary"] = parts.summary
    if parts.one_liner and "one_liner" in editable and "one_liner" in entry.fields \
            and _one_line(parts.one_liner) != _one_line(paper.one_liner):
        if summary_is_one_liner:
            # One span holds both: an edited summary wins; else the one-liner fills it.
            fields.setdefault("summary", parts.one_liner)
        else:
            fields["one_liner"] = parts.one_liner
    return fields


def _task_changes(row: ItemRow, data: dict[str, Any], pattern: re.Pattern[str], templates: dict[str, str],
                  where: list[tuple[str, Entry]], propose: Callable[..., None], plan: PullPlan) -> ItemRow:
    """A task tag we wrote renamed in Zotero: the entries that had the old task take
    the new one.  Returns the row owning the new tag (so push keeps it)."""
    now = {t.get("tag", "") for t in data.get("tags") or []}
    sent = set(row.sent.get("tags") or [])
    tasks_now = {m["task"] for t in now if (m := pattern.match(t))}
    tasks_sent = {m["task"] for t in sent if (m := pattern.match(t))}
    removed, added = tasks_sent - tasks_now, tasks_now - tasks_sent
    if len(added) != 1 or len(removed) > 1:
        return row
    new = next(iter(added))
    old = next(iter(removed)) if removed else None
    for dkey, entry in where:
        current = _one_line(entry.paper.task) or None
        if current != old:
            continue
        if "task" not in entry.fields:
            plan.notices.append(f"{Path(dkey).name}: '{entry.paper.title}' has a new task tag '{new}' in Zotero, "
                                f"but the {entry.family} family has no Task field; not taken")
            continue
        propose(dkey, entry, {"task": new}, "task tag edited in Zotero")
    template = templates["task"]
    owned = sorted((sent - {template.format(task=old)} if old else sent) | {template.format(task=new)})
    return replace(row, sent={**row.sent, "tags": owned})


# --- papers added in Zotero -----------------------------------------------------------------------


def paper_from_item(data: dict[str, Any], pattern: re.Pattern[str] | None = None) -> Paper:
    """A digest entry's facts from a Zotero item (title, arXiv id or DOI, authors,
    venue, links, abstract, task tag), for a paper added to a collection in Zotero."""
    keys = zi.identity_keys(data)
    arxiv = next((k.split(":", 1)[1] for k in sorted(keys) if k.startswith("arxiv:")), None)
    doi = next((k.split(":", 1)[1] for k in sorted(keys) if k.startswith("doi:")), None)
    authors = []
    for c in data.get("creators") or []:
        name = c.get("name") or " ".join(x for x in (c.get("firstName"), c.get("lastName")) if x)
        if name.strip():
            authors.append(" ".join(name.split()))
    year_m = re.match(r"(\d{4})", str(data.get("date") or ""))
    year = int(year_m[1]) if year_m else None
    venue = None
    for name in ("conferenceName", "proceedingsTitle", "publicationTitle"):
        if data.get(name):
            venue, _ = parse_venue(str(data[name]))
            if venue is not None and venue.year is None and year:
                venue = venue.model_copy(update={"year": year})
            break
    if venue is None and arxiv:
        venue, _ = parse_venue(f"arXiv {year}" if year else "arXiv")
    links: dict[str, str] = {}
    if arxiv:
        links["arxiv"] = f"https://arxiv.org/abs/{arxiv}"
    elif data.get("url"):
        links["paper"] = str(data["url"])
    task = None
    if pattern is not None:
        task = next((m["task"] for t in data.get("tags") or [] if (m := pattern.match(t.get("tag", "")))), None)
    return Paper(arxiv_id=arxiv, doi=None if arxiv else doi, title=_one_line(data.get("title")),
                 authors=authors, authors_complete=bool(authors), venue=venue, year=year, task=task,
                 abstract=_one_line(data.get("abstractNote")) or None, links=links)


def _collections_of(digest: Digest, rows: PushRows, *, flatten: bool, collection: str | None
                    ) -> dict[str, list[str] | None]:
    """Collection key -> the digest section it stands for (None: the digest's own
    collection when no entry sits directly under it: append at the end)."""
    heading = zi.title_heading(digest.doc.text)
    out: dict[str, list[str] | None] = {}
    sections: dict[tuple[str, ...], list[str]] = {}
    for entry in digest.entries:
        path = zi.collection_path(digest.path, heading, entry.section, flatten=flatten, name=collection)
        sections.setdefault(path, list(entry.section))
    root = zi.collection_path(digest.path, heading, [], flatten=flatten, name=collection)
    for path, key in rows.collections.items():
        if path in sections:
            out[key] = None if flatten else sections[path]
        elif path == root:
            out[key] = None
    return out


def _plan_appends(plan: PullPlan, rows: PushRows, changes: LibraryChanges, pattern: re.Pattern[str] | None, *,
                  flatten: bool, collection: str | None) -> None:
    for dplan in plan.digests:
        digest = dplan.digest
        targets = _collections_of(digest, rows, flatten=flatten, collection=collection)
        if not targets:
            continue
        have: set[str] = set()
        for entry in digest.entries:
            have |= zi.paper_identity_keys(entry.paper)
        for key, obj in sorted(changes.objects.items()):
            data = _data(obj)
            if data.get("deleted") or data.get("parentItem") or data.get("itemType") in ("note", "attachment",
                                                                                          "annotation"):
                continue
            inside = [targets[c] for c in data.get("collections") or [] if c in targets]
            if not inside or not _one_line(data.get("title")):
                continue
            if zi.identity_keys(data) & have:
                continue
            paper = paper_from_item(data, pattern)
            have |= zi.paper_identity_keys(paper) | zi.identity_keys(data)
            # The deepest section it was put in (a sub-collection beats the digest's own).
            section = max(inside, key=lambda s: len(s) if s is not None else -1)
            dplan.appends.append(NewEntry(paper, section, key))


# --- running it -----------------------------------------------------------------------------------


@dataclass
class DigestOutcome:
    path: str
    changed: list[str] = field(default_factory=list)  # one line per entry changed or added
    written: bool = False
    diff: str = ""
    backup: str | None = None
    problem: str | None = None


@dataclass
class PullReport:
    library: str
    dry_run: bool = False
    since: int | None = None
    library_version: int | None = None
    digests: list[DigestOutcome] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out: list[str] = []
        for d in self.digests:
            name = Path(d.path).name
            if d.problem:
                continue
            if self.dry_run and d.diff:
                out.append(d.diff.rstrip("\n"))
            for line in d.changed:
                out.append(f"{name}: {line}")
            if d.written:
                out.append(f"wrote {d.path} (previous version kept in {d.backup})")
        out += [f"note: {n}" for n in self.notices]
        if not any(d.changed for d in self.digests):
            out.append("nothing to pull" if self.since is not None else "nothing to pull (nothing pushed yet)")
        elif self.dry_run:
            out.append("dry run: nothing written")
        return out


def backup_path(state: State, path: str) -> Path:
    """Where the previous version of a digest is kept: the state directory's
    ``backups/`` folder, one file per digest (named by the file and a hash of its
    absolute path), replaced by each pull that writes it.  Kept out of the
    digest's folder so a pull adds no stray file to the user's repository."""
    resolved = str(Path(path).resolve())
    tag = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    return state.directory / "backups" / f"{Path(path).name}.{tag}.bak"


class Puller:
    """One pull into ``paths`` from the client's library, remembered in ``state``."""

    def __init__(self, client: ZoteroClient, state: State, *, dry_run: bool = False,
                 templates: dict[str, str] | None = None, flatten: bool = False, collection: str | None = None,
                 prepare: Callable[[list[Digest]], None] | None = None, family: str | None = None) -> None:
        self.client = client
        self.family = family
        self.state = state
        self.dry_run = dry_run
        self.templates = templates if templates is not None else load_tag_templates()
        self.flatten = flatten
        self.collection = collection
        #: Applied to every parsed digest (the CLI completes papers from the arXiv cache,
        #: as push does, so notes are rendered here exactly as push renders them).
        self.prepare = prepare
        self.library = client.state_name

    def read_changes(self, since: int, always: set[str] = frozenset()) -> LibraryChanges | None:
        """The download sync: versions since, deletions, changed objects (by 50);
        again when the library moved meanwhile.  None: nothing changed (one 304).

        ``always``: keys to read whatever their version (the notes and items of a
        digest never pulled: compared by meaning once, since a push of another
        digest may have moved the library's version past their edits)."""
        for _ in range(MAX_READ_ROUNDS):
            if always:
                versions = self.client.items_since(0)
            else:
                versions = self.client.items_changed_since(since)
                if versions is None:
                    return None
            version = self.client.last_modified_version or since
            deleted = self.client.deleted_since(since)
            wanted = sorted(k for k, v in versions.items() if int(v) > since or k in always)
            objects = {o["key"]: o for o in self.client.get_items(wanted)} if wanted else {}
            after = self.client.last_modified_version or version
            if after == version:
                return LibraryChanges(since, version, objects, set(deleted.get("items") or []))
        raise RuntimeError("the Zotero library kept changing while it was read: run pull again")

    def run(self, paths: list[str | Path]) -> PullReport:
        report = PullReport(self.client.library, dry_run=self.dry_run)
        rows = self.state.push_rows(self.library)
        report.since = rows.version
        if rows.version is None:
            report.notices.append("this library has no push recorded in the state: push the digests first")
            return report
        originals = {str(p): Path(p).read_bytes() for p in paths}
        digests = [parse_bytes(data, path, self.family) for path, data in originals.items()]
        self._prepare(digests)
        pulled = self.state.pull_versions(self.library)
        names = [digest_id(d.path) for d in digests]
        since = min([rows.version] + [pulled[n] for n in names if n in pulled])
        fresh = {n for n in names if n not in pulled}
        always = {r.key for r in rows.notes.values() if r.entry[0] in fresh}
        identities = {e.paper.identity for d in digests if digest_id(d.path) in fresh for e in d.entries}
        always |= {r.key for r in rows.items.values() if r.identity in identities}
        changes = self.read_changes(since, always)
        report.requests = self.client.requests
        if changes is None:
            report.library_version = rows.version
            return report
        plan = make_pull_plan(digests, rows, changes, self.templates, flatten=self.flatten,
                              collection=self.collection)
        report.notices += plan.notices
        all_written = True
        for dplan in plan.digests:
            outcome = self._write(dplan, originals[dplan.digest.path], report)
            report.digests.append(outcome)
            if outcome.problem:
                report.problems.append(outcome.problem)
                all_written = False
        if not self.dry_run:
            self._record(plan, rows, changes, report, all_written)
            self.state.record_pulls(self.library, [digest_id(d.path) for d in report.digests if not d.problem],
                                    changes.version)
        report.requests = self.client.requests
        report.library_version = changes.version if all_written and not self.dry_run else rows.version
        return report

    def _prepare(self, digests: list[Digest]) -> None:
        if self.prepare is not None:
            self.prepare(digests)

    def _write(self, dplan: DigestPlan, original: bytes, report: PullReport) -> DigestOutcome:
        digest = dplan.digest
        outcome = DigestOutcome(digest.path)
        if dplan.empty:
            return outcome
        try:
            appended: list[Edit] = []
            for new in dplan.appends:
                appended.append(digest.append_edit(new.paper, new.section))
            data = digest.with_changes([(c.entry, c.fields) for c in dplan.changes], appended)
        except (FieldNotEditable, ValueError) as exc:
            outcome.problem = f"{digest.path}: the changes from Zotero cannot be placed ({exc}); nothing written"
            return outcome
        for c in dplan.changes:
            outcome.changed.append(f"{', '.join(c.fields)} of '{c.entry.paper.title}' (line {c.entry.lines[0]}): "
                                   f"{c.why}")
        for new in dplan.appends:
            where = " › ".join(new.section) if new.section else "the end"
            outcome.changed.append(f"added '{new.paper.title}' under {where} (added in Zotero)")
        if data == original:
            outcome.changed.clear()
            return outcome
        if self.dry_run:
            outcome.diff = unified_diff(digest.path, original, data)
            return outcome
        try:
            now = Path(digest.path).read_bytes()
        except OSError as exc:
            outcome.problem = f"{digest.path} cannot be read again ({exc.strerror}); nothing written"
            return outcome
        if now != original:
            outcome.problem = (f"{digest.path} changed on disk while the pull ran; nothing was written to it: "
                               "run pull again")
            return outcome
        backup = backup_path(self.state, digest.path)
        try:
            backup.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(backup, original)
            atomic_write(digest.path, data)
        except OSError as exc:
            outcome.problem = f"{digest.path} cannot be written ({exc.strerror}); nothing written"
            return outcome
        outcome.written = True
        outcome.backup = str(backup)
        return outcome

    def _record(self, plan: PullPlan, rows: PushRows, changes: LibraryChanges, report: PullReport,
                all_written: bool) -> None:
        """New versions for every row whose object moved; for notes taken into a
        written digest, the meaning of the note push would now send."""
        written = {digest_id(d.path) for d in report.digests if d.written}
        failed = {digest_id(d.path) for d in report.digests if d.problem}
        fresh: dict[NoteId, str] = {}
        need = {e for e in plan.pulled_notes if e[0] in written or e[0] not in failed}
        if need:
            for dplan in plan.digests:
                key = digest_id(dplan.digest.path)
                if not any(e[0] == key for e in need):
                    continue
                path = Path(dplan.digest.path)
                again = parse_bytes(path.read_bytes(), str(path), self.family) if key in written else dplan.digest
                if key in written:
                    self._prepare([again])
                heading = zi.title_heading(again.doc.text)
                for entry_id, entry in entry_ids(again).items():
                    if entry_id in need:
                        fresh[entry_id] = meaning_hash(zi.note_html(entry, path.name, title_heading=heading))
        notes: list[NoteRow] = []
        for entry_id, version in plan.note_versions.items():
            row = rows.notes.get(entry_id)
            if row is None or entry_id[0] in failed:
                continue
            notes.append(replace(row, version=version, meaning_hash=fresh.get(entry_id, row.meaning_hash)))
        self.state.record_push(self.library, version=changes.version if all_written else None,
                               items=plan.items if all_written else [], notes=notes)


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    a = before.decode("utf-8", "replace").splitlines(keepends=True)
    b = after.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(a, b, fromfile=f"{path} (now)", tofile=f"{path} (after pull)"))


def pull_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> PullReport:
    """Pull the library's changes into the digests at ``paths`` (see :class:`Puller`)."""
    return Puller(client, state, **kw).run(paths)
