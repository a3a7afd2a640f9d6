"""``zoterodigest export`` and ``watch``: one entry per paper in BibTeX, CSL JSON or
Hayagriva YAML, written once or again whenever a digest changes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..collector import collector_paused
from ..errors import InputError, UsageError, ZoterodigestError
from .completing import enrich_entries
from .levels import quiet, verbosity
from .options import ArxivUrlOpt, ExampleOpt, FamilyOpt, OfflineOpt, RefreshOpt
from .reading import NONE_READ, check_family, inputs, read_all, report_unread
from .reporting import command, err, os_message, warn
from .resolving import (
    CrossrefUrlOpt,
    KeepPreprintsOpt,
    MailtoOpt,
    NoResolveOpt,
    ResolveSettings,
    S2UrlOpt,
    resolve_entries,
)

if TYPE_CHECKING:
    from ..model import Paper

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


#: How many entries' keys a grouped warning names before "and N more".
_KEYS_SHOWN = 3


def grouped_warnings(notes: list[tuple[str, str]], *, every: bool = False) -> list[str]:
    """The render's warnings as lines: one per entry when few share a text (or with
    ``every``), else one per text naming a few keys and how many more (-v lists each)."""
    if every:
        return [f"{key}: {note}" for key, note in notes]
    by_text: dict[str, list[str]] = {}
    for key, note in notes:
        by_text.setdefault(note, []).append(key)
    lines = []
    for note, keys in by_text.items():
        if len(keys) <= _KEYS_SHOWN:
            lines += [f"{key}: {note}" for key in keys]
        else:
            more = len(keys) - _KEYS_SHOWN
            lines.append(f"{len(keys)} entries: {note} ({', '.join(keys[:_KEYS_SHOWN])} and {more} more; "
                         "-v lists each)")
    return lines


def keywords_of(papers: list[Paper]) -> dict[str, list[str]]:
    """Each paper's keywords (``--keywords``), by identity: its task, topics and
    categories, over all its listings, each once."""
    words: dict[str, list[str]] = {}
    for p in papers:
        bag = words.setdefault(p.identity, [])
        bag.extend(w for w in [p.task or "", *p.topics, *(p.metadata.categories if p.metadata else p.categories)]
                   if w and w not in bag)
    return words


def run_export(job: ExportJob) -> int:
    """Read, complete (cached arXiv metadata; the network only for what is missing),
    render and write; returns how many digests could not be read."""
    # Reading, completing and rendering make many objects and free few: the cyclic
    # garbage collector stays paused throughout (see zoterodigest.collector), and the
    # papers are freed (by reference counting) before it runs again, so it never walks them.
    with collector_paused():
        return _export(job)


def _export(job: ExportJob) -> int:
    from ..exporting import existing_output, render, write_output
    from ..output_files import check_link

    check_link(job.output, [p.parent for p in job.paths if str(p) != "-"])  # before reading what it leads to
    existing = existing_output(job.output, job.fmt, job.paths, force=job.force)
    digests, failed = read_all(job.paths, job.family)
    if not digests:
        raise InputError(NONE_READ)
    enrich_entries(digests, offline=job.offline, refresh=job.refresh, quiet=job.quiet, arxiv_url=job.arxiv_url,
                   fall_back_offline=True)
    resolve_entries(digests, job.resolve, offline=job.offline, quiet=job.quiet, err=err)
    papers = [e.paper for d in digests for e in d.entries]
    out = render(papers, job.fmt, dialect=job.dialect, abstracts=job.abstracts,
                 keywords=keywords_of(papers) if job.keywords else None, existing=existing)
    for line in grouped_warnings(out.notes, every=verbosity() >= 1):
        warn(line)
    write_output(job.output, out.text, job.paths)
    if job.output != "-" and not job.quiet:
        kept = f", {len(out.kept)} of your own entries kept" if out.kept else ""
        err.print(f"wrote {job.output}: {out.count} entries{kept}")
    if job.fmt == "bibtex" and job.dialect == "biblatex" and not job.quiet:
        err.print(f"note: {BIBLATEX_NOTE}", markup=False)
    report_unread(digests)
    return failed


#: What a user compiling the biblatex dialect with a classic .bst style needs to know.
BIBLATEX_NOTE = ("this .bib is in the biblatex dialect, for biber (\\usepackage[backend=biber]{biblatex}). "
                 "Classic bibtex styles (plain, alpha, acm, apalike, IEEEtran, natbib's plainnat) do not know "
                 "its @online entries and journaltitle fields and warn \"entry type ... isn't style-file "
                 "defined\" and \"empty journal\": for them, export with --dialect bibtex.")


OutputOpt = Annotated[str, typer.Option("--output", "-o", help="The file to write ('-' for standard output).")]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", help="bibtex, csl-json or hayagriva (default: from the output's extension: .bib, "
                 ".json, .yaml).", show_default="from the output's extension"),
]
DialectOpt = Annotated[str, typer.Option("--dialect", help="bibtex (classic .bst styles) or biblatex (biber).")]
AbstractsOpt = Annotated[bool, typer.Option("--abstracts", help="Write abstract fields.")]
KeywordsOpt = Annotated[bool, typer.Option("--keywords", help="Write keywords from task, topics and categories.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing output file not of the format.")]


def _export_job(files: list[Path] | None, example: bool, output: str, fmt: str | None, dialect: str,
                family: str | None, *, stdin: bool = True, **flags: Any) -> ExportJob:
    from ..exporting import format_for

    check_family(family)
    if dialect not in ("bibtex", "biblatex"):
        raise UsageError(f"unknown dialect '{dialect}'. Choose bibtex or biblatex.")
    return ExportJob(paths=inputs(files, example, stdin=stdin), output=output, fmt=format_for(output, fmt), dialect=dialect,
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
                      offline=offline, refresh=refresh, quiet=quiet(), arxiv_url=arxiv_url, force=force,
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
    interval: Annotated[float, typer.Option("--interval", min=0.05, max=3600.0,
                                                 help="Seconds between looks at the digests (0.05 to 3600).")] = 0.25,
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
    from ..output_files import kind_of
    from ..watch import watch_files

    if kind_of(output) != "file":
        raise UsageError(f"watch keeps a file in step, and {output} is not one: pass -o refs.bib (or .json, .yaml)")
    job = _export_job(files, False, output, fmt, dialect, family, stdin=False, abstracts=abstracts,
                      keywords=keywords, offline=offline, refresh=False, quiet=True, arxiv_url=arxiv_url,
                      force=force)
    talk = not quiet()

    def once() -> None:
        try:
            run_export(job)
            if talk:
                err.print(f"wrote {job.output}")
        except ZoterodigestError as exc:
            err.print(f"error: {exc}")
        except OSError as exc:
            err.print(f"error: {os_message(exc)}")

    if talk:
        err.print(f"watching {len(job.paths)} digest(s); writing {job.output} on every change (Ctrl-C stops)")
    try:
        watch_files(job.paths, once, interval=interval)
    except KeyboardInterrupt:
        if talk:
            err.print("stopped watching")
