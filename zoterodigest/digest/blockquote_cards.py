"""blockquote-cards: a personal reading log, one ``>`` card per paper.

::

    > **Title**
    > *CVPR 2025 Highlight*, [arxiv](https://arxiv.org/abs/2412.02168), [code](...)
    > Task: single image super-resolution
    >
    > - bullet summary

Variants: no ``>`` at all, only the Task/summary lines quoted, the links
broken onto the line after the venue, no Task line, a one-line summary.
"""

from __future__ import annotations

import re
from typing import Any

from ..ids import find_arxiv, parse_arxiv
from ..model import Entry, Paper, Span
from .base import Family, Sections, content_span, strip_trailing, trailing_break
from .document import Document
from .generic.name_lists import is_name_list
from .markup import link_kind, links, plain, repair
from .values import parse_venue, render_venue

_QUOTE = re.compile(r"^(>[ \t]?)?")
_TITLE = re.compile(r"^(?P<q>>[ \t]?)?\*\*(?P<title>[^*].*?)\*\*[ \t]*$")
_VENUE = re.compile(r"^(?P<q>>[ \t]?)?\*(?P<venue>[^*\s][^*]*?)\*[ \t]*,?[ \t]*(?P<rest>.*)$")
_LINKS_ONLY = re.compile(r"^(?:>[ \t]?)?[ \t]*+(?:\[[^\]]*+\]\([^)]*+\)[ \t]*+(?:,[ \t]*+)?)++$")
#: Names and a year in brackets in the bold line: a stacked reference's first line, no card's title.
_CITED = re.compile(r"(?P<n>[^()]{2,300}?)[ \t]*+\((?:19|20)\d{2}[a-z]?\)\.?+")
_TASK = re.compile(r"^(?P<q>>[ \t]?)?Task[ \t]*:[ \t]*")
_BLANK_QUOTE = re.compile(r"^>[ \t]*$")
_LINK_LABELS = {
    "arxiv": "arxiv",
    "paper": "paper",
    "review": "review",
    "website": "website",
    "code": "code",
    "summary": "summary",
    "pdf": "pdf",
    "huggingface": "huggingface",
}


def _unquote(line: str) -> str:
    return _QUOTE.sub("", line, count=1)


class BlockquoteCards(Family):
    name = "blockquote-cards"
    editable = frozenset({"title", "venue", "links", "task", "summary"})

    def _is_card_start(self, doc: Document, i: int) -> bool:
        if doc.fenced[i] or not (m := _TITLE.match(doc.lines[i])):
            return False
        if (cited := _CITED.fullmatch(m.group("title"))) and is_name_list(cited.group("n")):
            return False  # ("**Barn, A. (1987)**" over "*Title*": a reference's names, its title in italics below)
        return i + 1 < len(doc.lines) and bool(_VENUE.match(doc.lines[i + 1])) and not doc.fenced[i + 1]

    def score(self, doc: Document, lo: int, hi: int) -> int:
        return sum(1 for i in range(lo, hi - 1) if self._is_card_start(doc, i))

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        entries = []
        i = lo
        while i < hi:
            if not self._is_card_start(doc, i):
                i += 1
                continue
            last = i + 1
            while last + 1 < hi and doc.lines[last + 1].strip() and not doc.fenced[last + 1]:
                nxt = doc.lines[last + 1]
                if self._is_card_start(doc, last + 1) or nxt.startswith("#") or strip_trailing(nxt) in ("---", "***", "___"):
                    break
                last += 1
            entry = self._card(doc, i, last, sections)
            if entry is not None:
                entries.append(entry)
            i = last + 1
        return entries

    def _card(self, doc: Document, first: int, last: int, sections: Sections) -> Entry | None:
        lines = doc.lines
        tm = _TITLE.match(lines[first])
        assert tm is not None
        title_raw = tm.group("title")
        fields: dict[str, Span] = {"title": content_span(doc, first, tm.start("title"), tm.end("title"))}
        style: dict[str, Any] = {"title_quote": tm.group("q") or ""}
        vm = _VENUE.match(lines[first + 1])
        assert vm is not None
        venue_text = vm.group("venue")
        style["venue_quote"] = vm.group("q") or ""
        style["br"] = trailing_break(lines[first]) or "  "
        fields["venue"] = content_span(doc, first + 1, vm.start("venue"), vm.end("venue"))
        link_text = vm.group("rest")
        links_line = first + 1
        links_start = vm.start("rest")
        j = first + 2
        if not strip_trailing(link_text) and j <= last and _LINKS_ONLY.match(lines[j]):
            # Old layout: "*NeurIPS 2018*, " then the links on the next line.
            link_text = lines[j]
            links_line = j
            links_start = len(lines[j]) - len(_unquote(lines[j]))
            j += 1
        body = strip_trailing(link_text)
        body = body.removesuffix(",")
        fields["links"] = content_span(doc, links_line, links_start, links_start + len(body))
        if links_line != first + 1 or not vm.group("rest").strip():
            style["links_own_line"] = links_line != first + 1

        paper = Paper(title=plain(title_raw))
        if title_raw.strip().lower() == "paper title":
            return None
        venue, year = parse_venue(venue_text)
        paper.venue, paper.year = venue, year
        _read_links(link_text, paper)

        # Task line (optional), then the summary.
        task_line = None
        if j <= last:
            km = _TASK.match(lines[j])
            if km:
                task_line = j
                style["quote"] = km.group("q") or ""
                task_raw = strip_trailing(lines[j][km.end() :])
                paper.task = plain(task_raw) or None
                fields["task"] = content_span(doc, j, km.end())
                j += 1
        if task_line is None:
            fields["task"] = Span(start=doc.line_end(links_line), end=doc.line_end(links_line), insert=True)
        _read_summary(doc, j, last, paper, fields, style)
        return self.entry(doc, self.name, paper, first, last, fields, sections, style)

    # --- writing ---------------------------------------------------------------
    def render_field(self, doc: Document, entry: Entry, field: str, paper: Paper) -> str:
        style = entry.style
        eol = doc.eol(entry.lines[0] - 1)
        span = entry.fields[field]
        if field == "title":
            return paper.title
        if field == "venue":
            return render_venue(paper.venue)
        if field == "links":
            return _render_links(paper.links)
        if field == "task":
            text = " ".join((paper.task or "").split())
            if span.insert:
                return f"{eol}{style.get('quote', '')}Task: {text}{style['br']}" if text else ""
            return text
        if field == "summary":
            body = _render_summary(paper.summary or "", style.get("quote", ""), style.get("summary_br", "  "), eol)
            if span.insert:
                if not body:
                    return ""
                blank = f"{eol}{style.get('quote', '').rstrip()} " if style.get("quote") and "- " in (paper.summary or "")[:2] else ""
                return f"{blank}{eol}{body}"
            return body
        return super().render_field(doc, entry, field, paper)

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        q = style.get("quote", "> ")
        tq = style.get("title_quote", q)
        vq = style.get("venue_quote", q)
        br = style.get("br", "  ")
        venue_line = f"*{render_venue(paper.venue)}*"
        link_text = _render_links(paper.links)
        if link_text:
            venue_line += f", {link_text}"
        out = [f"{tq}**{paper.title}**{br}", f"{vq}{venue_line}{br}"]
        if paper.task:
            out.append(f"{q}Task: {' '.join(paper.task.split())}{br}")
        if paper.summary:
            if style.get("blank_before_summary", bool(q)) and paper.summary.lstrip().startswith(("- ", "* ")):
                out.append(f"{q.rstrip()} " if q else "")
            out.append(_render_summary(paper.summary, q, style.get("summary_br", br), eol))
        return eol.join(out)


def _render_links(link_map: dict[str, str]) -> str:
    return ", ".join(f"[{kind}]({url})" for kind, url in link_map.items() if url)


def _render_summary(summary: str, quote: str, br: str, eol: str) -> str:
    lines = summary.strip("\n").split("\n") if summary.strip() else []
    out = []
    for line in lines:
        line = line.rstrip()
        out.append(f"{quote}{line}{br}" if line else quote.rstrip() + (" " if quote else ""))
    return eol.join(out)


def _read_links(link_text: str, paper: Paper) -> None:
    """The card's links by kind, and the arXiv id they give."""
    for label, url in links(link_text):
        if not url.strip():
            continue
        kind = _LINK_LABELS.get(label.strip().lower()) or link_kind(label, url)
        paper.links.setdefault(kind, url.strip())
    arxiv = parse_arxiv(paper.links.get("arxiv")) or find_arxiv(" ".join(paper.links.values()))
    if arxiv:
        paper.arxiv_id, paper.arxiv_version = arxiv.id, arxiv.version


def _read_summary(doc: Document, j: int, last: int, paper: Paper, fields: dict[str, Span], style: dict[str, Any]) -> None:
    """The summary: the card's lines from ``j`` (after blank quote lines) to ``last``,
    or an insertion point at the card's end when it has none."""
    lines = doc.lines
    while j <= last and _BLANK_QUOTE.match(lines[j]):
        style["blank_before_summary"] = True
        j += 1
    if j <= last:
        summary_lines = [strip_trailing(_unquote(lines[k])) for k in range(j, last + 1)]
        qm = _QUOTE.match(lines[j])
        style.setdefault("quote", (qm.group(0) if qm else "") or "")
        style["summary_br"] = trailing_break(lines[j]) or style["br"]
        paper.summary = repair("\n".join(summary_lines).strip()) or None
        fields["summary"] = Span(start=doc.starts[j], end=doc.line_end(last))
    else:
        style.setdefault("quote", style["venue_quote"])
        end = doc.line_end(last)
        fields["summary"] = Span(start=end, end=end, insert=True)
