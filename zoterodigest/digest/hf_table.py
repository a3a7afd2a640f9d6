"""hf-table: Hugging Face daily papers as a ``Title | Authors | Summary`` table.

::

    ## Papers for 2024-12-05

    | Title | Authors | Summary |
    |-------|---------|---------|
    | Title (Read more on [arXiv](https://arxiv.org/abs/ID) or [HuggingFace](...))| user1, user2 | summary |

The first days use a fourth ``Link`` column (``[Read more](https://arxiv.org/abs/ID)``).
Titles may wrap onto a second line; summaries hold unescaped pipes, so a row
is split by its known layout, not by every ``|``.  The Authors cell holds
Hugging Face user names, never the paper's authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..ids import parse_arxiv
from ..model import Entry, Paper, Span
from .base import Sections, single_line
from .daily_list import listing_date
from .document import Document
from .markup import plain, repair
from .table import Cell, TableFamily, escape_cell, find_tables, split_cells, unescape_cell

_READ_MORE = re.compile(
    r"\(Read more on \[arXiv\]\((?P<arxiv>[^)\s]*)\)(?:\s+or\s+\[HuggingFace\]\((?P<hf>[^)\s]*)\))?\)[ \t]*\|",
    re.IGNORECASE,
)
_LINK_CELL = re.compile(r"\|[ \t]*+\[Read more\]\((?P<url>[^)\s]*+)\)[ \t]*+(?:\|[ \t]*+)?$", re.IGNORECASE)


def _signed(doc: Document, k: int, hi: int) -> bool:
    """A row with the family's signature: ``(Read more on [arXiv](...))`` on it or on the line its
    title wraps onto, or a ``[Read more](...)`` link cell."""
    row = doc.lines[k]
    if _READ_MORE.search(row) or _LINK_CELL.search(row):
        return True
    return k + 1 < hi and not doc.lines[k + 1].lstrip().startswith("|") and bool(_READ_MORE.search(doc.lines[k + 1]))


class HfTable(TableFamily):
    name = "hf-table"

    def score(self, doc: Document, lo: int, hi: int) -> int:
        score = 0
        for header, _ in find_tables(doc, lo, hi, ("title", "authors", "summary")):
            score += sum(1 for k in range(header + 2, hi) if doc.lines[k].startswith("|") and _signed(doc, k, hi))
        return score

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        entries = []
        for header, cols in find_tables(doc, lo, hi, ("title", "authors", "summary")):
            four = "link" in cols
            k = header + 2
            while k < hi and doc.lines[k].lstrip().startswith("|"):
                first = k
                last = k
                if not four:
                    # A wrapped title continues on lines that do not start with "|".
                    while not _READ_MORE.search(doc.lines[last]) and last + 1 < hi and doc.lines[last + 1].strip() \
                            and not doc.lines[last + 1].lstrip().startswith("|"):
                        last += 1
                entry = self._row(doc, first, last, four, sections)
                if entry is not None:
                    entries.append(entry)
                k = last + 1
        return entries

    def _row(self, doc: Document, first: int, last: int, four: bool, sections: Sections) -> Entry | None:
        base = doc.starts[first]
        row = doc.text_of(first, last)
        layout = _four_columns(row) if four else _three_columns(row)
        if isinstance(layout, str):
            self.problem(doc, first, layout)
            return None
        summary_cell = _without_closing_pipe(row, layout.summary)
        summary_text = summary_cell.text(row)
        paper = Paper(title=plain(row[layout.title.start : layout.title_end]))
        users = plain(layout.authors.text(row))
        if users:
            paper.extra["hf_users"] = users
        paper.summary = repair(unescape_cell(summary_text).strip()) or None
        a = parse_arxiv(layout.arxiv_url)
        if a:
            paper.arxiv_id, paper.arxiv_version = a.id, a.version
        if layout.arxiv_url:
            paper.links["arxiv"] = layout.arxiv_url
        if layout.hf_url:
            paper.links["huggingface"] = layout.hf_url
        fields = {
            "title": Span(start=base + layout.title.start, end=base + layout.title_end),
            "summary": Span(start=base + summary_cell.start, end=base + summary_cell.end),
        }
        entry = self.entry(doc, self.name, paper, first, last, fields, sections, {"four": four})
        entry.paper.listing_date = listing_date(entry.section)
        return entry

    def section_intro(self, style: dict[str, Any], eol: str) -> str:
        if style.get("four"):
            return f"| Title | Authors | Summary | Link |{eol}|-------|---------|---------|------|{eol}"
        return f"| Title | Authors | Summary |{eol}|-------|---------|---------|{eol}"

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        arxiv = paper.links.get("arxiv") or (f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else "")
        title = escape_cell(single_line(paper.title))
        users = escape_cell(paper.extra.get("hf_users", ""))
        summary = escape_cell(paper.summary or "")
        if style.get("four"):
            return f"| {title} | {users} | {summary} | [Read more]({arxiv}) |"
        hf = paper.links.get("huggingface") or (f"https://huggingface.co/papers/{paper.arxiv_id}" if paper.arxiv_id else "")
        return f"| {title} (Read more on [arXiv]({arxiv}) or [HuggingFace]({hf}))| {users} | {summary} |"


@dataclass(frozen=True)
class _RowLayout:
    """Where a row's parts are (columns of the row text) and its links."""

    title: Cell
    title_end: int
    authors: Cell
    summary: Cell
    arxiv_url: str | None
    hf_url: str | None


def _four_columns(row: str) -> _RowLayout | str:
    """``Title | Authors | Summary | [Read more](link)``; a problem's text when not."""
    lm = _LINK_CELL.search(row)
    cells = split_cells(row[: lm.start() + 1] if lm else row, protect_details=False)
    if not lm or len(cells) < 3:
        return "this table row cannot be read (expected 'Title | Authors | Summary | [Read more](link)'); it is kept as it is"
    summary = Cell(cells[2].start, cells[-1].end)
    return _RowLayout(cells[0], cells[0].end, cells[1], summary, lm.group("url"), None)


def _three_columns(row: str) -> _RowLayout | str:
    """``Title (Read more on [arXiv](...)) | Authors | Summary``; a problem's text when not."""
    m = _READ_MORE.search(row)
    if not m:
        return "this table row cannot be read (no '(Read more on [arXiv](...))' after the title); it is kept as it is"
    cells = split_cells(row[: m.start()] + "|", protect_details=False)
    if not cells:
        return "this table row has no title; it is kept as it is"
    title = cells[0]
    title_end = m.start()
    while title_end > title.start and row[title_end - 1] in " \t":
        title_end -= 1
    rest = split_cells("|" + row[m.end() :], protect_details=False)
    if not rest:
        return "this table row has no Authors and Summary cells; it is kept as it is"
    offset = m.end() - 1
    authors = Cell(rest[0].start + offset, rest[0].end + offset)
    summary = Cell(rest[1].start + offset, rest[-1].end + offset) if len(rest) > 1 else Cell(authors.end, authors.end)
    return _RowLayout(title, title_end, authors, summary, m.group("arxiv"), m.group("hf"))


def _without_closing_pipe(row: str, cell: Cell) -> Cell:
    """The summary cell without the row's closing ``|`` (an escaped ``\\|`` is text) and the blanks before it."""
    text = cell.text(row)
    if not text.endswith("|") or text.endswith("\\|"):
        return cell
    end = cell.end - 1
    while end > cell.start and row[end - 1] in " \t":
        end -= 1
    return Cell(cell.start, end)
