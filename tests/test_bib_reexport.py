"""Re-exporting onto an existing .bib (issue 15, item 5): the file's entries are read
by a small BibTeX reader (not bibtexparser's slow grammar), each of our entries is
matched to one paper by its strongest identity, and exporting again over our own
output gives the same bytes, whatever the entries hold."""

from __future__ import annotations

import datetime as dt

from zoterodigest.bibtex import export_bib
from zoterodigest.bibtex.bibfile import identities, split_blocks, strongest
from zoterodigest.model import ArxivRecord, Paper


def arxiv_paper(arxiv_id: str, title: str, authors: list[str]) -> Paper:
    meta = ArxivRecord(id=arxiv_id, version=1, title=title, authors=authors, primary_category="cs.CL",
                       categories=["cs.CL"], published=dt.date(2023, 12, 19))
    return Paper(arxiv_id=arxiv_id, title=title, metadata=meta)


def test_the_reader_takes_braces_quotes_macros_and_concatenation():
    text = ('@String{ acl = "Proc. of {ACL}" }\n'
            "@Article( k1 ,\n  Title = {{GFlowNet}: a \"q\" \\'e} # \" in \" # acl,\n  YEAR = 2020,\n"
            '  url="http://x.org/{y}", month = jan, note = {a (b}\n)\n'
            "@misc{k2, title = {Two}}\n% a comment @ here\n@comment{ignored}\n")
    blocks = split_blocks(text)
    assert [(b.type, b.key) for b in blocks] == [("string", None), ("article", "k1"), ("misc", "k2"),
                                                 ("comment", None)]
    fields = blocks[1].fields
    assert fields["title"] == '{GFlowNet}: a "q" \\\'e in Proc. of {ACL}'
    assert fields["year"] == "2020" and fields["url"] == "http://x.org/{y}" and fields["month"] == "January"
    assert text[blocks[2].start:blocks[2].end] == "@misc{k2, title = {Two}}"


def test_a_broken_entry_is_read_as_far_as_it_goes():
    blocks = split_blocks("@misc{k, title = {A}, doi = {10.1/x} junk = {B}}\n@misc{j, title = {C}}\n")
    assert blocks[0].key == "k" and blocks[0].fields == {"title": "A", "doi": "10.1/x"}
    assert blocks[1].key == "j"


def test_identities_and_the_strongest_of_them():
    fields = {"title": "Convolutional Networks in the {NO}{$\\nu$}A Detectors", "url": "https://arxiv.org/pdf/2309.10020"}
    every = identities(fields)
    assert "arxiv:2309.10020" in every
    # As LaTeX prints the title, and as written less braces (the way a digest writes it).
    assert "title:convolutional networks in the noνa detectors" in every
    assert "title:convolutional networks in the no nu a detectors" in every
    assert strongest(every) == "arxiv:2309.10020"
    assert identities(fields, {"doi:10.1/x", "title:convolutional networks in the no nu a detectors"}) == {
        "title:convolutional networks in the no nu a detectors"}


def test_a_link_only_paper_never_takes_the_key_of_an_arxiv_paper_of_the_same_title():
    title = "Gemini: A Family of Highly Capable Multimodal Models"
    papers = [arxiv_paper("2312.11805", title, ["Rohan Anil", "Sebastian Borgeaud"]),
              Paper(title=title, links={"paper": "https://example.org/gemini.pdf"}, year=2023)]
    first = export_bib(papers)
    again = export_bib(papers, existing_text=first.text)
    assert len(set(again.keys.values())) == 2
    assert again.keys == first.keys and again.text == first.text


def test_re_export_over_our_own_output_gives_the_same_bytes_without_blank_lines_piling_up():
    papers = [arxiv_paper(f"2401.0000{i}", f"Paper Number {i} on $\\alpha$-Nets", [f"Ada Lovelace{i}"])
              for i in range(1, 6)]
    mine = "@book{mine,\n  title = {My Own},\n  year = {1999}\n}\n"
    first = export_bib(papers, existing_text=mine)
    text = first.text
    for _ in range(3):
        text = export_bib(papers, existing_text=text).text
    assert text == first.text and "\n\n\n" not in text
    assert text.startswith(mine)
