"""The Markdown side: read a digest into entries, splice changes back.

>>> digest = parse_text(open("digest.md").read())      # doctest: +SKIP
>>> entry = digest.entries[0]                           # doctest: +SKIP
>>> new = digest.with_changes([(entry, {"task": "denoising"})])   # doctest: +SKIP

Detection is per section (the lines between two headings): each family
scores the section by its signature lines, the best one reads it; sections
with no signature take the file's dominant family.  ``family=`` forces one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..collector import collector_paused
from ..families import FAMILIES
from ..model import Entry, Paper
from .base import Family, FieldNotEditable, Sections
from .blockquote_cards import BlockquoteCards
from .daily_list import DailyList
from .daily_table import DailyTable
from .details_cards import DetailsCards
from .document import DigestReadError, Document, Edit, Problem, decode, read_document
from .file_writes import atomic_write
from .generic import GenericList
from .generic import forget as forget_found
from .hf_table import HfTable

__all__ = [
    "Digest",
    "DigestReadError",
    "FieldNotEditable",
    "Problem",
    "family_named",
    "parse_document",
    "parse_text",
    "read_digest",
]

_READERS: dict[str, Family] = {
    f.name: f for f in (BlockquoteCards(), DailyList(), DetailsCards(), HfTable(), DailyTable(), GenericList())
}
assert tuple(_READERS) == FAMILIES


NO_PAPERS = (
    "no paper found in this file: tried the five digest families, then table rows (columns by their header),"
    " list items, references, paper headings and bold paragraphs; a paper needs a paper link or id (arXiv, DOI,"
    " OpenReview, a PDF...) or a reference with authors and a year"
)


def family_named(name: str) -> Family:
    try:
        return _READERS[name]
    except KeyError:
        raise ValueError(f"unknown family '{name}'; choose one of: {', '.join(FAMILIES)}") from None


@dataclass
class Digest:
    """A parsed digest: its document, its entries and what could not be read."""

    doc: Document
    entries: list[Entry]
    #: Family of each section range ``(lo, hi, family)``, in order.
    layout: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.doc.path

    @property
    def problems(self) -> list[Problem]:
        return self.doc.problems

    @property
    def family(self) -> str | None:
        """The family most entries belong to (None for a file without entries)."""
        counts: dict[str, int] = {}
        for e in self.entries:
            counts[e.family] = counts.get(e.family, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    # --- editing -----------------------------------------------------------
    def edits_for(self, entry: Entry, changes: dict[str, Any]) -> list[Edit]:
        """Splices that set the given fields of an entry (values as in :class:`Paper`)."""
        reader = family_named(entry.family)
        for name in changes:
            if name not in reader.editable or name not in entry.fields:
                raise FieldNotEditable(f"the {entry.family} family has no place to write '{name}'")
        paper = entry.paper.replace(**changes)
        edits = []
        for name in changes:
            span = reader.target(entry, name, paper)
            edits.append(Edit(span.start, span.end, reader.render_field(self.doc, entry, name, paper)))
        return edits

    def append_edit(self, paper: Paper, section: list[str] | None = None, family: str | None = None) -> Edit:
        """A splice adding a new entry in the family's syntax: after the last entry
        of ``section`` (its headings, outermost first), or under that section's
        heading when it has no entry yet; by default after the file's last entry."""
        eol = self.doc.newline
        peers = [e for e in self.entries if section is None or e.section[: len(section)] == section]
        if peers:
            anchor = peers[-1]
            reader = family_named(family or anchor.family)
            style = {k: v for k, v in anchor.style.items() if k != "part"}
            end = self.doc.line_end(anchor.lines[1] - 1) if anchor.style.get("part") else anchor.span.end
            return Edit(end, end, self._gap_after(anchor) + reader.render_entry(paper, style, eol))
        name = family or self.family or "generic"
        reader = family_named(name)
        style = dict(next((e.style for e in self.entries if e.family == name), {}))
        block = reader.section_intro(style, eol) + reader.render_entry(paper, style, eol)
        if section is not None:
            at = self._section_end(section)
            if at is None:
                raise ValueError(f"{self.path} has no section {' › '.join(section)}")
            return Edit(at, at, f"{eol}{eol}{block}")
        text = self.doc.text
        prefix = "" if not text or text.endswith(("\n", "\r")) else eol
        return Edit(len(text), len(text), f"{prefix}{eol}{block}{eol}")

    def remove_edit(self, entry: Entry) -> Edit:
        """A splice taking an entry out of the file (see :meth:`remove_edits`)."""
        return self.remove_edits([entry])[0]

    def remove_edits(self, entries: list[Entry]) -> list[Edit]:
        """Splices taking entries out of the file, none overlapping: each entry's lines
        (:meth:`_remove_lines`); papers sharing a line (each its own link) leave it
        together, or the line keeps the others, one separator between them."""
        edits: list[Edit] = []
        shared: dict[tuple[int, int], list[Entry]] = {}
        for entry in entries:
            if entry.style.get("part"):
                shared.setdefault(entry.lines, []).append(entry)
            else:
                edits.append(self._remove_lines(entry))
        for lines, gone in shared.items():
            parts = sorted((e for e in self.entries if e.lines == lines and e.style.get("part")), key=lambda e: e.span.start)
            kept = [e for e in parts if all(e is not g for g in gone)]
            if not kept:
                edits.append(self._remove_lines(gone[0]))
                continue
            text = self.doc.text
            sep = text[parts[0].span.end : parts[1].span.start]
            edits.append(Edit(parts[0].span.start, parts[-1].span.end,
                              sep.join(text[e.span.start : e.span.end] for e in kept)))
        return edits

    def _remove_lines(self, entry: Entry) -> Edit:
        """A splice taking an entry out of the file: exactly its own lines (a table
        row, a card or list item, a whole ``<details>`` card) with their line endings.

        Why the blank lines beside it matter: entries set apart by blank lines would
        otherwise leave two separators where one was, so when blank lines surround
        the entry the run after it goes too (the run before it, for the file's last
        entry).  Entries packed line after line (table rows, tight lists) lose only
        their lines.  A file without a final line ending keeps having none.
        Nothing else changes; combine with :meth:`with_changes` (``appended``)."""
        doc = self.doc
        n = len(doc.lines)
        first, last = entry.lines[0] - 1, entry.lines[1] - 1

        def blank(i: int) -> bool:
            return not doc.lines[i].strip()

        start, stop = doc.starts[first], doc.line_stop(last)
        after = last + 1
        while after < n and blank(after):
            after += 1
        before = first - 1
        while before >= 0 and blank(before):
            before -= 1
        spaced_before = before < first - 1 or first == 0
        spaced_after = after > last + 1
        if after < n:
            if spaced_before and spaced_after:
                stop = doc.starts[after]  # its separator below goes with it
            return Edit(start, stop, "")
        # The last entry of the file: the blank lines before it go, those after it too.
        stop = len(doc.text)
        if spaced_before and before >= 0:
            start = doc.line_stop(before)
        if not doc.text.endswith(("\n", "\r")) and start > 0:
            start = doc.line_end(before if spaced_before and before >= 0 else first - 1)
        return Edit(start, stop, "")

    def _section_end(self, section: list[str]) -> int | None:
        """Offset after the last non-blank line of a section's own text (before its
        first sub-heading or the next heading)."""
        sections = Sections(self.doc)
        for n, line in enumerate(sections.heading_lines):
            if sections.path_at(line) != section:
                continue
            stop = sections.heading_lines[n + 1] if n + 1 < len(sections.heading_lines) else len(self.doc.lines)
            last = line
            for i in range(line + 1, stop):
                if self.doc.lines[i].strip():
                    last = i
            return self.doc.line_end(last)
        return None

    def _gap_after(self, anchor: Entry) -> str:
        """The separator used between entries of the anchor's family (what follows
        the previous entry up to the anchor), or one blank line."""
        eol = self.doc.eol(anchor.lines[1] - 1)
        if anchor.style.get("shape") == "row":
            return eol  # a table row (generic tables): the next row follows at once
        if anchor.family == "generic" and "bullet" in anchor.style:
            first = anchor.lines[0] - 1  # a list item: loose lists have a blank line before it
            above = self.doc.lines[first - 2].lstrip()[:1] if first >= 2 else ""
            loose = bool(above) and above in "-*+0123456789" and not self.doc.lines[first - 1].strip()
            return eol + eol if loose else eol
        same = [e for e in self.entries if e.family == anchor.family and e.span.end <= anchor.span.start]
        if same:
            gap = self.doc.text[same[-1].span.end : anchor.span.start]
            if len(gap) <= 40 and not any(ch.isalnum() for ch in gap):
                return gap
        return eol if anchor.family in ("hf-table", "daily-table") else eol + eol

    def with_changes(self, changes: list[tuple[Entry, dict[str, Any]]], appended: list[Edit] | None = None) -> bytes:
        """The file's bytes with the field changes (and appended entries) spliced in."""
        edits: list[Edit] = []
        for entry, fields in changes:
            edits.extend(self.edits_for(entry, fields))
        edits.extend(appended or [])
        return self.doc.encode(self.doc.apply(edits))

    def to_bytes(self) -> bytes:
        """The unedited file (identical bytes)."""
        return self.doc.encode()

    def write(self, data: bytes, path: str | os.PathLike[str] | None = None) -> None:
        atomic_write(path or self.doc.path, data)


def parse_document(doc: Document, family: str | None = None) -> Digest:
    # Reading allocates many small objects and frees none of them: pausing the
    # cyclic garbage collector meanwhile keeps parse time linear in file size.
    try:
        with collector_paused():
            return _parse_document(doc, family)
    finally:
        forget_found()


def _parse_document(doc: Document, family: str | None) -> Digest:
    sections = Sections(doc)
    ranges = sections.ranges(len(doc.lines))
    if family is not None:
        chosen = [family_named(family)] * len(ranges)
    else:
        scored: list[tuple[int, ...]] = []
        totals: dict[str, int] = {}
        for lo, hi in ranges:
            scores = {name: r.score(doc, lo, hi) for name, r in _READERS.items() if name != "generic"}
            scores["generic"] = _generic_score(doc, lo, hi, max(scores.values()))
            scored.append(tuple(scores.values()))  # (a tuple: a long list has a range per paper)
            for name, s in scores.items():
                totals[name] = totals.get(name, 0) + s
        dominant = max((n for n in totals if n != "generic"), key=lambda n: totals[n], default="generic")
        if totals.get(dominant, 0) == 0:
            dominant = "generic"
        chosen = []
        for values in scored:
            chosen.append(_READERS[_best(dict(zip(totals, values, strict=True)), dominant)])
    entries: list[Entry] = []
    layout: list[tuple[int, int, str]] = []
    # Adjacent ranges of one family are read together (a card may hold a heading).
    k = 0
    while k < len(ranges):
        reader = chosen[k]
        lo = ranges[k][0]
        hi = ranges[k][1]
        while k + 1 < len(ranges) and chosen[k + 1] is reader:
            k += 1
            hi = ranges[k][1]
        entries.extend(reader.read(doc, lo, hi, sections))
        layout.append((lo, hi, reader.name))
        k += 1
    if doc.blank():
        doc.problems.append(Problem(doc.path, 1, "the file is empty; there is nothing to read"))
    elif not entries:
        doc.problems.append(Problem(doc.path, 1, NO_PAPERS if family is None else
                                    f"no {family} entry found; without --family every family and the generic reader are tried"))
    return Digest(doc=doc, entries=entries, layout=layout)


def _generic_score(doc: Document, lo: int, hi: int, family_score: int) -> int:
    """The generic reader's score, unless a family's signature already covers the
    section (at least 3 entries, and one for every 4 lines naming a paper address):
    then generic could not find twice as many, and reading it would only cost time."""
    if family_score >= 3:
        addresses = sum(1 for i in range(lo, hi) if "http" in doc.lines[i] or "rxiv" in doc.lines[i])
        if family_score * 4 >= addresses:
            return 0
    return _READERS["generic"].score(doc, lo, hi)


def _best(scores: dict[str, int], dominant: str) -> str:
    """The family that reads a section.  A family wins only when its signature holds
    over most of the section's papers (at least three for every four the generic
    reader finds): a list that only resembles a family in a few entries is read as
    a generic list, so none of its papers or notes is lost."""
    family = max((n for n in scores if n != "generic"), key=lambda n: (scores[n], n == dominant))
    if scores[family] > 0 and scores[family] * 4 >= scores.get("generic", 0) * 3:
        return family
    if scores.get("generic", 0) > 0:
        return "generic"
    return dominant


def parse_text(text: str, path: str = "<text>", family: str | None = None) -> Digest:
    return parse_document(Document.from_text(text, path=path), family)


def parse_bytes(data: bytes, path: str = "<bytes>", family: str | None = None) -> Digest:
    return parse_document(decode(data, path), family)


def read_digest(path: str | os.PathLike[str], family: str | None = None) -> Digest:
    """Read and parse one digest file (raises :class:`DigestReadError`)."""
    return parse_document(read_document(path), family)
