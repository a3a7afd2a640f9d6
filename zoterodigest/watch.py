"""Watch digests and run an action whenever one changes (``zoterodigest watch``).

Polling, not file-system events: a look at each file's (mtime, size, inode)
every ``interval`` seconds costs microseconds, needs no dependency, and sees an
editor's save-by-rename and a file replaced by git alike.  A change is acted on
once the files have stood still for ``settle`` seconds (an editor writing in
several steps, or a checkout touching many digests, makes one export).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

Stamp = tuple[int, int, int] | None


def stamps(paths: Sequence[Path]) -> list[Stamp]:
    """(mtime in ns, size, inode) of each file; None for one that is missing."""
    out: list[Stamp] = []
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            out.append(None)
        else:
            out.append((st.st_mtime_ns, st.st_size, st.st_ino))
    return out


def watch_files(paths: Sequence[Path], action: Callable[[], None], *, interval: float = 0.25,
                settle: float = 0.2, stop: Callable[[], bool] = lambda: False) -> None:
    """Run ``action`` now, then after every change to ``paths`` (debounced), until
    ``stop()`` is true (or Ctrl-C)."""
    seen = stamps(paths)
    action()
    while not stop():
        time.sleep(interval)
        now = stamps(paths)
        if now == seen:
            continue
        # Debounce: wait until the files stop changing.
        while not stop():
            time.sleep(settle)
            later = stamps(paths)
            if later == now:
                break
            now = later
        seen = now
        action()
