"""BibTeX export: papers -> a .bib that bibtex and biber read without a warning.

>>> result = export_bib(papers, existing_text=None, options=Options())   # doctest: +SKIP
>>> result.text                                                           # doctest: +SKIP

One entry per distinct paper (identity: arXiv id, else DOI, else normalised
title); when a paper is listed more than once, the listing that says most
(a venue, a complete author list) speaks for it.  Keys come from the formula
in ``mappings/bibtex.toml`` and are pinned: a paper keeps its key on every
later export (remembered in the state directory, and recovered from the .bib
itself if the state is lost).  Entries are written in key order, so the same
input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Paper
from .bibfile import identities, split_blocks, strongest
from .entries import BibEntry, Options, build_entry
from .keys import AssignedKeys, KeyStore, assign_and_pin, assign_keys
from .listings import listings_by_identity, merge_listings

__all__ = [
    "AssignedKeys",
    "BibEntry",
    "ExportResult",
    "KeyStore",
    "Options",
    "assign_and_pin",
    "assign_keys",
    "export_bib",
    "merge_listings",
]


@dataclass
class ExportResult:
    text: str
    entries: list[BibEntry]
    #: Keys of hand-made entries kept from the existing file.
    kept: list[str] = field(default_factory=list)
    #: (key, message) for entries the user should look at.
    notes: list[tuple[str, str]] = field(default_factory=list)
    #: identity -> key for every exported paper (to pin).
    keys: dict[str, str] = field(default_factory=dict)
    #: Identities whose key was made without arXiv metadata (offline): not pinned for good.
    provisional: set[str] = field(default_factory=set)

    def pins(self) -> list[tuple[str, str, str]]:
        """The (identity, key, source) rows to pin in the state, as the key step gives them."""
        return AssignedKeys(self.keys, self.provisional).pins()


def export_bib(
    papers: Sequence[Paper],
    *,
    existing_text: str | None = None,
    options: Options | None = None,
    pinned: dict[str, str] | None = None,
    zotero_keys: dict[str, str] | None = None,
    keywords: dict[str, list[str]] | None = None,
    formula: str | None = None,
    provisional: dict[str, str] | None = None,
) -> ExportResult:
    """The .bib text for ``papers``.

    :param existing_text: the file being replaced: hand-made entries are kept,
        entries of these papers are replaced (their keys are kept).
    :param pinned: identity -> key given earlier (from the state).
    :param zotero_keys: identity -> ``citationKey`` set in the user's Zotero
        items; these win over everything.
    :param keywords: identity -> keywords (with ``options.keywords``).
    :param provisional: identity -> key made earlier without metadata: kept
        while the paper still lacks metadata, made anew once it has it.
    """
    options = options or Options()
    by_identity = listings_by_identity(papers)
    unique = list(by_identity.values())
    existing = _existing_entries(existing_text or "", set(by_identity) if existing_text else set(), provisional or {})
    assigned = assign_keys(unique, pinned=pinned, provisional=provisional, zotero_keys=zotero_keys,
                           from_file=existing.keys, taken=existing.kept, formula=formula, merged=True,
                           identities=list(by_identity))
    result = ExportResult(text="", entries=[], kept=existing.kept, keys=assigned.keys,
                          provisional=assigned.provisional)
    keys, words = assigned.keys, keywords or {}
    for identity, paper in by_identity.items():
        key = keys[identity]
        entry = build_entry(paper, key, options, words.get(identity), identity=identity)
        result.entries.append(entry)
        if entry.notes:
            result.notes.extend((key, note) for note in entry.notes)
    result.entries.sort(key=lambda e: (e.key.casefold(), e.key))

    body = "\n".join([e.render() for e in result.entries])
    prefix = _without(existing_text or "", existing.replaced).rstrip()
    result.text = (prefix + "\n\n" if prefix else "") + body
    return result


@dataclass
class _Existing:
    """What the .bib being replaced says: the keys it gives our papers, the keys of
    hand-made entries (kept, and taken), and the spans of entries to replace."""

    keys: dict[str, str] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)
    replaced: list[tuple[int, int]] = field(default_factory=list)


def _existing_entries(text: str, wanted: set[str], provisional: dict[str, str]) -> _Existing:
    out = _Existing()
    for block in split_blocks(text):
        if not block.is_entry or not block.key:
            continue
        ids = identities(block.fields, wanted)
        if ids:
            identity = strongest(ids)
            if identity not in provisional:
                out.keys.setdefault(identity, block.key)
            out.replaced.append((block.start, block.end))
        else:
            out.kept.append(block.key)
    return out


def _without(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with the given blocks (and the line break after each) cut out."""
    out = []
    pos = 0
    for start, end in sorted(ranges):
        out.append(text[pos:start])
        pos = end
        if text.startswith("\r\n", pos):
            pos += 2
        elif text.startswith("\n", pos):
            pos += 1
        if text.startswith("\n", pos) and (not start or text.endswith("\n\n", 0, start)):
            pos += 1  # the blank line that parted it from the next block
    out.append(text[pos:])
    return "".join(out)
