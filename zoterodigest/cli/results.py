"""How the Zotero commands print their reports at each output level: results on
stdout (text, or JSON with ``--json``), every problem on stderr.

Default: what changed, counted; ``-v``: a line per paper; ``-q``: only a dry
run's diffs and the conflicts (problems go to stderr at every level).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from ..terminal_text import printable
from .levels import verbosity
from .reporting import print_problems, print_result

if TYPE_CHECKING:
    from ..sync import PushReport
    from ..sync.report.sync_report import SyncReport


def by_paper(decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The field decisions grouped per paper (the ``papers`` of pull's, sync's and
    status's JSON): digest, paper, title and that paper's fields in order."""
    papers: dict[tuple[str, str], dict[str, Any]] = {}
    for d in decisions:
        paper = papers.setdefault((d["digest"], d["paper"]),
                                  {"digest": d["digest"], "paper": d["paper"], "title": d["title"], "fields": []})
        paper["fields"].append({k: v for k, v in d.items() if k not in ("digest", "paper", "title")})
    return list(papers.values())


def _result(command: str, body: dict[str, Any]) -> None:
    """A report's JSON as the command's result object (see reporting.result_object)."""
    body = dict(body)
    papers = body.pop("papers", None)
    if papers is None:
        papers = by_paper(body.get("decisions") or [])
    print_result(command, papers, list(body.pop("problems", None) or []), **body)


def _echo(lines: list[str]) -> None:
    for line in lines:
        typer.echo(printable(line))


def print_push_report(report: PushReport, *, as_json: bool, verbose: bool) -> None:
    """``push --local`` and ``push --connector``: the Zotero writer's own report."""
    if as_json:
        _result("push", report.to_json())
    elif verbosity() < 0:
        _echo([f"conflict   {c}" for c in report.conflicts])
    else:
        _echo(report.lines(verbose=verbose, per_paper=verbose or verbosity() >= 1))
    print_problems(report.problem_lines())


def print_one_way(report: SyncReport, *, as_json: bool, verbose: bool = False) -> None:
    """``push`` and ``pull`` through the Web API: their own report, the changes left
    for the other direction and the conflicts."""
    if as_json:
        _result(report.direction, report.one_way_json())
    elif verbosity() < 0:
        _echo(report.quiet_lines())
    else:
        _echo(report.one_way_lines(verbose=verbose, per_paper=verbose or verbosity() >= 1))
    print_problems(report.problem_lines())


def print_sync_report(report: SyncReport, *, as_json: bool) -> None:
    """``sync`` and ``status``: each decision per field, what was written, the conflicts."""
    if as_json:
        _result("status" if report.status else "sync", report.to_json())
    else:
        _echo(report.quiet_lines() if verbosity() < 0 else report.lines())
    print_problems(report.problem_lines())
