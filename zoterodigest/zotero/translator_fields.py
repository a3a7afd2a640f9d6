"""Fields as Zotero's own arXiv translator (``arXiv.org.js``) fills them (pure).

* ``shortTitle``: as Zotero fills it for the items its web translators make: the part
  before the first colon (``BERT: Pre-training of ...`` -> ``BERT``), cut after a question
  mark that is not the last character (``Is Attention All? A Study`` -> ``Is Attention All?``).
* ``extra``: ``arXiv:ID [primary category]`` (old-style ids: no category) and a second
  line ``version: N`` when the paper's link names a version.
* ``date``: the date of arXiv's latest version (``updated``; the first version's date when
  arXiv gives none), ``YYYY-MM-DD``.
* ``DOI``: the resolved record's (the publication's, else the digest's), as written where
  it comes from (arXiv's record or the digest), never case-folded:
  ``10.1111/j.1365-2966.2011.19851.x`` stays, ``10.1007/978-3-031-72658-3_1`` too.
"""

from __future__ import annotations

import re

from ..ids import normalise_doi
from ..model import Paper

_DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)
def short_title(title: str) -> str:
    """The short title Zotero's web translators set when a title has a subtitle: the part
    before the first colon, then, if a question mark follows inside it (not at its end),
    up to and including that question mark; "" when neither shortens the title."""
    short, changed = title, False
    if ":" in short:
        short, changed = short.split(":", 1)[0], True
    mark = short.find("?")
    if mark != -1 and mark + 1 != len(short):
        short, changed = short[:mark + 1], True
    short = short.strip()
    return short if changed and short and short != title.strip() else ""


def arxiv_extra(arxiv_id: str, category: str | None, version: int | None) -> str:
    """The translator's ``extra``: ``arXiv:2504.18524 [cs.CV]``, plus ``version: N``."""
    line = f"arXiv:{arxiv_id}" if "/" in arxiv_id or not category else f"arXiv:{arxiv_id} [{category}]"
    return f"{line}\nversion: {version}" if version else line


def named_version(paper: Paper) -> int | None:
    """The version the digest's link names (``2101.00001v2`` -> 2), if any."""
    return paper.arxiv_version or None


def arxiv_date(paper: Paper) -> str | None:
    """The latest version's date, as the translator dates a preprint."""
    meta = paper.metadata
    if meta is None:
        return None
    day = meta.updated or meta.published
    return day.isoformat() if day else None


def _as_written(raw: str | None) -> str | None:
    if not raw:
        return None
    m = _DOI.match(raw.strip())
    return m[1].rstrip(".,;") if m else None


def doi_as_given(paper: Paper, chosen: str | None = None) -> str | None:
    """The paper's DOI -- ``chosen``, default the resolved record's
    (:func:`zoterodigest.resolved.resolved`) -- in its own case: as arXiv's record or
    the digest writes it when they name the same DOI, else as its source does."""
    if chosen is None:
        from ..resolved import resolved

        chosen = resolved(paper).doi
    if not chosen or chosen.lower().startswith("10.48550/"):
        return None
    for raw in (paper.metadata.doi if paper.metadata else None, paper.doi, chosen):
        doi = _as_written(raw)
        if doi and normalise_doi(doi) == normalise_doi(chosen):
            return doi
    return chosen
