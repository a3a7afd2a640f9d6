"""The fields of a summary note, and sync's three-way decision for each (pure).

Why per field: a note holds several things a user edits separately -- the
heading (the paper and where it is listed), the task, the one-liner and the
summary.  Deciding for the whole note would call a retitled entry in the
digest plus a reworded summary in Zotero a conflict, though the two edits
touch different things.  Here each field has its own base (what both sides
last agreed on, kept in the state's note row), and :func:`.threeway.decide`
runs once per field.

All three sides are read the same way: the digest's value is taken from the
note push would render for the entry, Zotero's from the note it holds, the
base from the row -- each split by :func:`split_note`, so a value is never
compared with a differently shaped copy of itself.

A field the digest has no place for (the heading always; a one-liner in a
family without one) can only move on the digest's side when the digest's
rendering of it moves.  Zotero's edit of such a field stays in the note: the
note written back keeps Zotero's value, and the base stays the digest's, so
the next sync sees nothing new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import zotero as zi
from ...memo import memo
from ...zotero.note_markdown import split_note
from .desired import note_heading
from .merge import merge3
from .threeway import Action, decide, resolve, restrict

#: The note's fields, in the order the note holds them.
FIELDS = ("heading", "task", "one_liner", "summary")
#: How a field is named in reports and the conflicts file.
LABELS = {"heading": "note heading", "task": "task", "one_liner": "one-liner", "summary": "summary"}


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def note_parts(note: str) -> dict[str, str]:
    """A note's fields as plain values: the heading's meaning, the task and the
    one-liner on one line, the summary as Markdown ("" where the note has none)."""
    return dict(_note_parts(note))


@memo(maxsize=4096)
def _note_parts(note: str) -> dict[str, str]:
    parts = split_note(note)
    return {"heading": note_heading(note), "task": _one_line(parts.task), "one_liner": _one_line(parts.one_liner),
            "summary": parts.summary.strip()}


def token(name: str, value: str | None) -> str:
    """A comparable form of a field value: equal tokens say the same thing."""
    if name == "summary":
        return zi.note_meaning(zi.markdown_to_html(value or ""))
    if name == "heading":
        return zi.note_meaning(value or "")
    return _one_line(value).casefold() if name == "task" else _one_line(value)


#: The base of a field nobody knows the agreed value of (a state rebuilt after it was
#: lost): equal to neither side, so two different values are a conflict.
UNKNOWN = "\x00unknown"


def unknown_where_different(ours: str, theirs: str) -> dict[str, str]:
    """A base for a note found again without its row: each field both notes say
    the same is agreed; any other is unknown."""
    a, b = note_parts(ours), note_parts(theirs)
    return {name: a[name] if token(name, a[name]) == token(name, b[name]) else UNKNOWN for name in FIELDS}


@dataclass
class FieldDecision:
    """One field of one entry's note."""

    name: str
    first: Action  # before --prefer and before the command's direction
    action: Action  # what this command does
    placeable: bool  # the digest's family has a span for it
    base: str
    digest: str
    zotero: str
    #: The line-merged text when both sides changed different lines (``Action.MERGED``).
    merged: str | None = None

    @property
    def label(self) -> str:
        return LABELS[self.name]

    @property
    def note_value(self) -> str:
        """What the note written back says for this field: the digest's value when
        it goes to Zotero, the merged text for a merge, else Zotero's (copied,
        agreed, left for later, in conflict, or kept)."""
        if self.action is Action.TO_ZOTERO:
            return self.digest
        if self.action is Action.MERGED and self.merged is not None:
            return self.merged
        return self.zotero

    @property
    def digest_value(self) -> str | None:
        """The value to splice into the digest (None: the digest keeps its text)."""
        if not self.placeable:
            return None
        if self.action is Action.TO_DIGEST:
            return self.zotero
        if self.action is Action.MERGED:
            return self.merged
        return None

    def base_after(self, *, digest_written: bool, zotero_written: bool) -> str:
        """The base once this run wrote the digest and/or Zotero: what both sides now
        agree on.  A side not written keeps the old base for a change meant for it,
        so the change is found again by the next run; a conflict or a change left
        for later keeps it too (both sides still differ from it)."""
        if self.action is Action.AGREE:
            return self.digest
        if self.action is Action.TO_ZOTERO:
            return self.digest if zotero_written else self.base
        if self.action is Action.TO_DIGEST:
            if not self.placeable:  # Zotero's edit stays in the note; the digest never moved
                return self.digest
            return self.zotero if digest_written else self.base
        if self.action is Action.MERGED and digest_written and zotero_written and self.merged is not None:
            return self.merged
        return self.base

    @property
    def new_base(self) -> str:
        """The base after a run that wrote both sides."""
        return self.base_after(digest_written=True, zotero_written=True)


def decide_field(name: str, base: str, digest: str, zotero: str, *, placeable: bool, prefer: str | None = None,
                 direction: str = "both") -> FieldDecision:
    """The decision for one note field (compared by :func:`token`); the cases:

    * both sides as the base, or both moved to the same meaning: nothing / agree;
    * one side moved: copied to the other -- unless this command does not write
      that side (push never writes the digest, pull never Zotero): left for later;
    * no agreed value known and one side empty: the side with words wins;
    * both moved differently, in a field the digest has no place for: Zotero's
      edit stays in the note (the digest cannot disagree with what it cannot hold);
    * both moved differently in the summary, on different lines: merged;
    * otherwise a conflict: both texts kept, unless ``--prefer`` picks a side.
    """
    first = decide(token(name, base), token(name, digest), token(name, zotero))
    merged = None
    if first is Action.CONFLICT and base == UNKNOWN and not (token(name, digest) and token(name, zotero)):
        # No agreed value known (a note found without its row) and one side says nothing:
        # the side with words wins, so no text is lost and no empty value is a conflict.
        first = Action.TO_ZOTERO if token(name, digest) else Action.TO_DIGEST
    if first is Action.CONFLICT and not placeable:
        first = Action.TO_DIGEST
    if first is Action.CONFLICT and name == "summary" and base != UNKNOWN:
        merged = merge3(base, digest, zotero)
        if merged is not None:
            first = Action.MERGED
    action = resolve(first, prefer)
    if placeable:
        action = restrict(action, direction)
    return FieldDecision(name, first, action, placeable, base, digest, zotero, merged)


def decide_fields(base: dict[str, str], digest: dict[str, str], zotero: dict[str, str], placeable: set[str],
                  prefer: str | None = None, direction: str = "both",
                  settles: set[str] | None = None) -> list[FieldDecision]:
    """One decision per note field; ``prefer`` settles a conflict only in the fields
    named by ``settles`` (None: every field)."""
    return [decide_field(name, base.get(name, ""), digest.get(name, ""), zotero.get(name, ""),
                         placeable=name in placeable, direction=direction,
                         prefer=prefer if settles is None or name in settles else None) for name in FIELDS]


_RAW_HEADING = re.compile(r"<h2[^>]*>.*?</h2>(?:\s*<p[^>]*>\s*From\b.*?</p>)?", re.DOTALL | re.IGNORECASE)


def raw_heading(note: str) -> str:
    """The heading of a note as its HTML spells it (title ``<h2>`` and the
    where-listed paragraph), or "" when the note does not start with one."""
    m = _RAW_HEADING.search(note)
    if m is None or zi.note_meaning(note[: m.start()]):
        return ""
    return m[0]


def compose_heading(note: str, zotero_note: str) -> str:
    """``note`` (as push renders it) with the heading of ``zotero_note`` in place
    of its own: Zotero's edit of the heading kept in the note written back."""
    ours, theirs = raw_heading(note), raw_heading(zotero_note)
    if not ours or not theirs:
        return note
    return note.replace(ours, theirs, 1)


def plain(name: str, value: str) -> str:
    """A field value as a person reads it in a report (the heading without tags)."""
    if name != "heading":
        return value
    return " ".join(re.sub(r"<[^<>]+>", " ", value.replace("</h2>", " — ")).split())
