"""The Semantic Scholar key (and any key a metadata service is sent) never shows in a
message, even when the server's error page echoes the request's headers, and never
goes to another host on a redirect."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from zoterodigest.enrich.json_service import ServiceDown
from zoterodigest.enrich.semantic_scholar import SemanticScholar

KEY = "S2-Secret-Key-0123456789"


@contextlib.contextmanager
def server(answer) -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            seen.append({k.lower(): v for k, v in self.headers.items()})
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            status, headers, body = answer(self)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _any

        def log_message(self, *args) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_error_page_echoing_the_headers_does_not_show_the_key():
    with server(lambda h: (418, {}, json.dumps(dict(h.headers.items())).encode())) as (url, seen):
        client = SemanticScholar(url, api_key=KEY, retries=0)
        with pytest.raises(ServiceDown) as caught:
            client.match("A title")
    assert seen and seen[0]["x-api-key"] == KEY  # the key was sent, and echoed back
    assert KEY not in str(caught.value) and "[key]" in str(caught.value)


def test_a_redirect_to_another_host_goes_without_the_key():
    with server(lambda h: (200, {"Content-Type": "application/json"}, b'{"data": []}')) as (other, other_seen):
        elsewhere = other.replace("127.0.0.1", "localhost")
        with server(lambda h: (307, {"Location": elsewhere + h.path}, b"")) as (url, seen):
            client = SemanticScholar(url, api_key=KEY, retries=0)
            assert client.match("A title") is None
    assert seen[0]["x-api-key"] == KEY  # the host the key is for
    assert other_seen and "x-api-key" not in other_seen[0]  # not the host it was sent on to
