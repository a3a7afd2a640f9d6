"""Output levels, the same on every command: the default counts what changed (no line
per paper), -v adds a line per paper, -vv also every HTTP request (never the key), -q
prints only problems, conflicts and the results asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_env import KEY, cli_runner
from digest_texts import TWO_PAPERS
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "corpus").glob("*/seed-*.md"))


def _push(tmp_path, *flags, files=None):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    if files is None:
        digest = tmp_path / "d.md"
        digest.write_text(TWO_PAPERS)
        files = [digest]
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        return run("push", *map(str, files), "--offline", *flags)


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


def test_q_prints_nothing_when_all_went_well(tmp_path):
    r = _push(tmp_path, "-q")
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    assert "http:" not in r.stderr and "create" not in r.stderr


def test_q_still_prints_every_problem_on_stderr(tmp_path):
    digest = tmp_path / "d.md"
    digest.write_text(TWO_PAPERS)
    r = _push(tmp_path, "-q", files=[digest, tmp_path / "missing.md"])
    assert r.returncode != 0
    assert r.stdout == ""
    assert "missing.md" in r.stderr


@pytest.mark.parametrize("command", ["parse", "export", "push", "resolve", "pull", "sync", "status", "doctor",
                                     "watch"])
def test_every_command_takes_v_and_q(command):
    from typer.main import get_command

    from zoterodigest.cli import app

    params = {p.name: p for p in get_command(app).commands[command].params}
    assert {"verbose", "quiet"} <= set(params)
    assert "-q" in params["quiet"].opts and "-v" in params["verbose"].opts


def test_q_keeps_the_results_asked_for(tmp_path):
    _, run = cli_runner(tmp_path)
    table = run("parse", "--example", "-q")
    assert table.returncode == 0 and table.stdout.count("\t") == 7 * 6 and table.stderr == ""  # rows, no counts
    bib = run("export", "--example", "--offline", "--no-resolve", "-q")
    assert bib.returncode == 0 and bib.stdout.count("@") >= 2
    assert all(line.startswith(("warning:", "error:")) for line in bib.stderr.splitlines())  # problems only
    loud = run("export", "--example", "--offline", "--no-resolve", "-o", str(tmp_path / "r.bib"))
    assert "wrote" in loud.stderr


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS, reason="the seed corpus (../shared/corpus) is absent")
def test_line_counts_on_the_seeds_per_level(tmp_path):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    env, run = cli_runner(tmp_path)
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        quiet = run("push", *map(str, SEEDS), "--offline", "-q")  # the first push: 600+ papers created
        default = run("push", *map(str, SEEDS), "--offline")  # nothing left to do
        verbose = run("push", *map(str, SEEDS), "--offline", "-v", "--dry-run")
    for r in (quiet, default, verbose):
        assert r.returncode == 0, r.stderr
    assert quiet.stdout == "" and len(server.library("users/1").items) > 600
    assert 1 <= len(default.stdout.splitlines()) <= 10  # a screen: counts, not a line per paper
    per_paper = [line for line in verbose.stdout.splitlines() if line.startswith("unchanged ")]
    assert len(per_paper) > 600  # -v: a line per paper


def test_export_groups_a_warning_shared_by_many_entries_and_v_lists_each():
    from zoterodigest.cli.cmd_export import grouped_warnings

    notes = [(f"Key{i}", "no authors are known") for i in range(5)] + [("Other", "a title had to be shortened")]
    lines = grouped_warnings(notes)
    assert lines == ["5 entries: no authors are known (Key0, Key1, Key2 and 2 more; -v lists each)",
                     "Other: a title had to be shortened"]
    assert len(grouped_warnings(notes, every=True)) == 6
    assert grouped_warnings(notes[:3]) == ["Key0: no authors are known", "Key1: no authors are known",
                                           "Key2: no authors are known"]


def test_export_warnings_per_level(tmp_path):
    _, run = cli_runner(tmp_path)
    digest = tmp_path / "d.md"
    # Papers at a venue, with no authors known offline: each is written as @misc with a warning.
    digest.write_text("\n".join(f"- [Paper number {i} about things](https://arxiv.org/abs/2401.0{1000 + i}) (CVPR 2024)"
                                for i in range(6)) + "\n")
    default = run("export", str(digest), "--offline", "--no-resolve", "-o", str(tmp_path / "a.bib"))
    verbose = run("export", str(digest), "--offline", "--no-resolve", "-o", str(tmp_path / "b.bib"), "-v")
    assert default.returncode == 0 and verbose.returncode == 0, default.stderr
    assert len([line for line in default.stderr.splitlines() if "no authors are known" in line]) == 1
    assert len([line for line in verbose.stderr.splitlines() if "no authors are known" in line]) == 6
