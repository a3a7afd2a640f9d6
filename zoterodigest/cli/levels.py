"""Output levels, the same on every command: the default prints what changed,
counted, and every problem; ``-v`` adds a line per paper; ``-vv`` also every HTTP
request (method, URL, status, seconds since the start; never a key); ``-q`` prints
only the problems (errors, warnings, conflicts) and the results asked for (a
table, JSON, a diff).

:func:`add_level_options` puts ``-v/--verbose`` and ``-q/--quiet`` on every command
of the built command tree in one place; commands ask :func:`verbosity` or
:func:`quiet`.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from typing import Annotated, Any

import typer

_level = 0
_quiet = False
_START = time.monotonic()
_SECRET = re.compile(r"(?i)\b(key|api_key|apikey|token)=[^&\s\"]+")
#: The loggers of the HTTP clients underneath (pyzotero's httpx2, requests' urllib3).
HTTP_LOGGERS = {"httpx2": logging.INFO, "httpx": logging.INFO, "urllib3.connectionpool": logging.DEBUG}


def verbosity() -> int:
    """-1 with ``-q`` (which wins over ``-v``), else how many ``-v`` were given."""
    return -1 if _quiet else _level


def quiet() -> bool:
    """``-q``: problems only (no progress bar, no summary)."""
    return _quiet


class _HttpLines(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        text = _SECRET.sub(lambda m: m[1] + "=***", record.getMessage())
        if record.name.startswith("urllib3") and '"' not in text:
            return  # connection chatter, not a request
        sys.stderr.write(f"http: {text.removeprefix('HTTP Request: ')} [{time.monotonic() - _START:.2f} s]\n")


class _AttemptLines(logging.Handler):
    """-v: each request that failed and is tried again, as it happens."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(f"retry: {_SECRET.sub(lambda m: m[1] + '=***', record.getMessage())} "
                         f"[{time.monotonic() - _START:.2f} s]\n")


def _show_attempts(shown: bool) -> None:
    log = logging.getLogger("zoterodigest.attempts")
    if not any(isinstance(h, _AttemptLines) for h in log.handlers):
        log.addHandler(_AttemptLines())
    log.setLevel(logging.INFO if shown else logging.WARNING)
    log.propagate = False


def _set_level(value: int) -> int:
    global _level
    _level = value or 0
    _show_attempts(_level >= 1)
    if _level >= 2:
        for name, level in HTTP_LOGGERS.items():
            log = logging.getLogger(name)
            if not any(isinstance(h, _HttpLines) for h in log.handlers):
                log.addHandler(_HttpLines())
            log.setLevel(level)
            log.propagate = False
    return _level


def reset() -> None:
    """Back to the default level (after a command, so a later call in the same process,
    such as a test's, starts from the default)."""
    global _level, _quiet
    _level, _quiet = 0, False
    _show_attempts(False)


def _set_quiet(value: bool) -> bool:
    global _quiet
    _quiet = bool(value)
    return _quiet


def _level_options() -> list[Any]:
    probe = typer.Typer(add_completion=False)

    @probe.command()
    def _probe(
        verbose: Annotated[int, typer.Option(
            "--verbose", "-v", count=True, expose_value=False, callback=_set_level,
            help="-v: a line per paper; -vv: also every HTTP request (never a key).")] = 0,
        quiet: Annotated[bool, typer.Option(
            "--quiet", "-q", expose_value=False, callback=_set_quiet,
            help="Print only problems (and the results asked for); no progress bar, no summary.")] = False,
    ) -> None:
        """(only builds the options)"""

    return list(typer.main.get_command(probe).params)


def add_level_options(command: Any) -> None:
    """``-v/--verbose`` and ``-q/--quiet`` on ``command`` and every sub-command."""
    options = _level_options()
    for sub in getattr(command, "commands", {}).values():
        for option in options:
            if not any(p.name == option.name for p in sub.params):
                sub.params.append(option)
