"""A paper without an arXiv id gets the open PDF of the page its digest links (issue 27)."""

from __future__ import annotations

import pytest

from zoterodigest.model import Paper
from zoterodigest.zotero.attachments import FULL_TEXT_PDF, pdf_source
from zoterodigest.zotero.open_pdfs import open_pdf


@pytest.mark.parametrize(("page", "pdf"), [
    ("https://openaccess.thecvf.com/content/CVPR2023/html/Kirillov_Segment_CVPR_2023_paper.html",
     "https://openaccess.thecvf.com/content/CVPR2023/papers/Kirillov_Segment_CVPR_2023_paper.pdf"),
    ("https://openaccess.thecvf.com/content/ICCV2023W/CVAMD/html/Li_Med_ICCVW_2023_paper.html",
     "https://openaccess.thecvf.com/content/ICCV2023W/CVAMD/papers/Li_Med_ICCVW_2023_paper.pdf"),
    ("https://www.ecva.net/papers/eccv_2022/papers_ECCV/html/1234_ECCV_2022_paper.php",
     "https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/1234_ECCV_2022_paper.pdf"),
    ("https://openreview.net/forum?id=YicbFdNTTy", "https://openreview.net/pdf?id=YicbFdNTTy"),
    ("https://aclanthology.org/2023.acl-long.1/", "https://aclanthology.org/2023.acl-long.1.pdf"),
    ("https://aclanthology.org/N19-1423", "https://aclanthology.org/N19-1423.pdf"),
    ("https://proceedings.mlr.press/v202/kirsch23a.html", "https://proceedings.mlr.press/v202/kirsch23a/kirsch23a.pdf"),
    ("https://proceedings.neurips.cc/paper_files/paper/2023/hash/0123abcd-Abstract-Conference.html",
     "https://proceedings.neurips.cc/paper_files/paper/2023/file/0123abcd-Paper-Conference.pdf"),
    ("https://papers.nips.cc/paper/2017/hash/3f5ee243-Abstract.html",
     "https://papers.nips.cc/paper/2017/file/3f5ee243-Paper.pdf"),
    ("https://openreview.net/pdf?id=abc", "https://openreview.net/pdf?id=abc"),
])
def test_the_open_pdf_of_a_paper_page(page, pdf):
    assert open_pdf(page) == pdf


@pytest.mark.parametrize("page", ["https://github.com/a/b", "https://example.org/paper.html",
                                  "https://openreview.net/group?id=ICLR.cc", "https://aclanthology.org/events/acl-2023/"])
def test_no_pdf_for_other_pages(page):
    assert open_pdf(page) is None


def test_a_paper_without_an_arxiv_id_links_its_open_pdf():
    paper = Paper(title="T", links={"code": "https://github.com/a/b", "paper": "https://openreview.net/forum?id=XYZ"})
    source = pdf_source(paper)
    assert source is not None and (source.url, source.title) == ("https://openreview.net/pdf?id=XYZ", FULL_TEXT_PDF)
    assert pdf_source(Paper(title="T", links={"code": "https://github.com/a/b"})) is None
    arxiv = pdf_source(Paper(title="T", arxiv_id="2301.00001", links={"paper": "https://openreview.net/forum?id=X"}))
    assert arxiv is not None and arxiv.url == "https://arxiv.org/pdf/2301.00001"  # (an arXiv paper keeps arXiv's)
