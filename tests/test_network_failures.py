"""A server that cannot be reached: each kind of failure is told apart, names the URL
and the setting to change, ends the command with a non-zero exit, and a silent server
fails within a minute, retries included, each attempt shown with -v."""

from __future__ import annotations

import contextlib
import http.server
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from cli_env import KEY, cli_runner
from closed_ports import refusing_port, refusing_url
from digest_texts import TWO_PAPERS as DIGEST
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer

from zoterodigest.net_failures import failure


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                held.append(sock.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        sock.close()


@contextlib.contextmanager
def plain_http_server() -> Iterator[int]:
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.RequestHandlerClass.log_message = lambda *a: None  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def _pushed(tmp_path, server):
    """A digest pushed to a server that is gone since: its port is held, refusing, while the test runs."""
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        r = run("push", str(digest), "--offline", "--no-resolve", "--quiet")
        assert r.returncode == 0, r.stderr
    with refusing_port(int(url.rsplit(":", 1)[1].split("/")[0])):
        yield env, run, digest, url


@pytest.mark.parametrize("command", ["push", "pull", "sync", "status"])
def test_an_unreachable_zotero_names_the_url_and_setting_and_fails(tmp_path, command):
    pushed = _pushed(tmp_path, ZoteroLibraryServer.single_user(user_id=1, api_key=KEY))
    with pushed as (env, run, digest, gone), plain_http_server() as port:
        cases = [("refused", gone)]
        if command in ("push", "sync"):  # (another URL is another library, with nothing recorded for pull to ask)
            cases += [("unknown host", "http://zoterodigest-no-such-host.invalid"),
                      ("TLS", f"https://127.0.0.1:{port}")]
        for kind, url in cases:
            env["ZOTERO_API_URL"] = url
            args = [command, str(digest)] + (["--offline", "--no-resolve"] if command == "push" else [])
            started = time.monotonic()
            r = run(*args)
            assert r.returncode != 0, (kind, r.stdout, r.stderr)
            assert "Traceback" not in r.stderr
            errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
            assert len(errors) == 1, r.stderr
            assert url in errors[0] and "ZOTERO_API_URL" in errors[0], errors[0]
            assert {"refused": "refused", "unknown host": "not known", "TLS": "TLS handshake"}[kind] in errors[0]
            assert "try again later" not in errors[0].lower()  # a retry would fail the same way
            assert time.monotonic() - started < 30
            assert KEY not in r.stdout + r.stderr


@pytest.mark.slow
def test_a_silent_server_fails_within_a_minute_showing_each_attempt(tmp_path):
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    with silent_server() as url:
        env["ZOTERO_API_URL"] = url
        started = time.monotonic()
        r = run("push", str(digest), "--offline", "--no-resolve", "-v")
        took = time.monotonic() - started
    assert r.returncode == 1 and took < 60, (took, r.stderr)
    retries = [line for line in r.stderr.splitlines() if line.startswith("retry: ")]
    assert retries and all("within 20 s" in line for line in retries)
    error = next(line for line in r.stderr.splitlines() if line.startswith("error:"))
    assert url in error and "ZOTERO_API_URL" in error and "no answer" in error


def test_failures_are_told_apart():
    import httpx2
    import requests

    with refusing_url("/") as closed, plain_http_server() as port:
        tls = f"https://127.0.0.1:{port}/"
        for get in (lambda u: httpx2.get(u, timeout=5), lambda u: requests.get(u, timeout=5)):
            seen = {}
            for name, url in (("refused", closed), ("unknown host", "http://zoterodigest-no-such-host.invalid/"),
                              ("tls", tls)):
                with pytest.raises(Exception) as caught:
                    get(url)
                seen[name] = failure(caught.value, url).kind
            assert seen == {"refused": "refused", "unknown host": "unknown host", "tls": "tls"}
    with silent_server() as url:
        for get in (lambda u: httpx2.get(u, timeout=0.3), lambda u: requests.get(u, timeout=0.3)):
            with pytest.raises(Exception) as caught:
                get(url)
            assert failure(caught.value, url).kind == "timeout"
