"""How the Zotero commands print their reports at each output level: results on
stdout (text, or JSON with ``--json``), every problem on stderr.

Default: what changed, counted; ``-v``: a line per paper; ``-q``: only a dry
run's diffs and the conflicts (problems go to stderr at every level).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from .levels import verbosity
from .reporting import print_json, print_problems

if TYPE_CHECKING:
    from ..sync import PushReport
    from ..sync.sync_report import SyncReport


def _echo(lines: list[str]) -> None:
    for line in lines:
        typer.echo(line)


def print_push_report(report: PushReport, *, as_json: bool, verbose: bool) -> None:
    """``push --local`` and ``push --connector``: the Zotero writer's own report."""
    if as_json:
        print_json(report.to_json())
    elif verbosity() < 0:
        _echo([f"conflict   {c}" for c in report.conflicts])
    else:
        _echo(report.lines(verbose=verbose, per_paper=verbose or verbosity() >= 1))
    print_problems(report.problem_lines())


def print_one_way(report: SyncReport, *, as_json: bool, verbose: bool = False) -> None:
    """``push`` and ``pull`` through the Web API: their own report, the changes left
    for the other direction and the conflicts."""
    if as_json:
        print_json(report.one_way_json())
    elif verbosity() < 0:
        _echo(report.quiet_lines())
    else:
        _echo(report.one_way_lines(verbose=verbose, per_paper=verbose or verbosity() >= 1))
    print_problems(report.problem_lines())


def print_sync_report(report: SyncReport, *, as_json: bool) -> None:
    """``sync`` and ``status``: each decision per field, what was written, the conflicts."""
    if as_json:
        print_json(report.to_json())
    else:
        _echo(report.quiet_lines() if verbosity() < 0 else report.lines())
    print_problems(report.problem_lines())
