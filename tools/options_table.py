"""The README's options table, built from the command tree itself, so it cannot drift.

Prints a Markdown table: each option, the commands that take it, and its default
(an option's ``show_default`` text, else its value; a flag is "off").  The
README holds this table between ``<!-- options:begin -->`` and
``<!-- options:end -->``; ``tests/test_readme.py`` checks that it is up to date.

    python tools/options_table.py            # print the table
    python tools/options_table.py --write    # rewrite it in README.md
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- options:begin -->", "<!-- options:end -->"
#: Options every command has; the table names them once, for "every command".
EVERYWHERE = ("verbose", "quiet", "help")


def _default(param: Any) -> str:
    if param.required:
        return "required"
    if isinstance(param.show_default, str):
        return param.show_default
    if getattr(param, "count", False):
        return "0"
    if param.is_flag:
        return "off"
    if param.default is None:
        return "none"
    return "standard output" if param.default == "-" else str(param.default)


def _flags(param: Any) -> str:
    names = sorted(param.opts, key=lambda o: (o.startswith("--"), o))
    value = "" if param.is_flag or getattr(param, "count", False) else f" {param.metavar or param.name.upper()}"
    return ", ".join(f"`{name}{value}`" for name in names)


def rows() -> list[tuple[str, str, str]]:
    """(option, commands, default) per distinct option, in the order first seen."""
    import typer

    from zoterodigest.cli import app

    group = typer.main.get_command(app)
    seen: dict[tuple[str, str], list[str]] = {}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        ctx = typer.Context(command)
        for param in command.get_params(ctx):
            if param.param_type_name != "option" or param.hidden:
                continue
            key = (_flags(param), _default(param))
            if param.name in EVERYWHERE:
                seen.setdefault(key, [])
                continue
            seen.setdefault(key, []).append(name)
    return [(flags, ", ".join(commands) or "every command", default) for (flags, default), commands in seen.items()]


def _cell(text: str) -> str:
    """A table cell's text: a pipe, even in a code span, would end the cell on GitHub."""
    return text.replace("|", "\\|")


def table() -> str:
    lines = ["| option | commands | default |", "|---|---|---|"]
    lines += [f"| {_cell(flags)} | {commands} | {_cell(default)} |" for flags, commands, default in rows()]
    return "\n".join(lines)


def replaced(readme: str) -> str:
    """``readme`` with the text between the markers made the current table."""
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    if "--write" in argv:
        path = ROOT / "README.md"
        path.write_text(replaced(path.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
