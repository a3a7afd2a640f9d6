"""CSL JSON checked against the rules of the CSL data schema (CSL 1.0.2's csl-data.json),
written out here as field and type rules rather than copied: the schema file is not
ours to vendor, and tests run offline, so it cannot be fetched either.

The rules: a JSON array of objects; ``id`` (string or number) and ``type`` (one of
CSL's item types) required; name variables are lists of name objects (``family``/
``given``/particles/``suffix``, or ``literal``); date variables are objects with
``date-parts`` (one or two [year, month, day] lists of 1-3 numbers) or ``literal``/
``raw``; every other key is a known CSL variable holding a string or a number
(``categories`` a list of strings); nothing else.
"""

from __future__ import annotations

from typing import Any


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TYPES = _words("""article article-journal article-magazine article-newspaper bill book broadcast chapter classic
collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing interview
legal_case legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance
periodical personal_communication post post-weblog regulation report review review-book software song speech
standard thesis treaty webpage""")
NAMES = _words("""author chair collection-editor compiler composer container-author contributor curator director
editor editorial-director executive-producer guest host interviewer illustrator narrator organizer original-author
performer producer recipient reviewed-author script-writer series-creator translator""")
DATES = _words("accessed available-date event-date issued original-date submitted")
STRINGS = _words("""abstract annote archive archive_collection archive_location archive-place authority
call-number chapter-number citation-key citation-label collection-number collection-title container-title
container-title-short dimensions division DOI edition event event-title event-place first-reference-note-number
genre ISBN ISSN issue jurisdiction keyword language license locator medium note number number-of-pages
number-of-volumes original-publisher original-publisher-place original-title page page-first part part-title PMCID
PMID printing publisher publisher-place references reviewed-genre reviewed-title scale section source status
supplement title title-short URL version volume volume-title volume-title-short year-suffix""")
NAME_PARTS = _words("family given dropping-particle non-dropping-particle suffix comma-suffix static-ordering "
                       "literal parse-names")


def _name_problems(where: str, names: Any) -> list[str]:
    if not isinstance(names, list) or not names:
        return [f"{where}: not a non-empty list of names"]
    out = []
    for n, name in enumerate(names):
        if not isinstance(name, dict) or not name or set(name) - NAME_PARTS:
            out.append(f"{where}[{n}]: not a name object ({name!r})")
        elif not ("literal" in name or "family" in name):
            out.append(f"{where}[{n}]: neither family nor literal")
        elif any(not isinstance(v, (str, int, float, bool)) for v in name.values()):
            out.append(f"{where}[{n}]: a name part that is not a string")
    return out


def _date_problems(where: str, date: Any) -> list[str]:
    if not isinstance(date, dict) or set(date) - {"date-parts", "season", "circa", "literal", "raw", "edtf"}:
        return [f"{where}: not a date object"]
    parts = date.get("date-parts")
    if parts is None:
        return [] if ("literal" in date or "raw" in date) else [f"{where}: no date-parts, literal or raw"]
    if (not isinstance(parts, list) or not 1 <= len(parts) <= 2
            or any(not isinstance(p, list) or not 1 <= len(p) <= 3 or
                   any(not isinstance(x, (int, str)) or isinstance(x, bool) for x in p) for p in parts)):
        return [f"{where}: date-parts is not one or two lists of 1-3 numbers"]
    return []


def problems(data: Any) -> list[str]:
    """Every way ``data`` breaks the rules (empty: valid)."""
    if not isinstance(data, list):
        return ["not a JSON array"]
    out: list[str] = []
    for i, item in enumerate(data):
        where = f"item {i}"
        if not isinstance(item, dict):
            out.append(f"{where}: not an object")
            continue
        if not isinstance(item.get("id"), (str, int)) or isinstance(item.get("id"), bool):
            out.append(f"{where}: id missing or not a string/number")
        if item.get("type") not in TYPES:
            out.append(f"{where}: type {item.get('type')!r} is not a CSL type")
        for key, value in item.items():
            if key in ("id", "type"):
                continue
            if key in NAMES:
                out += _name_problems(f"{where}.{key}", value)
            elif key in DATES:
                out += _date_problems(f"{where}.{key}", value)
            elif key == "categories":
                if not isinstance(value, list) or any(not isinstance(c, str) for c in value):
                    out.append(f"{where}.categories: not a list of strings")
            elif key not in STRINGS:
                out.append(f"{where}: unknown variable {key!r}")
            elif not isinstance(value, (str, int, float)) or isinstance(value, bool):
                out.append(f"{where}.{key}: not a string or number")
    return out
