"""Shared plumbing of the hand-written truth scripts: read one pool file, write its truth JSON.

Nothing here reads a list's structure: each script decides by itself, for its one file,
what an entry is and where its title is. This module only cleans markup off a title,
takes the arXiv id and DOI an entry's own lines give, and writes the JSON.
"""

from __future__ import annotations

import html
import json
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = HERE.parent
POOL = LISTS.parents[1].parent / "shared" / "corpus" / "lists-pool"

_NEW = r"\d{4}\.\d{4,5}"
_OLD = r"[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}"
_ARXIV = re.compile(
    rf"arxiv\.org/(?:abs|pdf|html|format)/({_NEW}|{_OLD})"
    rf"|arxiv\s*[:.]\s*({_NEW}|{_OLD})"
    rf"|10\.48550/arxiv\.({_NEW})"
    rf"|eprint\s*=\s*[{{\"]\s*({_NEW}|{_OLD})",
    re.IGNORECASE,
)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>\])}]+)", re.IGNORECASE)


def valid_arxiv(ident: str) -> bool:
    """Whether a new-style id has the digits its month allows (4 up to 1412, 5 from 1501)."""
    m = re.fullmatch(r"(\d{2})(\d{2})\.(\d{4,5})", ident)
    if not m:
        return "/" in ident
    yymm, digits = int(m.group(1) + m.group(2)), len(m.group(3))
    return 1 <= int(m.group(2)) <= 12 and (digits == 4) == (yymm <= 1412)


def arxiv_in(text: str) -> str | None:
    for m in _ARXIV.finditer(text):
        ident = next(g for g in m.groups() if g)
        if valid_arxiv(ident):
            return ident
    return None


def doi_in(text: str) -> str | None:
    for m in _DOI.finditer(text):
        doi = m.group(1).rstrip(".,;:*")
        doi = re.sub(r"/(?:pdf|full|abstract|epdf|meta)$", "", doi, flags=re.IGNORECASE)
        if doi.lower().endswith((".pdf", ".html")):
            doi = doi.rsplit(".", 1)[0]
        bio = re.match(r"10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d+", doi)
        return (bio.group(0) if bio else doi).lower()
    return None


def clean(title: str | None) -> str | None:
    """Markup removed, whitespace collapsed, a closing period dropped."""
    if title is None:
        return None
    t = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", title)
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    t = t.replace("**", "").replace("`", "")
    t = re.sub(r"(?<![\w*])\*(?!\s)|(?<=\S)\*(?![\w*])", "", t)
    t = re.sub(r"\s+", " ", t).strip().rstrip(".").strip()
    return t or None


class Truth:
    def __init__(self, name: str, method: str, checked: str) -> None:
        self.name = name
        self.path = POOL / name
        self.text = self.path.read_text(encoding="utf-8")
        self.lines = self.text.split("\n")
        self.method, self.checked = method, checked
        self.papers: list[dict[str, object]] = []

    def line(self, n: int) -> str:
        return self.lines[n - 1]

    def span(self, first: int, last: int) -> str:
        return "\n".join(self.lines[first - 1 : last])

    def add(self, first: int, last: int, title: str | None, own: str | None = None) -> None:
        own = self.span(first, last) if own is None else own
        self.papers.append({"line": first, "end": last, "title": clean(title),
                            "arxiv": arxiv_in(own), "doi": doi_in(own)})

    def write(self) -> None:
        split = tomllib.loads((LISTS / "split.toml").read_text(encoding="utf-8"))
        part = "held_out" if self.name in split["held_out"]["files"] else "development"
        out = {"file": self.name, "part": part, "method": self.method, "checked": self.checked,
               "papers": sorted(self.papers, key=lambda p: (p["line"], p["end"]))}
        dest = LISTS / "truth" / (self.name.removesuffix(".md") + ".json")
        dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
