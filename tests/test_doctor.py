"""``zoterodigest doctor`` against the strict fakes: every server answers, a refused key,
an unreachable server, a key that may only read, and never the key in the output."""

from __future__ import annotations

import json

from cli_env import KEY, cli_runner
from closed_ports import refusing_url
from fakes.arxiv_server import FakeArxiv
from fakes.crossref_server import FakeCrossref
from fakes.s2_server import FakeSemanticScholar
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer


def _status(report: dict, name: str) -> str:
    assert report["version"] == 1 and report["command"] == "doctor"
    return next(c["status"] for c in report["checks"] if c["name"] == name)


def _run_with_servers(tmp_path, server, *, key=KEY):
    env, run = cli_runner(tmp_path)
    env["ZOTERO_API_KEY"] = key
    with ZoteroHTTPServer(server) as url, FakeArxiv([], min_interval=0.0) as arxiv, \
            FakeSemanticScholar([]) as s2, FakeCrossref([]) as cr:
        env.update(ZOTERO_API_URL=url, ARXIV_API_URL=arxiv.url, S2_API_URL=s2.url, CROSSREF_API_URL=cr.url)
        text = run("doctor")
        js = run("doctor", "--json")
    return text, js


def test_everything_answers(tmp_path):
    text, js = _run_with_servers(tmp_path, ZoteroLibraryServer.single_user(user_id=1, api_key=KEY))
    assert text.returncode == 0, text.stdout + text.stderr
    report = json.loads(js.stdout)
    for name in ("Zotero library", "Zotero server", "arXiv API", "Semantic Scholar", "Crossref", "state folder"):
        assert _status(report, name) == "ok", report
    assert "may read and write" in text.stdout
    assert KEY not in text.stdout + text.stderr + js.stdout


def test_a_refused_key_fails_with_the_fix_and_is_never_printed(tmp_path):
    other = "Another0Key0Zotero77"
    text, js = _run_with_servers(tmp_path, ZoteroLibraryServer.single_user(user_id=1, api_key=KEY), key=other)
    assert text.returncode == 1
    assert _status(json.loads(js.stdout), "Zotero server") == "fail"
    assert "refused the API key" in text.stdout and "fix: create a key" in text.stdout
    assert other not in text.stdout + text.stderr + js.stdout


def test_a_read_only_key_is_a_warning(tmp_path):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    server.add_key("Read0Only0Key42", 1, {"users/1": "read"})
    text, js = _run_with_servers(tmp_path, server, key="Read0Only0Key42")
    assert _status(json.loads(js.stdout), "Zotero server") == "warn"
    assert "not write" in text.stdout


def test_unreachable_servers_and_missing_settings(tmp_path):
    env, run = cli_runner(tmp_path)
    del env["ZOTERO_LIBRARY_ID"]
    with refusing_url() as closed:
        env.update(ARXIV_API_URL=closed + "/api/query", S2_API_URL=closed, CROSSREF_API_URL=closed)
        r = run("doctor", "--json")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    assert _status(report, "Zotero library") == "fail"
    assert _status(report, "arXiv API") == "fail"
    fix = next(c["fix"] for c in report["checks"] if c["name"] == "arXiv API")
    assert any("arXiv API" in p for p in report["problems"])
    assert "ARXIV_API_URL" in fix and "--offline" in fix


def test_offline_asks_no_server(tmp_path):
    env, run = cli_runner(tmp_path)
    with refusing_url() as closed:
        env.update(ZOTERO_API_URL=closed, ARXIV_API_URL=closed, S2_API_URL=closed, CROSSREF_API_URL=closed)
        r = run("doctor", "--offline")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "cannot reach" not in r.stdout
    assert "skip" in r.stdout and KEY not in r.stdout
