"""The command tree as users see it, however it is invoked (the script, ``python -m
zoterodigest``, tests' CliRunner): the typer app with ``--version``, ``-v``/``-q`` on
every command and metavars that name each value.  The commands themselves are
registered by :mod:`zoterodigest.cli`, in the order ``--help`` lists them.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from .help import name_metavars
from .levels import add_level_options


class _Commands(TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        add_level_options(self)
        name_metavars(self)

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        for param in params:  # typer adds its completion flags after __init__: no <bool> for them either
            if getattr(param, "is_flag", False):
                param.metavar = ""
        return params


app = typer.Typer(
    cls=_Commands,
    name="zoterodigest",
    help="Sync Markdown paper digests with Zotero and BibTeX.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},  # inherited by every command
    rich_markup_mode=None,  # plain help, as git's or ripgrep's, and no rich import to show it
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zoterodigest {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool | None, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Sync Markdown paper digests with Zotero and BibTeX."""
