"""Output levels on push: the default counts what changed (no line per paper), -v adds a
line per paper, -vv also every HTTP request (never the key)."""

from __future__ import annotations

from cli_env import KEY, cli_runner
from digest_texts import TWO_PAPERS
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer


def _push(tmp_path, *flags):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(TWO_PAPERS)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        return run("push", str(digest), "--offline", "--quiet", *flags)


def _paper_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("create ", "adopt ", "update "))]


def test_default_counts_without_a_line_per_paper(tmp_path):
    r = _push(tmp_path)
    assert r.returncode == 0, r.stderr
    assert _paper_lines(r.stdout) == []
    assert "create 2," in r.stdout
    assert "http:" not in r.stderr


def test_v_adds_a_line_per_paper(tmp_path):
    r = _push(tmp_path, "-v")
    assert r.returncode == 0, r.stderr
    assert len(_paper_lines(r.stdout)) == 2
    assert "http:" not in r.stderr


def test_vv_adds_every_request_and_never_the_key(tmp_path):
    r = _push(tmp_path, "-vv")
    assert r.returncode == 0, r.stderr
    requests = [line for line in r.stderr.splitlines() if line.startswith("http: ")]
    assert requests and any(" 200 " in line or '200 OK' in line for line in requests), r.stderr
    assert all("/users/1/" in line or "/keys/" in line for line in requests if "127.0.0.1" in line)
    assert KEY not in r.stdout + r.stderr
