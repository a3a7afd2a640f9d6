"""daily-table: the DailyArXiv template, one table row per paper.

::

    | **Title** | **Date** | **Abstract** | **Comment** | **CodeRepository** |
    | --- | --- | --- | --- | --- |
    | **[Title](http://arxiv.org/abs/2502.07701v2)** | 2025-02-14 | <details><summary>Show</summary><p>...</p></details> | ... | [Code Link](...) |

Columns are read from the header row (``Title | Date | Comment`` only, an
extra ``Directions`` column, ``CodeRepository``...).  The Date is arXiv's
*updated* date; the Comment may name the venue ("Accepted to CVPR 2025").
The abstract is this family's summary slot.
"""

from __future__ import annotations

import re
from typing import Any

from ..ids import parse_arxiv
from ..model import Entry, Paper, Span
from . import details_html
from .base import Sections, single_line
from .document import Document
from .markup import html_block_text, link_kind, links, plain, repair
from .table import Cell, TableFamily, escape_cell, find_tables, split_cells, unescape_cell
from .values import parse_authors, parse_date, venue_from_comment

_TITLE = re.compile(r"^\*\*\[(?P<title>.+)\]\((?P<url>[^\s)]+)\)\*\*$|^\[(?P<title2>.+)\]\((?P<url2>[^\s)]+)\)$")
_DEFAULT_COLUMNS = ["title", "date", "abstract", "comment"]


class DailyTable(TableFamily):
    name = "daily-table"

    def score(self, doc: Document, lo: int, hi: int) -> int:
        score = 0
        for header, cols in find_tables(doc, lo, hi, ("title", "date")):
            if not _ours(cols):
                continue  # a paper table of another kind (Title | Venue | Date | Code)
            score += sum(1 for k in range(header + 2, hi) if doc.lines[k].startswith("|") and self._signed(doc.lines[k], cols))
        return score

    @staticmethod
    def _signed(row: str, cols: list[str]) -> bool:
        """A row with the family's signature: its Title cell is ``**[Title](link)**``."""
        cells = split_cells(row)
        at = cols.index("title")
        return at < len(cells) and _TITLE.match(cells[at].text(row)) is not None

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        from ..mappings import venue_aliases

        known = venue_aliases()
        entries = []
        for header, cols in find_tables(doc, lo, hi, ("title", "date")):
            k = header + 2
            while k < hi and doc.lines[k].lstrip().startswith("|"):
                entry = self._row(doc, k, cols, known, sections)
                if entry is not None:
                    entries.append(entry)
                k += 1
        return entries

    def _row(self, doc: Document, i: int, cols: list[str], known: dict[str, str], sections: Sections) -> Entry | None:
        row = doc.lines[i]
        base = doc.starts[i]
        cells = _fold_overflow(split_cells(row), cols)
        if len(cells) < len(cols):
            self.problem(doc, i, f"this table row has {len(cells)} cells where the header has {len(cols)}; it is kept as it is")
            return None
        values = {col: cells[n] for n, col in enumerate(cols)}
        title_cell = values["title"]
        tm = _TITLE.match(title_cell.text(row))
        if not tm:
            self.problem(doc, i, "this table row's Title cell is not '**[Title](link)**'; it is kept as it is")
            return None
        title_group = "title" if tm.group("title") is not None else "title2"
        url = tm.group("url") or tm.group("url2")
        paper = Paper(title=plain(tm.group(title_group)))
        fields = {"title": Span(start=base + title_cell.start + tm.start(title_group), end=base + title_cell.start + tm.end(title_group))}
        style: dict[str, Any] = {"columns": cols}
        a = parse_arxiv(url)
        if a:
            paper.arxiv_id, paper.arxiv_version = a.id, a.version
            paper.links["arxiv"] = url
        else:
            paper.links["paper"] = url
        if "date" in values:
            paper.listing_date = parse_date(values["date"].text(row))
        if "abstract" in values:
            _read_abstract(row, base, values["abstract"], paper, fields, style)
        _read_free_columns(row, values, known, paper)
        return self.entry(doc, self.name, paper, i, i, fields, sections, style)

    def section_intro(self, style: dict[str, Any], eol: str) -> str:
        cols = style.get("columns") or _DEFAULT_COLUMNS
        names = {"coderepository": "CodeRepository"}
        header = " | ".join(f"**{names.get(c, c.title())}**" for c in cols)
        return f"| {header} |{eol}|{' --- |' * len(cols)}{eol}"

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        cols = style.get("columns") or _DEFAULT_COLUMNS
        url = paper.links.get("arxiv") or (f"http://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else paper.links.get("paper", ""))
        cells = []
        for col in cols:
            if col == "title":
                cells.append(f"**[{escape_cell(single_line(paper.title))}]({url})**")
            elif col == "date":
                cells.append(paper.listing_date.isoformat() if paper.listing_date else "")
            elif col == "abstract":
                text = escape_cell(paper.summary or paper.abstract or "")
                cells.append(f"<details><summary>{style.get('abstract_label', 'Show')}</summary><p>{text}</p></details>")
            elif col == "comment":
                cells.append(escape_cell(paper.extra.get("comment", "")))
            elif col == "directions":
                cells.append(", ".join(paper.topics))
            elif col in ("coderepository", "code"):
                code = paper.links.get("code")
                cells.append(f"[Code Link]({code})" if code else "None")
            else:
                cells.append("")
        return "| " + " | ".join(cells) + " |"


#: Columns DailyArXiv tables and their forks have.
_OWN_COLUMNS = frozenset({"title", "date", "abstract", "comment", "coderepository", "code", "directions", "authors"})


def _ours(cols: list[str]) -> bool:
    """A DailyArXiv table: an Abstract or Comment column, or no column it never has."""
    return bool({"abstract", "comment"} & set(cols)) or set(cols) <= _OWN_COLUMNS


def _fold_overflow(cells: list[Cell], cols: list[str]) -> list[Cell]:
    """A stray pipe in a free-text cell makes one cell too many: the overflow is
    folded into the comment (or the last) column."""
    if len(cells) <= len(cols):
        return cells
    at = cols.index("comment") if "comment" in cols else len(cols) - 1
    extra = len(cells) - len(cols)
    merged = Cell(cells[at].start, cells[at + extra].end)
    return cells[:at] + [merged] + cells[at + extra + 1 :]


def _read_abstract(row: str, base: int, cell: Cell, paper: Paper, fields: dict[str, Span], style: dict[str, Any]) -> None:
    """The Abstract cell (bare, or in a ``<details>`` block): the paper's abstract and summary slot."""
    text = cell.text(row)
    dm = details_html.leading(text)
    if dm:
        paper.abstract = repair(html_block_text(dm.body)) or None
        fields["summary"] = Span(start=base + cell.start + dm.body_span[0], end=base + cell.start + dm.body_span[1])
        style["abstract_label"] = dm.label
        if dm.end < len(text):
            _read_translations(text[dm.end :], paper)
    else:
        paper.abstract = repair(html_block_text(text)) or None
        fields["summary"] = Span(start=base + cell.start, end=base + cell.end)
    paper.summary = paper.abstract


def _read_translations(text: str, paper: Paper) -> None:
    """Further ``<details>`` blocks after the abstract (a translation), kept by their label."""
    for block in details_html.every(text):
        label = plain(block.label).strip() or "translation"
        body = repair(html_block_text(block.body))
        if body:
            paper.extra[f"abstract ({label})"] = body


def _read_free_columns(row: str, values: dict[str, Cell], known: dict[str, str], paper: Paper) -> None:
    """Comment (and the venue it may name), Directions, and code links."""
    if "comment" in values:
        text = values["comment"].text(row)
        dm = details_html.whole(text)
        comment = html_block_text(dm.body if dm else text)
        if comment:
            paper.extra["comment"] = comment
            paper.venue, paper.year = venue_from_comment(comment, known)
    if "authors" in values:
        paper.authors, paper.authors_complete = parse_authors(unescape_cell(values["authors"].text(row)))
    if "directions" in values:
        paper.topics = [t.strip() for t in plain(values["directions"].text(row)).split(",") if t.strip()]
    for col in ("coderepository", "code"):
        if col in values:
            for label, link in links(values[col].text(row)):
                paper.links.setdefault(link_kind(label, link), link)
