"""Memos of pure functions for one run: a value computed once is looked up after.

Why: a sync compares every note by meaning on several paths (the decision per
field, the note push would write, the hash the state keeps); the same note HTML
or summary Markdown reaches the same pure function many times per run.  Each
memo is bounded (least recently used values go first), and :func:`forget_all`
empties every one, so a benchmark or a long-running ``watch`` can start a run
as a fresh process would.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MEMOS: list[Any] = []


def memo(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, registered so :func:`forget_all` clears it."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _MEMOS.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def forget_all() -> None:
    """Empty every memo (as a new process starts)."""
    for cached in _MEMOS:
        cached.cache_clear()
