"""``zoterodigest parse``: read digests and list their entries (a table, or JSON)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from ..terminal_text import printable
from .completing import enrich_entries
from .levels import quiet
from .options import ArxivUrlOpt, ExampleOpt, FamilyOpt, OfflineOpt, RefreshOpt
from .reading import check_family, inputs, read_all, report_unread
from .reporting import command, err, print_result

if TYPE_CHECKING:
    from ..digest import Digest


def _entry_counts(digest: Digest) -> str:
    """``12 entries (generic 10, daily-table 2)``: how many entries each family read."""
    counts: dict[str, int] = {}
    for e in digest.entries:
        counts[e.family] = counts.get(e.family, 0) + 1
    per = ", ".join(f"{name} {n}" for name, n in counts.items())
    return f"{len(digest.entries)} entries" + (f" ({per})" if per else "")


@command()
def parse(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to read.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", "-j", help="Print a JSON array, one object per entry.")] = False,
    family: FamilyOpt = None,
    example: ExampleOpt = False,
    with_metadata: Annotated[bool, typer.Option("--enrich", help="Add arXiv's metadata (batched, cached).")] = False,
    offline: OfflineOpt = False,
    refresh: RefreshOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    explain: Annotated[bool, typer.Option("--explain", help="List the paper links no entry took, with their lines.")]
    = False,
) -> None:
    """Read digests and list their entries (a table, or JSON with --json).

    \b
    Examples:
      zoterodigest parse reading-log.md
      zoterodigest parse awesome-list.md --json
      zoterodigest parse --example --enrich
      zoterodigest parse awesome-list.md --explain
    """
    check_family(family)
    problems: list[str] = []
    digests, failed = read_all(inputs(files, example), family, problems)
    if explain:
        _explain(digests)
        raise typer.Exit(1 if failed else 0)
    if with_metadata:
        enrich_entries(digests, offline=offline, refresh=refresh, quiet=quiet(), arxiv_url=arxiv_url)
    if as_json:
        rows = []
        for digest in digests:
            for entry in digest.entries:
                row = {"file": digest.path, **entry.to_json()}
                if with_metadata:
                    meta = entry.paper.metadata
                    row["metadata"] = meta.model_dump(mode="json") if meta else None
                rows.append(row)
        print_result("parse", rows, problems)
    elif sys.stdout.isatty():
        _print_tables(digests)
    else:
        _print_rows(digests)
    report_unread(digests)
    if failed:
        raise typer.Exit(1)


#: The columns of parse's table, and of its tab-separated rows when piped.
COLUMNS = ("file", "lines", "family", "arxiv", "title", "venue", "task")


def _cells(digest: Digest) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for e in digest.entries:
        p = e.paper
        out.append((str(digest.path), f"{e.lines[0]}-{e.lines[1]}", e.family, p.arxiv_id or "", p.title,
                    p.venue.render() if p.venue else "", p.task or ""))
    return out


def _print_rows(digests: list[Digest]) -> None:
    """Piped: one tab-separated row per entry under a header row, nothing cut or
    wrapped (a tab or line break inside a value becomes a space)."""
    write = sys.stdout.write
    write("\t".join(COLUMNS) + "\n")
    for digest in digests:
        for row in _cells(digest):
            write("\t".join(printable(" ".join(cell.split())) for cell in row) + "\n")
    sys.stdout.flush()
    if not quiet():  # the counts a table's title shows, on stderr beside the rows
        for digest in digests:
            err.print(escape(f"{digest.path}: {_entry_counts(digest)}"))


def _explain(digests: list[Digest]) -> None:
    """``FILE:LINE: link`` for every paper link no entry took, then how many."""
    from ..digest.coverage import unread_links

    for digest in digests:
        unread = unread_links(digest)
        for line, link in unread:
            print(printable(f"{digest.path}:{line}: {link}"))
        print(f"{digest.path}: {len(digest.entries)} entries; {len(unread)} paper links not read as entries")
    sys.stdout.flush()


def _print_tables(digests: list[Digest]) -> None:
    from rich.console import Console
    from rich.table import Table

    out = Console(highlight=False)
    for digest in digests:
        table = Table(title=f"{digest.path}: {_entry_counts(digest)}", title_justify="left", expand=False)
        for col in COLUMNS[1:]:
            table.add_column(col, overflow="fold")
        for row in _cells(digest):
            table.add_row(*(printable(cell) for cell in row[1:]))
        out.print(table)
    sys.stdout.flush()
