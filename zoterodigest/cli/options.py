"""The options several commands share, declared once (typer's ``Annotated`` types).

An option lives here when two or more commands take it; a command's own options
stay beside it.  The resolve options live in :mod:`zoterodigest.cli.resolving`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UsageError
from ..families import FAMILIES

if TYPE_CHECKING:
    from ..sync.decide.children import ChildSettings


def check_url(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """An http(s) URL with a host, or a one-line refusal naming the option (exit 2)."""
    if value is None:
        return None
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018  (a port that is not a number raises here)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise typer.BadParameter(f"{value!r} is not an http:// or https:// URL with a host; give the whole URL, "
                                 "scheme included")
    return value.strip()


def check_library_id(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """A Zotero library id is a number (the user id shown with your keys, or a group's)."""
    if value is None or value.strip().isdigit():
        return value.strip() if value else value
    raise typer.BadParameter(f"{value!r} is not a library id: give the number shown at "
                             "https://www.zotero.org/settings/keys (groups: the number in the group's URL)")


FamilyOpt = Annotated[
    str | None, typer.Option("--family", help=f"Force a family ({', '.join(FAMILIES)}).", show_default="found per file")
]
ExampleOpt = Annotated[bool, typer.Option("--example", help="Use the digest bundled with zoterodigest.")]
JsonOpt = Annotated[bool, typer.Option("--json", "-j", help="Print JSON instead of text.")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", "-n", help="Show what would change; write nothing.")]
LibraryIdOpt = Annotated[
    str | None, typer.Option("--library-id", callback=check_library_id, help="Zotero user or group id (or ZOTERO_LIBRARY_ID).", show_default="ZOTERO_LIBRARY_ID")
]
LibraryTypeOpt = Annotated[
    str | None, typer.Option("--library-type", help="user or group (or ZOTERO_LIBRARY_TYPE).", show_default="user")
]
# Options of the commands that work on a library pushed before (pull, sync, status).
PushedCollectionOpt = Annotated[
    str | None, typer.Option("--collection", help="Name of the top collection, as given to push.", show_default="the digest's title")
]
PushedFlattenOpt = Annotated[bool, typer.Option("--flatten", help="As given to push: one collection per digest.")]
PushedApiUrlOpt = Annotated[
    str | None, typer.Option("--api-url", callback=check_url, help="Zotero API URL (or ZOTERO_API_URL).", show_default="https://api.zotero.org")
]
OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="Use cached arXiv metadata only; open no connection (or ZOTERODIGEST_OFFLINE=1).")
]
RefreshOpt = Annotated[bool, typer.Option("--refresh", help="Fetch arXiv metadata again even when cached.")]
ArxivUrlOpt = Annotated[
    str | None,
    typer.Option("--arxiv-url", envvar="ARXIV_API_URL", callback=check_url, help="arXiv API endpoint (a mirror).", show_default="https://export.arxiv.org/api/query"),
]


def child_settings(pdf: str, pdf_url: str | None, offline: bool = False) -> ChildSettings:
    """``--pdf`` and ``--pdf-url`` as the push's :class:`~zoterodigest.sync.decide.children.ChildSettings`."""
    from ..enrich import offline_requested
    from ..enrich.pdf_files import PdfFiles, arxiv_pdf_base
    from ..sync.decide.children import ChildSettings
    from ..zotero.attachments import PDF_MODES

    if pdf not in PDF_MODES:
        raise UsageError(f"--pdf {pdf!r} is not one of {', '.join(PDF_MODES)}.")
    files = PdfFiles(offline=offline_requested(offline or None)) if pdf == "store" else None
    return ChildSettings.translator(pdf, arxiv_pdf_base(pdf_url), files)
