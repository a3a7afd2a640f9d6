"""``zoterodigest pull``: bring what changed in Zotero into the digests, through the
Web API (a sync restricted to writing the digests) or the desktop's local API."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import UsageError
from .completing import complete_from_cache
from .options import (
    FamilyOpt,
    JsonOpt,
    LibraryIdOpt,
    LibraryTypeOpt,
    PushedApiUrlOpt,
    PushedCollectionOpt,
    PushedFlattenOpt,
)
from .reading import check_family, pushed_paths
from .reporting import command
from .results import print_one_way

if TYPE_CHECKING:
    from ..sync.settings import LocalSettings, ZoteroSettings


@command()
def pull(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to update.", show_default=False)] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", help="Print a unified diff of each digest; write nothing.")
    ] = False,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove the entries of papers trashed or deleted in Zotero, or taken "
                           "out of their digest's collections (the backup keeps them).")
    ] = False,
    as_json: JsonOpt = False,
    local: Annotated[
        bool, typer.Option("--local", help="Read the Zotero desktop app's library (local API, Zotero 7+; no API "
                           "key), comparing the digests' notes and items by content.")
    ] = False,
    collection: PushedCollectionOpt = None,
    flatten: PushedFlattenOpt = False,
    family: FamilyOpt = None,
    library_id: LibraryIdOpt = None,
    library_type: LibraryTypeOpt = None,
    api_url: PushedApiUrlOpt = None,
) -> None:
    """Bring what changed in Zotero since the last push or pull into the digests.

    An edited note becomes its entry's summary, a renamed task tag its Task text,
    a paper added to a digest's collection a new entry; trashed or deleted items,
    and papers taken out of a digest's collections, are reported and kept unless
    --prune removes them.  Only the changed fields' text is rewritten; the
    previous version of each written digest is kept in the state directory's
    backups/ folder.  Same settings as push.  --local reads the desktop app
    instead (edits made there are found by content; --library-id picks the
    library when the digests were pushed to several).

    \b
    Examples:
      zoterodigest pull reading-log.md --dry-run
      zoterodigest pull reading-log.md --prune
      zoterodigest pull reading-log.md --local
    """
    from ..sync.pull_local import PRUNE_REFUSED
    from ..sync.settings import resolve_local_settings, resolve_settings

    check_family(family)
    paths = [str(p) for p in pushed_paths(files)]
    if local and prune:
        raise UsageError(f"{PRUNE_REFUSED}.")
    options: dict[str, Any] = {"dry_run": dry_run, "flatten": flatten, "collection": collection, "family": family,
                               "prepare": complete_from_cache}
    if local:
        code = _pull_local(paths, resolve_local_settings(api_url=api_url), library_id=library_id,
                           library_type=library_type, as_json=as_json, **options)
    else:
        code = _pull_web(paths, resolve_settings(library_id=library_id, library_type=library_type, api_url=api_url),
                         prune=prune, as_json=as_json, **options)
    if code:
        raise typer.Exit(code)


def _pull_web(paths: list[str], settings: ZoteroSettings, *, prune: bool, as_json: bool, **options: Any) -> int:
    """pull through the Web API: a sync restricted to writing the digests."""
    from ..state import State
    from ..sync.sync import sync_digests
    from ..zotero import ZoteroClient

    client = ZoteroClient(settings.library_id, settings.library_type, settings.api_key, settings.api_url)
    with State() as state:
        synced = sync_digests(list(paths), client, state, direction="pull", prune=prune, **options)
        print_one_way(synced, as_json=as_json)
    return synced.exit_code()


def _pull_local(paths: list[str], settings: LocalSettings, *, library_id: str | None, library_type: str | None,
                as_json: bool, **options: Any) -> int:
    """pull --local: the desktop's library read by content (see zoterodigest.sync.pull_local)."""
    from ..state import State
    from ..sync.pull_local import pull_local

    with State() as state:
        report = pull_local(list(paths), settings, state, library_id=library_id, library_type=library_type,
                            **options)
    print_one_way(report, as_json=as_json)
    return report.exit_code()
