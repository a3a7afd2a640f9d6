"""generic: any other Markdown list of papers.

::

    - [Title](https://arxiv.org/abs/2401.00001) — a note about it
    * **Title** (NeurIPS 2023) [[paper](https://.../paper.pdf)] [[code](...)]

An item counts as a paper when it links to a paper (arXiv, DOI, OpenReview,
a PDF, a proceedings site); other lists (tables of contents, badges) are
left alone.
"""

from __future__ import annotations

import re
from typing import Any

from ..ids import find_arxiv, normalise_doi, parse_arxiv
from ..model import Entry, Paper, Span
from .base import Family, Sections, content_span, single_line, strip_trailing
from .document import Document
from .markup import link_kind, links, plain, repair
from .values import parse_venue, render_venue

_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[-*+]|\d+[.)])[ \t]+(?P<body>.*)$")
_LINK_TITLE = re.compile(r"^(?P<open>\*\*)?\[(?P<title>(?:[^\[\]]|\[[^\]]*\])+)\]\((?P<url>[^\s)]+)\)(?P=open)?")
_BOLD_TITLE = re.compile(r"^\*\*(?P<title>[^*]+?)\*\*")
_VENUE = re.compile(r"[ \t]*[,.]?[ \t]*\((?P<venue>[^()]*?(?:19|20)\d{2}[^()]*)\)")
_NOTE_SEP = re.compile(r"[ \t]*(?:[—–:]|-{1,2}(?=\s)|\|)[ \t]*")
_PAPER_HOST = re.compile(
    r"arxiv\.org|doi\.org|openreview\.net|\.pdf(?:$|[?#])|aclanthology\.org|thecvf\.com|ecva\.net|papers\.nips\.cc|"
    r"proceedings\.(?:neurips|mlr)|dl\.acm\.org|ieeexplore|springer|nature\.com|sciencedirect|aaai\.org|ijcai\.org",
    re.IGNORECASE,
)


class GenericList(Family):
    name = "generic"
    editable = frozenset({"title", "summary", "venue"})

    def _parse(self, doc: Document, i: int) -> dict[str, Any] | None:
        line = doc.lines[i]
        if doc.fenced[i] or not line or line.lstrip()[:1] not in "-*+0123456789":
            return None
        m = _ITEM.match(line)
        if not m:
            return None
        body_at = m.start("body")
        body = m.group("body")
        lt = _LINK_TITLE.match(body)
        bt = None if lt else _BOLD_TITLE.match(body)
        if not lt and not bt:
            return None
        item_links = links(body)
        if not any(_PAPER_HOST.search(url) for _, url in item_links):
            return None
        if lt:
            title_cols = (body_at + lt.start("title"), body_at + lt.end("title"))
            after = lt.end()
        else:
            assert bt is not None
            title_cols = (body_at + bt.start("title"), body_at + bt.end("title"))
            after = bt.end()
        return {"m": m, "title": title_cols, "after": body_at + after, "links": item_links, "title_link": lt.group("url") if lt else None}

    def score(self, doc: Document, lo: int, hi: int) -> int:
        return sum(1 for i in range(lo, hi) if self._parse(doc, i))

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        entries = []
        for i in range(lo, hi):
            parsed = self._parse(doc, i)
            if parsed:
                entries.append(self._entry(doc, i, parsed, sections))
        return entries

    def _entry(self, doc: Document, i: int, parsed: dict[str, Any], sections: Sections) -> Entry:
        line = doc.lines[i]
        t0, t1 = parsed["title"]
        paper = Paper(title=plain(line[t0:t1]))
        fields: dict[str, Span] = {"title": content_span(doc, i, t0, t1)}
        m = parsed["m"]
        style: dict[str, Any] = {"indent": m.group("indent"), "bullet": m.group("bullet"),
                                 "bold": parsed["title_link"] is None}
        pos = parsed["after"]
        vm = _VENUE.match(line, pos)
        if vm:
            paper.venue, paper.year = parse_venue(vm.group("venue"))
            fields["venue"] = content_span(doc, i, vm.start("venue"), vm.end("venue"))
            pos = vm.end()
        for label, url in parsed["links"]:
            kind = "arxiv" if parsed["title_link"] == url and "arxiv.org" in url else link_kind(label, url)
            if parsed["title_link"] == url and kind not in ("arxiv", "pdf", "code"):
                kind = "paper"
            paper.links.setdefault(kind, url)
        a = parse_arxiv(paper.links.get("arxiv")) or find_arxiv(" ".join(paper.links.values()))
        if a:
            paper.arxiv_id, paper.arxiv_version = a.id, a.version
        for url in paper.links.values():
            doi = normalise_doi(url) if "doi.org/" in url else None
            if doi and not doi.startswith("10.48550/"):
                paper.doi = doi
                break
        # The note: text after the title (and venue) minus link groups, after a separator.
        rest = strip_trailing(line)[pos:]
        sep = _NOTE_SEP.match(rest)
        if sep:
            note_start = pos + sep.end()
            note = strip_trailing(line)[note_start:]
            style["sep"] = rest[: sep.end()]
            paper.summary = repair(note.strip()) or None
            fields["summary"] = content_span(doc, i, note_start)
        else:
            end = len(strip_trailing(line))
            fields["summary"] = Span(start=doc.starts[i] + end, end=doc.starts[i] + end, insert=True)
        return self.entry(doc, self.name, paper, i, i, fields, sections, style)

    def render_field(self, doc: Document, entry: Entry, field: str, paper: Paper) -> str:
        if field == "title":
            return single_line(paper.title)
        if field == "venue":
            return render_venue(paper.venue, "")
        if field == "summary":
            text = single_line(paper.summary or "")
            if entry.fields["summary"].insert:
                return f" — {text}" if text else ""
            return text
        return super().render_field(doc, entry, field, paper)

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        indent = style.get("indent", "")
        bullet = style.get("bullet", "-")
        url = paper.links.get("arxiv") or paper.links.get("paper") or paper.links.get("pdf")
        if not url and paper.arxiv_id:
            url = f"https://arxiv.org/abs/{paper.arxiv_id}"
        title = single_line(paper.title)
        if style.get("bold") or not url:
            head = f"**{title}**"
            if paper.venue:
                head += f" ({render_venue(paper.venue)})"
            extra = [f"[[{kind}]({u})]" for kind, u in paper.links.items()]
            if not paper.links and url:
                extra = [f"[[paper]({url})]"]
            if extra:
                head += " " + " ".join(extra)
        else:
            head = f"[{title}]({url})"
            if paper.venue:
                head += f" ({render_venue(paper.venue)})"
        if paper.summary:
            head += f"{style.get('sep', ' — ')}{single_line(paper.summary)}"
        return f"{indent}{bullet} {head}"
