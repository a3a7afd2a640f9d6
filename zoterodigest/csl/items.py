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

from ..bibtex.entries import author_list, official_title, paper_doi, paper_url, publication_year
from ..bibtex.latex import decode_entities, split_name
from ..digest.markup import split_math
from ..mappings import VenueSpec, venue_spec
from ..model import Paper
from ..names import clean_name

_MATH = LatexNodes2Text(math_mode="text")
_BRACES = re.compile(r"[{}]")


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


def _venue(paper: Paper) -> tuple[str, VenueSpec | None]:
    """(CSL type, the venue's mapping) for the paper's venue."""
    named = paper.venue is not None and paper.venue.name != "arXiv"
    spec = venue_spec(paper.venue) if named else None
    if spec is not None and spec.kind == "preprint":
        return "article", None
    if spec is not None:
        return ("article-journal" if spec.kind == "journal" else "paper-conference"), spec
    return ("paper-conference" if named else "article"), None


def _date(paper: Paper) -> dict[str, Any] | None:
    year = publication_year(paper)
    if year is None:
        return None
    published = paper.metadata.published if paper.metadata else None
    if published and published.year == year:
        return {"date-parts": [[published.year, published.month, published.day]]}
    return {"date-parts": [[year]]}


def csl_item(paper: Paper, key: str, *, abstracts: bool = False, keywords: list[str] | None = None) -> dict[str, Any]:
    """The CSL JSON item of one paper (listings already merged, key chosen)."""
    ctype, spec = _venue(paper)
    item: dict[str, Any] = {"id": key, "type": ctype, "title": plain(official_title(paper))}
    names, _ = author_list(paper)
    item["author"] = [n for n in (csl_name(a) for a in names) if n]
    item["issued"] = _date(paper)
    _container(paper, ctype, spec, item)
    if paper.arxiv_id and ctype == "article":
        item["publisher"] = "arXiv"
        item["number"] = f"arXiv:{paper.arxiv_id}"
    item["DOI"] = paper_doi(paper)
    item["URL"] = paper_url(paper)
    if abstracts:
        abstract = paper.metadata.abstract if paper.metadata and paper.metadata.abstract else paper.abstract
        item["abstract"] = plain(abstract) if abstract else None
    if keywords:
        item["keyword"] = ", ".join(keywords)
    return {k: v for k, v in item.items() if v}


def _container(paper: Paper, ctype: str, spec: VenueSpec | None, item: dict[str, Any]) -> None:
    """The proceedings or journal (and the publisher a venue mapping names)."""
    if spec is not None:
        workshop = paper.venue is not None and paper.venue.track == "Workshop"
        title = (spec.journal if ctype == "article-journal" else
                 (spec.workshop if workshop and spec.workshop else spec.booktitle)) or spec.full
        item["container-title"] = _BRACES.sub("", title)
        if spec.publisher and ctype == "paper-conference":
            item["publisher"] = spec.publisher
    elif ctype == "paper-conference" and paper.venue is not None:
        item["container-title"] = plain(paper.venue.name)
