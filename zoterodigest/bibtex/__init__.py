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

from ..mappings import bibtex_settings
from ..model import Paper
from .bibfile import identities, split_blocks
from .entries import BibEntry, Options, author_list, build_entry, official_title, publication_year
from .keys import KeyAssigner, KeyInput

__all__ = ["BibEntry", "ExportResult", "Options", "export_bib", "merge_listings"]


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


def _weight(p: Paper) -> tuple[int, int, int]:
    return (int(p.venue is not None and p.venue.name != "arXiv"), int(p.authors_complete), len(p.authors))


def merge_listings(papers: Sequence[Paper]) -> list[Paper]:
    """One paper per identity, in first-seen order; the fullest listing wins,
    and empty fields are filled from the others."""
    groups: dict[str, list[Paper]] = {}
    for p in papers:
        groups.setdefault(p.identity, []).append(p)
    out = []
    for listed in groups.values():
        best = max(listed, key=_weight)
        update = {}
        for name in ("doi", "year", "abstract", "metadata"):
            if getattr(best, name) is None:
                value = next((getattr(p, name) for p in listed if getattr(p, name) is not None), None)
                if value is not None:
                    update[name] = value
        if not best.categories:
            cats = next((p.categories for p in listed if p.categories), [])
            if cats:
                update["categories"] = cats
        out.append(best.model_copy(update=update) if update else best)
    return out


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
    settings = bibtex_settings()
    unique = merge_listings(papers)
    wanted = {p.identity for p in unique}
    pinned = dict(pinned or {})
    zotero_keys = zotero_keys or {}
    provisional = provisional or {}

    kept_ranges: list[tuple[int, int]] = []
    kept: list[str] = []
    from_file: dict[str, str] = {}
    taken: set[str] = set()
    if existing_text:
        for block in split_blocks(existing_text):
            if not block.is_entry:
                continue
            ids = identities(block.fields) & wanted
            if ids and block.key:
                for identity in ids:
                    if identity not in provisional:
                        from_file.setdefault(identity, block.key)
                kept_ranges.append((block.start, block.end))
            elif block.key:
                kept.append(block.key)
                taken.add(block.key)

    assigner = KeyAssigner(formula or settings.citation_key, settings.skip_words, taken)
    # Keys given before are reserved first, so no new paper can take one.
    for key in (*zotero_keys.values(), *pinned.values(), *from_file.values()):
        assigner.reserve(key)
    remade = {p.identity for p in unique if p.identity in provisional and (p.metadata is not None or not p.arxiv_id)}
    for identity, key in provisional.items():
        if identity not in remade:
            assigner.reserve(key)
    result = ExportResult(text="", entries=[], kept=kept)
    for paper in unique:
        identity = paper.identity
        key = zotero_keys.get(identity) or pinned.get(identity) or from_file.get(identity)
        lacking = bool(paper.arxiv_id) and paper.metadata is None
        if key is None and lacking and identity in provisional:
            key = provisional[identity]
        if key is None:
            names, _ = author_list(paper)
            key = assigner.new_key(KeyInput(names, official_title(paper), publication_year(paper)))
        if lacking and identity not in zotero_keys and identity not in pinned and identity not in from_file:
            result.provisional.add(identity)
        result.keys[identity] = key
        entry = build_entry(paper, key, options, (keywords or {}).get(identity))
        result.entries.append(entry)
        result.notes.extend((key, note) for note in entry.notes)
    result.entries.sort(key=lambda e: (e.key.casefold(), e.key))

    body = "\n".join(e.render() for e in result.entries)
    prefix = _without(existing_text or "", kept_ranges).rstrip()
    result.text = (prefix + "\n\n" if prefix else "") + body
    return result


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
    out.append(text[pos:])
    return "".join(out)
