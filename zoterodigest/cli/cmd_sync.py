"""``zoterodigest sync`` and ``status``: pull and push in one go, deciding per field
against what both sides last agreed on (``status`` only says what sync would do)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from .completing import complete_from_cache
from .levels import verbosity
from .options import (
    FamilyOpt,
    LibraryIdOpt,
    LibraryTypeOpt,
    PushedApiUrlOpt,
    PushedCollectionOpt,
    PushedFlattenOpt,
    child_settings,
)
from .reading import check_family, pushed_paths, sync_paths
from .reporting import command, print_result
from .results import print_sync_report


def _run_sync(paths: list[Path], *, status: bool, prefer: str | None, dry_run: bool, collection: str | None,
              flatten: bool, family: str | None, library_id: str | None, library_type: str | None,
              api_url: str | None, as_json: bool = False) -> None:
    """Shared by ``sync`` and ``status``: the same reads and decisions (see zoterodigest.sync.sync)."""
    from ..state import State
    from ..sync.settings import resolve_settings
    from ..sync.sync import sync_digests
    from ..zotero import ZoteroClient

    check_family(family)
    if prefer is not None and prefer not in ("digest", "zotero"):
        raise UsageError("--prefer takes digest or zotero.")
    settings = resolve_settings(library_id=library_id, library_type=library_type, api_url=api_url)
    paths, read = sync_paths(paths, family)
    if not paths:
        if as_json:
            print_result("status" if status else "sync", [], [], digests=[],
                         notices=["no digest with entries: nothing to sync"])
        elif verbosity() >= 0:
            typer.echo(f"nothing to {'check' if status else 'sync'}: no digest with entries")
        return
    client = ZoteroClient(settings.library_id, settings.library_type, settings.api_key, settings.api_url)
    complete_from_cache(read)  # as the sync prepares what it reads itself
    with State() as state:
        report = sync_digests([str(p) for p in paths], client, state, status=status, prefer=prefer,
                              known={str(d.path): d for d in read},
                              dry_run=dry_run, flatten=flatten, collection=collection, family=family,
                              prepare=complete_from_cache, children=child_settings("link", None),
                              quiet=verbosity() < 0 or as_json)
    print_sync_report(report, as_json=as_json)
    code = report.exit_code()
    if code:
        raise typer.Exit(code)


#: Why sync and status take no --local (see zoterodigest.sync.pull_local).
SYNC_LOCAL = (
    "sync --local is not available: sync needs write access to Zotero, and Zotero 7-9's local API is read-only; "
    "run pull --local to take the desktop's edits, then push (Web API) or push --connector"
)
STATUS_LOCAL = "status --local is not available: pull --local --dry-run shows what the desktop would change"
# Hidden from the help (it does not work there); given anyway, it says what to use instead.
LocalNotAvailableOpt = Annotated[bool, typer.Option("--local", hidden=True, help="Not available: see pull --local.")]


def _refuse_local(local: bool, message: str) -> None:
    if local:
        raise UsageError(f"{message}.")


JsonReportOpt = Annotated[
    bool, typer.Option("--json", "-j", help="Print a JSON report (each decision per field, conflicts with both texts, "
                       "pull's and push's reports) instead of the text lines.")
]
PreferOpt = Annotated[
    str | None,
    typer.Option("--prefer", help="Resolve the conflicts the last run listed (while both texts read as listed) "
                 "by copying this side's text over the other's: digest or zotero.", show_default="keep both texts"),
]


@command()
def sync(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to sync.", show_default=False)] = None,
    prefer: PreferOpt = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", help="Print each digest's unified diff and the Zotero-side plan; write "
                           "nothing.")
    ] = False,
    collection: PushedCollectionOpt = None,
    flatten: PushedFlattenOpt = False,
    family: FamilyOpt = None,
    library_id: LibraryIdOpt = None,
    library_type: LibraryTypeOpt = None,
    api_url: PushedApiUrlOpt = None,
    local: LocalNotAvailableOpt = False,
    as_json: JsonReportOpt = False,
) -> None:
    """Pull and push in one go, deciding per field against what both sides last agreed on.

    A note field (summary, one-liner, task, heading) changed on one side is
    copied to the other; changed on both sides differently, both texts are kept,
    printed and listed in <digest>.conflicts.md, and the exit code is 3 until a
    later `sync --prefer digest|zotero` (or an edit making both sides agree)
    resolves it.  Same settings as push.

    \b
    Examples:
      zoterodigest sync reading-log.md
      zoterodigest sync reading-log.md --prefer zotero
    """
    _refuse_local(local, SYNC_LOCAL)
    _run_sync(pushed_paths(files), status=False, prefer=prefer, dry_run=dry_run, collection=collection,
              flatten=flatten, family=family, library_id=library_id, library_type=library_type, api_url=api_url,
              as_json=as_json)


@command()
def status(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to check.", show_default=False)] = None,
    collection: PushedCollectionOpt = None,
    flatten: PushedFlattenOpt = False,
    family: FamilyOpt = None,
    library_id: LibraryIdOpt = None,
    library_type: LibraryTypeOpt = None,
    api_url: PushedApiUrlOpt = None,
    local: LocalNotAvailableOpt = False,
    as_json: Annotated[
        bool, typer.Option("--json", "-j", help="Print a JSON report (each decision per field, conflicts with both "
                           "texts) instead of the text lines.")
    ] = False,
) -> None:
    """What sync would copy (digest → zotero, zotero → digest) and the conflicts; writes nothing.

    \b
    Examples:
      zoterodigest status reading-log.md
      zoterodigest status digests/*.md --json
    """
    _refuse_local(local, STATUS_LOCAL)
    _run_sync(pushed_paths(files), status=True, prefer=None, dry_run=True, collection=collection,
              flatten=flatten, family=family, library_id=library_id, library_type=library_type, api_url=api_url,
              as_json=as_json)
