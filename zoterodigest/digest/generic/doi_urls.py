"""The DOI inside a publisher's address: ``onlinelibrary.wiley.com/doi/10.1111/x``,
``journals.aps.org/pre/abstract/10.1103/PhysRevE.1``, ``journals.plos.org/plosone/article?id=10.1371/x``,
``evodevojournal.biomedcentral.com/articles/10.1186/x``, ``dl.acm.org/citation.cfm?doid=2568225.2568293``,
``nature.com/articles/s41586-018-0414-6``, ``biorxiv.org/content/10.1101/2020.01.01.123v2``.

Only hosts known to name their article's own DOI so are read (a path holding ``/10.`` elsewhere may be
anything: ``delivery.acm.org/10.1145/1370000/1367513/p111.pdf`` is a file's path, and a supplement's page,
``/doi/suppl/10.1086/1``, is no article's).  Facts only; pure.
"""

from __future__ import annotations

import re

_DOI_IN_URL = re.compile(r"/(10\.\d{4,9}/[^\s?#&]+?)(?:/(?:abstract|full|pdf|epdf|meta))?/?(?:[?#]|$)")
#: Hosts and paths whose ``/10.`` starts the article's DOI.
_HOST_WORDS = ("/doi/10.", "/doi/abs/10.", "/doi/full/10.", "/doi/pdf/10.", "/doi/epdf/10.", "/doi/pdfplus/10.", "dl.acm.org",
               "doi.acm.org", "dx.doi.org", "link.springer.com", "onlinelibrary.wiley.com", "tandfonline.com", "science.org/doi",
               "pnas.org/doi", "journals.sagepub", "iopscience")
#: Publishers whose DOIs hold no slash after the prefix (``10.1103/PhysRevB.99.1``, ``10.1186/s13227-020-00152-z``): what
#: follows the DOI in their address is a page of it (``/figures/1``, ``/supplementary-material``), and names no DOI.
_ONE_SEGMENT = ("journals.aps.org/", "/article/info:doi/10.", "frontiersin.org/article", "biomedcentral.com/articles/10.",
                "springeropen.com/articles/10.", "drops.dagstuhl.de/entities/document/10.", "scipost.org/10.",
                "doi.ieeecomputersociety.org/10.", "jstor.org/stable/10.")
#: A page of an article after its DOI in an address (its figures, tables, supplements): the address names no DOI.
_PAGE_AFTER = re.compile(r"/(?:figures?|tables?|suppinfo|suppl(?:ementa(?:l|ry)(?:[-_]material)?)?|supporting[-_]information"
                         r"|references|metrics|citations?|file)(?:/|$)", re.IGNORECASE)
#: An article page naming its DOI as a query's ``id`` (PLOS, the AEA's journals).
_ID_DOI = re.compile(r"(?:journals\.plos\.org/\w+/article|aeaweb\.org/articles)\?(?:[^#\s]*&)?id=(10\.\d{4,9}/[^\s&#]+)",
                     re.IGNORECASE)
#: ACM's old citation page names its DOI's suffix (``dl.acm.org/citation.cfm?doid=2568225.2568293``: 10.1145/2568225.2568293).
_ACM_DOID = re.compile(r"dl\.acm\.org/citation\.cfm\?(?:[^#\s]*&)?doid=(\d+\.\d+)", re.IGNORECASE)
#: A Nature Portfolio article's id (``s41586-018-0414-6``, ``s41467-021-21234-5``, ``nature12373``): 10.1038/ and the id.
_NATURE = re.compile(r"nature\.com/articles/(s\d{5}-\d{3}-\d{4,5}-\w|[a-z]+\d{4,})(?![\w\-])", re.IGNORECASE)
_PREPRINT_DOI = re.compile(r"(?:bio|med)rxiv\.org/content/(?:early/[\d/]+/)?(10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d+)(?:v\d+)?", re.IGNORECASE)


def _doi_host(url: str, words: tuple[str, ...]) -> bool:
    """Whether the URL's host and path are among ``words``."""
    low = url.lower()
    return any(w in low for w in words) if low.isascii() else any(re.search(re.escape(w), url, re.IGNORECASE) for w in words)


def publisher_doi(url: str) -> str | None:
    """The DOI a publisher's address names (lower-cased), else None (never a DOI with a page's path glued on)."""
    if _doi_host(url, _HOST_WORDS + _ONE_SEGMENT) and (m := _DOI_IN_URL.search(url)):
        doi = m.group(1)
        if _PAGE_AFTER.search(doi) or doi.count("/") > 1 and _doi_host(url, _ONE_SEGMENT):
            return None  # ("…/10.1186/s1-0/figures/1", "…/10.1111/x/suppinfo": a page of the article, not the article)
        return doi.lower()
    if (m := _ID_DOI.search(url)) is not None:
        return m.group(1).lower()
    if (m := _ACM_DOID.search(url)) is not None:
        return f"10.1145/{m.group(1)}"
    if (m := _NATURE.search(url)) is not None:
        return f"10.1038/{m.group(1).lower()}"
    if (m := _PREPRINT_DOI.search(url)) is not None:
        return m.group(1).lower()  # bioRxiv / medRxiv: the DOI without the version
    return None
