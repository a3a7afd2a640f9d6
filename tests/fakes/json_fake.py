"""What the local fakes of JSON services share: a real HTTP server on 127.0.0.1,
a request log, injected faults, latency and a rate limit.

A service subclass implements :meth:`JsonFake.answer`, returning
``(status, content type, body text, extra headers)``.  Faults
(:meth:`JsonFake.inject`): ``"429"``, ``"500"``, ``"502"``, ``"503"`` (the
service's own error body for that status) and ``"drop"`` (the connection
closed without an answer).  ``rate_limit`` requests per ``rate_window``
seconds are served; the next ones get the service's 429 until the window moves.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

Answer = tuple[int, str, str, dict[str, str]]
JSON = "application/json"


@dataclass
class Logged:
    """One request as the fake saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes
    headers: dict[str, str]
    status: int = 0

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class JsonFake:
    """Lifecycle, log, faults and rate limit; subclasses answer."""

    name = "fake"

    def __init__(self, *, rate_limit: int | None = None, rate_window: float = 1.0, latency: float = 0.0) -> None:
        self.log: list[Logged] = []
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.latency = latency
        self._faults: deque[str | None] = deque()
        self._served: deque[float] = deque()
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    def inject(self, fault: str, times: int = 1, *, after: int = 0) -> None:
        if fault not in ("429", "500", "502", "503", "drop"):
            raise ValueError(f"unknown fault {fault!r}")
        with self._lock:
            self._faults.extend([None] * after + [fault] * times)

    def start(self) -> Self:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def requests(self) -> int:
        return len(self.log)

    # -- for subclasses ------------------------------------------------------------------------
    def answer(self, request: Logged) -> Answer:  # pragma: no cover - abstract
        raise NotImplementedError

    def error(self, status: int) -> Answer:
        """The service's own answer to an injected status (or the rate limit)."""
        return status, "text/plain", f"HTTP {status}\n", {}

    # -- dispatch ------------------------------------------------------------------------------
    def _admit(self) -> str | None:
        now = time.monotonic()
        with self._lock:
            fault = self._faults.popleft() if self._faults else None
            if fault is None and self.rate_limit is not None:
                while self._served and now - self._served[0] >= self.rate_window:
                    self._served.popleft()
                if len(self._served) >= self.rate_limit:
                    return "429"
                self._served.append(now)
        return fault

    def handle(self, request: Logged) -> Answer | None:
        with self._lock:
            self.log.append(request)
        if self.latency:
            time.sleep(self.latency)
        fault = self._admit()
        if fault == "drop":
            request.status = -1
            return None
        result = self.error(int(fault)) if fault else self.answer(request)
        request.status = result[0]
        return result


def _handler(fake: JsonFake) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = Logged(method, parts.path, parse_qs(parts.query, keep_blank_values=True), body,
                             {k.lower(): v for k, v in self.headers.items()})
            result = fake.handle(request)
            if result is None:
                self.close_connection = True
                try:
                    self.connection.shutdown(2)
                except OSError:
                    pass
                return
            status, ctype, text, headers = result
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

    return Handler


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)
