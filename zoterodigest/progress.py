"""One progress bar for the long parts of a run (arXiv look-ups, pushes to Zotero).

Shared so every command behaves alike: the bar goes to stderr (stdout stays
clean for ``--json`` and pipes), it is never drawn with ``--quiet`` or when
stderr is not a terminal (logs and CI stay readable), and it appears only once
the work outlasts a moment, so quick runs do not flicker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: Default wait before the bar appears (seconds).
DEFAULT_AFTER_SECONDS = 0.5


@contextmanager
def progress(
    total: int,
    *,
    label: str,
    quiet: bool = False,
    console: object | None = None,
    after: float = DEFAULT_AFTER_SECONDS,
) -> Iterator[Callable[[int], None]]:
    """Yield ``advance(n)``; a transient rich bar shows on a terminal after ``after`` seconds.

    ``console`` is a ``rich.console.Console`` (default: one on stderr); a console
    that is not a terminal gets no bar, so callers need not check.
    """
    if quiet or total <= 0:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    out = console if console is not None else Console(stderr=True)
    if not out.is_terminal:  # type: ignore[attr-defined]
        yield lambda n: None
        return
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out,  # type: ignore[arg-type]
        transient=True,
    )
    task = bar.add_task(label, total=total)
    lock = threading.Lock()
    state = {"done": False}

    def show() -> None:
        with lock:
            if not state["done"]:
                bar.start()

    timer = threading.Timer(max(after, 0.0), show)
    timer.daemon = True
    timer.start()
    try:
        yield lambda n: bar.advance(task, n)
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            bar.stop()
