"""Messages true to what happened: an unreachable arXiv is not called "offline" to a user
who never passed --offline."""

from __future__ import annotations

import socket

from cli_env import cli_runner
from digest_texts import TWO_PAPERS


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/api/query"


def test_an_unreachable_arxiv_is_named_as_such(tmp_path):
    env, run = cli_runner(tmp_path)
    env.update(ARXIV_API_URL=_closed_port_url(), S2_API_URL=_closed_port_url())
    digest = tmp_path / "d.md"
    digest.write_text(TWO_PAPERS)
    r = run("export", str(digest), "-o", str(tmp_path / "refs.bib"), "--no-resolve")
    assert r.returncode == 0, r.stderr
    assert "arXiv unreachable: 2 paper(s) lack arXiv metadata" in r.stderr
    assert "run without --offline" not in r.stderr


def test_offline_when_asked_says_so(tmp_path):
    _, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(TWO_PAPERS)
    r = run("export", str(digest), "-o", str(tmp_path / "refs.bib"), "--offline")
    assert r.returncode == 0, r.stderr
    assert "offline: 2 paper(s) lack arXiv metadata" in r.stderr and "run without --offline" in r.stderr
