"""The DOI inside a publisher's address (zoterodigest/digest/generic/doi_urls.py, through links.doi_of): read only
where the host is known to name its article's own DOI so, never from a file's path or a supplement's page."""

from __future__ import annotations

import pytest

from zoterodigest.digest.generic.links import doi_of


@pytest.mark.parametrize(("url", "doi"), [
    ("https://onlinelibrary.wiley.com/doi/10.1111/pbi.13000", "10.1111/pbi.13000"),
    ("https://journals.aps.org/pre/pdf/10.1103/PhysRevE.107.L012103?casa_token=abc", "10.1103/physreve.107.l012103"),
    ("https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.1.1", "10.1103/physrevlett.1.1"),
    ("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0250614", "10.1371/journal.pone.0250614"),
    ("http://www.plosone.org/article/info:doi/10.1371/journal.pone.0033726", "10.1371/journal.pone.0033726"),
    ("https://www.frontiersin.org/articles/10.3389/fpos.2022.946589/full", "10.3389/fpos.2022.946589"),
    ("https://evodevojournal.biomedcentral.com/articles/10.1186/s13227-020-00152-z", "10.1186/s13227-020-00152-z"),
    ("https://cybersecurity.springeropen.com/articles/10.1186/s42400-018-0002-y", "10.1186/s42400-018-0002-y"),
    ("https://drops.dagstuhl.de/entities/document/10.4230/LIPIcs.CP.2022.15", "10.4230/lipics.cp.2022.15"),
    ("https://scipost.org/10.21468/SciPostPhys.3.3.019", "10.21468/scipostphys.3.3.019"),
    ("http://www.jstor.org/stable/10.1525/hsns.2012.42.5.510", "10.1525/hsns.2012.42.5.510"),
    ("https://www.aeaweb.org/articles?id=10.1257/pandp.20241047", "10.1257/pandp.20241047"),
    ("https://dl.acm.org/citation.cfm?doid=2568225.2568293", "10.1145/2568225.2568293"),
    ("https://www.nature.com/articles/s41586-018-0414-6", "10.1038/s41586-018-0414-6"),
    ("https://www.nature.com/articles/s41467-021-21234-5.pdf", "10.1038/s41467-021-21234-5"),
    ("https://www.nature.com/articles/nature12373", "10.1038/nature12373"),
    ("https://www.biorxiv.org/content/10.1101/2020.01.01.123456v2", "10.1101/2020.01.01.123456"),
    # (a file's path that holds "/10." and a supplement's page name no article's DOI)
    ("http://delivery.acm.org/10.1145/1370000/1367513/p111-titov.pdf", None),
    ("https://www.journals.uchicago.edu/doi/suppl/10.1086/707364", None),
    ("https://example.org/files/10.1234/notes.html", None),
    # (a page of an article after its DOI: its figures, supplements; no DOI rather than one with the page glued on)
    ("https://journals.aps.org/prl/supplemental/10.1103/PhysRevLett.1.1/file.pdf", None),
    ("https://bmcbioinformatics.biomedcentral.com/articles/10.1186/s12859-020-3431-5/figures/1", None),
    ("https://www.frontiersin.org/articles/10.3389/fpls.2021.1/supplementary-material", None),
    ("https://onlinelibrary.wiley.com/doi/10.1111/pbi.13000/suppinfo", None),
    ("https://academic.example.org/doi/10.1093/nar/gkab1112", "10.1093/nar/gkab1112"),
])
def test_publisher_doi(url: str, doi: str | None) -> None:
    assert doi_of(url) == doi
