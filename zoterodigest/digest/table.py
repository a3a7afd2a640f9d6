"""Pipe tables as digests write them: header-driven columns, wrapped rows,
pipes inside cells.  Shared by the hf-table and daily-table families."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Entry, Paper
from .base import Family, single_line
from .document import Document
from .markup import plain

_SEPARATOR = re.compile(r"^[ \t]*+(?:\|[ \t]*+)?:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+(?:\|[ \t]*+)?$")


@dataclass
class Cell:
    """A cell's content as columns ``[start, end)`` of the row text (trimmed)."""

    start: int
    end: int

    def text(self, row: str) -> str:
        return row[self.start : self.end]


def header_columns(line: str) -> list[str] | None:
    """Lower-cased plain column names of a header row, or None."""
    s = line.strip()
    if not s.startswith("|") or s.count("|") < 3:
        return None
    cells = [plain(c).strip().lower() for c in s.strip("|").split("|")]
    return cells if all(cells) else None


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR.match(line)) and "|" in line


def opens_table(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a pipe table's header (a separator row under it): a table starts there
    even right under a paragraph's line, with no blank line between."""
    return k + 1 < len(lines) and "|" in lines[k] and is_separator(lines[k + 1])


_CELL_TOKEN = re.compile(r"\\.|</?details|\|", re.IGNORECASE)
_PIPE_TOKEN = re.compile(r"\\.|\|")


def split_cells(row: str, protect_details: bool = True) -> list[Cell]:
    """Cells of a row: split on ``|`` that are not escaped and not inside
    ``<details>...</details>`` (whose abstracts hold formulas like ``$|S|$``)."""
    cells: list[Cell] = []
    stripped = row.lstrip(" \t")
    start = len(row) - len(stripped)
    if stripped.startswith("|"):
        start += 1
    depth = 0
    for m in (_CELL_TOKEN if protect_details else _PIPE_TOKEN).finditer(row, start):
        token = m.group(0)
        if token == "|":
            if depth == 0:
                cells.append(_trimmed(row, start, m.start()))
                start = m.end()
        elif token[0] == "<":
            depth = depth + 1 if token[1] != "/" else max(0, depth - 1)
    tail = _trimmed(row, start, len(row))
    if tail.end > tail.start:
        cells.append(tail)
    return cells


def _trimmed(row: str, start: int, end: int) -> Cell:
    while start < end and row[start] in " \t":
        start += 1
    while end > start and row[end - 1] in " \t\r":
        end -= 1
    return Cell(start, end)


def escape_cell(text: str) -> str:
    """One-line cell text: ``|`` escaped, line breaks as ``<br>``."""
    lines = [" ".join(line.split()) for line in text.strip().split("\n")]
    out = "<br>".join(lines)
    return re.sub(r"(?<!\\)\|", r"\\|", out)


def unescape_cell(text: str) -> str:
    """Value of a cell: ``<br>`` back to line breaks, ``\\|`` back to ``|``."""
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    return text.replace("\\|", "|")


def find_tables(doc: Document, lo: int, hi: int, required: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """(header line, columns) of every table in ``[lo, hi)`` whose header has the
    required columns."""
    out = []
    for i in range(lo, hi - 1):
        line = doc.lines[i]
        if not line.lstrip().startswith("|") or doc.fenced[i] or not is_separator(doc.lines[i + 1]):
            continue
        cols = header_columns(line)
        if cols and all(r in cols for r in required):
            out.append((i, cols))
    return out


class TableFamily(Family):
    """A family whose entries are table rows: its fields are single-line cells."""

    editable = frozenset({"title", "summary"})

    def render_field(self, doc: Document, entry: Entry, field: str, paper: Paper) -> str:
        if field == "title":
            return escape_cell(single_line(paper.title))
        if field == "summary":
            return escape_cell(paper.summary or "")
        return super().render_field(doc, entry, field, paper)
