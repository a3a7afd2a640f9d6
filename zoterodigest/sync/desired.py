"""What the digests want a Zotero library to hold (pure, no I/O).

One item per distinct paper (identity: arXiv id, else DOI, else normalised
title), carrying the union of the tags and collections of all its listings;
one child note per digest entry, so a paper listed twice keeps both summaries;
one collection per digest and one sub-collection per section.  Each object
comes with a hash of what it should say, so a later push can tell "nothing
changed" from the state alone, without reading the library.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import zotero as zi
from ..bibtex import merge_listings
from ..digest import Digest
from ..model import Paper
from ..state import NoteId
from ..zotero.attachments import ChildSpec
from ..zotero.tag_templates import task_pattern
from .children import ChildSettings


def content_hash(value: Any) -> str:
    """A short stable hash of a JSON-able value (keys sorted)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def meaning_hash(note: str) -> str:
    """Hash of a note's meaning: equal for what we sent and what the server stored
    after sanitising it, different once somebody changed the words."""
    return content_hash(zi.note_meaning(note))


_HEADING = re.compile(r"^(<h2>.*?</h2>(?:<p>From\b.*?</p>)?)")


def note_heading(note: str) -> str:
    """The part of a note naming the paper and where it is listed (title, digest,
    section): how a note of ours is recognised when the state is lost and its
    summary changed meanwhile."""
    m = _HEADING.match(zi.note_meaning(note))
    return m[1] if m else ""


def digest_id(path: str) -> str:
    """The digest part of an entry's identity: the file's absolute path."""
    return str(Path(path).resolve())


@dataclass
class DesiredPaper:
    identity: str
    paper: Paper
    citation_key: str
    #: Item JSON without key, version and collections (those are keys, known later).
    item: dict[str, Any]
    collection_paths: list[tuple[str, ...]]
    sent_hash: str
    #: Matches the tags the ``task`` template makes (None: no such template): an item
    #: carries one task, so adopting one that has another task keeps theirs.
    task_pattern: re.Pattern[str] | None = None
    #: The PDF attachment and comment note it should have (zotero/attachments.py).
    children: list[ChildSpec] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.item.get("title") or self.paper.title


@dataclass
class DesiredNote:
    entry: NoteId
    parent: str  # the paper's identity
    html: str
    meaning_hash: str
    heading: str


@dataclass
class Desired:
    papers: list[DesiredPaper] = field(default_factory=list)
    notes: list[DesiredNote] = field(default_factory=list)
    #: Every collection path, parents before children.
    collections: list[tuple[str, ...]] = field(default_factory=list)


def build_desired(
    digests: list[Digest],
    citation_keys: dict[str, str],
    templates: dict[str, str],
    *,
    flatten: bool = False,
    collection: str | None = None,
    children: ChildSettings | None = None,
) -> Desired:
    """Items, notes and collections for the entries of ``digests`` (already enriched).

    ``citation_keys`` maps identity -> the key the BibTeX export gives, so the
    Zotero ``citationKey`` and the .bib agree.
    """
    out = Desired()
    settings = children or ChildSettings()
    listings: dict[str, list[Paper]] = {}
    tags: dict[str, list[dict[str, Any]]] = {}
    paths: dict[str, list[tuple[str, ...]]] = {}
    all_paths: dict[tuple[str, ...], None] = {}
    for digest in digests:
        heading = zi.title_heading(digest.doc.text)
        entries = digest.entries
        for planned in zi.collection_plan(
            digest.path, heading, [e.section for e in entries], flatten=flatten, name=collection
        ):
            all_paths.setdefault(planned.path, None)
        label = Path(digest.path).name
        seen: dict[str, int] = {}
        for entry in entries:
            identity = entry.paper.identity
            listings.setdefault(identity, []).append(entry.paper)
            bag = tags.setdefault(identity, [])
            for tag in zi.tags_for(entry, templates, title_heading=heading):
                if all(t["tag"] != tag["tag"] for t in bag):
                    bag.append(tag)
            path = zi.collection_path(digest.path, heading, entry.section, flatten=flatten, name=collection)
            if path not in paths.setdefault(identity, []):
                paths[identity].append(path)
            occurrence = seen.get(identity, 0)
            seen[identity] = occurrence + 1
            html = zi.note_html(entry, label, title_heading=heading)
            out.notes.append(
                DesiredNote((digest_id(digest.path), identity, occurrence), identity, html, meaning_hash(html),
                            note_heading(html))
            )
    for paper in merge_listings([p for group in listings.values() for p in group]):
        identity = paper.identity
        key = citation_keys.get(identity)
        item = zi.item_for(paper, citation_key=key, tags=tags[identity], collections=[])
        digest_hash = content_hash({"item": item, "collections": [list(p) for p in paths[identity]]})
        out.papers.append(DesiredPaper(identity, paper, key or "", item, paths[identity], digest_hash,
                                       children=zi.wanted_children(paper, settings.pdf, settings.pdf_base,
                                                                   comments=settings.comments)))
    pattern = task_pattern(templates)
    for desired in out.papers:
        desired.task_pattern = pattern
    out.collections = list(all_paths)
    return out

