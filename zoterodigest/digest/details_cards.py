"""details-cards: one ``<details>`` card per paper, fields as bold-label bullets.

::

    <details>
    <summary><b> Title</b></summary>

    * **Authors:** ...
    * **arXiv ID:** 2103.00020
    * **One-liner:** ...
    * **Published in:** ICML 2021
    * **Links:** [[Paper]](...) | [[PDF]](...) | [[Code]](...)

    > **核心创新**
    > ...

    <details><summary>Abstract</summary> ... </details>
    <details><summary>Key points</summary> * ... </details>
    </details>

Labels may be Chinese (``作者：``, ``发表于：``, ``链接：``); the old format has no
outer ``<details>`` (a bold ``**Title**`` line opens the card).  The summary
slot is the Key points list, or the one-liner when a card has none.
"""

from __future__ import annotations

import re
from typing import Any

from ..ids import find_arxiv, parse_arxiv
from ..model import Entry, Paper, Span
from .base import Family, Sections, content_span, single_line, strip_trailing
from .document import Document
from .markup import link_kind, links, plain, repair
from .values import parse_authors, parse_venue, render_venue

_OPEN = re.compile(r"<details\b[^>]*>", re.IGNORECASE)
_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
_CARD_SUMMARY = re.compile(r"^[ \t]*(?:<details>[ \t]*)?<summary>[ \t]*<b>(?P<title>.*?)</b>[ \t]*</summary>[ \t]*$", re.IGNORECASE)
_BOLD_TITLE = re.compile(r"^\*\*(?P<title>[^*].*?)\*\*[ \t]*$")
# Possessive whitespace and a label and value that end at a non-blank character: each blank
# run is scanned once (the lazy groups beside optional blanks took cubic time on a blank line).
_FIELD = re.compile(r"^(?P<indent>[ \t]*+)[*-][ \t]++\*\*(?P<label>[ \t]|[^*]*?[^* \t])[ \t]*+(?:[:：][ \t]*+)?\*\*"
                    r"[ \t]*+(?:[:：][ \t]*+)?(?P<value>(?:[ \t]*+[^ \t\n])*+)[ \t]*$")
_INNER = re.compile(r"^[ \t]*+(?:<details[^>]*+>[ \t]*+)?<summary>[ \t]*+(?P<label>(?:[^<]*?[^< \t])?)[ \t]*+</summary>(?P<rest>.*)$",
                    re.IGNORECASE)
#: A year in brackets before a card's title (``[2025] Title``).
_YEAR_TAG = re.compile(r"\[(?P<year>(?:19|20)\d{2})\][ \t]++(?=\S)")
#: A folded block's caption, never a paper (``📈 Click to view additional figures``, ``Click to expand``).
_UI_PHRASE = re.compile(r"^\W*+(?:click|tap)[ \t]++(?:here[ \t]++)?+(?:to[ \t]++)?+(?:view|see|show|expand|open)\b", re.IGNORECASE)
_QUOTE_HEAD = re.compile(r"^>[ \t]*\*\*(?P<label>.+?)\*\*[ \t]*$")

_LABELS = {
    "authors": "authors",
    "author": "authors",
    "作者": "authors",
    "arxiv id": "arxiv",
    "arxiv": "arxiv",
    "one-liner": "one_liner",
    "one liner": "one_liner",
    "核心创新": "one_liner",
    "一句话总结": "one_liner",
    "published in": "venue",
    "published": "venue",
    "venue": "venue",
    "发表于": "venue",
    "links": "links",
    "link": "links",
    "链接": "links",
}


def _card_title(raw: str) -> tuple[str, int, int | None] | None:
    """A card's title, where it starts in ``raw`` and the year of a tag before it; None for no paper's."""
    title = plain(raw)
    if not title or (title.startswith("[") and title.endswith("]")):
        return None  # the contribution template ("**[论文标题]**")
    if _UI_PHRASE.match(title):
        return None  # "📈 Click to view additional figures": a folded block of the page, no paper
    lead = len(raw) - len(raw.lstrip())
    tag = _YEAR_TAG.match(raw, lead)  # "[2025] Title": the year as a tag before the title, kept as written
    if tag is None:
        return title, lead, None
    return plain(raw[tag.end() :]), tag.end(), int(tag.group("year"))


class DetailsCards(Family):
    name = "details-cards"
    editable = frozenset({"title", "venue", "links", "summary", "one_liner"})

    def _card_start(self, doc: Document, i: int) -> tuple[str, int] | None:
        """(kind, title line) when a card opens at line ``i``."""
        if doc.fenced[i]:
            return None
        line = doc.lines[i]
        if line.startswith("<details"):
            m = _CARD_SUMMARY.match(line)
            if m:
                return "details", i
            j = i + 1
            if line.strip().lower() == "<details>" and j < len(doc.lines) and _CARD_SUMMARY.match(doc.lines[j]):
                return "details", j
            return None
        if line.startswith("**") and _BOLD_TITLE.match(line):
            # Old format: a bold title line followed (after a blank line) by field bullets.
            j = i + 1
            while j < len(doc.lines) and j <= i + 2 and not doc.lines[j].strip():
                j += 1
            if j < len(doc.lines) and (fm := _FIELD.match(doc.lines[j])) and _label(fm.group("label")):
                return "bold", i
        return None

    def score(self, doc: Document, lo: int, hi: int) -> int:
        """Cards with the family's signature: a labelled field (``* **Authors:**``) among the
        first lines under the title (a user's ``<details>`` card of notes is no such card)."""
        return sum(1 for i in range(lo, hi) if (doc.lines[i][:2] in ("<d", "**")) and (start := self._card_start(doc, i))
                   and _fielded(doc, start[1], hi))

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        entries = []
        i = lo
        while i < hi:
            line = doc.lines[i]
            start = self._card_start(doc, i) if line[:2] in ("<d", "**") else None
            if start is None:
                i += 1
                continue
            kind, title_line = start
            last = self._card_end(doc, i, hi, kind)
            entry = self._card(doc, i, title_line, last, kind, sections)
            if entry is not None:
                entries.append(entry)
            i = last + 1
        return entries

    def _card_end(self, doc: Document, first: int, hi: int, kind: str) -> int:
        lines = doc.lines
        if kind == "details":
            depth = 0
            for k in range(first, hi):
                line = lines[k]
                if k > first and depth == 1 and line.startswith("<d") and self._card_start(doc, k):
                    break
                if "details" in line:
                    depth += len(_OPEN.findall(line)) - len(_CLOSE.findall(line))
                    if depth <= 0:
                        return k
            self.problem(doc, first, "this card's <details> is never closed (add '</details>'); it is read up to the next card")
        # Old format, or an unclosed card: up to the next card, rule or heading.
        last = first
        for k in range(first + 1, hi):
            line = lines[k]
            if line.startswith(("---", "#")) or (line[:2] in ("<d", "**") and self._card_start(doc, k)):
                break
            if line.strip():
                last = k
        return last

    def _card(self, doc: Document, first: int, title_line: int, last: int, kind: str, sections: Sections) -> Entry | None:
        lines = doc.lines
        tm = (_CARD_SUMMARY if kind == "details" else _BOLD_TITLE).match(lines[title_line])
        assert tm is not None
        title_raw = tm.group("title")
        read = _card_title(title_raw)
        if read is None:
            return None
        title, at, tag_year = read
        lead = len(title_raw) - len(title_raw.lstrip())
        paper = Paper(title=title, year=tag_year)  # (a year field read below wins)
        fields: dict[str, Span] = {"title": content_span(doc, title_line, tm.start("title") + at, tm.end("title"))}
        style: dict[str, Any] = {"kind": kind, "title_space": title_raw[:lead], "labels": {}}
        arxiv_text = None
        k = title_line + 1
        field_last = title_line
        placeholder = True
        while k <= last:
            line = lines[k]
            fm = _FIELD.match(line) if "**" in line else None
            if fm:
                value = fm.group("value")
                if not (value.startswith("[") and value.endswith("]") and "](" not in value):
                    placeholder = False
                if _read_field(doc, k, fm, paper, fields, style) == "arxiv":
                    arxiv_text = plain(value)
                field_last = k
                k += 1
            elif qm := _QUOTE_HEAD.match(line):
                k = _read_quote(lines, k + 1, last, plain(qm.group("label")), paper)
            elif im := _INNER.match(line):
                k = self._inner(doc, k, last, im, paper, fields, style)
            else:
                k += 1
        if placeholder and field_last > title_line:
            return None
        _set_arxiv(paper, arxiv_text)
        if "summary" not in fields:
            _summary_slot(doc, last, kind, paper, fields, style)
        return self.entry(doc, self.name, paper, first, last, fields, sections, style)

    def _inner(self, doc: Document, k: int, last: int, im: re.Match[str], paper: Paper, fields: dict[str, Span], style: dict[str, Any]) -> int:
        """Read an inner ``<details><summary>Abstract|Key points</summary>`` block."""
        lines = doc.lines
        label = im.group("label").strip().lower()
        start = k + 1
        end = start
        while end <= last and not _CLOSE.search(lines[end]):
            end += 1
        body_idx = [x for x in range(start, min(end, last + 1)) if lines[x].strip()]
        if body_idx:
            first_body, last_body = body_idx[0], body_idx[-1]
            indent = lines[first_body][: len(lines[first_body]) - len(lines[first_body].lstrip())]
            text = "\n".join(strip_trailing(lines[x]).strip() for x in range(first_body, last_body + 1))
            span = Span(start=doc.starts[first_body], end=doc.line_end(last_body))
        else:
            indent = "    "
            text = ""
            span = Span(start=doc.starts[start], end=doc.starts[start], insert=True)
        if label in ("abstract", "摘要"):
            paper.abstract = repair(" ".join(text.split())) if text else None
        elif label in ("key points", "keypoints", "要点", "关键点"):
            paper.summary = repair(text) or None
            fields["summary"] = span
            style["summary_slot"] = "key_points"
            style["indent"] = indent
        return end + 1

    # --- writing ---------------------------------------------------------------
    @staticmethod
    def _needs_key_points(entry: Entry, paper: Paper) -> bool:
        """A multi-line summary for a card whose summary lives in its one-liner
        goes into a new Key points block instead."""
        return entry.style.get("summary_slot") == "one_liner" and "\n" in (paper.summary or "").strip()

    def target(self, entry: Entry, field: str, paper: Paper) -> Span:
        if field == "summary" and self._needs_key_points(entry, paper):
            return entry.fields["key_points_at"]
        return entry.fields[field]

    def render_field(self, doc: Document, entry: Entry, field: str, paper: Paper) -> str:
        eol = doc.eol(entry.lines[0] - 1)
        if field == "title":
            return single_line(paper.title)
        if field == "venue":
            return render_venue(paper.venue, "")
        if field == "links":
            return _render_links(paper.links)
        if field == "one_liner":
            return single_line(paper.one_liner or "")
        if field == "summary":
            slot = entry.style.get("summary_slot")
            if slot == "one_liner" and not self._needs_key_points(entry, paper):
                return single_line(paper.summary or "")
            body = _key_points(paper.summary or "", entry.style.get("indent", "    "), eol)
            if slot == "key_points":
                return body
            if not body:
                return ""
            block = f"<details>{eol}    <summary>Key points</summary>{eol}{body}{eol}</details>"
            if entry.style.get("insert_before_close"):
                return f"{eol}{block}{eol}"
            return f"{eol}{eol}{block}"
        return super().render_field(doc, entry, field, paper)

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        labels = {"authors": "Authors", "arxiv": "arXiv ID", "one_liner": "One-liner", "venue": "Published in", "links": "Links"}
        labels.update(style.get("labels", {}))
        out: list[str] = []
        old = style.get("kind") == "bold"
        if old:
            out += [f"**{single_line(paper.title)}**", ""]
        else:
            out += ["<details>", f"<summary><b>{style.get('title_space', ' ')}{single_line(paper.title)}</b></summary>", ""]
        out += _field_bullets(paper, labels)
        if paper.abstract:
            out += ["", "<details>", "    <summary>Abstract</summary>", f"    {single_line(paper.abstract)}", "</details>"]
        if paper.summary and paper.summary != paper.one_liner:
            out += ["", "<details>", "    <summary>Key points</summary>", _key_points(paper.summary, "    ", eol), "</details>"]
        if not old:
            out.append("</details>")
        return eol.join(out)


def _fielded(doc: Document, title_line: int, hi: int) -> bool:
    """A labelled field in the eight lines under a card's title."""
    for k in range(title_line + 1, min(hi, title_line + 9)):
        fm = _FIELD.match(doc.lines[k]) if "**" in doc.lines[k] else None
        if fm and _label(fm.group("label")):
            return True
    return False


def _label(label: str) -> str | None:
    return _LABELS.get(label.strip().rstrip(":：").strip().lower())


_LINK_LABELS = {"arxiv": "Paper", "paper": "Paper", "pdf": "PDF", "code": "Code", "website": "Project Page",
                "review": "Review", "summary": "Summary", "huggingface": "HuggingFace"}


def _render_links(link_map: dict[str, str]) -> str:
    parts = []
    for kind, url in link_map.items():
        label = _LINK_LABELS.get(kind) or kind.replace("-", " ").title()
        parts.append(f"[[{label}]]({url})")
    return " | ".join(parts)


def _key_points(summary: str, indent: str, eol: str) -> str:
    lines = [line.strip() for line in summary.strip().split("\n") if line.strip()]
    return eol.join(f"{indent}{line}" for line in lines)


def _read_field(doc: Document, k: int, fm: re.Match[str], paper: Paper, fields: dict[str, Span],
                style: dict[str, Any]) -> str | None:
    """One ``* **Label:** value`` line into the paper and its spans; returns the field it is."""
    label = fm.group("label")
    key = _label(label)
    value = fm.group("value")
    span = content_span(doc, k, fm.start("value"), fm.end("value"))
    if key:
        style["labels"][key] = label
        if key != "authors":
            fields[key] = span
    if key == "authors":
        paper.authors, paper.authors_complete = parse_authors(value)
    elif key == "one_liner":
        paper.one_liner = plain(value) or None
    elif key == "venue":
        paper.venue, paper.year = parse_venue(value)
    elif key == "links":
        for text, url in links(value):
            if url.strip():
                paper.links.setdefault(link_kind(text, url), url.strip())
    elif key is None:
        paper.extra[plain(label)] = plain(value)
    return key


def _read_quote(lines: list[str], k: int, last: int, label: str, paper: Paper) -> int:
    """A ``> **Label**`` block (its lines from ``k``) kept as an extra; returns the line after it."""
    body = []
    while k <= last and lines[k].startswith(">"):
        body.append(strip_trailing(lines[k][1:]).strip())
        k += 1
    paper.extra[label] = repair("\n".join(body).strip())
    return k


def _set_arxiv(paper: Paper, arxiv_text: str | None) -> None:
    """The arXiv id from its own field, else from the paper's links."""
    a = parse_arxiv(arxiv_text) if arxiv_text else None
    if a:
        paper.arxiv_id, paper.arxiv_version = a.id, a.version
    if not paper.arxiv_id:
        a = (parse_arxiv(paper.links.get("paper")) or parse_arxiv(paper.links.get("arxiv"))
             or find_arxiv(" ".join(paper.links.values())))
        if a:
            paper.arxiv_id, paper.arxiv_version = a.id, a.version


def _summary_slot(doc: Document, last: int, kind: str, paper: Paper, fields: dict[str, Span],
                  style: dict[str, Any]) -> None:
    """No Key points block: remember where one would go (before the card's closing
    tag, or after its last line in the old format); the one-liner stands in as summary."""
    at = doc.starts[last] if kind == "details" and "</details" in doc.lines[last] else doc.line_end(last)
    fields["key_points_at"] = Span(start=at, end=at, insert=True)
    style["insert_before_close"] = at == doc.starts[last]
    if paper.one_liner:
        paper.summary = paper.one_liner
        fields["summary"] = fields["one_liner"]
        style["summary_slot"] = "one_liner"
    else:
        fields["summary"] = fields["key_points_at"]
        style["summary_slot"] = "insert"


def _field_bullets(paper: Paper, labels: dict[str, str]) -> list[str]:
    """The card's ``* **Label:** value`` lines, in the order the family writes them
    (a full-width colon after non-ASCII labels when the card uses any)."""
    sep = "：" if any(not label.isascii() for label in labels.values()) else ":"
    values = {
        "authors": ", ".join(paper.authors) + ("" if paper.authors_complete else ", et al.") if paper.authors else "",
        "arxiv": paper.arxiv_id + (f"v{paper.arxiv_version}" if paper.arxiv_version else "") if paper.arxiv_id else "",
        "one_liner": single_line(paper.one_liner) if paper.one_liner else "",
        "venue": render_venue(paper.venue) if paper.venue else "",
        "links": _render_links(paper.links),
    }
    out = []
    for key, value in values.items():
        if value:
            label = labels[key]
            out.append(f"* **{label}{sep if not label.isascii() else ':'}** {value}")
    return out
