"""What a table row's cells give its paper: the title (from the Title column, a Paper column's link text or the
Name column, or a whole reference in the title cell), the venue, year, authors and summary of their columns, and
the other columns kept by their header names.  Pure.
"""

from __future__ import annotations

import re

from ..markup import plain
from ..table import Cell, unescape_cell
from .byline import is_venue_text
from .cell_titles import cell_title
from .found import Found, title_of
from .prefixes import is_generic_label
from .references import parse_reference

_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d{2})(?!\d)")


def whole_citation(row: str, base: int, cells: list[Cell], roles: dict[str, int], found: Found) -> bool:
    """Whether the row's title cell is a whole reference, unlinked (``Barn et al., Title, ICCV21.``): evidence of a
    paper as a link is; its title is the reference's."""
    column = next((roles[r] for r in ("title", "paper") if r in roles), None)
    if column is None or column >= len(cells) or "](" in (text := cells[column].text(row)) or "<" in text:
        return False
    ref = parse_reference(text, strict=False)
    if ref is None or ref.authors is None or ref.venue is None and ref.year is None or len(text[slice(*ref.title)].split()) < 3:
        return False
    retitle_span = (base + cells[column].start + ref.title[0], base + cells[column].start + ref.title[1])
    found.title, found.title_span = title_of(text[slice(*ref.title)]), retitle_span
    return bool(found.title)


def row_title(row: str, cells: list[Cell], roles: dict[str, int]) -> tuple[int, int] | None:
    """The title: from the Title column, else a Paper column's link text, else the Name column."""
    for role in ("title", "paper", "name"):
        if role == "name" and "papers_titled" in roles:
            break  # (a paper's title cell left empty: the row's name is a person's or an event's)
        if role in roles and roles[role] < len(cells):
            title = cell_title(row, cells[roles[role]], role == "paper")
            if title is not None:
                return title
    return None


def other_columns(row: str, cells: list[Cell], cols: list[str], roles: dict[str, int], found: Found) -> None:
    """Columns with no role, kept by their header name (a Name beside a Paper column too)."""
    used = {n for role, n in roles.items() if role != "name" or "title" in roles}
    for n, name in enumerate(cols):
        if n not in used and n < len(cells) and name:
            value = plain(cells[n].text(row)).strip()
            if value and not value.startswith("http") and len(value) < 200 and value != found.title:
                found.extra[name] = value


def read_columns(row: str, base: int, cells: list[Cell], roles: dict[str, int], found: Found) -> None:
    """Venue, year, authors and summary from their columns."""
    for role in ("venue", "year", "authors", "summary"):
        if role not in roles or roles[role] >= len(cells):
            continue
        c, c_at = cells[roles[role]], roles[role]
        text = c.text(row)
        if role == "venue" and plain(text).strip(" -") and not is_generic_label(text) \
                and (roles.get("venue_read") != roles["venue"] or is_venue_text(plain(text))):
            found.venue = plain(text)
            found.venue_span = (base + c.start, base + c.end)
        elif role == "year" and (m := _YEAR.search(text)) and (roles.get("venue_read") != c_at or len(_YEAR.findall(text)) == 1):
            found.year = int(m.group(1))
        elif role == "authors" and plain(text).strip(" -"):
            found.authors = plain(unescape_cell(text)).replace("\n", ", ")
        elif role == "summary":
            found.summary = unescape_cell(text).strip() or None
            found.summary_span = (base + c.start, base + c.end)
            found.style["summary_mode"] = "cell"
