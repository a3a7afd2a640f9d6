"""Paper -> CSL JSON item (Zotero's and Pandoc's interchange format).

Written the way Zotero's own CSL JSON export writes the same items:

* ``id`` is the paper's citation key (the key of the .bib), so ``[@key]`` works
  with either file.
* ``type``: ``paper-conference`` for a conference paper (``container-title`` the
  proceedings, ``publisher`` when the venue mapping names one),
  ``article-journal`` for a journal paper, ``article`` for a preprint or any
  other paper (Zotero's "Preprint").
* An arXiv preprint has ``publisher: "arXiv"`` and ``number: "arXiv:ID"`` (Zotero's
  Repository and Archive ID), which CSL styles print; every arXiv paper keeps its
  ``URL``; a DOI goes to ``DOI``.
* Names: ``family`` and ``given``, a particle kept in the family name (``van der
  Waals``, as Zotero stores it); one-field names (a team) as ``literal``.
* Text is plain Unicode (HTML entities decoded, LaTeX math such as ``$\\alpha$``
  read into Unicode where it can be, else kept as written).
"""

from __future__ import annotations

import re
from typing import Any

from pylatexenc.latex2text import LatexNodes2Text

from ..bibtex.entries import author_list, official_title, paper_url
from ..bibtex.latex import decode_entities, split_name
from ..digest.markup import split_math
from ..model import Paper
from ..names import clean_name
from ..resolved import Resolved, resolved

_MATH = LatexNodes2Text(math_mode="text")
_BRACES = re.compile(r"[{}]")
#: CSL type of each kind of the resolved record.
_TYPES = {"conference": "paper-conference", "journal": "article-journal", "preprint": "article"}


def plain(text: str) -> str:
    """Plain Unicode text: entities decoded, math read where pylatexenc can."""
    text = " ".join(decode_entities(text).split())
    if "$" not in text:
        return text
    return "".join(_math_text(piece) if is_math else piece for is_math, piece in split_math(text))


def _math_text(piece: str) -> str:
    try:
        return str(_MATH.latex_to_text(piece)).strip() or piece
    except Exception:  # noqa: BLE001 -- odd LaTeX: kept as the digest wrote it
        return piece


def csl_name(name: str) -> dict[str, str] | None:
    name = decode_entities(name)
    if not clean_name(name):
        return None
    parts = split_name(name)
    if parts is None:
        return {"literal": clean_name(name)}
    family, given = parts
    return {"family": family, "given": given} if given else {"family": family}


def _date(paper: Paper, year: int | None) -> dict[str, Any] | None:
    if year is None:
        return None
    published = paper.metadata.published if paper.metadata else None
    if published and published.year == year:
        return {"date-parts": [[published.year, published.month, published.day]]}
    return {"date-parts": [[year]]}


def csl_item(paper: Paper, key: str, *, abstracts: bool = False, keywords: list[str] | None = None) -> dict[str, Any]:
    """The CSL JSON item of one paper (listings already merged, key chosen)."""
    rec = resolved(paper)
    ctype = _TYPES[rec.kind]
    item: dict[str, Any] = {"id": key, "type": ctype, "title": plain(official_title(paper))}
    names, _ = author_list(paper)
    item["author"] = [n for n in (csl_name(a) for a in names) if n]
    item["issued"] = _date(paper, rec.year)
    _container(rec, item)
    if paper.arxiv_id and ctype == "article":
        item["publisher"] = "arXiv"
        item["number"] = f"arXiv:{paper.arxiv_id}"
    item["DOI"] = rec.doi
    item["URL"] = paper_url(paper)
    if abstracts:
        abstract = paper.metadata.abstract if paper.metadata and paper.metadata.abstract else paper.abstract
        item["abstract"] = plain(abstract) if abstract else None
    if keywords:
        item["keyword"] = ", ".join(keywords)
    return {k: v for k, v in item.items() if v}


def _container(rec: Resolved, item: dict[str, Any]) -> None:
    """The proceedings or journal, its numbers and publisher (of the one resolved record)."""
    container = rec.container()
    if container is None:
        return
    item["container-title"] = plain(_BRACES.sub("", container))
    if rec.kind == "conference" and rec.publisher:
        item["publisher"] = _BRACES.sub("", rec.publisher)
    item["volume"] = rec.volume
    item["issue"] = rec.number
    item["page"] = rec.pages.replace("--", "-") if rec.pages else None
    item["container-title-short"] = rec.abbreviation
    item["ISSN"] = rec.issn
