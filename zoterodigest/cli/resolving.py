"""The command line's side of resolution: its options, running it on read digests,
printing what it found, and ``zoterodigest resolve`` (``export`` and ``push`` use
:func:`resolve_entries`).  The step itself is :mod:`zoterodigest.enrich.resolution`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import InputError
from ..terminal_text import printable
from . import levels, reporting
from .options import ArxivUrlOpt, ExampleOpt, FamilyOpt, OfflineOpt, check_url

if TYPE_CHECKING:
    from ..digest import Digest


NoResolveOpt = Annotated[
    bool, typer.Option("--no-resolve", help="Skip looking up published versions (Semantic Scholar, Crossref).")
]
KeepPreprintsOpt = Annotated[
    bool, typer.Option("--keep-preprints", help="Report published versions found, but keep papers as preprints.")
]
S2UrlOpt = Annotated[
    str | None,
    typer.Option("--s2-url", envvar="S2_API_URL", callback=check_url, help="Semantic Scholar Graph API base URL (key: S2_API_KEY).",
                 show_default="https://api.semanticscholar.org/graph/v1"),
]
CrossrefUrlOpt = Annotated[
    str | None,
    typer.Option("--crossref-url", envvar="CROSSREF_API_URL", callback=check_url, help="Crossref REST API base URL.",
                 show_default="https://api.crossref.org"),
]
MailtoOpt = Annotated[
    str | None,
    typer.Option("--crossref-mailto", envvar="CROSSREF_MAILTO", help="Your e-mail, for Crossref's polite pool.",
                 show_default="none"),
]


@dataclass(frozen=True)
class ResolveSettings:
    """What the resolve options say (None URLs: the environment's, else the defaults)."""

    enabled: bool = True
    keep_preprints: bool = False
    s2_url: str | None = None
    crossref_url: str | None = None
    mailto: str | None = None


def resolve_entries(digests: list[Digest], settings: ResolveSettings, *, offline: bool, quiet: bool,
                    err: Console | None = None) -> Any:
    """Give every entry's paper its published version (in place); warnings on ``err``.

    Returns the :class:`~zoterodigest.enrich.resolution.ResolveReport`, or None when disabled.
    """
    if not settings.enabled:
        return None
    from ..enrich import offline_requested
    from ..enrich.crossref import Crossref
    from ..enrich.resolution import resolve_papers
    from ..enrich.semantic_scholar import SemanticScholar

    entries = [e for d in digests for e in d.entries]
    report = resolve_papers(
        [e.paper for e in entries], offline=offline_requested(offline or None), keep_preprints=settings.keep_preprints,
        s2=lambda: SemanticScholar(settings.s2_url), crossref=lambda: Crossref(settings.crossref_url, settings.mailto),
    )
    for entry, paper in zip(entries, report.papers):
        entry.paper = paper
    if err is not None:
        for line in report.messages():
            reporting.warn(line)
        if not quiet and (levels.verbosity() >= 1 or any(report.requests.values())):  # news only
            err.print(escape(report.summary()))
    return report


def print_resolutions(digests: list[Digest], report: Any, *, as_json: bool, problems: list[str] | None = None) -> None:
    """Per paper: its ids, what each source said, and the outcome."""
    entries = [(d, e) for d in digests for e in d.entries]
    if as_json:
        rows = []
        for (digest, entry), outcome in zip(entries, report.resolutions):
            p = entry.paper
            rows.append({"file": str(digest.path), "lines": list(entry.lines), "title": p.title,
                         "arxiv_id": p.arxiv_id, "doi": p.doi, "upgraded": p.publication is not None
                         and outcome.status == "published", **outcome.to_json()})
        reporting.print_result("resolve", rows, [*(problems or []), *report.messages()])
        return
    if not sys.stdout.isatty():  # piped: a tab-separated row per paper, nothing cut
        sys.stdout.write("file\tline\tid\tstatus\ttitle\tsources\n")
        for (digest, entry), outcome in zip(entries, report.resolutions):
            p = entry.paper
            sources = "; ".join(f"{source}: {found}" for source, found in outcome.findings)
            row = (str(digest.path), str(entry.lines[0]), p.arxiv_id or p.doi or "", outcome.status, p.title, sources)
            sys.stdout.write("\t".join(printable(" ".join(cell.split())) for cell in row) + "\n")
        return
    disagreeing = []
    for (digest, entry), outcome in zip(entries, report.resolutions):
        p = entry.paper
        ident = p.arxiv_id or p.doi or "no id"
        where = f"{digest.path}:{entry.lines[0]}"
        typer.echo(printable(f"{where} {p.title} [{ident}]: {outcome.status}"))
        for source, found in outcome.findings:
            typer.echo(printable(f"    {source}: {found}"))
        if outcome.disagreements:
            disagreeing.append((where, p, outcome))
    _print_disagreements(disagreeing)


def _print_disagreements(disagreeing: list[tuple[str, Any, Any]]) -> None:
    """The papers whose sources name another publication than the one chosen."""
    if not disagreeing:
        return
    typer.echo(f"\n{len(disagreeing)} paper(s) whose sources disagree (one publication is chosen, never a mix):")
    for where, paper, outcome in disagreeing:
        chosen = outcome.publication
        if chosen is not None:
            pick = f"{chosen.kind} {chosen.venue} {chosen.year or ''}".strip()
        elif paper.venue is not None and outcome.status == "digest":
            pick = f"the digest's {paper.venue.render()}"
        else:
            pick = "a preprint"
        typer.echo(printable(f"  {where} {paper.title}: chose {pick}; not used: " + "; ".join(outcome.disagreements)))


@reporting.command()
def resolve(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to resolve.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", "-j", help="Print a JSON array, one object per entry.")] = False,
    family: FamilyOpt = None,
    example: ExampleOpt = False,
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    s2_url: S2UrlOpt = None,
    crossref_url: CrossrefUrlOpt = None,
    crossref_mailto: MailtoOpt = None,
) -> None:
    """Show, per paper, the published version found and where each fact came from.

    \b
    Examples:
      zoterodigest resolve reading-log.md
      zoterodigest resolve reading-log.md --json --offline
    """
    from .completing import enrich_entries
    from .reading import NONE_READ, check_family, inputs, read_all

    check_family(family)
    problems: list[str] = []
    digests, failed = read_all(inputs(files, example), family, problems)
    if not digests:
        raise InputError(NONE_READ)
    quiet = levels.quiet() or as_json
    enrich_entries(digests, offline=offline, refresh=False, quiet=quiet, arxiv_url=arxiv_url, fall_back_offline=True)
    report = resolve_entries(digests, ResolveSettings(True, False, s2_url, crossref_url, crossref_mailto),
                             offline=offline, quiet=quiet, err=reporting.err)
    print_resolutions(digests, report, as_json=as_json, problems=problems)
    if failed:
        raise typer.Exit(1)
