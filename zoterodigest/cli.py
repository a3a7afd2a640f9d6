"""The ``zoterodigest`` command line (typer).

Errors are reported in one place, :func:`reported`, which every command runs
in (through :func:`command`): a :class:`~zoterodigest.errors.ZoterodigestError`
becomes one ``error: ...`` line on stderr (and, with ``--json``, a JSON error
object on stdout) and its family's exit code; an ``OSError`` names the file;
Ctrl-C says what was already recorded and exits 130.  Anything else is a bug
and crashes with its traceback.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup

from . import __version__
from .cli_help import name_metavars
from .cli_levels import add_verbose_option, verbosity
from .cli_resolve import (
    CrossrefUrlOpt,
    KeepPreprintsOpt,
    MailtoOpt,
    NoResolveOpt,
    ResolveSettings,
    S2UrlOpt,
    print_resolutions,
    resolve_entries,
)
from .errors import INTERRUPTED_EXIT, InputError, UsageError, ZoterodigestError
from .families import FAMILIES
from .inputs import split_inputs

if TYPE_CHECKING:  # imported by the commands that need them, so --help stays quick
    from .digest import Digest
    from .sync.children import ChildSettings
    from .sync.settings import LocalSettings, ZoteroSettings
    from .zotero import ZoteroClient
    from .zotero.connector import ConnectorClient

class _Commands(TyperGroup):
    """The command tree as users see it, however it is invoked (the script, tests'
    CliRunner): -v/--verbose on every command, metavars that name the value."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        add_verbose_option(self)
        name_metavars(self)


app = typer.Typer(
    cls=_Commands,
    name="zoterodigest",
    help="Sync Markdown paper digests with Zotero and BibTeX.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


# --- the one place errors become messages and exit codes ------------------------------------------

#: What each command says when Ctrl-C stops it: what is already recorded, and to run it again.
INTERRUPTED = {
    "parse": "nothing was written (arXiv metadata fetched so far is cached); run parse again",
    "export": "the .bib file is written in one step at the end, so it was not changed (arXiv metadata fetched "
              "so far is cached); run export again",
    "push": "push records its progress in the state after each batch Zotero accepted, so what was sent is "
            "recorded and nothing is sent twice; run push again to go on",
    "pull": "each digest is written whole or not at all (the previous version kept in the state's backups/), "
            "and the state records what was pulled; run pull again to go on",
    "sync": "what was pushed is recorded in the state after each batch, and each digest is written whole or not "
            "at all; run sync again to go on",
    "status": "status writes nothing; run status again",
    "doctor": "doctor writes nothing; run doctor again",
    "watch": "each export is written in one step, so the file is whole; run watch again to go on",
    "resolve": "resolve writes nothing (answers fetched so far are cached); run resolve again",
}


def _fail(kind: str, message: str, code: int, as_json: bool, *, label: str = "error",
          hint: str | None = None) -> typer.Exit:
    """Print one failure (stderr; with ``as_json`` also a JSON error object on stdout)."""
    err.print(f"{label}: {escape(message)}")
    if hint:
        err.print(escape(hint))
    if as_json:
        error: dict[str, Any] = {"kind": kind, "message": message}
        if hint:
            error["hint"] = hint
        sys.stdout.write(json.dumps({"error": error, "exit_code": code}, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
    return typer.Exit(code)


def _os_message(exc: OSError) -> str:
    what = exc.strerror or str(exc)
    if exc.filename is None:
        return f"the system refused an operation ({what}): check disk space and permissions, then run it again"
    return f"{exc.filename}: {what}. Check that the path exists and that you may read and write it"


@contextlib.contextmanager
def reported(command: str, *, as_json: bool = False, resume: str | None = None) -> Iterator[None]:
    """Run a command's body, turning the errors a user can fix into a message and an exit code.

    ``resume`` is said after a Zotero failure that may come in the middle of a run
    whose progress is recorded (``resumable`` errors).  Anything not listed here is
    a bug and propagates with its traceback.
    """
    try:
        yield
    except ZoterodigestError as exc:
        hint = resume if resume and getattr(exc, "resumable", False) else None
        raise _fail(exc.kind, str(exc), exc.exit_code, as_json, hint=hint) from None
    except OSError as exc:  # the file system said no: name the file
        raise _fail("file", _os_message(exc), 1, as_json) from None
    except KeyboardInterrupt:
        message = INTERRUPTED.get(command, f"run {command} again")
        raise _fail("interrupted", message, INTERRUPTED_EXIT, as_json, label="interrupted") from None


F = TypeVar("F", bound=Callable[..., Any])


def command(resume: Callable[[dict[str, Any]], str | None] | None = None) -> Callable[[F], F]:
    """Register a function as a command that runs inside :func:`reported` (``--json`` read
    from its ``as_json`` parameter; ``resume`` gives, from its parameters, what to say
    after a failure in the middle of a run)."""

    def register(fn: F) -> F:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            with reported(fn.__name__, as_json=bool(kwargs.get("as_json")),
                          resume=resume(kwargs) if resume else None):
                return fn(*args, **kwargs)

        app.command()(run)
        return fn

    return register


class _WarningLines(logging.Handler):
    """Library warnings (a damaged state or cache file set aside) as ``warning: ...`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"warning: {escape(record.getMessage())}")


_log = logging.getLogger("zoterodigest")
if not any(isinstance(h, _WarningLines) for h in _log.handlers):
    _log.addHandler(_WarningLines(logging.WARNING))
    _log.propagate = False


def example_path() -> Path:
    """The digest shipped with the package, used by ``--example``."""
    return Path(str(resources.files("zoterodigest.examples").joinpath("reading-log.md")))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zoterodigest {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Sync Markdown paper digests with Zotero and BibTeX."""


def _check_family(family: str | None) -> None:
    if family is not None and family not in FAMILIES:
        raise UsageError(f"unknown family '{family}'. Choose one of: {', '.join(FAMILIES)}.")


def _digest_files(paths: list[Path]) -> list[Path]:
    """The inputs less the files zoterodigest writes itself (see zoterodigest.inputs), each
    left out with a one-line notice."""
    kept, notices = split_inputs(paths)
    for notice in notices:
        err.print(f"notice: {escape(notice)}")
    return kept


NO_DIGEST = "no digest given. Pass one or more Markdown files, or --example for the bundled one."
NO_PUSHED_DIGEST = "no digest given. Pass the Markdown files that were pushed."
NONE_READ = "no digest could be read: fix the files named above and run the command again"


def _inputs(files: list[Path] | None, example: bool) -> list[Path]:
    paths = _digest_files(list(files or []))
    if example:
        paths.insert(0, example_path())
    if not paths:
        raise UsageError(NO_DIGEST)
    return paths


def _with_entries(digests: list[Digest]) -> list[Digest]:
    """The digests that hold entries; each empty one gets a warning (push and sync make
    nothing in Zotero for it, not even its collection)."""
    kept = []
    for digest in digests:
        if digest.entries:
            kept.append(digest)
        else:
            err.print(f"warning: {escape(str(digest.path))} has no entries: nothing is made in Zotero for it "
                      "(no collection); add entries and run the command again")
    return kept


def read_all(paths: list[Path], family: str | None) -> tuple[list[Digest], int]:
    """Read every file; report problems; count files that could not be read at all."""
    from .digest import DigestReadError, read_digest

    digests = []
    failed = 0
    for path in paths:
        try:
            digest = read_digest(path, family)
        except DigestReadError as exc:
            err.print(f"error: {exc}")
            failed += 1
            continue
        for problem in digest.problems:
            err.print(f"warning: {problem}")
        digests.append(digest)
    return digests, failed


FamilyOpt = Annotated[
    str | None, typer.Option("--family", help=f"Force a family ({', '.join(FAMILIES)}).", show_default=False)
]
ExampleOpt = Annotated[bool, typer.Option("--example", help="Use the digest bundled with zoterodigest.")]
LibraryIdOpt = Annotated[
    str | None, typer.Option("--library-id", help="Zotero user or group id (or ZOTERO_LIBRARY_ID).", show_default=False)
]
LibraryTypeOpt = Annotated[
    str | None, typer.Option("--library-type", help="user or group (or ZOTERO_LIBRARY_TYPE).", show_default=False)
]
# Options of the commands that work on a library pushed before (pull, sync, status).
PushedCollectionOpt = Annotated[
    str | None, typer.Option("--collection", help="Name of the top collection, as given to push.", show_default=False)
]
PushedFlattenOpt = Annotated[bool, typer.Option("--flatten", help="As given to push: one collection per digest.")]
PushedApiUrlOpt = Annotated[
    str | None, typer.Option("--api-url", help="Zotero API URL (or ZOTERO_API_URL).", show_default=False)
]
OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="Use cached arXiv metadata only; open no connection (or ZOTERODIGEST_OFFLINE=1).")
]
RefreshOpt = Annotated[bool, typer.Option("--refresh", help="Fetch arXiv metadata again even when cached.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
ArxivUrlOpt = Annotated[
    str | None,
    typer.Option("--arxiv-url", envvar="ARXIV_API_URL", help="arXiv API endpoint (a mirror).", show_default=False),
]


def enrich_entries(
    digests: list[Digest],
    *,
    offline: bool,
    refresh: bool,
    quiet: bool,
    arxiv_url: str | None,
    fall_back_offline: bool = False,
) -> None:
    """Complete every entry's paper with arXiv metadata (in place), reporting problems.

    With ``fall_back_offline``, an unreachable arXiv is a warning and the cache
    alone is used (export still writes its file); otherwise it is an error.
    """
    from .enrich import ArxivUnavailable, enrich

    entries = [e for d in digests for e in d.entries]
    papers = [e.paper for e in entries]
    try:
        report = enrich(papers, offline=offline or None, refresh=refresh, quiet=quiet, api_url=arxiv_url)
    except ArxivUnavailable as exc:
        if not fall_back_offline:
            raise
        err.print(f"warning: {escape(str(exc))}; going on with cached metadata only")
        report = enrich(papers, offline=True, quiet=quiet)
        report.unreachable = True  # the user did not ask for --offline: say so
    for entry, paper in zip(entries, report.papers):
        entry.paper = paper
    for line in report.messages():
        err.print(f"warning: {line}")
    if not quiet:
        err.print(report.summary())


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
    quiet: QuietOpt = False,
    arxiv_url: ArxivUrlOpt = None,
) -> None:
    """Read digests and list their entries (a table, or JSON with --json).

    \b
    Examples:
      zoterodigest parse reading-log.md
      zoterodigest parse awesome-list.md --json
      zoterodigest parse --example --enrich
    """
    _check_family(family)
    digests, failed = read_all(_inputs(files, example), family)
    if with_metadata:
        enrich_entries(digests, offline=offline, refresh=refresh, quiet=quiet, arxiv_url=arxiv_url)
    if as_json:
        rows = []
        for digest in digests:
            for entry in digest.entries:
                row = {"file": digest.path, **entry.to_json()}
                if with_metadata:
                    meta = entry.paper.metadata
                    row["metadata"] = meta.model_dump(mode="json") if meta else None
                rows.append(row)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        out = Console(highlight=False)
        for digest in digests:
            table = Table(title=f"{digest.path}: {_entry_counts(digest)}", title_justify="left", expand=False)
            for col in ("lines", "family", "arXiv", "title", "venue", "task"):
                table.add_column(col, overflow="fold")
            for e in digest.entries:
                p = e.paper
                table.add_row(
                    f"{e.lines[0]}-{e.lines[1]}",
                    e.family,
                    p.arxiv_id or "",
                    p.title,
                    p.venue.render() if p.venue else "",
                    p.task or "",
                )
            out.print(table)
    if failed:
        raise typer.Exit(1)


#: Resolution as watch runs it (the defaults: look up what the cache lacks).
_DEFAULT_RESOLVE = ResolveSettings()


@dataclass(frozen=True)
class ExportJob:
    """One export as ``export`` and ``watch`` run it (the options they share)."""

    paths: list[Path]
    output: str
    fmt: str
    dialect: str
    abstracts: bool
    keywords: bool
    family: str | None
    offline: bool
    refresh: bool
    quiet: bool
    arxiv_url: str | None
    force: bool
    resolve: ResolveSettings = _DEFAULT_RESOLVE


def run_export(job: ExportJob) -> int:
    """Read, complete (cached arXiv metadata; the network only for what is missing),
    render and write; returns how many digests could not be read."""
    from .exporting import existing_output, render, write_output

    existing = existing_output(job.output, job.fmt, job.paths, force=job.force)
    digests, failed = read_all(job.paths, job.family)
    if not digests:
        raise InputError(NONE_READ)
    enrich_entries(digests, offline=job.offline, refresh=job.refresh, quiet=job.quiet, arxiv_url=job.arxiv_url,
                   fall_back_offline=True)
    resolve_entries(digests, job.resolve, offline=job.offline, quiet=job.quiet, err=err)
    entries = [e for d in digests for e in d.entries]
    words: dict[str, list[str]] = {}
    for p in (e.paper for e in entries):
        bag = words.setdefault(p.identity, [])
        bag.extend(w for w in [p.task or "", *p.topics, *(p.metadata.categories if p.metadata else p.categories)]
                   if w and w not in bag)
    out = render([e.paper for e in entries], job.fmt, dialect=job.dialect, abstracts=job.abstracts,
                 keywords=words if job.keywords else None, existing=existing)
    for key, note in out.notes:
        err.print(f"warning: {key}: {note}")
    if job.output == "-":
        sys.stdout.write(out.text)
    else:
        write_output(job.output, out.text)
        if not job.quiet:
            kept = f", {len(out.kept)} of your own entries kept" if out.kept else ""
            err.print(f"wrote {job.output}: {out.count} entries{kept}")
    return failed


OutputOpt = Annotated[str, typer.Option("--output", "-o", help="The file to write ('-' for standard output).")]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", help="bibtex, csl-json or hayagriva (default: from the output's extension: .bib, "
                 ".json, .yaml).", show_default=False),
]
DialectOpt = Annotated[str, typer.Option("--dialect", help="bibtex (classic .bst styles) or biblatex (biber).")]
AbstractsOpt = Annotated[bool, typer.Option("--abstracts", help="Write abstract fields.")]
KeywordsOpt = Annotated[bool, typer.Option("--keywords", help="Write keywords from task, topics and categories.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing output file not of the format.")]


def _export_job(files: list[Path] | None, example: bool, output: str, fmt: str | None, dialect: str,
                family: str | None, **flags: Any) -> ExportJob:
    from .exporting import format_for

    _check_family(family)
    if dialect not in ("bibtex", "biblatex"):
        raise UsageError(f"unknown dialect '{dialect}'. Choose bibtex or biblatex.")
    return ExportJob(paths=_inputs(files, example), output=output, fmt=format_for(output, fmt), dialect=dialect,
                     family=family, **flags)


@command()
def export(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to export.", show_default=False)] = None,
    output: OutputOpt = "-",
    fmt: FormatOpt = None,
    dialect: DialectOpt = "bibtex",
    abstracts: AbstractsOpt = False,
    keywords: KeywordsOpt = False,
    family: FamilyOpt = None,
    example: ExampleOpt = False,
    offline: OfflineOpt = False,
    refresh: RefreshOpt = False,
    quiet: QuietOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    force: ForceOpt = False,
    no_resolve: NoResolveOpt = False,
    keep_preprints: KeepPreprintsOpt = False,
    s2_url: S2UrlOpt = None,
    crossref_url: CrossrefUrlOpt = None,
    crossref_mailto: MailtoOpt = None,
) -> None:
    """Write one entry per paper: BibTeX, CSL JSON or Hayagriva YAML.

    arXiv's metadata is added, and published versions are looked up unless --no-resolve.

    An existing .bib keeps your own entries; a file that is one of the digests, or
    is not of the format, is refused (--force replaces the latter).

    \b
    Examples:
      zoterodigest export reading-log.md -o refs.bib
      zoterodigest export *.md -o refs.json          (CSL JSON for Pandoc)
      zoterodigest export log.md --dialect biblatex -o refs.bib
    """
    resolve = ResolveSettings(not no_resolve, keep_preprints, s2_url, crossref_url, crossref_mailto)
    job = _export_job(files, example, output, fmt, dialect, family, abstracts=abstracts, keywords=keywords,
                      offline=offline, refresh=refresh, quiet=quiet, arxiv_url=arxiv_url, force=force,
                      resolve=resolve)
    if run_export(job):
        raise typer.Exit(1)


@command()
def watch(
    files: Annotated[list[Path], typer.Argument(help="Markdown digests to watch.", show_default=False)],
    output: Annotated[str, typer.Option("--output", "-o", help="The file to keep in step (.bib, .json, .yaml).")],
    fmt: FormatOpt = None,
    dialect: DialectOpt = "bibtex",
    abstracts: AbstractsOpt = False,
    keywords: KeywordsOpt = False,
    family: FamilyOpt = None,
    offline: OfflineOpt = False,
    arxiv_url: ArxivUrlOpt = None,
    force: ForceOpt = False,
    interval: Annotated[float, typer.Option("--interval", help="Seconds between looks at the digests.")] = 0.25,
) -> None:
    """Export now, then again whenever a digest changes (like Better BibTeX's auto-export).

    Changes are debounced (an editor's several writes make one export), the output is
    written atomically, and arXiv is asked only for papers whose metadata is not
    cached.  A digest that cannot be read is reported and the watch goes on.  Stop
    with Ctrl-C.

    \b
    Examples:
      zoterodigest watch reading-log.md -o refs.bib
    """
    from .watch import watch_files

    if output == "-":
        raise UsageError("watch needs a file to write: pass -o refs.bib (or .json, .yaml)")
    job = _export_job(files, False, output, fmt, dialect, family, abstracts=abstracts, keywords=keywords,
                      offline=offline, refresh=False, quiet=True, arxiv_url=arxiv_url, force=force)

    def once() -> None:
        try:
            run_export(job)
            err.print(f"wrote {job.output}")
        except ZoterodigestError as exc:
            err.print(f"error: {exc}")
        except OSError as exc:
            err.print(f"error: {_os_message(exc)}")

    err.print(f"watching {len(job.paths)} digest(s); writing {job.output} on every change (Ctrl-C stops)")
    try:
        watch_files(job.paths, once, interval=interval)
    except KeyboardInterrupt:
        err.print("stopped watching")


def _push_resume(options: dict[str, Any]) -> str | None:
    if options.get("dry_run"):
        return None
    return "what was written before the error is recorded: run push again to go on"


PushCollectionOpt = Annotated[
    str | None,
    typer.Option("--collection", help="Name of the top collection (default: the digest's title).", show_default=False),
]
PdfOpt = Annotated[
    str, typer.Option("--pdf", help="link: attach a link to each paper's PDF (no storage used); store: "
                      "download the PDF and store it in Zotero; none: no PDF.")
]
PdfUrlOpt = Annotated[
    str | None,
    typer.Option("--pdf-url", envvar="ARXIV_PDF_URL", help="Base of arXiv's PDF URLs (a mirror).", show_default=False),
]
PushApiUrlOpt = Annotated[
    str | None,
    typer.Option("--api-url", help="Zotero API URL (or ZOTERO_API_URL); with --connector the connector's "
                 "URL (or ZOTERO_CONNECTOR_URL).", show_default=False),
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
    quiet: QuietOpt = False,
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
    _check_family(family)
    children = _child_settings(pdf, pdf_url, offline)
    paths = _inputs(files, example)
    settings = _push_settings(local=local, connector=connector, library_id=library_id, library_type=library_type,
                              api_url=api_url)
    digests, failed = read_all(paths, family)
    if not digests:
        raise InputError(NONE_READ)
    digests = _with_entries(digests)
    if not digests:
        _nothing_to_push(as_json, dry_run)
        raise typer.Exit(1 if failed else 0)
    resolving = ResolveSettings(not no_resolve, keep_preprints, s2_url, crossref_url, crossref_mailto)
    _complete_papers(digests, resolving, offline=offline, refresh=refresh, quiet=quiet, as_json=as_json,
                     arxiv_url=arxiv_url)
    client = _push_client(settings, dry_run=dry_run, as_json=as_json)
    code = _push_to(client, digests, three_way=not local, dry_run=dry_run, flatten=flatten, collection=collection,
                    family=family, quiet=quiet, as_json=as_json, resolving=resolving, children=children)
    if failed or code:
        raise typer.Exit(1 if failed else code)


def _complete_papers(digests: list[Digest], resolving: ResolveSettings, *, offline: bool, refresh: bool, quiet: bool,
                     as_json: bool, arxiv_url: str | None) -> None:
    """arXiv's metadata, then the published versions (their report on stderr, so --json keeps it)."""
    enrich_entries(digests, offline=offline, refresh=refresh, quiet=quiet or as_json, arxiv_url=arxiv_url,
                   fall_back_offline=True)
    resolve_entries(digests, resolving, offline=offline, quiet=quiet, err=err)


def _push_to(client: ZoteroClient | ConnectorClient, digests: list[Digest], *, three_way: bool, dry_run: bool,
             flatten: bool, collection: str | None, family: str | None, quiet: bool, as_json: bool,
             resolving: ResolveSettings, children: ChildSettings) -> int:
    """Run push and print its report; returns its exit code.  Through the Web API push
    decides three-way, as sync restricted to writing Zotero; ``push --local`` and
    ``--connector`` run the Zotero writer alone."""
    from .state import State
    from .sync import push_digests
    from .sync.sync import sync_digests
    from .zotero.connector import ConnectorClient

    with State() as state:
        if three_way and not isinstance(client, ConnectorClient):
            synced = sync_digests([d.path for d in digests], client, state, direction="push", dry_run=dry_run,
                                  flatten=flatten, collection=collection, family=family,
                                  prepare=functools.partial(_complete_from_cache, resolving=resolving),
                                  children=children)
            _print_one_way(synced, as_json=as_json, verbose=dry_run)
            return synced.exit_code()
        report = push_digests(digests, client, state, dry_run=dry_run, flatten=flatten, collection=collection,
                              quiet=quiet or as_json, children=children)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        for line in report.lines(verbose=dry_run, per_paper=dry_run or verbosity() >= 1):
            typer.echo(line)
    return report.exit_code()


def _push_settings(*, local: bool, connector: bool, library_id: str | None, library_type: str | None,
                   api_url: str | None) -> ZoteroSettings | LocalSettings | str:
    """push's settings, resolved before anything is read: the Web API's, the desktop's
    local API's, or the connector's URL."""
    from .sync.settings import resolve_connector_url, resolve_local_settings, resolve_settings

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
    from .sync.desktop import open_local
    from .sync.settings import LocalSettings
    from .zotero import ZoteroClient
    from .zotero.connector import ConnectorClient

    if isinstance(settings, str):
        return ConnectorClient(settings)
    if not isinstance(settings, LocalSettings):
        return ZoteroClient(settings.library_id, settings.library_type, settings.api_key, settings.api_url)
    access = open_local(settings, dry_run=dry_run)
    if access.saved and not as_json:
        err.print(f"Zotero allowed zoterodigest to write; its local key is saved in "
                  f"{escape(str(settings.config_file))} (readable by you only)")
    elif access.authorized and not as_json:
        err.print("Zotero allowed zoterodigest to write once (choose Always Allow to be asked only once)")
    return access.client


def _child_settings(pdf: str, pdf_url: str | None, offline: bool = False) -> ChildSettings:
    """``--pdf`` and ``--pdf-url`` as the push's :class:`~.sync.children.ChildSettings`."""
    from .enrich import offline_requested
    from .enrich.pdf_files import PdfFiles, arxiv_pdf_base
    from .sync.children import ChildSettings
    from .zotero.attachments import PDF_MODES

    if pdf not in PDF_MODES:
        raise UsageError(f"--pdf {pdf!r} is not one of {', '.join(PDF_MODES)}.")
    files = PdfFiles(offline=offline_requested(offline or None)) if pdf == "store" else None
    return ChildSettings.translator(pdf, arxiv_pdf_base(pdf_url), files)


def _print_one_way(report: Any, *, as_json: bool, verbose: bool = False) -> None:
    """``push`` and ``pull``'s output: their own report, the changes left for the other
    direction and the conflicts; problems on stderr."""
    if as_json:
        sys.stdout.write(json.dumps(report.one_way_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        for line in report.one_way_lines(verbose=verbose, per_paper=verbose or verbosity() >= 1):
            typer.echo(line)
    for problem in report.problems:
        err.print(f"error: {escape(problem)}")


#: Resolution as pull and sync apply it: from the cache, as push left it.
_FROM_CACHE = ResolveSettings()


def _nothing_to_push(as_json: bool, dry_run: bool) -> None:
    """No digest with entries: nothing is sent (no request, no collection)."""
    from .sync import PushReport

    if as_json:
        report = PushReport("", dry_run=dry_run, notices=["nothing to push: no digest with entries"])
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        typer.echo("nothing to push: no digest with entries")


def _complete_from_cache(digests: list[Digest], resolving: ResolveSettings = _FROM_CACHE) -> None:
    """Complete papers from the arXiv cache only (no network), as push saw them, so
    the notes pull compares are rendered exactly as push rendered them; with
    ``resolving``, their published versions from the resolution cache too."""
    from .enrich import EnrichError, enrich

    entries = [e for d in digests for e in d.entries]
    try:
        report = enrich([e.paper for e in entries], offline=True, quiet=True)
    except EnrichError:
        return
    for entry, paper in zip(entries, report.papers):
        entry.paper = paper
    try:
        resolve_entries(digests, resolving, offline=True, quiet=True)
    except EnrichError:  # an unusable cache: the papers stay as arXiv left them
        return


@command()
def resolve(
    files: Annotated[list[Path] | None, typer.Argument(help="Markdown digests to resolve.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", "-j", help="Print a JSON array, one object per entry.")] = False,
    family: FamilyOpt = None,
    example: ExampleOpt = False,
    offline: OfflineOpt = False,
    quiet: QuietOpt = False,
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
    _check_family(family)
    digests, failed = read_all(_inputs(files, example), family)
    if not digests:
        raise InputError(NONE_READ)
    enrich_entries(digests, offline=offline, refresh=False, quiet=quiet or as_json, arxiv_url=arxiv_url,
                   fall_back_offline=True)
    report = resolve_entries(digests, ResolveSettings(True, False, s2_url, crossref_url, crossref_mailto),
                             offline=offline, quiet=quiet or as_json, err=err)
    print_resolutions(digests, report, as_json=as_json)
    if failed:
        raise typer.Exit(1)


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
    as_json: Annotated[bool, typer.Option("--json", "-j", help="Print a JSON report instead of the text lines.")] = False,
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
    from .sync.pull_local import PRUNE_REFUSED
    from .sync.settings import resolve_local_settings, resolve_settings

    _check_family(family)
    paths = [str(p) for p in _pushed_paths(files)]
    if local and prune:
        raise UsageError(f"{PRUNE_REFUSED}.")
    options: dict[str, Any] = {"dry_run": dry_run, "flatten": flatten, "collection": collection, "family": family,
                               "prepare": _complete_from_cache}
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
    from .state import State
    from .sync.sync import sync_digests
    from .zotero import ZoteroClient

    client = ZoteroClient(settings.library_id, settings.library_type, settings.api_key, settings.api_url)
    with State() as state:
        synced = sync_digests(list(paths), client, state, direction="pull", prune=prune, **options)
        _print_one_way(synced, as_json=as_json)
    return synced.exit_code()


def _pull_local(paths: list[str], settings: LocalSettings, *, library_id: str | None, library_type: str | None,
                as_json: bool, **options: Any) -> int:
    """pull --local: the desktop's library read by content (see zoterodigest.sync.pull_local)."""
    from .state import State
    from .sync.pull_local import pull_local

    with State() as state:
        report = pull_local(list(paths), settings, state, library_id=library_id, library_type=library_type,
                            **options)
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        for line in report.lines():
            typer.echo(line)
    for problem in report.problems:
        err.print(f"error: {escape(problem)}")
    return 0 if report.ok else 1


def _pushed_paths(files: list[Path] | None) -> list[Path]:
    """pull's, sync's and status's inputs: existing files, the conflicts files and backups left out."""
    paths = _digest_files(list(files or []))
    if not paths:
        raise UsageError(NO_PUSHED_DIGEST)
    for path in paths:
        if not path.is_file():
            raise UsageError(f"{path} is not a file. Pass the digests that were pushed.")
    return paths


def _sync_paths(paths: list[Path], family: str | None) -> list[Path]:
    """The digests sync and status may work on: those with entries (an empty one makes
    nothing in Zotero; it gets a warning).  Unreadable files are left to sync, which
    reports them."""
    from .digest import DigestReadError, read_digest

    kept = []
    for path in paths:
        try:
            digest = read_digest(path, family)
        except DigestReadError:
            kept.append(path)
            continue
        if _with_entries([digest]):
            kept.append(path)
    return kept


def _run_sync(paths: list[Path], *, status: bool, prefer: str | None, dry_run: bool, collection: str | None,
              flatten: bool, family: str | None, library_id: str | None, library_type: str | None,
              api_url: str | None, as_json: bool = False) -> None:
    """Shared by ``sync`` and ``status``: the same reads and decisions (see zoterodigest.sync.sync)."""
    from .state import State
    from .sync.settings import resolve_settings
    from .sync.sync import sync_digests
    from .zotero import ZoteroClient

    _check_family(family)
    if prefer is not None and prefer not in ("digest", "zotero"):
        raise UsageError("--prefer takes digest or zotero.")
    settings = resolve_settings(library_id=library_id, library_type=library_type, api_url=api_url)
    paths = _sync_paths(paths, family)
    if not paths:
        if as_json:
            sys.stdout.write(json.dumps({"digests": [], "note": "no digest with entries: nothing to sync"}) + "\n")
        else:
            typer.echo(f"nothing to {'check' if status else 'sync'}: no digest with entries")
        return
    client = ZoteroClient(settings.library_id, settings.library_type, settings.api_key, settings.api_url)
    with State() as state:
        report = sync_digests([str(p) for p in paths], client, state, status=status, prefer=prefer,
                              dry_run=dry_run, flatten=flatten, collection=collection, family=family,
                              prepare=_complete_from_cache, children=_child_settings("link", None))
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        for line in report.lines():
            typer.echo(line)
    for problem in report.problems + (report.push.problems if report.push else []):
        err.print(f"error: {escape(problem)}")
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
    typer.Option("--prefer", help="Resolve conflicts (a note field changed differently on both sides) by copying "
                 "this side's text over the other's: digest or zotero.", show_default=False),
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
    copied to the other; changed on both sides differently, both texts are kept, printed and listed in <digest>.conflicts.md,
    and the exit code is 3 until a later `sync --prefer digest|zotero` (or an
    edit making both sides agree) resolves it.  Same settings as push.

    \b
    Examples:
      zoterodigest sync reading-log.md
      zoterodigest sync reading-log.md --prefer zotero
    """
    _refuse_local(local, SYNC_LOCAL)
    _run_sync(_pushed_paths(files), status=False, prefer=prefer, dry_run=dry_run, collection=collection,
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
    as_json: JsonReportOpt = False,
) -> None:
    """What sync would copy (digest → zotero, zotero → digest) and the conflicts; writes nothing.

    \b
    Examples:
      zoterodigest status reading-log.md
      zoterodigest status digests/*.md --json
    """
    _refuse_local(local, STATUS_LOCAL)
    _run_sync(_pushed_paths(files), status=True, prefer=None, dry_run=True, collection=collection,
              flatten=flatten, family=family, library_id=library_id, library_type=library_type, api_url=api_url,
              as_json=as_json)


@command()
def doctor(
    offline: Annotated[bool, typer.Option("--offline", help="Check the settings only; ask no server.")] = False,
    as_json: Annotated[bool, typer.Option("--json", "-j", help="Print the checks as a JSON array.")] = False,
) -> None:
    """Check the settings and the servers, and say what to fix.

    Shows what is configured (library, server URLs, folders, mappings, TeX and
    pandoc) and whether each server answers.  Never prints a key.

    Example: zoterodigest doctor --offline
    """
    from .doctor import lines, run_checks

    checks = run_checks(offline=offline)
    if as_json:
        sys.stdout.write(json.dumps([c.to_json() for c in checks], ensure_ascii=False, indent=2) + "\n")
    else:
        for line in lines(checks):
            typer.echo(line)
    if any(c.status == "fail" for c in checks):
        raise typer.Exit(1)


def main() -> None:
    """The ``zoterodigest`` script.  Errors inside a command are reported by :func:`reported`;
    this reports typer's usage errors (an unknown option, a missing argument) in the same
    style, and what happens around a command (Ctrl-C while Python starts or exits)."""
    try:
        command = typer.main.get_command(app)
        result = command.main(standalone_mode=False)
    except typer.TyperException as exc:  # a usage error: one line, the tool's style, exit 2
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        if exc.format_message():  # (none when the help was shown for a bare command)
            err.print(f"error: {escape(exc.format_message())}{hint}")
        sys.exit(getattr(exc, "exit_code", 2))
    except (KeyboardInterrupt, typer.Abort):
        err.print("interrupted: nothing was done; run the command again")
        sys.exit(INTERRUPTED_EXIT)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
