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
from typing import Any

from ..ids import parse_arxiv
from ..model import Entry, Paper, Span
from .base import Sections, single_line
from .daily_list import listing_date
from .document import Document
from .markup import plain, repair
from .table import TableFamily, escape_cell, find_tables, split_cells, unescape_cell

_READ_MORE = re.compile(
    r"\(Read more on \[arXiv\]\((?P<arxiv>[^)\s]*)\)(?:\s+or\s+\[HuggingFace\]\((?P<hf>[^)\s]*)\))?\)[ \t]*\|",
    re.IGNORECASE,
)
_LINK_CELL = re.compile(r"\|[ \t]*\[Read more\]\((?P<url>[^)\s]*)\)[ \t]*\|?[ \t]*$", re.IGNORECASE)


class HfTable(TableFamily):
    name = "hf-table"

    def score(self, doc: Document, lo: int, hi: int) -> int:
        score = 0
        for header, _ in find_tables(doc, lo, hi, ("title", "authors", "summary")):
            score += sum(1 for k in range(header + 2, hi) if doc.lines[k].startswith("|")) or 1
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
        row = doc.text[base : doc.line_end(last)]
        paper = Paper()
        style: dict[str, Any] = {"four": four}
        if four:
            lm = _LINK_CELL.search(row)
            cells = split_cells(row[: lm.start() + 1] if lm else row, protect_details=False)
            if not lm or len(cells) < 3:
                self.problem(doc, first, "this table row cannot be read (expected 'Title | Authors | Summary | [Read more](link)'); it is kept as it is")
                return None
            title_cell, authors_cell = cells[0], cells[1]
            summary_cell = type(cells[2])(cells[2].start, cells[-1].end)
            arxiv_url, hf_url = lm.group("url"), None
            title_end = title_cell.end
        else:
            m = _READ_MORE.search(row)
            if not m:
                self.problem(doc, first, "this table row cannot be read (no '(Read more on [arXiv](...))' after the title); it is kept as it is")
                return None
            cells = split_cells(row[: m.start()] + "|", protect_details=False)
            if not cells:
                self.problem(doc, first, "this table row has no title; it is kept as it is")
                return None
            title_cell = cells[0]
            title_end = m.start()
            while title_end > title_cell.start and row[title_end - 1] in " \t":
                title_end -= 1
            rest = split_cells("|" + row[m.end() :], protect_details=False)
            if not rest:
                self.problem(doc, first, "this table row has no Authors and Summary cells; it is kept as it is")
                return None
            offset = m.end() - 1
            authors_cell = type(rest[0])(rest[0].start + offset, rest[0].end + offset)
            if len(rest) > 1:
                summary_cell = type(rest[1])(rest[1].start + offset, rest[-1].end + offset)
            else:
                summary_cell = type(rest[0])(authors_cell.end, authors_cell.end)
            arxiv_url, hf_url = m.group("arxiv"), m.group("hf")
        summary_text = row[summary_cell.start : summary_cell.end]
        if summary_text.endswith("|") and not summary_text.endswith("\\|"):
            summary_cell = type(summary_cell)(summary_cell.start, summary_cell.end - 1)
            while summary_cell.end > summary_cell.start and row[summary_cell.end - 1] in " \t":
                summary_cell = type(summary_cell)(summary_cell.start, summary_cell.end - 1)
            summary_text = row[summary_cell.start : summary_cell.end]
        paper.title = plain(row[title_cell.start : title_end])
        users = plain(row[authors_cell.start : authors_cell.end])
        if users:
            paper.extra["hf_users"] = users
        paper.summary = repair(unescape_cell(summary_text).strip()) or None
        a = parse_arxiv(arxiv_url)
        if a:
            paper.arxiv_id, paper.arxiv_version = a.id, a.version
        if arxiv_url:
            paper.links["arxiv"] = arxiv_url
        if hf_url:
            paper.links["huggingface"] = hf_url
        fields = {
            "title": Span(start=base + title_cell.start, end=base + title_end),
            "summary": Span(start=base + summary_cell.start, end=base + summary_cell.end),
        }
        entry = self.entry(doc, self.name, paper, first, last, fields, sections, style)
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
