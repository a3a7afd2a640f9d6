"""``zoterodigest doctor``: what is configured, whether each server answers, and
what to fix (the checks themselves are :mod:`zoterodigest.doctor`)."""

from __future__ import annotations

from typing import Annotated

import typer

from .levels import verbosity
from .reporting import command, print_result


@command()
def doctor(
    offline: Annotated[bool, typer.Option("--offline", help="Check the settings only; ask no server.")] = False,
    as_json: Annotated[bool, typer.Option("--json", "-j", help="Print the checks as JSON.")] = False,
) -> None:
    """Check the settings and the servers, and say what to fix.

    Shows what is configured (library, server URLs, folders, mappings, TeX and
    pandoc) and whether each server answers.  Never prints a key.

    Example: zoterodigest doctor --offline
    """
    from ..doctor import lines, run_checks

    checks = run_checks(offline=offline)
    if as_json:
        print_result("doctor", [c.to_json() for c in checks],
                     [f"{c.name}: {c.found}" + (f" ({c.fix})" if c.fix else "") for c in checks if c.status == "fail"])
    else:
        shown = [c for c in checks if verbosity() >= 0 or c.status in ("warn", "fail")]  # -q: problems only
        for line in lines(shown) if shown else []:
            typer.echo(line)
    if any(c.status == "fail" for c in checks):
        raise typer.Exit(1)
