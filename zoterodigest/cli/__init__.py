"""The ``zoterodigest`` command line (typer).

One module per command (``cmd_*``, ``resolving`` for ``resolve``) around a small
common part: the app and its levels (:mod:`.app`, :mod:`.levels`, :mod:`.help`),
the one place errors become messages and exit codes (:mod:`.reporting`), the
shared options (:mod:`.options`), reading the inputs (:mod:`.reading`),
completing papers (:mod:`.completing`) and printing reports (:mod:`.results`).
The commands are registered here, in the order ``--help`` lists them.
"""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from ..errors import INTERRUPTED_EXIT
from .app import app
from .cmd_doctor import doctor
from .cmd_export import ExportJob, export, run_export, watch
from .cmd_parse import parse
from .cmd_pull import pull
from .cmd_push import push
from .cmd_sync import status, sync
from .reporting import err, reported
from .resolving import resolve

__all__ = ["ExportJob", "app", "main", "reported", "run_export"]

for _command in (parse, export, watch, push, resolve, pull, sync, status, doctor):
    app.command()(_command)


def main() -> None:
    """The ``zoterodigest`` script.  Errors inside a command are reported by
    :func:`~.reporting.reported`; this reports typer's usage errors (an unknown option,
    a missing argument) in the same style, and what happens around a command (Ctrl-C
    while Python starts or exits)."""
    command = typer.main.get_command(app)
    # The bare command prints its help on stdout, as a success (as git and cargo do).
    args = sys.argv[1:] or ["--help"]
    try:
        result = command.main(args, standalone_mode=False)
    except typer.TyperException as exc:  # a usage error: one line, the tool's style, exit 2
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        if exc.format_message():  # (none when the help was shown for a bare command)
            err.print(f"error: {escape(exc.format_message())}{hint}")
        sys.exit(getattr(exc, "exit_code", 2))
    except (KeyboardInterrupt, typer.Abort):
        err.print("interrupted: nothing was done; run the command again")
        sys.exit(INTERRUPTED_EXIT)
    sys.exit(result if isinstance(result, int) else 0)
