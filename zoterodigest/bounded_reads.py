"""An answer's body read within a time and a size (pure but for the clock).

A read timeout bounds the wait for each piece of an answer, not the whole: a server
that sends one byte every few seconds holds a command for ever.  Every client reads its
answers through :func:`read_body`, which gives up past a total time and a total size
(:class:`TooSlow`, :class:`TooLarge`: both ``TimeoutError``/``OSError`` kin, so the
callers' handling of a dropped connection applies).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

#: Longest an answer may take to arrive whole, in seconds.
ANSWER_SECONDS = 45.0
#: Largest answer read, in bytes (a page of 100 Zotero items with notes is a few MB).
ANSWER_BYTES = 64 * 2**20


class TooSlow(TimeoutError):
    """The answer did not arrive whole in time."""


class TooLarge(OSError):
    """The answer is larger than any the tool expects."""


def read_body(chunks: Iterable[bytes], *, seconds: float | None = None, limit: int | None = None,
              clock: Callable[[], float] = time.monotonic) -> bytes:
    """The chunks joined, or :class:`TooSlow` / :class:`TooLarge` (by default past
    :data:`ANSWER_SECONDS` and :data:`ANSWER_BYTES`)."""
    seconds = ANSWER_SECONDS if seconds is None else seconds
    limit = ANSWER_BYTES if limit is None else limit
    started = clock()
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the answer is larger than {limit // 2**20} MB")
        parts.append(chunk)
        if clock() - started > seconds:
            raise TooSlow(f"the answer did not arrive whole within {seconds:g} s")
    return b"".join(parts)


def arriving(response: Any, size: int = 65536) -> Iterator[bytes]:
    """A streamed ``requests`` answer's body as it arrives, decoded (gzip and the like):
    each piece is what the connection has, not ``size`` bytes waited for, so a
    trickle is seen between its bytes."""
    raw = response.raw
    while True:
        piece = raw.read1(size, decode_content=True)
        if not piece:
            return
        yield piece


def read_whole(response: Any) -> None:
    """Read a streamed ``requests`` answer's body within the bounds (:func:`read_body`)
    and keep it as its ``content``; the connection goes back to its pool, or is closed
    when the read is given up."""
    try:
        response._content = read_body(arriving(response))
    except BaseException:
        response.close()
        raise
    response._content_consumed = True
    response.raw.release_conn()
