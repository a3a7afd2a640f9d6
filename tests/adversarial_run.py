"""Runs the hostile answer sets (:mod:`adversarial_cases`) through the real pipeline.

arXiv, Semantic Scholar and Crossref are the local fakes; enrichment, resolution
and the writers are the project's own: the .bib (both dialects), CSL JSON,
Hayagriva and the Zotero item of every paper are read back as (kind, venue,
year, DOI) and judged against the case's :class:`~adversarial_cases.Expect`.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from adversarial_cases import Case, Expect
from fakes.arxiv_server import FakeArxiv
from fakes.crossref_server import FakeCrossref
from fakes.s2_server import FakeSemanticScholar

from zoterodigest.bibtex import Options, export_bib
from zoterodigest.bibtex.listings import merge_listings
from zoterodigest.csl import csl_items, hayagriva_text
from zoterodigest.enrich import enrich
from zoterodigest.enrich.arxiv_lookup import ArxivLookup
from zoterodigest.enrich.crossref import Crossref
from zoterodigest.enrich.resolution import resolve_papers
from zoterodigest.enrich.semantic_scholar import SemanticScholar
from zoterodigest.mappings import venues
from zoterodigest.model import Paper
from zoterodigest.zotero.items import item_for

FORMATS = ("bibtex", "biblatex", "csl", "hayagriva", "zotero")


@dataclass(frozen=True)
class Seen:
    """What one writer shows for a paper."""

    kind: str
    venue: str | None
    year: int | None
    doi: str | None


def _plain(text: str | None) -> str | None:
    return " ".join(re.sub(r"[{}]", "", text).split()) if text else None


def _doi(raw: str | None) -> str | None:
    return raw.lower() if raw and not raw.lower().startswith("10.48550/") else None


def _year(text: str | None) -> int | None:
    m = re.match(r"\d{4}", text or "")
    return int(m[0]) if m else None


def seen_bib(etype: str, fields: dict[str, str]) -> Seen:
    kind = {"inproceedings": "conference", "article": "journal"}.get(etype, "preprint")
    venue = fields.get("booktitle") or fields.get("journal") or fields.get("journaltitle")
    return Seen(kind, _plain(venue) if kind != "preprint" else None,
                _year(fields.get("year") or fields.get("date")), _doi(fields.get("doi")))


def seen_csl(item: dict[str, Any]) -> Seen:
    kind = {"paper-conference": "conference", "article-journal": "journal"}.get(item["type"], "preprint")
    issued = (item.get("issued") or {}).get("date-parts") or [[None]]
    return Seen(kind, item.get("container-title") if kind != "preprint" else None, issued[0][0], _doi(item.get("DOI")))


def seen_hayagriva(entry: dict[str, Any]) -> Seen:
    parent = entry.get("parent") or {}
    kind = {"proceedings": "conference", "periodical": "journal"}.get(parent.get("type"), "preprint")
    serial = entry.get("serial-number") or {}
    return Seen(kind, parent.get("title") if kind != "preprint" else None, _year(str(entry.get("date") or "")),
                _doi(serial.get("doi")))


def seen_zotero(item: dict[str, Any]) -> Seen:
    kind = {"conferencePaper": "conference", "journalArticle": "journal"}.get(item["itemType"], "preprint")
    venue = item.get("proceedingsTitle") or item.get("publicationTitle")
    return Seen(kind, venue if kind != "preprint" else None, _year(item.get("date")), _doi(item.get("DOI")))


def venue_texts(expect: Expect) -> set[str]:
    """Every text a writer may show for the expected venue."""
    spec = venues().get(expect.venue or "")
    if spec is None:
        return {(expect.venue or "").casefold()}
    titles = [spec.workshop] if expect.workshop else [spec.booktitle, spec.journal, spec.full]
    return {_plain(t).casefold() for t in titles if t}  # type: ignore[union-attr]


def judge(seen: Seen, expect: Expect) -> str:
    """"right", "wrong venue" (a venue that is not the paper's), or "incomplete" (a preprint
    kept as one where a publication was expected, or a wrong year or DOI)."""
    if seen.kind == "preprint":
        return "right" if expect.kind == "preprint" and seen.doi == expect.doi else "incomplete"
    if expect.kind != seen.kind or (seen.venue or "").casefold() not in venue_texts(expect):
        return "wrong venue"
    return "right" if seen.year == expect.year and seen.doi == expect.doi else "incomplete"


def digest_paper(case: Case) -> Paper:
    links = {} if case.arxiv_id else {"code": f"https://github.com/example/{abs(hash(case.title)) % 10**6}"}
    return Paper(arxiv_id=case.arxiv_id, title=case.title, authors=[case.author], authors_complete=False,
                 doi=case.digest_doi, links=links)


def run_cases(cases: list[Case], workdir: Path | None = None) -> dict[str, dict[str, Seen]]:
    """Case name -> format -> what the writer shows."""
    with tempfile.TemporaryDirectory(prefix="zd-adversarial-") as tmp:
        root = workdir or Path(tmp)
        papers = [digest_paper(c) for c in cases]
        records = [r for r in (c.record() for c in cases) if r is not None]
        with (FakeArxiv(records, min_interval=0.0) as ax, FakeSemanticScholar([c.s2 for c in cases if c.s2]) as s2,
              FakeCrossref([w for c in cases for w in c.works]) as cr):
            enriched = enrich(papers, cache=root / "arxiv", lookup=ArxivLookup(ax.url, delay_seconds=0.0),
                              quiet=True).papers
            report = resolve_papers(enriched, cache=root / "answers", s2=lambda: SemanticScholar(s2.url),
                                    crossref=lambda: Crossref(cr.url))
        return read_back([c.name for c in cases], report.papers)


def read_back(names: list[str], papers: list[Paper]) -> dict[str, dict[str, Seen]]:
    """Name (one per paper, same order) -> format -> what the writer shows."""
    out: dict[str, dict[str, Seen]] = {name: {} for name in names}
    by_identity = {p.identity: name for p, name in zip(papers, names)}
    keys: dict[str, str] = {}
    for dialect in ("bibtex", "biblatex"):
        result = export_bib(papers, options=Options(dialect=dialect))
        keys = result.keys
        for entry in result.entries:
            out[by_identity[entry.identity]][dialect] = seen_bib(entry.type, entry.fields)
    key_to_case = {keys[i]: name for i, name in by_identity.items()}
    items = csl_items(merge_listings(papers), keys)
    for item in items:
        out[key_to_case[item["id"]]]["csl"] = seen_csl(item)
    for key, entry in yaml.safe_load(hayagriva_text(items)).items():
        out[key_to_case[str(key)]]["hayagriva"] = seen_hayagriva(entry)
    for paper, name in zip(papers, names):
        out[name]["zotero"] = seen_zotero(item_for(paper, citation_key=keys[paper.identity], tags=[], collections=[]))
    return out


def tally(cases: list[Case], seen: dict[str, dict[str, Seen]]) -> dict[str, dict[str, int]]:
    """Per format: how many cases are right, wrong venue, incomplete."""
    out = {f: {"right": 0, "wrong venue": 0, "incomplete": 0} for f in FORMATS}
    for case in cases:
        for fmt in FORMATS:
            out[fmt][judge(seen[case.name][fmt], case.expect)] += 1
    return out
