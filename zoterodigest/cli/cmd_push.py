"""``zoterodigest push``: one Zotero item per paper, one note per entry, collections;
through the Web API (three-way, as sync restricted to writing Zotero), the
desktop's local API, or the connector."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from ..errors import InputError, UsageError, ZoterodigestError
from .completing import complete_from_cache, complete_papers
from .levels import quiet, verbosity
from .options import (
    ArxivUrlOpt,
    ExampleOpt,
    FamilyOpt,
    LibraryIdOpt,
    LibraryTypeOpt,
    OfflineOpt,
    RefreshOpt,
    check_url,
    child_settings,
)
from .reading import NONE_READ, check_family, inputs, read_all, report_unread, with_entries
from .reporting import command, err, print_result
from .resolving import CrossrefUrlOpt, KeepPreprintsOpt, MailtoOpt, NoResolveOpt, ResolveSettings, S2UrlOpt
from .results import print_one_way, print_push_report

if TYPE_CHECKING:
    from ..digest import Digest
    from ..sync.decide.children import ChildSettings
    from ..sync.settings import LocalSettings, ZoteroSettings
    from ..zotero import ZoteroClient
    from ..zotero.connector import ConnectorClient


def _push_resume(options: dict[str, Any], exc: ZoterodigestError) -> str | None:
    """What to say after Zotero failed in the middle of a push."""
    if options.get("dry_run"):
        return None
    if getattr(exc, "writes_before", None) == 0:
        return "nothing was written to Zotero: run push again when it answers"
    return "what Zotero accepted before the error is recorded: run push again to go on (nothing is sent twice)"


PushCollectionOpt = Annotated[
    str | None,
    typer.Option("--collection", help="Name of the top collection.", show_default="the digest's title"),
]
PdfOpt = Annotated[
    str, typer.Option("--pdf", help="link: attach a link to each paper's PDF (no storage used); store: "
                      "download the PDF and store it in Zotero; none: no PDF.")
]
PdfUrlOpt = Annotated[
    str | None,
    typer.Option("--pdf-url", envvar="ARXIV_PDF_URL", callback=check_url, help="Base of arXiv's PDF URLs (a mirror).", show_default="https://arxiv.org/pdf"),
]
PushApiUrlOpt = Annotated[
    str | None,
    typer.Option("--api-url", callback=check_url, help="Zotero API URL (or ZOTERO_API_URL); with --connector the connector's "
                 "URL (or ZOTERO_CONNECTOR_URL).", show_default="https://api.zotero.org"),
]
PushLocalOpt = Annotated[
    bool, typer.Option("--local", help="Push to the Zotero desktop app's local API (writes need Zotero 10+; "
                       "--dry-run works with Zotero 7+).")
]
ConnectorOpt = Annotated[
    bool, typer.Option("--connector", help="Add the papers through the Zotero connector into the collection "
                       "selected in Zotero (adds only; never updates).")
]


@command(resume=_push_resume)
def push(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to push.", show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", help="Print what would be done per paper; write nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", "-j", help="Print a JSON report (counts, per-paper actions).")] = False,
    collection: PushCollectionOpt = None,
    flatten: Annotated[bool, typer.Option("--flatten", help="One collection per digest, no section sub-collections.")] = False,
    family: FamilyOpt = None,
    example: ExampleOpt = False,
    library_id: LibraryIdOpt = None,
    library_type: LibraryTypeOpt = None,
    api_url: PushApiUrlOpt = None,
    local: PushLocalOpt = False,
    connector: ConnectorOpt = False,
    offline: OfflineOpt = False,
    refresh: RefreshOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    no_resolve: NoResolveOpt = False,
    keep_preprints: KeepPreprintsOpt = False,
    s2_url: S2UrlOpt = None,
    crossref_url: CrossrefUrlOpt = None,
    crossref_mailto: MailtoOpt = None,
    pdf: PdfOpt = "link",
    pdf_url: PdfUrlOpt = None,
) -> None:
    """Create or update one Zotero item per paper, one note per entry, and collections.

    The API key comes from ZOTERO_API_KEY or the config file, never from an option.

    \b
    Examples:
      zoterodigest push reading-log.md --dry-run
      zoterodigest push digests/*.md -v
      zoterodigest push reading-log.md --local
    """
    check_family(family)
    children = child_settings(pdf, pdf_url, offline)
    paths = inputs(files, example, stdin=False)
    settings = _push_settings(local=local, connector=connector, library_id=library_id, library_type=library_type,
                              api_url=api_url)
    digests, failed = read_all(paths, family)
    if not digests:
        raise InputError(NONE_READ)
    digests = with_entries(digests)
    if not digests:
        _nothing_to_push(as_json, dry_run)
        raise typer.Exit(1 if failed else 0)
    resolving = ResolveSettings(not no_resolve, keep_preprints, s2_url, crossref_url, crossref_mailto)
    complete_papers(digests, resolving, offline=offline, refresh=refresh, quiet=quiet(), as_json=as_json,
                    arxiv_url=arxiv_url)
    client = _push_client(settings, dry_run=dry_run, as_json=as_json)
    code = _push_to(client, digests, three_way=not local, dry_run=dry_run, flatten=flatten, collection=collection,
                    family=family, as_json=as_json, resolving=resolving, children=children)
    report_unread(digests)
    if failed or code:
        raise typer.Exit(1 if failed else code)


def _push_to(client: ZoteroClient | ConnectorClient, digests: list[Digest], *, three_way: bool, dry_run: bool,
             flatten: bool, collection: str | None, family: str | None, as_json: bool,
             resolving: ResolveSettings, children: ChildSettings) -> int:
    """Run push and print its report; returns its exit code.  Through the Web API push
    decides three-way, as sync restricted to writing Zotero; ``push --local`` and
    ``--connector`` run the Zotero writer alone."""
    from ..state import State
    from ..sync import push_digests
    from ..sync.sync import sync_digests
    from ..zotero.connector import ConnectorClient

    with State() as state:
        if three_way and not isinstance(client, ConnectorClient):
            synced = sync_digests([d.path for d in digests], client, state, direction="push", dry_run=dry_run,
                                  flatten=flatten, collection=collection, family=family,
                                  prepare=functools.partial(complete_from_cache, resolving=resolving),
                                  children=children, quiet=quiet() or as_json,
                                  known={str(d.path): d for d in digests})  # read and completed above
            print_one_way(synced, as_json=as_json, verbose=dry_run)
            return synced.exit_code()
        report = push_digests(digests, client, state, dry_run=dry_run, flatten=flatten, collection=collection,
                              quiet=quiet() or as_json, children=children)
    print_push_report(report, as_json=as_json, verbose=dry_run)
    return report.exit_code()


def _push_settings(*, local: bool, connector: bool, library_id: str | None, library_type: str | None,
                   api_url: str | None) -> ZoteroSettings | LocalSettings | str:
    """push's settings, resolved before anything is read: the Web API's, the desktop's
    local API's, or the connector's URL."""
    from ..sync.settings import resolve_connector_url, resolve_local_settings, resolve_settings

    if local and connector:
        raise UsageError("choose one of --local and --connector.")
    if local:
        return resolve_local_settings(api_url=api_url)
    if connector:
        return resolve_connector_url(url=api_url)
    return resolve_settings(library_id=library_id, library_type=library_type, api_url=api_url)


def _push_client(settings: ZoteroSettings | LocalSettings | str, *, dry_run: bool,
                 as_json: bool) -> ZoteroClient | ConnectorClient:
    """The client push writes through (the desktop asked for permission once when needed)."""
    from ..sync.desktop import open_local
    from ..sync.settings import LocalSettings
    from ..zotero import ZoteroClient
    from ..zotero.connector import ConnectorClient

    if isinstance(settings, str):
        return ConnectorClient(settings)
    if not isinstance(settings, LocalSettings):
        return ZoteroClient(settings.library_id, settings.library_type, settings.api_key, settings.api_url)
    access = open_local(settings, dry_run=dry_run)
    talk = not as_json and verbosity() >= 0
    if access.saved and talk:
        err.print(f"Zotero allowed zoterodigest to write; its local key is saved in "
                  f"{escape(str(settings.config_file))} (readable by you only)")
    elif access.authorized and talk:
        err.print("Zotero allowed zoterodigest to write once (choose Always Allow to be asked only once)")
    return access.client


def _nothing_to_push(as_json: bool, dry_run: bool) -> None:
    """No digest with entries: nothing is sent (no request, no collection)."""
    from ..sync import PushReport

    if as_json:
        body = PushReport("", dry_run=dry_run, notices=["nothing to push: no digest with entries"]).to_json()
        print_result("push", body.pop("papers"), body.pop("problems"), **body)
    elif verbosity() >= 0:
        typer.echo("nothing to push: no digest with entries")
