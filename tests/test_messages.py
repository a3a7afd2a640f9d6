"""Messages true to what happened: an unreachable arXiv is not called "offline" to a user
who never passed --offline."""

from __future__ import annotations

from cli_env import cli_runner
from closed_ports import refusing_url
from digest_texts import TWO_PAPERS


def test_an_unreachable_arxiv_is_named_as_such(tmp_path):
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(TWO_PAPERS)
    with refusing_url("/api/query") as arxiv, refusing_url() as s2:
        env.update(ARXIV_API_URL=arxiv, S2_API_URL=s2)
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


def _push_with_failing_writes(tmp_path, path_pattern: str):
    from cli_env import KEY
    from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer

    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    server.add_fault("503", method="POST", path=path_pattern, seconds=500, times=10)  # longer than anyone waits
    env, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    digest.write_text(TWO_PAPERS)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        return run("push", str(digest), "--offline"), server


def test_a_push_that_wrote_nothing_says_so(tmp_path):
    r, server = _push_with_failing_writes(tmp_path, r"/(items|collections)$")
    assert r.returncode == 1
    assert "nothing was written to Zotero" in r.stderr
    assert "before the error is recorded" not in r.stderr
    assert r.stdout == ""  # the error is on stderr only
    assert not server.library("users/1").items


def test_a_push_that_wrote_some_batches_says_they_are_recorded(tmp_path):
    r, server = _push_with_failing_writes(tmp_path, r"/items$")  # the collection is made first, then items fail
    assert r.returncode == 1
    assert server.library("users/1").collections and not server.library("users/1").items
    assert "what Zotero accepted before the error is recorded: run push again" in r.stderr
    assert "nothing was written" not in r.stderr


def test_problems_go_to_stderr_and_the_report_to_stdout(capsys):
    from zoterodigest.cli.results import print_push_report
    from zoterodigest.sync import PushReport
    from zoterodigest.sync.report.push_report import PaperOutcome

    report = PushReport("users/1", problems=["the library kept changing during 3 rounds"])
    report.papers["arxiv:1"] = PaperOutcome("arxiv:1", "A paper", "create", error="400 bad field")
    print_push_report(report, as_json=False, verbose=False)
    out, err = capsys.readouterr()
    assert "kept changing" in err and "400 bad field" in err
    assert "kept changing" not in out and "400 bad field" not in out
    assert "failed 1 papers" in out  # the counts stay in the report
