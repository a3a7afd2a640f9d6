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
* trashed or deleted items and notes: reported; the digest keeps them,
  unless ``--prune`` (``prune=True``): then the entries of a paper whose item
  was trashed or deleted for good are taken out of the digest (their own
  lines, see :meth:`Digest.remove_edit`; the backup keeps them).  A note
  trashed or deleted on its own never removes its entry: a note is not the
  paper, and the summary stays in the digest.  ``--prune`` reads the item of
  every listed paper whatever its version, so a paper trashed before an
  earlier pull (which only reported it) is still found;
* a paper taken out of the collection push put its entry in (its section's
  sub-collection, or the digest's own): reported; with ``--prune`` the entry
  is removed when the item is in no other collection of that digest (moved to
  another section, it is kept and reported);
* a digest's collection deleted in Zotero: reported, never pruned (a whole
  digest is not emptied); its row is forgotten so the next push makes it again.

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

from .. import zotero as zi
from ..digest import Digest, FieldNotEditable, family_named, parse_bytes
from ..digest.document import Edit, atomic_write
from ..digest.values import parse_venue
from ..mappings import venue_spec
from ..model import Entry, Paper, Venue
from ..state import ItemRow, NoteId, NoteRow, PushRows, State
from ..zotero.client import ZoteroClient
from ..zotero.errors import ZoteroUnavailable
from ..zotero.note_markdown import split_note
from ..zotero.tag_templates import load_tag_templates, task_pattern
from .desired import digest_id, meaning_hash
from .note_fields import sync_info

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
    #: Collection keys deleted for good (a digest's collection or section sub-collection).
    deleted_collections: set[str] = field(default_factory=set)


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
class Removal:
    """An entry ``pull --prune`` takes out of its digest, and why (for the report)."""

    entry: Entry
    entry_id: NoteId
    why: str


@dataclass
class DigestPlan:
    digest: Digest
    changes: list[FieldChange] = field(default_factory=list)
    appends: list[NewEntry] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.changes or self.appends or self.removals)


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
    #: Collection rows whose collection was deleted in Zotero: forgotten, so the next
    #: push makes the collection again instead of writing to a key that is gone.
    forget_collections: set[tuple[str, ...]] = field(default_factory=set)


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


def make_pull_plan(digests: list[Digest], rows: PushRows, changes: LibraryChanges, templates: dict[str, str], *,
                   flatten: bool = False, collection: str | None = None, prune: bool = False) -> PullPlan:
    """Per digest: field changes, new entries and (``prune``) entries to remove; plus
    notices and state updates (pure)."""
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

    eid_of = {id(e): eid for entries in ids.values() for eid, e in entries.items()}
    removed: set[int] = set()

    def remove(digest_key: str, entry: Entry, why: str) -> None:
        if id(entry) not in removed:
            removed.add(id(entry))
            plans[digest_key].removals.append(Removal(entry, eid_of[id(entry)], why))

    def gone(where: list[tuple[str, Entry]], what: str, why: str) -> None:
        """A paper trashed or deleted in Zotero: its entries go with ``prune``, else a notice."""
        for dkey, entry in where:
            if prune:
                remove(dkey, entry, why)
            else:
                plan.notices.append(f"{Path(dkey).name}: '{entry.paper.title}' {what}; the digest keeps it "
                                    "(run pull --prune to remove it from the digest)")

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
            if not _item_gone(row.parent_key, changes):  # else the paper's own notice says it
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
            gone(where, "is in Zotero's trash", "trashed in Zotero")
            plan.items.append(new_row)
            continue
        if pattern is not None:
            new_row = _task_changes(new_row, data, pattern, templates, where, propose, plan)
        new_row = _venue_changes(new_row, data, templates, where, propose, plan)
        plan.items.append(new_row)
    # Deleted for good.
    for key in sorted(changes.deleted):
        if key in by_item_key:
            gone(listed.get(by_item_key[key].identity, []), "was deleted in Zotero", "deleted in Zotero")
        elif key in by_note_key and by_note_key[key].entry[0] in ids \
                and not _item_gone(by_note_key[key].parent_key, changes):
            entry = ids[by_note_key[key].entry[0]].get(by_note_key[key].entry)
            if entry is not None:
                plan.notices.append(f"{Path(by_note_key[key].entry[0]).name}: the note for '{entry.paper.title}' "
                                    "was deleted in Zotero; the digest keeps its summary")
    _plan_collections_left(plan, rows, changes, listed, remove, prune=prune, flatten=flatten,
                           collection=collection)
    for ident, fields in pending.items():
        if ident in removed:
            continue  # the entry goes: nothing of it is rewritten
        digest_plan, entry = entry_plan[ident]
        digest_plan.changes.append(FieldChange(entry, fields, "; ".join(dict.fromkeys(whys[ident]))))
    _plan_appends(plan, rows, changes, pattern, flatten=flatten, collection=collection)
    return plan


def _item_gone(key: str, changes: LibraryChanges) -> bool:
    """The item was trashed or deleted for good (its notes need no notice of their own)."""
    obj = changes.objects.get(key)
    return key in changes.deleted or (obj is not None and bool(_data(obj).get("deleted")))


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


def renamed_task(row: ItemRow, data: dict[str, Any], pattern: re.Pattern[str]) -> tuple[str | None, str] | None:
    """(old task or None, new task) when the item's task tags differ from the ones we
    sent by one tag added (and at most one of ours removed); else None."""
    now = {t.get("tag", "") for t in data.get("tags") or []}
    sent = set(row.sent.get("tags") or [])
    tasks_now = {m["task"] for t in now if (m := pattern.match(t))}
    tasks_sent = {m["task"] for t in sent if (m := pattern.match(t))}
    removed, added = tasks_sent - tasks_now, tasks_now - tasks_sent
    if len(added) != 1 or len(removed) > 1:
        return None
    return (next(iter(removed)) if removed else None), next(iter(added))


def _task_changes(row: ItemRow, data: dict[str, Any], pattern: re.Pattern[str], templates: dict[str, str],
                  where: list[tuple[str, Entry]], propose: Callable[..., None], plan: PullPlan) -> ItemRow:
    """A task tag we wrote renamed in Zotero: the entries that had the old task take
    the new one.  Returns the row owning the new tag (so push keeps it)."""
    renamed = renamed_task(row, data, pattern)
    if renamed is None:
        return row
    old, new = renamed
    sent = set(row.sent.get("tags") or [])
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


def renamed_venue(row: ItemRow, data: dict[str, Any], old_tag: str) -> tuple[str, Venue] | None:
    """(new tag, its venue) when the venue tag ``old_tag`` we sent was replaced in
    Zotero by one tag naming another known venue (``CVPR`` -> ``ICCV``); else None.
    Only mapped venues count, so an unrelated new tag is never read as a venue."""
    now = {t.get("tag", "") for t in data.get("tags") or []}
    sent = set(row.sent.get("tags") or [])
    if old_tag not in sent or old_tag in now:
        return None
    found = []
    for tag in now - sent:
        venue, _ = parse_venue(tag)
        spec = venue_spec(venue)
        if venue is not None and spec is not None and spec.kind != "preprint":
            found.append((tag, venue))
    return found[0] if len(found) == 1 else None


def _venue_changes(row: ItemRow, data: dict[str, Any], templates: dict[str, str], where: list[tuple[str, Entry]],
                   propose: Callable[..., None], plan: PullPlan) -> ItemRow:
    """A venue tag we wrote renamed in Zotero: the venue text of the entries that
    had it (year and track kept unless the new tag names them).  Returns the row
    owning the new tag, so push keeps it."""
    template = templates.get("venue") or ""
    if re.findall(r"{(\w+)}", template) != ["venue"]:
        return row
    for dkey, entry in where:
        old_tag = next((t["tag"] for t in zi.tags_for(entry, {"venue": template})), None)
        renamed = renamed_venue(row, data, old_tag) if old_tag else None
        if renamed is None:
            continue
        tag, venue = renamed
        current = entry.paper.venue
        if current is not None:
            venue = venue.model_copy(update={"year": venue.year or current.year, "track": venue.track or current.track})
        if "venue" not in entry.fields or "venue" not in family_named(entry.family).editable:
            plan.notices.append(f"{Path(dkey).name}: '{entry.paper.title}' has a new venue tag '{tag}' in Zotero, "
                                f"but the {entry.family} family has no venue field; not taken")
            continue
        propose(dkey, entry, {"venue": venue}, "venue tag edited in Zotero")
        sent = set(row.sent.get("tags") or [])
        row = replace(row, sent={**row.sent, "tags": sorted((sent - {old_tag}) | {tag})})
    return row


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


# --- papers taken out of a digest's collections, collections deleted ---------------------------


def _digest_collections(digest: Digest, rows: PushRows, *, flatten: bool, collection: str | None
                        ) -> tuple[dict[str, tuple[str, ...]], dict[int, str | None]]:
    """The keys of the collections push makes for this digest (its own and its
    sections', as the state knows them), and the key each entry was put in."""
    heading = zi.title_heading(digest.doc.text)
    planned = zi.collection_plan(digest.path, heading, [e.section for e in digest.entries], flatten=flatten,
                                 name=collection)
    keys = {rows.collections[c.path]: c.path for c in planned if c.path in rows.collections}
    own = {id(e): rows.collections.get(zi.collection_path(digest.path, heading, e.section, flatten=flatten,
                                                          name=collection))
           for e in digest.entries}
    return keys, own


def _plan_collections_left(plan: PullPlan, rows: PushRows, changes: LibraryChanges,
                           listed: dict[str, list[tuple[str, Entry]]], remove: Callable[[str, Entry, str], None], *,
                           prune: bool, flatten: bool, collection: str | None) -> None:
    """An item taken out of the collection push put its entry in (the item's
    ``collections`` lack a key its row says we sent): a notice, or with ``prune`` the
    entry goes when the item is in no other collection of that digest (moved to
    another section, it stays).  A digest collection deleted in Zotero: a notice
    only (a whole digest is never pruned); its row is forgotten so the next push
    makes it again.  Reads nothing when no item left a collection of ours."""
    dead = changes.deleted_collections
    plan.forget_collections |= {path for path, key in rows.collections.items() if key in dead}
    known = set(rows.collections.values())
    by_item_key = {row.key: row for row in rows.items.values()}
    left: dict[str, set[str]] = {}  # identity -> collection keys it was taken out of
    now: dict[str, set[str]] = {}
    for key, obj in sorted(changes.objects.items()):
        row = by_item_key.get(key)
        data = _data(obj)
        if row is None or data.get("deleted"):
            continue
        inside = set(data.get("collections") or [])
        out = {c for c in row.sent.get("collections") or [] if c in known and c not in dead} - inside
        if out:
            left[row.identity], now[row.identity] = out, inside
    if not left and not plan.forget_collections:
        return
    for dplan in plan.digests:
        digest = dplan.digest
        dkey = digest_id(digest.path)
        name = Path(digest.path).name
        keys, own = _digest_collections(digest, rows, flatten=flatten, collection=collection)
        deleted = sorted(" › ".join(path) for key, path in keys.items() if key in dead)
        if deleted:
            which = ", ".join(f"'{d}'" for d in deleted)
            plan.notices.append(
                f"{name}: {'its collection' if len(deleted) == 1 else 'its collections'} {which} "
                f"{'was' if len(deleted) == 1 else 'were'} deleted in Zotero; the digest keeps its entries and "
                f"the next push makes {'it' if len(deleted) == 1 else 'them'} again")
        for identity, out in left.items():
            for where, entry in listed.get(identity, []):
                mine = own.get(id(entry))
                if where != dkey or mine not in out:
                    continue
                why = f"removed from collection '{' › '.join(keys.get(mine, ()))}' in Zotero"
                still = sorted(" › ".join(keys[k]) for k in now[identity] if k in keys)
                if still:
                    plan.notices.append(f"{name}: '{entry.paper.title}' was {why} but is still in '{still[0]}'; "
                                        "the digest keeps it")
                elif prune:
                    remove(dkey, entry, why)
                else:
                    plan.notices.append(f"{name}: '{entry.paper.title}' was {why}; the digest keeps it "
                                        "(run pull --prune to remove it)")


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
        # Papers this digest listed once (their note rows remain) and no longer lists:
        # the user deleted the entry, so its item still in the collection is not news.
        dkey = digest_id(digest.path)
        listed_now = {e.paper.identity for e in digest.entries}
        dropped = {rows.items[i].key for (d, i, _) in rows.notes
                   if d == dkey and i not in listed_now and i in rows.items}
        for key, obj in sorted(changes.objects.items()):
            data = _data(obj)
            if data.get("deleted") or data.get("parentItem") or data.get("itemType") in ("note", "attachment",
                                                                                          "annotation"):
                continue
            inside = [targets[c] for c in data.get("collections") or [] if c in targets]
            if not inside or not _one_line(data.get("title")):
                continue
            if zi.identity_keys(data) & have or key in dropped:
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
    changed: list[str] = field(default_factory=list)  # one line per entry changed, added or removed
    written: bool = False
    diff: str = ""
    backup: str | None = None
    problem: str | None = None
    #: Titles of the entries added (papers added in Zotero) and removed (``--prune``).
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "changed": self.changed, "added": self.added, "removed": self.removed,
                "written": self.written, "backup": self.backup, "problem": self.problem,
                "diff": self.diff or None}


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

    def to_json(self) -> dict[str, Any]:
        """What ``pull --json`` prints: per digest what changed and where the backup is,
        the notices, problems and requests.  Holds no secret (no key, no URL)."""
        return {"library": self.library, "dry_run": self.dry_run, "ok": self.ok, "since": self.since,
                "library_version": self.library_version, "requests": self.requests,
                "digests": [d.to_json() for d in self.digests], "notices": self.notices,
                "problems": self.problems}

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
                 prepare: Callable[[list[Digest]], None] | None = None, family: str | None = None,
                 prune: bool = False) -> None:
        self.client = client
        #: Remove the entries of papers trashed or deleted in Zotero, or taken out of
        #: their digest's collections (see :func:`make_pull_plan`).
        self.prune = prune
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
                return LibraryChanges(since, version, objects, set(deleted.get("items") or []),
                                      set(deleted.get("collections") or []))
        raise ZoteroUnavailable("the Zotero library kept changing while it was read: run pull again")

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
        changes = self._changes(rows, digests, report)
        report.requests = self.client.requests
        if changes is None:
            report.library_version = rows.version
            return report
        plan = make_pull_plan(digests, rows, changes, self.templates, flatten=self.flatten,
                              collection=self.collection, prune=self.prune)
        report.notices += plan.notices
        all_written = True
        for dplan in plan.digests:
            outcome = self._write(dplan, originals[dplan.digest.path], report)
            report.digests.append(outcome)
            if outcome.problem:
                report.problems.append(outcome.problem)
                all_written = False
        if not self.dry_run:
            self._remember(plan, rows, changes, report, all_written)
        report.requests = self.client.requests
        report.library_version = changes.version if all_written and not self.dry_run else rows.version
        return report

    def _changes(self, rows: PushRows, digests: list[Digest], report: PullReport) -> LibraryChanges | None:
        """What changed since each digest was last pulled (the Web API's download sync);
        a digest never pulled has its notes and items read whatever their version.
        (``pull --local`` reads by content instead: see :mod:`.pull_local`.)"""
        pulled = self.state.pull_versions(self.library)
        names = [digest_id(d.path) for d in digests]
        since = min([rows.version] + [pulled[n] for n in names if n in pulled])
        fresh = {n for n in names if n not in pulled}
        always = {r.key for r in rows.notes.values() if r.entry[0] in fresh}
        identities = {e.paper.identity for d in digests if digest_id(d.path) in fresh for e in d.entries}
        always |= {r.key for r in rows.items.values() if r.identity in identities}
        listed = self._listed_items(rows, digests) if self.prune else set()
        changes = self.read_changes(since, always | listed)
        if changes is not None:
            changes.deleted |= listed - set(changes.objects)  # listed, but no longer in the library
        return changes

    def _listed_items(self, rows: PushRows, digests: list[Digest]) -> set[str]:
        """Keys of the items of every paper the digests list.  ``--prune`` reads them
        whatever their version: a paper trashed (or taken out of its collection)
        before an earlier pull, which only reported it, is still found."""
        identities = {e.paper.identity for d in digests for e in d.entries}
        return {r.key for r in rows.items.values() if r.identity in identities}

    def _remember(self, plan: PullPlan, rows: PushRows, changes: LibraryChanges, report: PullReport,
                  all_written: bool) -> None:
        """The state after a pull: the rows (see :meth:`_record`) and, for every digest
        not left unwritten, the library version it is now current at."""
        self._record(plan, rows, changes, report, all_written)
        self.state.record_pulls(self.library, [digest_id(d.path) for d in report.digests if not d.problem],
                                changes.version)

    def _prepare(self, digests: list[Digest]) -> None:
        if self.prepare is not None:
            self.prepare(digests)

    def _write(self, dplan: DigestPlan, original: bytes, report: PullReport) -> DigestOutcome:
        digest = dplan.digest
        outcome = DigestOutcome(digest.path)
        if dplan.empty:
            return outcome
        try:
            data = self._spliced(dplan)
        except (FieldNotEditable, ValueError) as exc:
            outcome.problem = f"{digest.path}: the changes from Zotero cannot be placed ({exc}); nothing written"
            return outcome
        for c in dplan.changes:
            outcome.changed.append(f"{', '.join(c.fields)} of '{c.entry.paper.title}' (line {c.entry.lines[0]}): "
                                   f"{c.why}")
        for new in dplan.appends:
            where = " › ".join(new.section) if new.section else "the end"
            outcome.changed.append(f"added '{new.paper.title}' under {where} (added in Zotero)")
            outcome.added.append(new.paper.title)
        for r in dplan.removals:
            outcome.changed.append(f"removed '{r.entry.paper.title}' ({r.why})")
            outcome.removed.append(r.entry.paper.title)
        if data == original:
            outcome.changed.clear()
            outcome.added.clear()
            outcome.removed.clear()
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

    def _spliced(self, dplan: DigestPlan) -> bytes:
        """The digest's new bytes.  Field changes and removals are spliced in one pass;
        new entries are appended afterwards to the file as it then reads, since the
        entry a new one would follow may be one just removed."""
        digest = dplan.digest
        changes = [(c.entry, c.fields) for c in dplan.changes]
        removals = [digest.remove_edit(r.entry) for r in dplan.removals]
        if not removals:
            appended: list[Edit] = [digest.append_edit(new.paper, new.section) for new in dplan.appends]
            return digest.with_changes(changes, appended)
        data = digest.with_changes(changes, removals)
        if not dplan.appends:
            return data
        again = parse_bytes(data, digest.path, self.family)
        return again.with_changes([], [again.append_edit(new.paper, new.section) for new in dplan.appends])

    def _forget(self, plan: PullPlan, report: PullReport) -> None:
        """Rows of what is gone: the note rows of entries removed from a written digest
        (the entry is no more; push no longer wants that note), and the rows of
        collections deleted in Zotero (so the next push makes them again).  The item
        row stays: another digest may still list the paper."""
        written = {digest_id(d.path) for d in report.digests if d.written}
        notes = [r.entry_id for d in plan.digests if digest_id(d.digest.path) in written for r in d.removals]
        if notes or plan.forget_collections:
            self.state.forget_push(self.library, notes=notes, collections=plan.forget_collections)

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
                        fresh[entry_id] = zi.note_html(entry, path.name, title_heading=heading)
        notes: list[NoteRow] = []
        for entry_id, version in plan.note_versions.items():
            row = rows.notes.get(entry_id)
            if row is None or entry_id[0] in failed:
                continue
            html = fresh.get(entry_id)
            notes.append(replace(row, version=version, meaning_hash=meaning_hash(html) if html else row.meaning_hash,
                                 sync=_pulled_sync(row, changes.objects.get(row.key), html)))
        self.state.record_push(self.library, version=changes.version if all_written else None,
                               items=plan.items if all_written else [], notes=notes)
        self._forget(plan, report)


def _pulled_sync(row: NoteRow, obj: dict[str, Any] | None, rendered: str | None) -> dict[str, Any]:
    """A note row's sync info after a pull: Zotero's note as read is what it holds
    now; a note taken into the digest agrees with the digest's new rendering."""
    note = _data(obj).get("note") if obj is not None and not _data(obj).get("deleted") else None
    if rendered is not None and note is not None:
        return sync_info(rendered, seen=note)
    if row.sync.get("base") and note is not None:
        return {**row.sync, "seen": note}
    return row.sync


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    a = before.decode("utf-8", "replace").splitlines(keepends=True)
    b = after.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(a, b, fromfile=f"{path} (now)", tofile=f"{path} (after pull)"))


def pull_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> PullReport:
    """Pull the library's changes into the digests at ``paths`` (see :class:`Puller`)."""
    return Puller(client, state, **kw).run(paths)
