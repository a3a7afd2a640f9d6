"""Warnings about data that has not changed are said once, not on every run.

A warning names what it is about (the file, the line, the ids), so the same text
means the same data.  The texts shown are remembered, as short hashes, in the
cache folder (``shown-warnings.json``); a later run that would print one of them
again keeps it back and ends with one line saying how many it kept back, and that
``-v`` shows them.  Errors, and warnings about what happened during this run (a
server that did not answer), are always printed: they do not come through here.

The file is a convenience: one that cannot be read or written only means every
warning is shown.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from ..private_files import private_folder

FILE_NAME = "shown-warnings.json"
#: The most hashes kept (the newest first); about 20 bytes each.
MOST = 20_000


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


class Shown:
    """The warnings earlier runs showed, and this run's."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.before = self._load()
        self.now: dict[str, None] = {}
        self.kept_back = 0

    def _load(self) -> set[str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        return {h for h in data if isinstance(h, str)} if isinstance(data, list) else set()

    def fresh(self, text: str, *, every: bool) -> bool:
        """Should ``text`` be printed (new since the last runs, or ``every``)?"""
        key = _hash(text)
        self.now[key] = None
        if every or key not in self.before:
            return True
        self.kept_back += 1
        return False

    def save(self) -> None:
        if not self.now:
            return
        keep = list(self.now) + [h for h in self.before if h not in self.now]
        try:
            private_folder(self.path.parent)
            fd, tmp = tempfile.mkstemp(prefix=".shown-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(keep[:MOST], fh)
            os.replace(tmp, self.path)
        except OSError:
            return

    def summary(self) -> str | None:
        if not self.kept_back:
            return None
        return (f"note: {self.kept_back} warning(s) shown by an earlier run are not repeated (nothing they name "
                "has changed); -v shows them")


def default_path() -> Path:
    from ..enrich.cache import default_cache_dir

    return default_cache_dir() / FILE_NAME
