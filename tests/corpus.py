"""Where the real digests are (../shared/corpus beside the project), if present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


#: The family each corpus folder is read as (the generic lists by the generic reader).
FOLDER_FAMILY = {"generic-lists": "generic"}
#: Folders no test reads: the lists-pool's held-out half is only ever scored, by
#: bench/generic_accuracy.py, against its truth files (issue 26).
NOT_READ = frozenset({"lists-pool"})


def corpus_files(pattern: str = "*/*.md", *, generic: bool = True) -> list[Path]:
    """Corpus files matching ``pattern``; without the generic lists when ``generic`` is false."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.glob(pattern)
                  if p.parent.name not in NOT_READ and (generic or p.parent.name not in FOLDER_FAMILY))


def family_of(path: Path) -> str:
    """The family a corpus file's entries all belong to."""
    return FOLDER_FAMILY.get(path.parent.name, path.parent.name)


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
