"""What a push, pull, sync or status run was asked to do, and reading its digests.

One :class:`RunOptions` is shared by the pieces a run is composed of (the
readers, the deciding functions, the digest writer, push's engine), so each
takes what it needs from one place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..digest import Digest, parse_bytes
from ..zotero.tag_templates import load_tag_templates
from .decide.children import ChildSettings
from .decide.threeway import DIRECTIONS


@dataclass
class RunOptions:
    dry_run: bool = False
    #: Tag templates (``mappings/tags.toml`` unless given).
    templates: dict[str, str] = field(default_factory=load_tag_templates)
    #: As given to push: one collection per digest, and the top collection's name.
    flatten: bool = False
    collection: str | None = None
    #: Applied to every parsed digest (the CLI completes papers from the arXiv cache,
    #: as push does, so notes are rendered here exactly as push renders them).
    prepare: Callable[[list[Digest]], None] | None = None
    family: str | None = None
    #: Remove the entries of papers trashed or deleted in Zotero, or taken out of
    #: their digest's collections (see :mod:`.decide.pull_decisions`).
    prune: bool = False
    #: Settle conflicts by copying this side over the other ("digest" or "zotero").
    prefer: str | None = None
    #: ``status``: a dry run that reports what a sync would do.
    status: bool = False
    #: "both" (sync, status), "push" (writes Zotero only) or "pull" (writes digests only).
    direction: str = "both"
    #: PDFs and comment notes the Zotero side adds (:mod:`.decide.children`; none unless asked).
    children: ChildSettings | None = None
    #: No progress bar (the library index's first full read); the CLI passes False unless -q.
    quiet: bool = True
    #: Digests the caller already read from these files (by path), as :meth:`read` gives
    #: them: parsed with the same ``family`` and prepared (e.g. push's enriched digests).
    #: The first read takes each as it is instead of parsing the file again, as long as
    #: the file still holds the same bytes.
    known: dict[str, Digest] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {self.direction!r}")
        self.dry_run = self.dry_run or self.status

    @classmethod
    def of(cls, **kw: Any) -> RunOptions:
        """Options from keyword arguments (``templates=None``: the default ones)."""
        if kw.get("templates") is None:
            kw.pop("templates", None)
        return cls(**kw)

    def parse(self, data: bytes, path: str) -> Digest:
        """One digest from its bytes, prepared."""
        digest = parse_bytes(data, path, self.family)
        self.prepared([digest])
        return digest

    def prepared(self, digests: list[Digest]) -> list[Digest]:
        if self.prepare is not None:
            self.prepare(digests)
        return digests

    def read(self, paths: Sequence[str | Path]) -> tuple[dict[str, bytes], list[Digest]]:
        """Each digest's bytes (by path) and the digests parsed and prepared."""
        originals = {str(p): Path(p).read_bytes() for p in paths}
        digests: list[Digest] = []
        parsed: list[Digest] = []
        for path, data in originals.items():
            known = self.known.pop(path, None)
            if known is None or known.path != path or known.doc.encode() != data:
                known = parse_bytes(data, path, self.family)
                parsed.append(known)
            digests.append(known)
        self.prepared(parsed)
        return originals, digests
