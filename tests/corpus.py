"""Where the real digests are (../shared/corpus beside the project), if present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def corpus_files(pattern: str = "*/*.md") -> list[Path]:
    return sorted(CORPUS.glob(pattern)) if CORPUS.is_dir() else []


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
