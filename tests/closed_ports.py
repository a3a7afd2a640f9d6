"""Local ports that refuse connections for as long as a test holds them.

A port found free and then let go can be taken by the next server any parallel test starts
(the kernel hands out recently freed ports), and a test that expected "connection refused"
then meets a web page. Holding the port bound, never listening, keeps it refusing and keeps
everybody else off it."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator


@contextlib.contextmanager
def refusing_port(port: int = 0) -> Iterator[int]:
    """Hold ``port`` (or a fresh one) bound and not listening: connecting to it is refused."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a port just closed may linger in TIME_WAIT
    try:
        sock.bind(("127.0.0.1", port))
        yield sock.getsockname()[1]
    finally:
        sock.close()


@contextlib.contextmanager
def refusing_url(path: str = "") -> Iterator[str]:
    with refusing_port() as port:
        yield f"http://127.0.0.1:{port}{path}"
