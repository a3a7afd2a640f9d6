"""Output levels, the same on every command: the default prints what changed,
counted, and every problem; ``-v`` adds a line per paper; ``-vv`` also every HTTP
request (method, URL, status, seconds since the start; never a key).

:func:`add_verbose_option` puts ``-v/--verbose`` on every command of the built
command tree in one place; commands ask :func:`verbosity`.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from typing import Annotated, Any

import typer

_level = 0
_START = time.monotonic()
_SECRET = re.compile(r"(?i)\b(key|api_key|apikey|token)=[^&\s\"]+")
#: The loggers of the HTTP clients underneath (pyzotero's httpx2, requests' urllib3).
HTTP_LOGGERS = {"httpx2": logging.INFO, "httpx": logging.INFO, "urllib3.connectionpool": logging.DEBUG}


def verbosity() -> int:
    return _level


class _HttpLines(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        text = _SECRET.sub(lambda m: m[1] + "=***", record.getMessage())
        if record.name.startswith("urllib3") and '"' not in text:
            return  # connection chatter, not a request
        sys.stderr.write(f"http: {text.removeprefix('HTTP Request: ')} [{time.monotonic() - _START:.2f} s]\n")


def _set_level(value: int) -> int:
    global _level
    _level = value or 0
    if _level >= 2:
        for name, level in HTTP_LOGGERS.items():
            log = logging.getLogger(name)
            if not any(isinstance(h, _HttpLines) for h in log.handlers):
                log.addHandler(_HttpLines())
            log.setLevel(level)
            log.propagate = False
    return _level


def _verbose_option() -> Any:
    probe = typer.Typer()

    @probe.command()
    def _probe(verbose: Annotated[int, typer.Option(
            "--verbose", "-v", count=True, expose_value=False, callback=_set_level,
            help="-v: a line per paper; -vv: also every HTTP request (never a key).")] = 0) -> None:
        """(only builds the option)"""

    return typer.main.get_command(probe).params[0]


def add_verbose_option(command: Any) -> None:
    """``-v/--verbose`` on ``command`` and every sub-command."""
    option = _verbose_option()
    for sub in getattr(command, "commands", {}).values():
        if not any(p.name == "verbose" for p in sub.params):
            sub.params.append(option)
