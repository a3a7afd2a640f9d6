"""Help texts as a user sees them (the installed script's path): metavars that name
the thing, no Python type anywhere, flags without a value."""

from __future__ import annotations

import re

import pytest
from cli_env import cli_runner

COMMANDS = ["parse", "export", "watch", "resolve", "push", "pull", "sync", "status"]
PYTHON_TYPE = re.compile(r"<(?:bool|str|int|float|Path|list\[[^\]]*\])>")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_names_values_and_shows_no_python_type(tmp_path, command):
    _, run = cli_runner(tmp_path)
    r = run(command, "--help")
    assert r.returncode == 0, r.stderr
    assert not PYTHON_TYPE.search(r.stdout), PYTHON_TYPE.findall(r.stdout)
    assert re.search(r"[[{]FILE[]}]\.\.\.", r.stdout)  # required arguments in braces
    assert "Example" in r.stdout and f"zoterodigest {command} " in r.stdout


@pytest.mark.parametrize("args", [["--help"], ["doctor", "--help"]])
def test_the_top_level_and_doctor_show_no_python_type_either(tmp_path, args):
    _, run = cli_runner(tmp_path)
    r = run(*args)
    assert r.returncode == 0, r.stderr
    assert not PYTHON_TYPE.search(r.stdout), PYTHON_TYPE.findall(r.stdout)


def test_values_have_named_metavars(tmp_path):
    _, run = cli_runner(tmp_path)
    text = run("export", "--help").stdout
    assert re.search(r"-o, --output FILE", text)
    assert re.search(r"--arxiv-url\s+URL", text)
    assert re.search(r"--dialect\s+bibtex\|biblatex", text)


@pytest.mark.parametrize(("args", "says"), [
    (["export", "--bogus"], "No such option: --bogus"),
    (["exprt"], "No such command 'exprt'"),
    (["export", "--dialect"], "Option '--dialect' requires an argument"),
])
def test_usage_errors_in_the_tools_own_style(tmp_path, args, says):
    _, run = cli_runner(tmp_path)
    r = run(*args)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], r.stderr
    assert "--help')" in lines[0] or "requires an argument" in lines[0]
    assert "╭" not in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_plain_text_as_git_and_ripgrep_print_it(tmp_path, command):
    _, run = cli_runner(tmp_path)
    text = run(command, "--help").stdout
    assert text.startswith("Usage: ") and f" {command} [OPTIONS]" in text.splitlines()[0]
    assert "╭" not in text and "│" not in text  # no boxes
    assert "\nOptions:\n" in text


@pytest.mark.parametrize("command", ["push", "pull", "sync"])
def test_short_options_for_dry_run_and_json(tmp_path, command):
    _, run = cli_runner(tmp_path)
    text = run(command, "--help").stdout
    assert "-n, --dry-run" in text and "-j, --json" in text
    assert "-v, --verbose" in text and "-q, --quiet" in text


@pytest.mark.parametrize("command", ["sync", "status"])
def test_local_is_not_offered_where_it_does_not_work(tmp_path, command):
    _, run = cli_runner(tmp_path)
    assert "--local" not in run(command, "--help").stdout
    r = run(command, "x.md", "--local")
    assert r.returncode == 2 and "pull --local" in r.stderr
