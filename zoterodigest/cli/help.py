"""Help as command-line users expect it: a value's metavar names the thing
(``FILE``, ``URL``, ``NAME``), never a Python type, and a flag shows none.

Typer shows each option's Python type (``<str>``, ``<bool>``, ``<list[Path]>``)
where no metavar is set; :func:`name_metavars` sets one on every parameter of
the built command tree, from the parameter's name, in one place.
"""

from __future__ import annotations

from typing import Any

#: A parameter's name -> the metavar shown for its value.
METAVARS = {
    "files": "FILE",
    "output": "FILE",
    "fmt": "FORMAT",
    "dialect": "bibtex|biblatex",
    "family": "NAME",
    "collection": "NAME",
    "library_id": "ID",
    "library_type": "user|group",
    "api_url": "URL",
    "arxiv_url": "URL",
    "s2_url": "URL",
    "crossref_url": "URL",
    "pdf_url": "URL",
    "crossref_mailto": "EMAIL",
    "interval": "SECONDS",
    "prefer": "digest|zotero",
    "pdf": "link|store|none",
}


def name_metavars(command: Any) -> None:
    """Set the metavar of every parameter of ``command`` and its sub-commands."""
    for sub in getattr(command, "commands", {}).values():
        name_metavars(sub)
    make_help = command.get_help_option

    def help_option(ctx: Any) -> Any:  # --help is made anew for each call: a flag too
        option = make_help(ctx)
        if option is not None:
            option.metavar = ""
        return option

    command.get_help_option = help_option
    for param in getattr(command, "params", []):
        if getattr(param, "param_type_name", "") == "argument":
            # Typer prints an argument's Python type beside its name: its name says enough.
            param.display_type_rich = _no_type
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            param.metavar = ""  # a flag takes no value
        elif param.name in METAVARS:
            param.metavar = METAVARS[param.name]
        elif param.metavar is None:
            param.metavar = param.name.upper().replace("_", "-")


def _no_type(ctx: Any = None) -> None:
    return None
