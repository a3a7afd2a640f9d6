"""The one place the command line turns errors into messages and exit codes.

Every command runs inside :func:`reported` (through :func:`command`): a
:class:`~zoterodigest.errors.ZoterodigestError` becomes one ``error: ...`` line on
stderr (and, with ``--json``, a JSON error object on stdout) and its family's exit
code; an ``OSError`` names the file; Ctrl-C says what was already recorded and
exits 130.  Anything else is a bug and crashes with its traceback.  Library
warnings (a damaged state or cache file set aside) become ``warning: ...`` lines.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import INTERRUPTED_EXIT, ZoterodigestError
from ..terminal_text import printable
from . import levels
from .repeats import Shown, default_path


class _Messages(Console):
    """A console whose text can never drive the terminal: control characters in a
    title, a note or a server's answer are printed written out (see terminal_text)."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        super().print(*(printable(o) if isinstance(o, str) else o for o in objects), **kwargs)


#: stderr: problems, progress and summaries; results go to stdout.
err = _Messages(stderr=True, highlight=False, soft_wrap=True)

#: What each command says when Ctrl-C stops it: what is already recorded, and to run it again.
INTERRUPTED = {
    "parse": "nothing was written (arXiv metadata fetched so far is cached); run parse again",
    "export": "the .bib file is written in one step at the end, so it was not changed (arXiv metadata fetched "
              "so far is cached); run export again",
    "push": "push records its progress in the state after each batch Zotero accepted, so what was sent is "
            "recorded and nothing is sent twice; run push again to go on",
    "pull": "each digest is written whole or not at all (the previous version kept in the state's backups/), "
            "and the state records what was pulled; run pull again to go on",
    "sync": "what was pushed is recorded in the state after each batch, and each digest is written whole or not "
            "at all; run sync again to go on",
    "status": "status writes nothing; run status again",
    "doctor": "doctor writes nothing; run doctor again",
    "watch": "each export is written in one step, so the file is whole; run watch again to go on",
    "resolve": "resolve writes nothing (answers fetched so far are cached); run resolve again",
}


#: The version of the ``--json`` shape (README, "JSON output"); raised on any change that
#: removes or renames a field.
JSON_VERSION = 1
#: Each command's list of results in its ``--json`` object.
JSON_ITEMS = {"parse": "entries", "resolve": "papers", "push": "papers", "pull": "papers", "sync": "papers",
              "status": "papers", "doctor": "checks"}


def result_object(command: str, items: list[Any], problems: list[str], **rest: Any) -> dict[str, Any]:
    """The object every ``--json`` output is: ``version``, ``command``, the results
    (``entries`` for parse, ``checks`` for doctor, ``papers`` elsewhere), ``problems``
    (each a line, as stderr shows it), then the command's own fields."""
    return {"version": JSON_VERSION, "command": command, JSON_ITEMS[command]: items,
            "problems": list(dict.fromkeys(problems)), **rest}


def print_result(command: str, items: list[Any], problems: list[str], **rest: Any) -> None:
    print_json(result_object(command, items, problems, **rest))


def fail(kind: str, message: str, code: int, as_json: bool, *, label: str = "error",
         hint: str | None = None, command: str | None = None) -> typer.Exit:
    """Print one failure (stderr; with ``as_json`` also the command's JSON object on
    stdout, holding the error, on stdout)."""
    err.print(f"{label}: {escape(message)}")
    if hint:
        err.print(escape(hint))
    if as_json:
        error: dict[str, Any] = {"kind": kind, "message": message}
        if hint:
            error["hint"] = hint
        body = (result_object(command, [], [message]) if command in JSON_ITEMS
                else {"version": JSON_VERSION, "problems": [message]})
        body.update(error=error, exit_code=code)
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
    return typer.Exit(code)


def os_message(exc: OSError) -> str:
    """What the file system refused, naming the file."""
    what = exc.strerror or str(exc)
    if exc.filename is None:
        return f"the system refused an operation ({what}): check disk space and permissions, then run it again"
    return f"{exc.filename}: {what}. Check that the path exists and that you may read and write it"


Resume = Callable[[dict[str, Any], ZoterodigestError], "str | None"]


@contextlib.contextmanager
def reported(command: str, *, as_json: bool = False, resume: Callable[[ZoterodigestError], str | None] | None = None
             ) -> Iterator[None]:
    """Run a command's body, turning the errors a user can fix into a message and an exit code.

    ``resume`` says, for a Zotero failure that may come in the middle of a run whose
    progress is recorded (``resumable`` errors), how to go on.  Anything not listed
    here is a bug and propagates with its traceback.
    """
    try:
        yield
    except ZoterodigestError as exc:
        hint = resume(exc) if resume and getattr(exc, "resumable", False) else None
        raise fail(exc.kind, str(exc), exc.exit_code, as_json, hint=hint, command=command) from None
    except OSError as exc:  # the file system said no: name the file
        raise fail("file", os_message(exc), 1, as_json, command=command) from None
    except KeyboardInterrupt:
        message = INTERRUPTED.get(command, f"run {command} again")
        raise fail("interrupted", message, INTERRUPTED_EXIT, as_json, label="interrupted", command=command) from None


F = TypeVar("F", bound=Callable[..., Any])

_shown: Shown | None = None


def warn(text: str) -> None:
    """A warning about the data read (a digest's line, a paper's metadata): printed
    unless an earlier run printed the same text and this one is not ``-v`` (see
    :mod:`.repeats`)."""
    global _shown
    if _shown is None:
        _shown = Shown(default_path())
    if _shown.fresh(text, every=levels.verbosity() >= 1):
        err.print(f"warning: {escape(text)}")


def _end_warnings() -> None:
    """Remember this run's warnings; say how many were kept back."""
    global _shown
    if _shown is not None:
        _shown.save()
        line = _shown.summary()
        if line:
            err.print(escape(line))
    _shown = None

#: The folders a run writes besides its outputs (the state: citation keys, sync records;
#: the cache: arXiv and lookup answers, the library index).
_FOLDER_SETTINGS = ("ZOTERODIGEST_STATE_DIR", "ZOTERODIGEST_CACHE_DIR")


@contextlib.contextmanager
def scratch_folders(example: bool) -> Iterator[None]:
    """With ``--example``, the state and the cache live in a temporary folder removed at
    the end, so trying the tool leaves the user's home as it was (a folder set
    explicitly in the environment is kept)."""
    unset = [name for name in _FOLDER_SETTINGS if not os.environ.get(name)] if example else []
    if not unset:
        yield
        return
    with tempfile.TemporaryDirectory(prefix="zoterodigest-example-") as scratch:
        for name in unset:
            os.environ[name] = os.path.join(scratch, name.rsplit("_", 2)[-2].lower())
        try:
            yield
        finally:
            for name in unset:
                os.environ.pop(name, None)


def command(resume: Resume | None = None) -> Callable[[F], F]:
    """Make a function a command body that runs inside :func:`reported` (``--json`` read
    from its ``as_json`` parameter; ``resume`` gives, from its parameters and the error,
    what to say after a failure in the middle of a run).  :mod:`zoterodigest.cli`
    registers the result with the app."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            how = functools.partial(resume, kwargs) if resume else None
            try:
                with reported(fn.__name__, as_json=bool(kwargs.get("as_json")), resume=how), \
                        scratch_folders(bool(kwargs.get("example"))):
                    try:
                        return fn(*args, **kwargs)
                    finally:
                        _end_warnings()
            finally:
                levels.reset()

        return run  # type: ignore[return-value]

    return wrap


class _WarningLines(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"warning: {escape(record.getMessage())}")


_log = logging.getLogger("zoterodigest")
if not any(isinstance(h, _WarningLines) for h in _log.handlers):
    _log.addHandler(_WarningLines(logging.WARNING))
    _log.propagate = False


def print_json(data: Any) -> None:
    """A result as indented JSON on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_problems(problems: list[str]) -> None:
    """Each problem as an ``error: ...`` line on stderr."""
    for problem in problems:
        err.print(f"error: {escape(problem)}")
