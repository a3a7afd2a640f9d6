"""Records that name one paper by its id (issue 26): the screen for prose and the one-paper rule."""

from __future__ import annotations

from zoterodigest.digest import parse_text
from zoterodigest.digest.document import Document
from zoterodigest.digest.generic import id_records


def test_a_record_names_one_paper_by_its_arxiv_id_or_its_doi_or_both():
    assert id_records._one_paper("Owls Count. arXiv:2301.00001") == "2301.00001"
    assert id_records._one_paper("Owls Count. https://doi.org/10.1234/owls.1 and https://arxiv.org/abs/2301.00001") == "2301.00001"
    assert id_records._one_paper("Owls Count. doi:10.1234/owls.1.") == "10.1234/owls.1"
    assert id_records._one_paper("two papers: arXiv:2301.00001 and arXiv:2301.00002") is None
    assert id_records._one_paper("no id at all") is None


def test_prose_about_a_paper_is_no_record_of_it():
    for text in ('A recent <a href="https://arxiv.org/abs/2012.12877">paper</a> has shown that owls see.',
                 '<a href="https://arxiv.org/abs/2307.06304">This paper</a> proposes to count owls.',
                 '[OwlNet](https://arxiv.org/abs/2101.06032) proposes compact owl transformers',
                 'Checkout the latest version of the survey at [Arxiv](https://arxiv.org/abs/2407.21523).',
                 '[Main paper](https://doi.org/10.1234/owls.1):',
                 '@article{Barn2019, doi = {10.1234/owls.1}'):
        assert id_records._record_key(text) is None, text
    assert id_records._record_key("Barn, A. (2019). Owls count. J. Owls. https://doi.org/10.1234/owls.1") == "10.1234/owls.1"


def test_a_record_of_links_alone_takes_the_heading_over_it():
    text = ("# Owls\n\n<table><tr><td>\n\n#### Owls Count in Base Three\nPublished on **2025-09-25** by\n\n"
            "Ann **Barn**, Bob **Tawny**\n\n<https://arxiv.org/abs/2301.00001>\n\n</td></tr><tr><td>\n\n"
            "#### Night Flight Without Moonlight\nPublished on **2025-08-02** by\n\nCy **Hoot**, Di **Owlet**\n\n"
            "<https://arxiv.org/abs/2301.00002>\n\n</td></tr></table>\n")
    doc = Document.from_text(text)
    found = id_records.id_papers(doc, 0, len(doc.lines), bytearray(len(doc.lines)), lambda i: False, set())
    assert [(f.title, f.ident.arxiv.id if f.ident.arxiv else None, f.first + 1) for f in found] == [
        ("Owls Count in Base Three", "2301.00001", 5), ("Night Flight Without Moonlight", "2301.00002", 14)]


def test_an_id_a_paper_read_already_has_is_not_read_again():
    text = ("# Papers\n\n- [Owls Count in Base Three](https://arxiv.org/abs/2301.00001)\n"
            "- [Night Flight Without Moonlight](https://arxiv.org/abs/2301.00002)\n\n# Notes\n\n"
            "Owls Count in Base Three, seen again at the owl meeting, arXiv 2301.00001, with slides by Ann Barn.\n\n"
            "Night Flight Without Moonlight, seen again at the owl meeting, arXiv 2301.00002, with slides by Bob Tawny.\n")
    assert [e.lines for e in parse_text(text).entries] == [(3, 3), (4, 4)]
    doc = Document.from_text(text)  # (the notes alone, with no paper read: each is read by its id)
    found = id_records.id_papers(doc, 6, len(doc.lines), bytearray(len(doc.lines) - 6), lambda i: False, set())
    assert [f.first + 1 for f in found] == [8, 10]
