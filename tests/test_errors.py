"""One error policy (zoterodigest.errors, cli.reported): every error a user can fix is a
ZoterodigestError with a family, an exit code and a message naming the fix; `--json`
still prints a JSON error object; Ctrl-C says what was recorded; a server that is not
Zotero (an HTML page) and damaged state or cache files end in one message, never a
traceback; real bugs still crash with theirs."""

from __future__ import annotations

import contextlib
import json
import re
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cli_env import KEY, cli_runner, interruptible_cli
from digest_texts import TWO_PAPERS as DIGEST
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer
from typer.testing import CliRunner

from zoterodigest import cli
from zoterodigest.cli import cmd_parse  # noqa: F401  (patched below)
from zoterodigest.digest import DigestReadError
from zoterodigest.enrich import ArxivUnavailable, CacheUnavailable, EnrichError
from zoterodigest.errors import (
    ConfigError,
    InputError,
    MetadataError,
    StoreError,
    UsageError,
    ZoterodigestError,
    ZoteroServerError,
)
from zoterodigest.mappings import MappingError
from zoterodigest.state import FILE_NAME, State, StateUnavailable
from zoterodigest.zotero.errors import (
    LibraryChanged,
    ZoteroAuthError,
    ZoteroBadAnswer,
    ZoteroConfigError,
    ZoteroNotRunning,
    ZoteroUnavailable,
)

LIB = "users/1"


# --- the hierarchy ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("cls", "family", "kind", "code"), [
    (ZoteroAuthError, ZoteroServerError, "zotero", 1),
    (ZoteroUnavailable, ZoteroServerError, "zotero", 1),
    (ZoteroBadAnswer, ZoteroServerError, "zotero", 1),
    (ZoteroConfigError, ConfigError, "config", 1),
    (MappingError, ConfigError, "config", 1),
    (StateUnavailable, StoreError, "state", 1),
    (CacheUnavailable, StoreError, "state", 1),
    (DigestReadError, InputError, "input", 1),
    (EnrichError, MetadataError, "metadata", 1),
    (ArxivUnavailable, MetadataError, "metadata", 1),
])
def test_every_error_has_one_root_a_family_and_an_exit_code(cls, family, kind, code):
    assert issubclass(cls, family) and issubclass(cls, ZoterodigestError)
    assert (cls.kind, cls.exit_code) == (kind, code)


def test_usage_errors_exit_2_and_only_mid_run_zotero_failures_are_resumable():
    assert UsageError.exit_code == 2
    assert ZoteroUnavailable.resumable and not ZoteroNotRunning.resumable and not ZoteroAuthError.resumable
    assert issubclass(LibraryChanged, ZoteroServerError)


# --- JSON error objects -----------------------------------------------------------------------------


def test_a_fatal_error_with_json_prints_a_json_error_object(tmp_path):
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    del env["ZOTERO_API_KEY"]
    r = run("push", str(digest), "--json", "--offline", "--quiet")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    out = json.loads(r.stdout)
    assert out["exit_code"] == 1 and out["error"]["kind"] == "config"
    assert "ZOTERO_API_KEY" in out["error"]["message"]
    assert r.stderr.count("error:") == 1 and "ZOTERO_API_KEY" in r.stderr

    r = run("parse", "--example", "--json", "--family", "nope")
    message = r.stderr.strip().removeprefix("error: ")
    assert r.returncode == 2 and json.loads(r.stdout) == {
        "version": 1, "command": "parse", "entries": [], "problems": [message],
        "error": {"kind": "usage", "message": message}, "exit_code": 2}
    for command in ("pull", "sync", "status"):
        r = run(command, "--json")
        assert r.returncode == 2 and json.loads(r.stdout)["error"]["kind"] == "usage", command
        assert "no digest given" in r.stderr


def test_without_json_nothing_is_printed_on_stdout(tmp_path):
    _env, run = cli_runner(tmp_path)
    r = run("sync", str(tmp_path / "missing.md"))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == f"error: {tmp_path / 'missing.md'} is not a file. Pass the digests that were pushed."


# --- bugs crash loudly ------------------------------------------------------------------------------


def test_a_bug_is_not_turned_into_a_message(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli.cmd_parse, "read_all", broken)
    result = CliRunner().invoke(cli.app, ["parse", "--example"])
    assert isinstance(result.exception, RuntimeError) and str(result.exception) == "a bug"
    for exc in (KeyError("k"), TypeError("t"), ValueError("v")):
        monkeypatch.setattr(cli.cmd_parse, "read_all", lambda *a, _e=exc, **k: (_ for _ in ()).throw(_e))
        assert type(CliRunner().invoke(cli.app, ["parse", "--example"]).exception) is type(exc)


def test_an_arxiv_failure_is_a_metadata_error(monkeypatch, tmp_path):
    from zoterodigest import enrich

    def down(*args, **kwargs):
        raise ArxivUnavailable("arXiv did not answer: try again later")

    monkeypatch.setattr(enrich, "enrich", down)
    monkeypatch.setenv("ZOTERODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    result = CliRunner().invoke(cli.app, ["parse", "--example", "--enrich", "--json", "--quiet"])
    assert result.exit_code == 1 and not isinstance(result.exception, ArxivUnavailable)
    assert json.loads(result.stdout)["error"] == {"kind": MetadataError.kind,
                                                  "message": "arXiv did not answer: try again later"}


# --- a URL that is not the Zotero API ---------------------------------------------------------------


class _Page(BaseHTTPRequestHandler):
    """What a wrong ZOTERO_API_URL or a captive portal answers: an HTML page, for every path."""

    protocol_version = "HTTP/1.1"
    status = 200

    def do_GET(self) -> None:
        body = b"<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi</title></head><body>Hi</body></html>"
        self.send_response(self.status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def html_page(status: int, port: int = 0) -> Iterator[str]:
    handler = type("Page", (_Page,), {"status": status})
    http = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{http.server_address[1]}"
    finally:
        http.shutdown()
        http.server_close()


def _one_error_naming_the_url_setting(r: subprocess.CompletedProcess, url: str) -> None:
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stdout + r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "ZOTERO_API_URL" in errors[0] and url in errors[0], r.stderr
    assert "did not answer as the Zotero API does" in errors[0]
    assert KEY not in r.stdout + r.stderr


@pytest.mark.parametrize("status", [200, 404])
def test_an_html_answer_to_push_names_the_url_setting(tmp_path, status):
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    with html_page(status) as url:
        env["ZOTERO_API_URL"] = url
        _one_error_naming_the_url_setting(run("push", str(digest), "--offline", "--quiet"), url)
        r = run("push", str(digest), "--offline", "--quiet", "--json")
    out = json.loads(r.stdout)
    assert out["exit_code"] == 1 and out["error"]["kind"] == "zotero" and "ZOTERO_API_URL" in out["error"]["message"]


@pytest.mark.parametrize("command", ["pull", "sync", "status"])
def test_an_html_answer_after_a_push_names_the_url_setting(tmp_path, command):
    """Pushed to Zotero, then the same URL answers with a web page (a captive portal)."""
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        assert run("push", str(digest), "--offline", "--quiet").returncode == 0
    before = digest.read_bytes()
    with html_page(200, port=int(url.rsplit(":", 1)[1])):
        _one_error_naming_the_url_setting(run(command, str(digest)), url)
        r = run(command, str(digest), "--json")
    assert json.loads(r.stdout)["error"]["kind"] == "zotero"
    assert digest.read_bytes() == before


# --- Ctrl-C -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("command", "recorded"), [
    ("push", "records its progress in the state after each batch"),
    ("pull", "each digest is written whole or not at all"),
    ("sync", "recorded in the state after each batch"),
])
@pytest.mark.parametrize("as_json", [False, True])
def test_ctrl_c_says_what_is_recorded_and_to_run_again(tmp_path, command, recorded, as_json):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        if command != "push":
            assert run("push", str(digest), "--offline", "--quiet").returncode == 0
            note = next(n for n in _notes(server) if "Rectified flow" in n.note)
            server.write(LIB, [{"key": note.key, "version": note.version,
                                "note": note.note.replace("Rectified flow at scale.", "Scaled up.")}])
        # Zotero asks the client to wait before its next request: Ctrl-C comes while it waits.
        server.add_fault("backoff", method="GET", seconds=100)
        before = len(server.log)
        args = interruptible_cli(command, str(digest))
        args += ["--offline", "--quiet"] if command == "push" else []
        args += ["--json"] if as_json else []
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while len(server.log) == before and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.05)
            assert len(server.log) > before, "the command never reached Zotero"
            time.sleep(0.3)
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 130 and "Traceback" not in err and "Aborted" not in err, err
    lines = [line for line in err.strip().splitlines() if "lack arXiv metadata" not in line]  # --offline
    assert len(lines) == 1 and lines[0].startswith("interrupted: ")
    assert recorded in lines[0] and f"run {command} again" in lines[0]
    if as_json:
        message = lines[0].removeprefix("interrupted: ")
        assert json.loads(out) == {"version": 1, "command": command, "papers": [], "problems": [message],
                                   "error": {"kind": "interrupted", "message": message}, "exit_code": 130}
    else:
        assert out == ""
    assert b"Scaled up." not in digest.read_bytes()  # the pull or sync did not get as far as writing


# --- damaged state and cache files --------------------------------------------------------------------


def _regular_items(server: ZoteroLibraryServer) -> list:
    return [i for i in server.library(LIB).items.values() if i.item_type not in ("note", "attachment")]


def _notes(server: ZoteroLibraryServer) -> list:
    return [i for i in server.library(LIB).items.values() if i.item_type == "note"]


def _damage_pages(path: Path) -> None:
    """Overwrite every page after the first (the header stays valid: only reads fail)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page:] = b"\xa5" * (len(data) - page)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["not a database", "damaged pages"])
def test_a_damaged_state_file_is_set_aside_and_push_rebuilds_without_duplicates(tmp_path, damage):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    state = tmp_path / "state" / FILE_NAME
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        r = run("push", str(digest), "--offline", "--quiet")
        assert r.returncode == 0, r.stderr
        items, notes = len(_regular_items(server)), len(_notes(server))
        assert (items, notes) == (2, 2)
        with sqlite3.connect(state) as db:  # fold the WAL in, so the damage is in the file read
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if damage == "not a database":
            state.write_bytes(b"these are not the bytes of a database\n" * 200)
        else:
            _damage_pages(state)
        r = run("push", str(digest), "--offline", "--quiet")
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        warnings = [line for line in r.stderr.splitlines() if "state database" in line]
        assert len(warnings) == 1 and warnings[0].startswith("warning:") and str(state) in warnings[0]
        aside = [p for p in state.parent.iterdir() if re.fullmatch(re.escape(FILE_NAME) + r"\.corrupt-\d{14}", p.name)]
        assert len(aside) == 1 and aside[0].name in warnings[0]
        assert len(_regular_items(server)) == items and len(_notes(server)) == notes  # nothing duplicated
        r = run("push", str(digest), "--offline")  # the new state is used: no warning
        assert r.returncode == 0 and "state database" not in r.stderr and "unchanged 2" in r.stdout
    with State(state.parent) as fresh:
        assert fresh.library_rows(f"{url} {LIB}").items  # rebuilt rows


def test_export_goes_on_after_a_damaged_state_file(tmp_path):
    _env, run = cli_runner(tmp_path)
    state = tmp_path / "state" / FILE_NAME
    state.parent.mkdir()
    state.write_bytes(b"garbage" * 1000)
    r = run("export", "--example", "--offline", "--quiet", "-o", str(tmp_path / "refs.bib"))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "state database" in r.stderr and (tmp_path / "refs.bib").read_text().startswith("@")
    assert list(state.parent.glob(FILE_NAME + ".corrupt-*"))


def test_a_damaged_arxiv_cache_is_set_aside_with_a_warning(tmp_path):
    _env, run = cli_runner(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "arxiv-v1.sqlite3").write_bytes(b"\x00garbage" * 1000)
    r = run("parse", "--example", "--enrich", "--offline", "--quiet", "--json")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert len(json.loads(r.stdout)["entries"]) == 6
    warnings = [line for line in r.stderr.splitlines() if "arXiv cache" in line]
    assert len(warnings) == 1 and warnings[0].startswith("warning:") and str(cache / "arxiv-v1.sqlite3") in warnings[0]
    aside = list(cache.glob("arxiv-v1.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"\x00garbage" * 1000


def test_a_state_directory_that_cannot_be_used_is_one_message(tmp_path):
    _env, run = cli_runner(tmp_path)
    (tmp_path / "state").write_text("a file where the folder should be")
    r = run("export", "--example", "--offline", "--quiet", "-o", str(tmp_path / "refs.bib"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("error: the state directory")
    assert "ZOTERODIGEST_STATE_DIR" in r.stderr


def test_a_file_system_refusal_names_the_file(tmp_path):
    """A folder where sync keeps the conflicts file: the file system's refusal is one message."""
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(DIGEST)
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        assert run("push", str(digest), "--offline", "--quiet").returncode == 0
        blocker = tmp_path / "d.md.conflicts.md"
        blocker.mkdir()
        r = run("sync", str(digest), "--json")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    out = json.loads(r.stdout)
    assert out["exit_code"] == 1 and out["error"]["kind"] == "file" and str(blocker) in out["error"]["message"]
    assert r.stderr.count("error:") == 1 and str(blocker) in r.stderr
