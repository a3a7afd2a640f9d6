"""The rows of the state file as typed values (see :mod:`zoterodigest.state`): plain
data, read and written by the state, decided on by :mod:`zoterodigest.sync`.

A note's base (:class:`NoteBase`) is what both sides of one digest entry's note last
agreed on.  It is kept in one column (``base_json``) as :meth:`NoteBase.to_json`
says it; state files from before the typed base are migrated to it once, when they
are opened (:mod:`zoterodigest.state_migration`).  What the decision makes of a base
(Zotero's task, a legacy base resolved) lives in :mod:`zoterodigest.sync.decide.note_base`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ItemRow:
    """What the last push agreed with Zotero about one paper (by identity).

    ``sent_hash`` hashes the item we wanted (fields, tags, collection paths): an
    equal hash means nothing to send.  ``sent`` holds the values we wrote and
    still own (a field the user changed since is theirs): a later push may
    replace those, never anything else.
    """

    identity: str
    key: str
    version: int
    sent_hash: str
    sent: dict[str, Any] = field(default_factory=dict)


#: A digest entry: (digest path, paper identity, occurrence of that paper in the digest).
NoteId = tuple[str, str, int]


@dataclass(frozen=True)
class NoteBase:
    """What both sides of one entry's note last agreed on (the decision's input).

    Exactly one of two shapes:

    * per field (``legacy`` is None): ``fields`` holds each note field's agreed value
      (heading, task, one-liner, summary; a value nobody knows is
      :data:`zoterodigest.sync.decide.note_fields.UNKNOWN`), ``seen`` Zotero's note as
      last read (a note whose version did not move need not be read again), and
      ``task`` Zotero's task when it differs from ``seen``'s Task line (a renamed
      task tag taken before a push rewrote the line), else None;
    * legacy (``legacy`` set, ``fields`` empty): a row recorded before sync decided per
      field kept only the meaning hash of the whole note both sides agreed on.  The
      per-field values cannot be told from a hash alone: the one decision resolves
      it the first time it sees both texts
      (:func:`zoterodigest.sync.decide.note_base.resolved`) and the row is then
      recorded per field, the marker gone.

    No meaning hash of the note is kept beside it: what needed one (the settled
    marker, push's plan) reads ``seen``.
    """

    fields: Mapping[str, str] = field(default_factory=dict)
    seen: str = ""
    task: str | None = None
    #: The meaning hash of the whole note last agreed on (a row from before the per-field base).
    legacy: str | None = None

    @classmethod
    def from_legacy(cls, meaning: str) -> NoteBase:
        return cls(legacy=meaning)

    def to_json(self) -> dict[str, Any]:
        """The value stored in the state's ``base_json`` column (keys only when set)."""
        if self.legacy is not None:
            return {"legacy": self.legacy}
        out: dict[str, Any] = {"fields": dict(self.fields), "seen": self.seen}
        if self.task is not None:
            out["task"] = self.task
        return out

    def dumps(self) -> str:
        """:meth:`to_json` as the column's text."""
        return json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False)

    @classmethod
    def loads(cls, text: str | None) -> NoteBase:
        """The base a column's text holds (text that is no JSON: see :meth:`from_json`)."""
        try:
            value = json.loads(text or "null")
        except ValueError:
            value = None
        return cls.from_json(value)

    @classmethod
    def from_json(cls, value: Any) -> NoteBase:
        """The base :meth:`to_json` stored (anything else: a legacy base knowing no hash,
        so each field both sides do not say alike is a conflict, never an overwrite)."""
        if not isinstance(value, dict):
            return cls(legacy="")
        if isinstance(value.get("legacy"), str):
            return cls(legacy=value["legacy"])
        fields = value.get("fields")
        if not isinstance(fields, dict) or not fields:
            return cls(legacy="")
        task = value.get("task")
        return cls({str(k): str(v) for k, v in fields.items()}, str(value.get("seen") or ""),
                   None if task is None else str(task))


@dataclass
class NoteRow:
    """The child note made for one digest entry, and what both sides last agreed on.

    ``base``: the typed base (:class:`NoteBase`).  ``version``: the note's version
    in Zotero when it was last read or written (``base.seen``'s).

    ``settled``: a hash of the entry as last rendered and of this row, recorded when
    the digest, the base and Zotero's note all agreed (see
    :mod:`zoterodigest.sync.decide.settled`); a run whose entry and row hash the same
    needs neither render nor compare the note.
    """

    entry: NoteId
    parent_key: str
    key: str
    version: int
    base: NoteBase
    settled: str = ""


@dataclass
class LibraryRows:
    """Everything the state knows about one Zotero library."""

    version: int | None = None
    items: dict[str, ItemRow] = field(default_factory=dict)
    notes: dict[NoteId, NoteRow] = field(default_factory=dict)
    collections: dict[tuple[str, ...], str] = field(default_factory=dict)


@dataclass
class ConflictRow:
    """A field changed differently in the digest and in Zotero since they last agreed."""

    entry: NoteId
    field: str
    note_key: str
    digest_text: str
    zotero_text: str
