"""How arXiv's record and a digest's statements combine (pure functions).

:func:`merge` returns a new :class:`Paper`; the one given is not changed.

The rules:

* ``metadata`` is always set to arXiv's record: it is what Zotero items and
  BibTeX entries are built from (arXiv's title is the official title there).
* The digest's own statements stay the digest's: ``title`` (as written),
  ``venue``, ``year``, ``task``, ``summary``, ``one_liner``, ``topics``,
  ``links``, ``extra`` are never touched (an empty title is filled).
* Authors: an incomplete list (``authors_complete=False``: cut with "et al."
  or absent) is replaced by arXiv's full list.  A list the digest gives as
  complete is **kept when it names the same people** as arXiv (same count,
  same family names in the same order, initials allowed: the digest's
  spelling is a statement of the digest, and arXiv's spelling is in
  ``metadata`` for export), and **replaced when it does not** (different
  people or count: the digest was wrong to call it complete).
* ``abstract`` and ``categories`` are filled when the digest has none.
* ``doi`` is filled with arXiv's journal DOI when the digest states none.
* ``arxiv_version`` stays the version the digest names (a statement of the
  digest, kept for write-back); arXiv's latest is ``metadata.version``.
"""

from __future__ import annotations

import unicodedata

from ..ids import normalise_doi, normalise_title
from ..model import ArxivRecord, Paper


def _fold(name: str) -> list[str]:
    """A name as lower-case accent-free words, given names first."""
    if "," in name:  # "Family, Given" -> "Given Family"
        family, _, given = name.partition(",")
        name = f"{given} {family}"
    return normalise_title(unicodedata.normalize("NFC", name)).split()


def same_person(a: str, b: str) -> bool:
    """Whether two spellings of an author name plausibly name the same person.

    Same family name (last word, or any word for names written family first),
    and given names agreeing on their first letter when both have one.
    """
    wa, wb = _fold(a), _fold(b)
    if not wa or not wb:
        return False
    if wa == wb or sorted(wa) == sorted(wb):  # identical, or family-first order
        return True
    if wa[-1] != wb[-1]:
        return False
    ga, gb = wa[:-1], wb[:-1]
    return not ga or not gb or ga[0][0] == gb[0][0]


def same_people(a: list[str], b: list[str]) -> bool:
    """Whether two author lists name the same people in the same order."""
    return len(a) == len(b) and all(same_person(x, y) for x, y in zip(a, b))


def merge(paper: Paper, record: ArxivRecord) -> Paper:
    """``paper`` completed with arXiv's ``record`` (see the module's rules)."""
    update: dict[str, object] = {"metadata": record.model_copy(deep=True)}
    if record.authors and (not paper.authors_complete or not same_people(paper.authors, record.authors)):
        update["authors"] = list(record.authors)
        update["authors_complete"] = True
    if not paper.title and record.title:
        update["title"] = record.title
    if not paper.abstract and record.abstract:
        update["abstract"] = record.abstract
    if not paper.categories and record.categories:
        update["categories"] = list(record.categories)
    if not paper.doi and record.doi:
        update["doi"] = normalise_doi(record.doi) or record.doi
    return paper.replace(deep=True, **update)
