"""daily-list: a daily arXiv digest, one bullet per paper with its abstract.

::

    - **[Title](https://arxiv.org/abs/2504.04603)**  `arXiv:2504.04603`  `cs.RO`
      _A, B, C, et al._
      <details open><summary>Abstract</summary>
      abstract text
      </details>

The archive variant wraps each category in ``<details open><summary>Click to
Collapse</summary>`` and has no category badges; early files link ``IDv1``.
The abstract is this family's summary slot.
"""

from __future__ import annotations

import re
from typing import Any

from ..ids import ArxivId, parse_arxiv
from ..model import Entry, Paper, Span
from .base import Family, Sections, content_span, single_line, strip_trailing
from .document import Document
from .markup import plain, repair
from .values import parse_authors, parse_date

_ITEM = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+\*\*\[(?P<title>.+)\]\((?P<url>[^\s)]+)\)\*\*(?P<rest>.*)$")
_BADGE = re.compile(r"`([^`]+)`")
_AUTHORS = re.compile(r"^(?P<indent>[ \t]+)_(?P<authors>.*)_[ \t]*$")
_DETAILS_OPEN = re.compile(r"^[ \t]*<details(?P<open>[ \t]+open)?[ \t]*>[ \t]*<summary>(?P<label>.*?)</summary>[ \t]*$", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"^[ \t]*</details>[ \t]*$", re.IGNORECASE)
_CATEGORY = re.compile(r"^[a-z\-]+(?:\.[A-Za-z\-]+)?$")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def listing_date(section: list[str]) -> Any:
    for heading in reversed(section):
        m = _DATE.search(heading)
        if m:
            return parse_date(m.group(0))
    return None


class DailyList(Family):
    name = "daily-list"
    editable = frozenset({"title", "summary"})

    def _item(self, doc: Document, i: int) -> re.Match[str] | None:
        line = doc.lines[i]
        if doc.fenced[i] or "**[" not in line:
            return None
        m = _ITEM.match(line)
        if m and ("arxiv.org" in m.group("url") or "arXiv:" in m.group("rest")):
            return m
        return None

    def score(self, doc: Document, lo: int, hi: int) -> int:
        """Items with the whole signature: the bold arXiv link and an `arXiv:` badge or the
        italic author line under it (a user's ``- **[Title](arxiv)** note`` is no digest item)."""
        return sum(1 for i in range(lo, hi) if (m := self._item(doc, i)) and (
            "`arXiv:" in m.group("rest") or i + 1 < hi and _AUTHORS.match(doc.lines[i + 1])))

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        entries = []
        i = lo
        while i < hi:
            m = self._item(doc, i)
            if not m:
                i += 1
                continue
            entry, i = self._entry(doc, i, hi, m, sections)
            entries.append(entry)
        return entries

    def _entry(self, doc: Document, first: int, hi: int, m: re.Match[str], sections: Sections) -> tuple[Entry, int]:
        lines = doc.lines
        paper = Paper(title=plain(m.group("title")))
        fields: dict[str, Span] = {"title": content_span(doc, first, m.start("title"), m.end("title"))}
        style: dict[str, Any] = {"indent": m.group("indent") + "  ", "bullet": lines[first][len(m.group("indent"))]}
        badges = _BADGE.findall(m.group("rest"))
        badge_id = _read_badges(badges, paper)
        arxiv = parse_arxiv(m.group("url")) or badge_id
        if arxiv:
            paper.arxiv_id, paper.arxiv_version = arxiv.id, arxiv.version
            paper.links["arxiv"] = m.group("url")
        else:
            paper.links["paper"] = m.group("url")
        style["badges"] = bool(badges)
        last = first
        j = first + 1
        if j < hi and (am := _AUTHORS.match(lines[j])):
            paper.authors, paper.authors_complete = parse_authors(am.group("authors"))
            last = j
            j += 1
        if j < hi and (dm := _DETAILS_OPEN.match(lines[j])):
            last = self._read_details(doc, j, hi, dm, paper, fields, style)
        entry = self.entry(doc, self.name, paper, first, last, fields, sections, style)
        entry.paper.listing_date = listing_date(entry.section)
        return entry, last + 1

    def _read_details(self, doc: Document, j: int, hi: int, dm: re.Match[str], paper: Paper, fields: dict[str, Span],
                      style: dict[str, Any]) -> int:
        """The ``<details>`` abstract opening at line ``j``; returns the entry's last line."""
        lines = doc.lines
        style["details_open"] = bool(dm.group("open"))
        style["details_label"] = dm.group("label")
        body_start = j + 1
        k = body_start
        while k < hi and not _DETAILS_CLOSE.match(lines[k]) and not self._item(doc, k):
            k += 1
        if k < hi and _DETAILS_CLOSE.match(lines[k]):
            body_end = k - 1
            last = k
        else:
            self.problem(doc, j, "this <details> block is never closed (add '</details>'); the abstract is read up to the next paper")
            body_end = k - 1
            while body_end >= body_start and not lines[body_end].strip():
                body_end -= 1
            last = max(j, body_end)
        if body_end >= body_start:
            text = "\n".join(strip_trailing(lines[x]).strip() for x in range(body_start, body_end + 1)).strip()
            paper.abstract = repair(text) or None
            paper.summary = paper.abstract
            fields["summary"] = Span(start=doc.starts[body_start], end=doc.line_end(body_end))
        else:
            fields["summary"] = Span(start=doc.starts[body_start], end=doc.starts[body_start], insert=True)
        return last

    def render_field(self, doc: Document, entry: Entry, field: str, paper: Paper) -> str:
        if field == "title":
            return single_line(paper.title)
        if field == "summary":
            eol = doc.eol(entry.lines[0] - 1)
            body = _indent_lines(paper.summary or "", entry.style.get("indent", "  "), eol)
            if entry.fields["summary"].insert:
                return body + eol if body else ""
            return body
        return super().render_field(doc, entry, field, paper)

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        indent = style.get("indent", "  ")
        bullet = style.get("bullet", "-")
        url = paper.links.get("arxiv") or (f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else paper.links.get("paper", ""))
        head = f"{indent[:-2]}{bullet} **[{single_line(paper.title)}]({url})**"
        if paper.arxiv_id:
            head += f"  `arXiv:{paper.arxiv_id}`"
        if paper.categories and style.get("badges", True):
            head += "  " + " ".join(f"`{c}`" for c in paper.categories)
        out = [head + "  "]
        if paper.authors:
            names = ", ".join(paper.authors) + ("" if paper.authors_complete else ", et al.")
            out.append(f"{indent}_{names}_")
        text = paper.summary or paper.abstract
        if text:
            opened = " open" if style.get("details_open", True) else ""
            out.append(f"{indent}<details{opened}><summary>{style.get('details_label', 'Abstract')}</summary>")
            out.append(_indent_lines(text, indent, eol))
            out.append(f"{indent}</details>")
        return eol.join(out)


def _indent_lines(text: str, indent: str, eol: str) -> str:
    return eol.join(f"{indent}{line.strip()}" if line.strip() else "" for line in text.strip().split("\n")) if text.strip() else ""


def _read_badges(badges: list[str], paper: Paper) -> ArxivId | None:
    """Category badges into the paper; the id of an ``arXiv:ID`` badge, if any."""
    found = None
    for badge in badges:
        b = badge.strip()
        if b.lower().startswith("arxiv:"):
            found = found or parse_arxiv(b)
        elif _CATEGORY.match(b):
            paper.categories.append(b)
    return found
