"""What ``export`` and ``watch`` write: the format, the text, the file.

* Formats: ``bibtex`` (a .bib, in the ``--dialect`` asked for), ``csl-json``
  (Zotero's and Pandoc's interchange, a JSON array) and ``hayagriva`` (Typst's
  YAML).  Without ``--format`` the output's extension chooses: ``.json`` ->
  csl-json, ``.yaml``/``.yml`` -> hayagriva, anything else (``.bib``, standard
  output) -> bibtex.
* Every format has the same citation keys (the export's key step, pinned in the
  state), so ``[@key]`` finds the same paper in each.
* A .bib keeps the user's own entries (see :mod:`zoterodigest.bibtex`); a JSON or
  YAML file is ours whole, and one that does not look like that format is not
  written over without ``--force``.
* Files are written atomically with the user's umask (an existing file keeps its mode).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .collector import collector_paused
from .errors import ExportError, UsageError
from .inputs import existing_bib
from .model import Paper

FORMATS = ("bibtex", "csl-json", "hayagriva")
_BY_SUFFIX = {".json": "csl-json", ".yaml": "hayagriva", ".yml": "hayagriva"}


def format_for(output: str, given: str | None) -> str:
    """The format asked for, or the one the output's extension names."""
    suffix = Path(output).suffix.lower() if output != "-" else ""
    if given is None:
        return _BY_SUFFIX.get(suffix, "bibtex")
    if given not in FORMATS:
        raise UsageError(f"unknown format '{given}'. Choose one of {', '.join(FORMATS)} (or let the output's "
                         "extension choose: .bib, .json, .yaml).")
    named = _BY_SUFFIX.get(suffix) or ("bibtex" if suffix == ".bib" else None)
    if named is not None and named != given:
        fitting = {"bibtex": ".bib", "csl-json": ".json", "hayagriva": ".yaml"}[given]
        raise UsageError(f"--format {given} does not fit -o {output} (a {suffix} file is {named}). Name the output "
                         f"{Path(output).with_suffix(fitting).name}, or leave out --format to write {named}.")
    return given


def _looks_like(fmt: str, text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return True
    if fmt == "csl-json":
        try:
            return isinstance(json.loads(stripped), list)
        except ValueError:
            return False
    lines = [line for line in stripped.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return not lines or (not lines[0][:1].isspace() and lines[0].rstrip().endswith(":"))


def existing_output(output: str, fmt: str, inputs: list[Path], *, force: bool) -> str | None:
    """The text of the file being replaced (for a .bib, whose own entries are kept);
    raises :class:`ExportError` for an output that is a digest, or that is not of
    the format (unless ``force``)."""
    if fmt == "bibtex":
        return existing_bib(output, inputs, force=force)
    from .output_files import read_existing

    existing_bib(output, inputs, force=True)  # refuses a digest as the output
    data = read_existing(output)  # regular files only: a device or a FIFO is written through
    try:
        text = data.decode("utf-8") if data is not None else None
    except UnicodeDecodeError:
        text = "\0"  # not text: not of the format
    if text is None or force or _looks_like(fmt, text):
        return None
    kind = "a CSL JSON array" if fmt == "csl-json" else "Hayagriva YAML"
    raise ExportError(f"{output} exists and does not look like {kind}, so export will not write over it. "
                      "Choose another output file, or pass --force to replace it.")


@dataclass
class Rendered:
    text: str
    count: int
    kept: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)


#: Characters no output may hold: control characters (but tab and line breaks), DEL, the
#: C1 controls and the two non-characters.  A YAML reader refuses the whole file over one
#: of them, a terminal acts on them, and no bibliography means them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def render(papers: Sequence[Paper], fmt: str, *, dialect: str, abstracts: bool, keywords: dict[str, list[str]] | None,
           existing: str | None) -> Rendered:
    """The output text for ``papers``; the keys are pinned in the state."""
    # Building entries allocates many objects and frees few: pausing the cyclic garbage
    # collector meanwhile spares it walking every paper of the digests again and again.
    with collector_paused():
        out = _render(papers, fmt, dialect=dialect, abstracts=abstracts, keywords=keywords, existing=existing)
    if _CONTROL.search(out.text):
        out.text = _CONTROL.sub("", out.text)
    return out


def _render(papers: Sequence[Paper], fmt: str, *, dialect: str, abstracts: bool,
            keywords: dict[str, list[str]] | None, existing: str | None) -> Rendered:
    from .bibtex import Options, export_bib, merge_listings
    from .bibtex.keys import record_keys
    from .csl import csl_items, csl_json, hayagriva_text
    from .state import State

    with State() as state:
        result = export_bib(
            papers,
            existing_text=existing if fmt == "bibtex" else None,
            options=Options(dialect=dialect, abstracts=abstracts, keywords=keywords is not None),
            pinned=state.citation_keys(),
            provisional=state.provisional_keys(),
            keywords=keywords,
        )
        record_keys(state, result)
    if fmt == "bibtex":
        return Rendered(result.text, len(result.entries), result.kept, result.notes)
    items = csl_items(merge_listings(papers), result.keys, abstracts=abstracts, keywords=keywords)
    text = csl_json(items) if fmt == "csl-json" else hayagriva_text(items)
    return Rendered(text, len(items))


def write_output(output: str, text: str, digests: Sequence[Path] = ()) -> None:
    """A regular file atomically (the user's umask for a new file, the old mode kept);
    standard output, a device or a FIFO written through (see :mod:`.output_files`)."""
    from . import output_files

    output_files.write(output, text, [p.parent for p in digests if str(p) != "-"])
