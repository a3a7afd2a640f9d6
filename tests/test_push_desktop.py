"""`push --local` and `push --connector` (the Zotero desktop app) against the fake
server over real HTTP, and the push progress bar.

The fake's local API is Zotero 7-9's (read-only).  Zotero 10's writable local
API is modelled here by :class:`Zotero10`, a thin wrapper over the same fake
that adds what Zotero 10 documents: a ``Zotero-Server-ID`` header on every
local answer, ``POST /api/local/authorize`` granting a key, and local writes
(with that key and the server id) committed like Web API writes to the
desktop user's library.  Zotero's real permission dialog, and whatever else
Zotero 10 may do differently on writes, cannot be tested here.
"""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from closed_ports import refusing_port
from fakes.zotero_server import FakeResponse, ZoteroHTTPServer, ZoteroLibraryServer, make_pyzotero
from rich.console import Console
from typer.testing import CliRunner

from zoterodigest.cli import app
from zoterodigest.digest import read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.settings import resolve_local_settings, save_local_api_key
from zoterodigest.zotero.client import ZoteroClient
from zoterodigest.zotero.connector import ConnectorClient, connector_item
from zoterodigest.zotero.errors import LOCAL_READ_ONLY, ZoteroLocalReadOnly

KEY = "Secret0Key0Zotero42"  # the Web API key of the fake (never given to --local / --connector)
LOCAL_KEY = "Local0Secret0Key77"  # what Zotero 10 grants through /api/local/authorize
SERVER_ID = "srv0desktop10"
LIB = "users/1"

DIGEST = """# Desk Log

## Vision

> **High-Resolution Image Synthesis with Latent Diffusion Models**  
> *CVPR 2022 Oral*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> Diffusion in the latent space of an autoencoder.

> **A Journal Paper On Segmentation**  
> *TPAMI 2023*, [paper](https://example.org/tpami-paper)  
> Task: segmentation  
> Masks everywhere.

## Again

> **High-Resolution Image Synthesis with Latent Diffusion Models**  
> *CVPR 2022 Oral*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> Listed a second time, with another summary.
"""


class Zotero10(ZoteroLibraryServer):
    """The fake desktop app as Zotero 10 documents it (see the module docstring)."""

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.add_user(1)
        self.add_key(KEY, 1)
        self.local_api_enabled = True
        self.remember = True
        self.authorize_requests: list[dict] = []

    def handle(self, method, target, headers, body=b"", base_url=None):
        path = urlsplit(target).path
        lower = {k.lower(): v for k, v in headers.items()}
        if path.startswith("/api/") and self.local_api_enabled:
            if path == "/api/local/authorize" and method == "POST":
                self.authorize_requests.append({"body": json.loads(body), "server_id": lower.get("zotero-server-id")})
                answer = json.dumps({"key": LOCAL_KEY, "remember": self.remember}).encode()
                return self._tag(FakeResponse(200, {"Content-Type": "application/json"}, answer))
            if method != "GET" and path.startswith("/api/users/0/"):
                if lower.get("zotero-server-id") != SERVER_ID:
                    return self._tag(FakeResponse(428, {}, b"Zotero-Server-ID not provided"))
                if lower.get("zotero-api-key") != LOCAL_KEY:
                    return self._tag(FakeResponse(401, {}, b"Invalid or expired API key"))
                target = target.replace("/api/users/0", f"/users/{self.desktop_user_id}", 1)
                headers = {k: v for k, v in headers.items() if k.lower() != "zotero-api-key"} | {"Zotero-API-Key": KEY}
        answer = super().handle(method, target, headers, body, base_url)
        return self._tag(answer) if path.startswith("/api") else answer

    @staticmethod
    def _tag(answer: FakeResponse) -> FakeResponse:
        answer.headers["Zotero-Server-ID"] = SERVER_ID
        return answer


# --- helpers --------------------------------------------------------------------------------------


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


@pytest.fixture
def digest_path(tmp_path: Path) -> Path:
    path = tmp_path / "desk-log.md"
    path.write_text(DIGEST, encoding="utf-8")
    return path


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str | None]:
    """No Web API settings at all: the desktop needs none."""
    out: dict[str, str | None] = {k: None for k in os.environ if k.startswith(("ZOTERO", "ARXIV"))}
    out.update(ZOTERODIGEST_STATE_DIR=str(tmp_path / "state"), ZOTERODIGEST_CACHE_DIR=str(tmp_path / "cache"),
               ZOTERODIGEST_CONFIG=str(tmp_path / "config.toml"))
    return out


class Result:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.code, self.stdout, self.stderr = code, stdout, stderr

    @property
    def text(self) -> str:
        return self.stdout + self.stderr


def push(env: dict[str, str | None], *args: str) -> Result:
    r = CliRunner().invoke(app, ["push", *args, "--offline"], env=env)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return Result(r.exit_code, r.stdout, r.stderr)


def no_secret(*texts: str) -> bool:
    return all(KEY not in t and LOCAL_KEY not in t for t in texts)


def state_files(env) -> list[Path]:
    return list(Path(env["ZOTERODIGEST_STATE_DIR"]).glob("*"))


def desktop_writes(server: ZoteroLibraryServer) -> list:
    return [r for r in server.log if r.method != "GET"]


# --- local API: Zotero 7-9 ------------------------------------------------------------------------


def test_local_api_not_enabled_says_which_box_to_tick(server, env, digest_path):
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url + "/api"
        r = push(env, str(digest_path), "--local")
    assert r.code == 1
    assert "Allow other applications on this computer to communicate with Zotero" in r.stderr
    assert server.library(LIB).items == {} and len(server.log) == 1  # one probe, then the message


def test_read_only_local_api_says_so_once_and_writes_nothing(server, env, digest_path):
    server.local_api_enabled = True
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url + "/api"
        r = push(env, str(digest_path), "--local")
        assert r.code == 1
        assert r.stderr.count(LOCAL_READ_ONLY) == 1 and "Traceback" not in r.text
        # A key remembered from somewhere does not help: this Zotero cannot write.
        Path(env["ZOTERODIGEST_CONFIG"]).write_text(f'[zotero]\nlocal_api_key = "{LOCAL_KEY}"\n', encoding="utf-8")
        r2 = push(env, str(digest_path), "--local")
    assert r2.code == 1 and r2.stderr.count(LOCAL_READ_ONLY) == 1
    assert not desktop_writes(server) and server.library(LIB).items == {}
    assert no_secret(r.text, r2.text)


def test_a_write_refused_by_a_read_only_local_api_is_the_read_only_error(server):
    server.local_api_enabled = True
    with ZoteroHTTPServer(server) as url:
        client = ZoteroClient(api_url=url + "/api", local=True, local_api_key=LOCAL_KEY, sleep=lambda s: None)
        with pytest.raises(ZoteroLocalReadOnly) as caught:
            client.write_batches([{"itemType": "book", "title": "T"}], library_version=0)
    assert str(caught.value) == LOCAL_READ_ONLY
    assert [r.status for r in desktop_writes(server)] == [400]


def test_dry_run_local_plans_against_the_desktop_library(server, env, digest_path):
    server.local_api_enabled = True
    # The desktop library already holds one of the papers (synced from elsewhere).
    server.write(LIB, [{"itemType": "preprint", "title": "High-Resolution Image Synthesis with Latent Diffusion Models",
                        "archiveID": "arXiv:2112.10752", "repository": "arXiv"}])
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url + "/api"
        r = push(env, str(digest_path), "--local", "--dry-run", "--json")
    assert r.code == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["dry_run"] and report["library"] == "users/0"
    assert sorted(p["action"] for p in report["papers"]) == ["adopt", "create"]
    assert all(x.method == "GET" and x.path.startswith("/api/") for x in server.log)
    assert len(server.library(LIB).items) == 1


def test_nothing_listening_means_zotero_is_not_running(env, digest_path):
    with refusing_port() as port:  # a port nobody listens on
        env["ZOTERO_API_URL"] = f"http://127.0.0.1:{port}/api"
        r = push(env, str(digest_path), "--local")
        assert r.code == 1 and "Zotero is not running" in r.stderr and "run push again to go on" not in r.stderr
        r = push(env, str(digest_path), "--connector", "--api-url", f"http://127.0.0.1:{port}")
    assert r.code == 1 and "Zotero is not running" in r.stderr


# --- local API: Zotero 10 (modelled) --------------------------------------------------------------


def test_zotero_10_authorizes_once_remembers_the_key_privately_and_writes(env, digest_path):
    server = Zotero10()
    config = Path(env["ZOTERODIGEST_CONFIG"])
    config.write_text('# mine\n[zotero]\nlibrary_id = 1\n', encoding="utf-8")
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url + "/api"
        r = push(env, str(digest_path), "--local", "--json")
        assert r.code == 0, r.stderr
        assert server.authorize_requests == [{"body": {"appName": "zoterodigest"}, "server_id": SERVER_ID}]
        assert stat.S_IMODE(config.stat().st_mode) == 0o600
        text = config.read_text(encoding="utf-8")
        assert "# mine" in text and "library_id = 1" in text
        assert resolve_local_settings(environ=env).local_api_key == LOCAL_KEY  # type: ignore[arg-type]
        report = json.loads(r.stdout)
        assert report["counts"]["create"] == 2 and report["counts"]["notes_create"] == 3
        items = server.library(LIB).items.values()
        assert sum(1 for i in items if i.item_type == "note") == 3
        # Every local write carried the server id and the local key.
        writes = [w for w in desktop_writes(server) if w.path.startswith("/users/")]
        assert writes and all(w.headers.get("zotero-server-id") == SERVER_ID for w in writes)
        # Next run: no new authorisation, nothing to write.
        before = len(server.log)
        r2 = push(env, str(digest_path), "--local", "--json")
        assert r2.code == 0, r2.stderr
        assert len(server.authorize_requests) == 1
        assert json.loads(r2.stdout)["counts"]["unchanged"] == 2
        assert not [x for x in server.log[before:] if x.method != "GET"]
    assert no_secret(r.text, r2.text) and all(LOCAL_KEY.encode() not in p.read_bytes() for p in state_files(env))


def test_zotero_10_allow_once_is_not_remembered(env, digest_path):
    server = Zotero10()
    server.remember = False
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url + "/api"
        r = push(env, str(digest_path), "--local")
    # The fake does not model a one-write key: the point is that it is not saved.
    assert "choose Always Allow" in r.stderr and not Path(env["ZOTERODIGEST_CONFIG"]).exists()
    assert no_secret(r.text)


def test_save_local_api_key_keeps_the_file_and_makes_it_private(tmp_path):
    path = tmp_path / "conf" / "config.toml"
    save_local_api_key(path, "k1")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text('api_url = "x"\n[other]\na = 1\n', encoding="utf-8")
    path.chmod(0o644)
    save_local_api_key(path, "k2")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    env = {"ZOTERODIGEST_CONFIG": str(path)}
    assert resolve_local_settings(environ=env).local_api_key == "k2"
    save_local_api_key(path, "k3")  # replaced, not repeated
    assert path.read_text(encoding="utf-8").count("local_api_key") == 1
    assert resolve_local_settings(environ=env).local_api_key == "k3"


# --- connector ----------------------------------------------------------------------------------


def connector_server() -> ZoteroLibraryServer:
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    server.write(LIB, [{"name": "Selected in Zotero"}], "collections")
    server.connector_collection = next(iter(server.library(LIB).collections))
    return server


def test_connector_saves_items_with_notes_then_only_what_changed(env, digest_path):
    server = connector_server()
    with ZoteroHTTPServer(server) as url:
        r = push(env, str(digest_path), "--connector", "--api-url", url, "--json")
        assert r.code == 0, r.stderr
        report = json.loads(r.stdout)
        assert report["counts"]["create"] == 2 and report["counts"]["notes_create"] == 3
        assert any("cannot update or adopt" in n for n in report["notices"])
        assert [x.path for x in server.log if x.method == "GET"] == ["/connector/ping"]
        items = list(server.library(LIB).items.values())
        parents = [i for i in items if i.item_type != "note"]
        notes = [i for i in items if i.item_type == "note"]
        assert len(parents) == 2 and len(notes) == 3
        assert all(p.collections == [server.connector_collection] for p in parents)
        assert all(t["type"] == 1 for p in parents for t in p.tags) and any(p.tags for p in parents)
        assert {n.parent for n in notes} == {p.key for p in parents}
        assert any("Listed a second time" in n.note for n in notes)

        before = len(server.log)
        r2 = push(env, str(digest_path), "--connector", "--api-url", url, "--json")
        assert r2.code == 0 and json.loads(r2.stdout)["counts"]["unchanged"] == 2
        assert len(server.log) == before  # not even a ping

        digest_path.write_text(DIGEST.replace("Masks everywhere.", "Masks, everywhere, better."), encoding="utf-8")
        r3 = push(env, str(digest_path), "--connector", "--api-url", url, "-v")
        assert r3.code == 0, r3.stderr
        saves = [x for x in server.log[before:] if x.path == "/connector/saveItems"]
        assert len(saves) == 1
        assert "Segmentation" in r3.stdout and "the old item and its note stay in Zotero" in r3.stdout
        assert "create 1," in r3.stdout and "unchanged 1," in r3.stdout
        assert len([i for i in server.library(LIB).items.values() if i.item_type != "note"]) == 3
    assert no_secret(r.text, r2.text, r3.text)


def test_connector_dry_run_sends_nothing_and_ping_failure_is_clear(env, digest_path):
    server = connector_server()
    with ZoteroHTTPServer(server) as url:
        r = push(env, str(digest_path), "--connector", "--api-url", url, "--dry-run")
        assert r.code == 0 and "would create 2" in r.stdout and server.log == []
    server.add_fault("500", path="/connector/ping")
    with ZoteroHTTPServer(server) as url:
        r = push(env, str(digest_path), "--connector", "--api-url", url)
    assert r.code == 1 and "Zotero is not running" in r.stderr and "500 from /connector/ping" in r.stderr
    assert not [x for x in server.log if x.path == "/connector/saveItems"] and server.library(LIB).items == {}


def test_connector_item_shape():
    item = {"key": "ABCD2345", "version": 3, "itemType": "preprint", "title": "T",
            "creators": [{"creatorType": "author", "firstName": "A", "lastName": "B"},
                         {"creatorType": "author", "name": "OpenAI"}],
            "tags": [{"tag": "x"}, {"tag": " "}, {"tag": "y", "type": 1}], "collections": ["C"], "relations": {}}
    out = connector_item(item, ["<p>n</p>"])
    assert out == {"itemType": "preprint", "title": "T",
                   "creators": [{"creatorType": "author", "firstName": "A", "lastName": "B"},
                                {"lastName": "OpenAI", "fieldMode": 1, "creatorType": "author"}],
                   "tags": ["x", "y"], "notes": [{"note": "<p>n</p>"}]}


def test_desktop_and_connector_refuse_to_be_combined(env, digest_path):
    r = push(env, str(digest_path), "--local", "--connector")
    assert r.code == 2 and "one of --local and --connector" in r.stderr


# --- progress bar ---------------------------------------------------------------------------------


def _push_with_console(tmp: Path, digest_path: Path, console: Console, *, quiet: bool, connector_url=None,
                       server=None) -> str:
    digest = read_digest(digest_path)
    if connector_url:
        client = ConnectorClient(connector_url)
    else:
        client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)
    with State(tmp) as state:
        push_digests([digest], client, state, quiet=quiet, console=console)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.slow
def test_progress_bar_on_a_terminal_for_a_long_push_only(tmp_path, digest_path):
    def run(name: str, *, terminal: bool, quiet: bool) -> str:
        server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY, latency=0.35)  # each request lasts
        console = Console(file=io.StringIO(), force_terminal=terminal, width=100)
        return _push_with_console(tmp_path / name, digest_path, console, quiet=quiet, server=server)

    assert "Zotero push" in run("a", terminal=True, quiet=False)
    assert run("b", terminal=True, quiet=True) == ""
    assert run("c", terminal=False, quiet=False) == ""


def test_progress_bar_for_many_connector_batches(tmp_path):
    papers = "\n".join(
        f"> **Paper Number {i} On Things**  \n> *NeurIPS 2023*, [paper](https://example.org/p{i})  \n> Summary {i}.\n"
        for i in range(45)
    )
    path = tmp_path / "many.md"
    path.write_text(f"# Many\n\n## All\n\n{papers}", encoding="utf-8")
    server = connector_server()
    with ZoteroHTTPServer(server) as url:
        shown = _push_with_console(tmp_path / "s", path, Console(file=io.StringIO(), force_terminal=True, width=100),
                                   quiet=False, connector_url=url)
    assert "Zotero connector" in shown
    assert len([x for x in server.log if x.path == "/connector/saveItems"]) == 3
    assert len([i for i in server.library(LIB).items.values() if i.item_type != "note"]) == 45


def test_connector_keeps_people_and_one_field_names(tmp_path, digest_path):
    import datetime as dt

    from zoterodigest.model import ArxivRecord

    record = ArxivRecord(id="2112.10752", version=2, title="High-Resolution Image Synthesis with Latent Diffusion "
                         "Models", authors=["Robin Rombach", "OpenAI"], abstract="A.", primary_category="cs.CV",
                         categories=["cs.CV"], published=dt.date(2021, 12, 20))
    digest = read_digest(digest_path)
    for e in digest.entries:
        if e.paper.arxiv_id == "2112.10752":
            e.paper = e.paper.replace(metadata=record)
    server = connector_server()
    with ZoteroHTTPServer(server) as url, State(tmp_path / "state") as state:
        push_digests([digest], ConnectorClient(url), state)
    saved = next(i for i in server.library(LIB).items.values() if i.fields.get("title", "").startswith("High"))
    assert saved.creators == [{"firstName": "Robin", "lastName": "Rombach", "creatorType": "author"},
                              {"name": "OpenAI", "creatorType": "author"}]


def test_local_settings_ignore_a_web_api_url_in_the_environment(tmp_path):
    env = {"ZOTERODIGEST_CONFIG": str(tmp_path / "none.toml"), "ZOTERO_API_URL": "https://api.zotero.org"}
    assert resolve_local_settings(environ=env).api_url == "http://localhost:23119/api"
    env["ZOTERO_API_URL"] = "http://127.0.0.1:5/api"
    assert resolve_local_settings(environ=env).api_url == "http://127.0.0.1:5/api"
    assert resolve_local_settings(api_url="http://h:1/api", environ=env).api_url == "http://h:1/api"


def test_a_zotero_without_local_api_is_named(server, env, digest_path):
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url + "/nothing/api"  # answers 404 like Zotero 6
        r = push(env, str(digest_path), "--local", "--dry-run")
    assert r.code == 1 and "needs Zotero 7 or later" in r.stderr


def test_a_missing_authorize_endpoint_is_the_read_only_message(env, digest_path):
    class ServerIdOnly(ZoteroLibraryServer):
        """A read-only local API that sends a server id anyway: the authorize POST meets a 404."""

        def handle(self, method, target, headers, body=b"", base_url=None):
            answer = super().handle(method, target, headers, body, base_url)
            return Zotero10._tag(answer) if urlsplit(target).path.startswith("/api") else answer

    server = ServerIdOnly.single_user(user_id=1, api_key=KEY)
    server.local_api_enabled = True
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url + "/api"
        r = push(env, str(digest_path), "--local")
    assert r.code == 1 and r.stderr.count(LOCAL_READ_ONLY) == 1
    assert [(x.method, x.path, x.status) for x in desktop_writes(server)] == [("POST", "/api/local/authorize", 404)]
