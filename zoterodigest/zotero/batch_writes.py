"""Batch writes: objects created or updated 50 per POST, each answer read object by
object, and a retried batch confirmed instead of written twice.

pyzotero's write helpers lose what a sync needs (``update_items`` answers True
even when objects failed, ``create_items`` parses a 429's text body as JSON, and
neither says which objects of a retried batch were already committed), so the
POSTs go out through :class:`~.transport.Transport` and every per-object result
is read here.  Creates carry client-made keys and ``version: 0``, so a batch sent
again after a dropped connection never makes a twin: the server answers 412 for
the objects the first attempt wrote, and one read confirms them.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2

from .answers import text_of
from .errors import LibraryChanged, ZoteroUnavailable
from .reads import LibraryReads
from .transport import MAYBE_COMMITTED, Dropped, Transport

KEY_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
MAX_BATCH = 50


def new_key() -> str:
    """A client-made object key: 8 characters of Zotero's key alphabet."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(8))


@dataclass
class ObjectFailure:
    """One object the server refused, with its own status and message."""

    index: int
    key: str | None
    code: int
    message: str
    object: dict[str, Any]


@dataclass
class BatchResult:
    """What one POST did, by index into the list given to :meth:`BatchWriter.write_batches`."""

    number: int
    indexes: list[int]
    successful: dict[int, dict[str, Any]] = field(default_factory=dict)
    unchanged: dict[int, str] = field(default_factory=dict)
    failed: dict[int, ObjectFailure] = field(default_factory=dict)
    library_version: int = 0


@dataclass
class WriteReport:
    """Every object's outcome (by index), the library version after the last batch,
    and the keys the objects were written under."""

    keys: list[str]
    successful: dict[int, dict[str, Any]] = field(default_factory=dict)
    unchanged: dict[int, str] = field(default_factory=dict)
    failed: dict[int, ObjectFailure] = field(default_factory=dict)
    library_version: int = 0
    batches: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def add(self, batch: BatchResult) -> None:
        self.successful.update(batch.successful)
        self.unchanged.update(batch.unchanged)
        self.failed.update(batch.failed)
        self.library_version = batch.library_version
        self.batches += 1


def plan_batches(objects: list[dict[str, Any]], kind: str = "items", size: int = MAX_BATCH) -> list[list[int]]:
    """Indexes of ``objects`` grouped into batches of at most ``size``.

    Items: each child note goes right after its parent, in the same batch
    (the server resolves a parent created earlier in the same batch), and the
    parent-with-children units are packed first-fit decreasing so N papers with one
    note each take ceil(2N/size) POSTs.  Only a unit larger than a batch is split, or,
    when the units do not pack into ceil(objects/size) batches, units at batch ends.
    Collections keep their order (parents are listed before children).
    """
    if kind != "items":
        return [list(range(i, min(i + size, len(objects)))) for i in range(0, len(objects), size)]
    position = {o.get("key"): i for i, o in enumerate(objects) if o.get("key") and o.get("itemType") != "note"}
    units: list[list[int]] = []
    unit_of: dict[int, list[int]] = {}
    for i, obj in enumerate(objects):
        parent = obj.get("parentItem")
        if parent and parent in position and position[parent] in unit_of:
            unit_of[position[parent]].append(i)
        else:
            unit = [i]
            units.append(unit)
            unit_of[i] = unit
    batches: list[list[int]] = []
    for unit in sorted(units, key=len, reverse=True):  # first-fit decreasing
        for start in range(0, len(unit), size):
            piece = unit[start : start + size]
            home = next((b for b in batches if len(b) + len(piece) <= size), None)
            if home is None:
                batches.append(list(piece))
            else:
                home.extend(piece)
    if len(batches) > -(-len(objects) // size):
        # Units that do not pack into the fewest POSTs are cut at batch ends: a child
        # then follows its parent in the next batch (committed by then).
        flat = [i for unit in units for i in unit]
        batches = [flat[i : i + size] for i in range(0, len(flat), size)]
    return batches


class BatchWriter:
    """Writes items or collections of one library in batches of <= 50."""

    def __init__(self, transport: Transport, reads: LibraryReads) -> None:
        self.transport = transport
        self.reads = reads

    def write_batches(
        self,
        objects: list[dict[str, Any]],
        *,
        library_version: int,
        kind: str = "items",
        on_batch: Callable[[BatchResult], None] | None = None,
    ) -> WriteReport:
        """Create or update ``objects`` (items or collections) in batches of <= 50.

        Objects without a ``key`` get a client-made one and ``version: 0``
        (a create); updates carry their object ``version``.  Each batch is sent
        with ``If-Unmodified-Since-Version`` (the library version, advanced from
        every answer), and ``on_batch`` is called after each so the caller can
        record progress.  Raises :class:`LibraryChanged` (with ``.report`` holding
        what earlier batches did) when the library moved on: re-read, re-plan.
        """
        if kind not in ("items", "collections"):
            raise ValueError("kind is 'items' or 'collections'")
        prepared = []
        for obj in objects:
            obj = dict(obj)
            if not obj.get("key"):
                obj["key"] = new_key()
                obj["version"] = 0
            obj.setdefault("version", 0)
            prepared.append(obj)
        report = WriteReport(keys=[o["key"] for o in prepared], library_version=library_version)
        version = library_version
        for number, indexes in enumerate(plan_batches(prepared, kind), start=1):
            try:
                batch = self._write_batch(kind, [prepared[i] for i in indexes], indexes, version, number)
            except LibraryChanged as exc:
                exc.report = report  # type: ignore[attr-defined]
                raise
            version = batch.library_version
            report.add(batch)
            if on_batch is not None:
                on_batch(batch)
        return report

    def _write_batch(
        self, kind: str, batch: list[dict[str, Any]], indexes: list[int], version: int, number: int
    ) -> BatchResult:
        path = f"/{kind}"
        maybe_committed = False
        response: httpx2.Response | None = None
        for attempt in range(self.transport.max_retries + 1):
            # After a drop the batch may have been committed, which moved the library:
            # resend without the library precondition; per-object versions (0 for
            # creates) still stop any overwrite, and committed creates answer 412.
            headers = {} if maybe_committed else {"If-Unmodified-Since-Version": str(version)}
            try:
                response = self.transport.request("POST", path, json=batch, headers=headers, retry_dropped=False)
            except Dropped:
                maybe_committed = True
                response = None
            else:
                if response.status_code not in MAYBE_COMMITTED:
                    break
                maybe_committed = True
            if attempt < self.transport.max_retries:
                self.transport.sleep(self.transport.retry_delay(response, attempt))
        else:
            why = f"{response.status_code} {text_of(response)}" if response is not None else "connection dropped"
            raise ZoteroUnavailable(
                self.transport.answers.scrub(
                    f"Zotero did not take a batch of {len(batch)} {kind} after {self.transport.max_retries + 1} "
                    f"tries ({why}): try again later; nothing is duplicated")
            )
        assert response is not None
        if response.status_code != 200:
            raise self.transport.error("POST", path, response)
        result = self._batch_result(response, batch, number, indexes, version)
        if maybe_committed:
            self._confirm_committed(kind, result)
        return result

    def _batch_result(self, response: httpx2.Response, batch: list[dict[str, Any]], number: int,
                      indexes: list[int], version: int) -> BatchResult:
        """Zotero's answer to one batch, by the caller's indexes (messages scrubbed)."""
        raw = self.transport.json(response, dict)
        result = BatchResult(number, list(indexes))
        result.library_version = int(response.headers.get("Last-Modified-Version", version))
        for pos, obj in (raw.get("successful") or {}).items():
            result.successful[indexes[int(pos)]] = obj
        for pos, key in (raw.get("unchanged") or {}).items():
            result.unchanged[indexes[int(pos)]] = key
        for pos, failure in (raw.get("failed") or {}).items():
            i = int(pos)
            result.failed[indexes[i]] = ObjectFailure(
                indexes[i],
                failure.get("key") or batch[i].get("key"),
                int(failure.get("code", 0)),
                self.transport.answers.scrub(str(failure.get("message", ""))),
                batch[i],
            )
        return result

    def _confirm_committed(self, kind: str, result: BatchResult) -> None:
        """After a retried batch, a 412 on an object means the first attempt already
        wrote it: confirm it is there (one GET for the batch) and count it a success."""
        suspects = {i: f for i, f in result.failed.items() if f.code == 412 and f.object.get("key")}
        if not suspects:
            return
        keys = [f.object["key"] for f in suspects.values()]
        if kind == "items":
            found = {o["key"]: o for o in self.reads.get_items(keys)}
        else:
            found = {o["key"]: o for o in self.reads.get_collections(keys)}
        for i, failure in suspects.items():
            stored = found.get(failure.object["key"])
            if stored is None or not _written_as_sent(failure.object, stored):
                continue
            del result.failed[i]
            result.successful[i] = stored



def _written_as_sent(sent: dict[str, Any], stored: dict[str, Any]) -> bool:
    """Does the stored object hold what we sent (after a retry, by the first attempt)?"""
    data = stored.get("data", stored)
    if int(stored.get("version", 0)) <= int(sent.get("version", 0)):
        return False
    for name, value in sent.items():
        if name in ("key", "version", "note", "creators", "relations"):
            continue  # rewritten or normalised by the server; a random key and a newer version are proof enough
        if not _same_field(name, data.get(name), value):
            return False
    return True


def _same_field(name: str, have: Any, value: Any) -> bool:
    """One field as stored and as sent: tags by name, collections in any order, an
    absent value equal to an empty one."""
    if name == "tags":
        return {t.get("tag") for t in have or []} == {t.get("tag") for t in value or []}
    if name == "collections":
        return sorted(have or []) == sorted(value or [])
    if name == "parentCollection":
        return (have or False) == (value or False)
    return (have or None) == (value or None)
