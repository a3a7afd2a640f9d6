"""Which library item is a paper: every identity an existing item answers to
(arXiv id in archiveID, extra, url or the 10.48550 DOI; DOI; normalised title),
so a push adopts the user's item instead of creating a twin."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..ids import normalise_doi, normalise_title, parse_arxiv
from ..model import Paper
from .items import journal_doi
from .text_limits import ZoteroJson

_EXTRA_ARXIV = re.compile(r"^[ \t]*+arxiv\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


def identity_keys(item_data: ZoteroJson) -> set[str]:
    """Every identity under which an existing item matches a paper, in the form of
    :attr:`Paper.identity` (``arxiv:ID``, ``doi:...``, ``title:...``)."""
    data = item_data.get("data", item_data)
    keys: set[str] = set()
    ids = []
    if re.search(r"arxiv", data.get("repository", "") or "", re.IGNORECASE) or str(
        data.get("archiveID", "")
    ).lower().startswith("arxiv:"):
        ids.append(parse_arxiv(data.get("archiveID", "")))
    ids += [parse_arxiv(m) for m in _EXTRA_ARXIV.findall(data.get("extra", "") or "")]
    ids.append(parse_arxiv(data.get("url", "") or ""))
    doi = normalise_doi(data.get("DOI", "") or "")
    if doi:
        arxiv_from_doi = parse_arxiv(doi)
        if arxiv_from_doi:
            ids.append(arxiv_from_doi)
        else:
            keys.add(f"doi:{doi}")
    keys |= {f"arxiv:{a.id}" for a in ids if a}
    title = normalise_title(data.get("title", "") or "")
    if title:
        keys.add(f"title:{title}")
    return keys


def paper_identity_keys(paper: Paper) -> set[str]:
    """The identities of a paper to look up in :func:`identity_keys` of the library."""
    keys = {paper.identity}
    if paper.arxiv_id:
        keys.add(f"arxiv:{paper.arxiv_id}")
    doi = journal_doi(paper)
    if doi:
        keys.add(f"doi:{doi}")
    title = paper.metadata.title if paper.metadata and paper.metadata.title else paper.title
    if normalise_title(title):
        keys.add(f"title:{normalise_title(title)}")
    return keys


def index_by_identity(items: Iterable[ZoteroJson], *, trashed: bool = False) -> dict[str, ZoteroJson]:
    """Identity -> existing item, for the library's regular top-level items (as the
    API lists them; notes, attachments and trashed items left out, or with ``trashed``
    only the trashed ones).  When two items share an identity the first listed wins,
    so the choice is stable."""
    index: dict[str, ZoteroJson] = {}
    for obj in items:
        data = obj.get("data", obj)
        if data.get("itemType") in ("note", "attachment", "annotation") or data.get("parentItem"):
            continue
        if bool(data.get("deleted")) != trashed:
            continue
        for key in sorted(identity_keys(data)):
            index.setdefault(key, obj)
    return index


def find_existing(paper: Paper, index: dict[str, ZoteroJson]) -> ZoteroJson | None:
    """The library's item for a paper: by arXiv id, else DOI, else normalised title."""
    keys = paper_identity_keys(paper)
    for prefix in ("arxiv:", "doi:", "title:"):
        for key in sorted(k for k in keys if k.startswith(prefix)):
            if key in index:
                return index[key]
    return None
