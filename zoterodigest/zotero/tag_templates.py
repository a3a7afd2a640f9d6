"""Tag templates: how task, venue, track, section, topic and arXiv category
become Zotero tags, read from ``mappings/tags.toml`` (user overrides merged).

Kept apart from :mod:`zoterodigest.mappings` only while that module is being
rewritten; it belongs there (same sources, same override rules).  Templates
are validated when loaded, so a typo is reported once, naming the file and
line, instead of silently producing odd tags on every push.
"""

from __future__ import annotations

import re
import string
import tomllib
from importlib import resources
from pathlib import Path

from ..mappings import MappingError, user_mappings_dir

FILE_NAME = "tags.toml"

#: Each kind of tag and the values its template may use.
KINDS: dict[str, frozenset[str]] = {
    "task": frozenset({"task"}),
    "venue": frozenset({"venue"}),
    "venue_year": frozenset({"venue", "year"}),
    "track": frozenset({"venue", "year", "track"}),
    "section": frozenset({"section"}),
    "topic": frozenset({"topic"}),
    "category": frozenset({"category", "category_name"}),
}

TagTemplates = dict[str, str]


def _line_of(text: str, name: str) -> int:
    m = re.search(rf'^\s*(?:"{re.escape(name)}"|{re.escape(name)})\s*=', text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def placeholders(template: str) -> list[str]:
    """Names used in ``{...}``; raises ValueError for a malformed template."""
    names = []
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not name or spec or conversion:
            raise ValueError("write values as {name}, without format specs or positions")
        names.append(name)
    return names


def parse_templates(label: str, text: str) -> TagTemplates:
    """Templates of one tags.toml text; every problem reported at once, one line each."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{label}: not valid TOML ({exc}). Fix the syntax or remove the file.") from None
    problems: list[str] = []
    out: TagTemplates = {}
    for kind, template in data.items():
        where = f"{label}:{_line_of(text, kind)}"
        if kind not in KINDS:
            problems.append(f"{where}: unknown tag kind '{kind}' (known: {', '.join(KINDS)})")
            continue
        if not isinstance(template, str):
            problems.append(f'{where}: {kind} must be a string template, e.g. {kind} = "..."')
            continue
        try:
            names = placeholders(template)
        except ValueError as exc:
            problems.append(f"{where}: {kind} = {template!r}: {exc}")
            continue
        unknown = [n for n in names if n not in KINDS[kind]]
        if unknown:
            allowed = ", ".join("{" + n + "}" for n in sorted(KINDS[kind]))
            problems.append(f"{where}: {kind} = {template!r} uses {{{unknown[0]}}}; it may use {allowed}")
            continue
        if template and not names:
            problems.append(f"{where}: {kind} = {template!r} uses no value, so every paper would get it")
            continue
        out[kind] = template
    if problems:
        raise MappingError("the tag templates have problems:\n  " + "\n  ".join(problems))
    return out


def load_tag_templates(user_dir: Path | None = None) -> TagTemplates:
    """The shipped templates, with the user's ``tags.toml`` (if any) merged over them."""
    ref = resources.files("zoterodigest.mapping_files").joinpath(FILE_NAME)
    templates = parse_templates(f"mappings/{FILE_NAME}", ref.read_text(encoding="utf-8"))
    folder = user_dir if user_dir is not None else user_mappings_dir()
    if folder is not None and (folder / FILE_NAME).is_file():
        path = folder / FILE_NAME
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise MappingError(f"{path}: cannot be read ({exc}). Fix or remove the file.") from None
        templates.update(parse_templates(str(path), text))
    return {kind: t for kind, t in templates.items() if t}


def task_pattern(templates: dict[str, str]) -> re.Pattern[str] | None:
    """A regex reading the task back out of a tag made by the ``task`` template
    (None when the template is off or names more than the task)."""
    template = templates.get("task") or ""
    if re.findall(r"{(\w+)}", template) != ["task"]:
        return None
    before, after = template.split("{task}")
    return re.compile(f"^{re.escape(before)}(?P<task>.+?){re.escape(after)}$")
