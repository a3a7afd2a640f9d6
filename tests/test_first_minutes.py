"""What a newcomer meets in the first minutes: help and version flags, the bare
command, the try-it command leaving the home folder alone, outputs that are devices,
FIFOs or standard output, standard input, and options checked before any work."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from cli_env import cli_runner

import zoterodigest

COMMANDS = ["parse", "export", "watch", "resolve", "push", "pull", "sync", "status", "doctor"]


@pytest.mark.parametrize("command", COMMANDS)
def test_dash_h_is_help_on_every_command(tmp_path, command):
    _, run = cli_runner(tmp_path)
    r = run(command, "-h")
    first = r.stdout.splitlines()[0]
    assert r.returncode == 0 and first.startswith("Usage: ") and f" {command} [OPTIONS]" in first
    assert r.stdout == run(command, "--help").stdout


def test_version_short_and_long(tmp_path):
    _, run = cli_runner(tmp_path)
    for flag in ("-V", "--version"):
        r = run(flag)
        assert r.returncode == 0 and r.stdout == f"zoterodigest {zoterodigest.__version__}\n" and r.stderr == ""


def test_the_bare_command_prints_its_help_on_stdout(tmp_path):
    _, run = cli_runner(tmp_path)
    r = run()
    assert r.returncode == 0 and r.stderr == ""
    assert r.stdout.startswith("Usage: ") and "export" in r.stdout and "error" not in r.stdout
    assert r.stdout == run("-h").stdout


def test_the_try_it_command_leaves_a_fresh_home_empty(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ZOTERO", "ARXIV", "XDG_", "S2_", "CROSSREF"))}
    env.update(HOME=str(home), ARXIV_API_URL="http://127.0.0.1:9/api/query", S2_API_URL="http://127.0.0.1:9",
               CROSSREF_API_URL="http://127.0.0.1:9")
    out = tmp_path / "refs.bib"
    r = subprocess.run([sys.executable, "-m", "zoterodigest.cli", "export", "--example", "-o", str(out)],
                       capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    assert out.read_text().count("\n@") + out.read_text().startswith("@") == 6
    assert list(home.rglob("*")) == []


def _example(run, *args: str) -> subprocess.CompletedProcess:
    return run("export", "--example", "--offline", "-q", *args)


@pytest.mark.skipif(not os.access("/dev/null", os.W_OK), reason="no writable /dev/null")
def test_a_device_is_written_through_and_stays_a_device(tmp_path):
    _, run = cli_runner(tmp_path)
    r = _example(run, "-o", "/dev/null")
    assert r.returncode == 0, r.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_device_is_one_error(tmp_path):
    _, run = cli_runner(tmp_path)
    r = _example(run, "-o", "/dev/full")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "error: cannot write /dev/full (No space left on device)" in r.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_is_written_through_without_being_read(tmp_path):
    _, run = cli_runner(tmp_path)
    fifo = tmp_path / "refs.bib"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = _example(run, "-o", str(fifo))
    reader.join(timeout=60)
    assert r.returncode == 0, r.stderr
    assert got and got[0].count(b"@misc{") + got[0].count(b"@inproceedings{") >= 6
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_dash_and_dev_stdout_are_standard_output(tmp_path):
    _, run = cli_runner(tmp_path)
    dash = _example(run, "-o", "-")
    dev = _example(run, "-o", "/dev/stdout")
    assert dash.returncode == dev.returncode == 0
    assert dash.stdout == dev.stdout and "@" in dash.stdout
    assert "wrote" not in dash.stderr + dev.stderr
    assert list(tmp_path.glob("*.bib")) == []


@pytest.mark.parametrize(("fmt", "output", "fitting"), [("csl-json", "refs.bib", "refs.json"),
                                                       ("bibtex", "refs.json", "refs.bib"),
                                                       ("hayagriva", "refs.json", "refs.yaml")])
def test_an_extension_that_contradicts_the_format_is_refused(tmp_path, fmt, output, fitting):
    _, run = cli_runner(tmp_path)
    target = tmp_path / output
    r = _example(run, "--format", fmt, "-o", str(target))
    assert r.returncode == 2 and not target.exists()
    assert r.stderr.count("\n") == 1 and fitting in r.stderr and "--format" in r.stderr


def test_standard_input_is_a_digest_for_reading_commands(tmp_path):
    env, _ = cli_runner(tmp_path)
    text = (Path(zoterodigest.__file__).parent / "examples" / "reading-log.md").read_bytes()

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "zoterodigest.cli", *args], input=text, capture_output=True,
                              env=env, timeout=60, check=False)

    r = cli("parse", "-")
    assert r.returncode == 0 and r.stdout.decode().count("\n") == 7  # a header row and six entries
    r = cli("pull", "-")
    assert r.returncode == 2 and b"standard input" in r.stderr and b"Traceback" not in r.stderr


@pytest.mark.parametrize("value", ["-1", "0", "abc"])
def test_watch_interval_out_of_range_is_one_line(tmp_path, value):
    _, run = cli_runner(tmp_path)
    (tmp_path / "d.md").write_text("- [A](https://arxiv.org/abs/2401.00001)\n")
    r = run("watch", str(tmp_path / "d.md"), "-o", str(tmp_path / "r.bib"), "--interval", value)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--interval" in r.stderr
    assert "Traceback" not in r.stderr


def test_piped_parse_and_resolve_print_whole_tab_separated_rows(tmp_path):
    _, run = cli_runner(tmp_path)
    parse = run("parse", "--example").stdout.splitlines()
    assert parse[0].split("\t") == ["file", "lines", "family", "arxiv", "title", "venue", "task"]
    rows = [line.split("\t") for line in parse[1:]]
    assert len(rows) == 6 and all(len(row) == 7 for row in rows)
    assert rows[0][4] == "High-Resolution Image Synthesis with Latent Diffusion Models"  # never cut
    assert "┃" not in "\n".join(parse) and "│" not in "\n".join(parse)
    resolve = run("resolve", "--example", "--offline").stdout.splitlines()
    assert resolve[0].split("\t") == ["file", "line", "id", "status", "title", "sources"]
    assert len(resolve) == 7 and all(len(line.split("\t")) == 6 for line in resolve[1:])
    assert resolve[1].split("\t")[4] == rows[0][4]
