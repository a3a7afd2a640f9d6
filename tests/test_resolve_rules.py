"""Which publication a paper gets (pure): the arXiv.org trap, the digest wins,
Crossref works as @article fields, the title-match rules, source order."""

from __future__ import annotations

import copy

from zoterodigest.bibtex import export_bib
from zoterodigest.enrich.publication import from_crossref, from_semantic_scholar
from zoterodigest.enrich.resolve import Answers, resolve, title_match_accepted
from zoterodigest.model import ArxivRecord, Paper, Venue

# The doc's recorded preprint shape (metadata-apis.md §1), ids shortened.
PREPRINT = {
    "paperId": "f22d", "externalIds": {"DBLP": "journals/corr/abs-2412-00678", "ArXiv": "2412.00678",
                                       "DOI": "10.48550/arXiv.2412.00678", "CorpusId": 274437761},
    "publicationVenue": {"id": "1901e811", "name": "arXiv.org", "alternate_names": ["ArXiv"], "issn": "2331-8422",
                         "url": "https://arxiv.org"},
    "title": "A Preprint", "venue": "arXiv.org", "year": 2024, "publicationTypes": ["JournalArticle"],
    "journal": {"name": "ArXiv", "volume": "abs/2412.00678"}, "authors": [{"authorId": "1", "name": "Jingwei Zhang"}],
}
NEURIPS = {
    "paperId": "abcd", "title": "Attention Is All You Need", "venue": "Neural Information Processing Systems",
    "publicationVenue": {"id": "d9720b90", "name": "Neural Information Processing Systems", "type": "conference",
                         "alternate_names": ["Neural Inf Process Syst", "NeurIPS", "NIPS"]},
    "journal": {"name": "ArXiv", "volume": "abs/1706.03762"}, "publicationTypes": ["JournalArticle", "Conference"],
    "externalIds": {"DBLP": "conf/nips/VaswaniSPUJGKP17", "ArXiv": "1706.03762", "CorpusId": 13756489},
    "year": 2017, "authors": [{"authorId": "2", "name": "Ashish Vaswani"}],
}
TPAMI_WORK = {
    "DOI": "10.1109/tpami.2021.1234567", "type": "journal-article", "publisher": "Institute of Electrical and "
    "Electronics Engineers (IEEE)", "title": ["A Journal Paper"],
    "container-title": ["IEEE Transactions on Pattern Analysis and Machine Intelligence"],
    "short-container-title": ["IEEE Trans. Pattern Anal. Mach. Intell."], "volume": "44", "issue": "3",
    "page": "1234-1250", "issued": {"date-parts": [[2022, 3]]},
}


def paper(**kw) -> Paper:
    base = {"arxiv_id": "2412.00678", "title": "A Preprint", "authors": ["Jingwei Zhang"]}
    return Paper(**{**base, **kw})


def test_arxiv_org_trap_is_no_publication():
    assert from_semantic_scholar(PREPRINT) is None
    # Hand-written fixtures add "type": "journal" to the arXiv venue: still a preprint.
    typed = copy.deepcopy(PREPRINT)
    typed["publicationVenue"]["type"] = "journal"
    assert from_semantic_scholar(typed) is None
    outcome = resolve(paper(), Answers(s2=PREPRINT))
    assert outcome.status == "preprint" and outcome.publication is None


def test_conference_from_semantic_scholar_uses_the_acronym_and_the_dblp_year():
    pub = from_semantic_scholar({**NEURIPS, "year": 2016})  # S2's year is the arXiv year
    assert pub is not None
    assert (pub.kind, pub.venue, pub.known, pub.year) == ("conference", "NeurIPS", True, 2017)
    assert pub.volume is None  # "abs/..." of the ArXiv journal is no volume


def test_unknown_venue_is_kept_as_given():
    odd = {**NEURIPS, "venue": "Workshop on Odd Things", "publicationVenue": None, "externalIds": {}}
    pub = from_semantic_scholar(odd)
    assert pub is not None and (pub.venue, pub.known, pub.kind) == ("Workshop on Odd Things", False, "conference")


def test_the_digest_wins():
    stated = paper(venue=Venue(name="ICML", year=2021))
    outcome = resolve(stated, Answers(s2=NEURIPS))
    assert outcome.status == "digest" and outcome.publication is None
    assert outcome.findings[0] == ("digest", "states ICML 2021; it wins")


def test_journal_ref_comes_first_and_semantic_scholar_fills_in():
    record = ArxivRecord(id="1706.03762", version=5, title="Attention Is All You Need",
                         authors=["Ashish Vaswani"], journal_ref="NeurIPS 2017")
    with_pages = {**NEURIPS, "journal": {"pages": "5998-6008"}}
    outcome = resolve(paper(arxiv_id="1706.03762", metadata=record), Answers(s2=with_pages))
    pub = outcome.publication
    assert outcome.status == "published" and pub is not None
    assert (pub.venue, pub.year, pub.pages) == ("NeurIPS", 2017, "5998--6008")
    assert pub.sources["venue"] == "arXiv journal_ref" and pub.sources["pages"] == "Semantic Scholar"


def test_a_different_venue_from_a_later_source_fills_nothing():
    record = ArxivRecord(id="1706.03762", version=5, title="T", journal_ref="ICML 2017")
    outcome = resolve(paper(metadata=record), Answers(s2={**NEURIPS, "journal": {"pages": "1-2"}}))
    assert outcome.publication is not None and outcome.publication.pages is None


def test_crossref_journal_article_becomes_article_fields():
    pub = from_crossref({**TPAMI_WORK, "ISSN": ["0162-8828", "1939-3539"]})
    assert pub is not None
    assert (pub.issn, pub.abbreviation) == ("0162-8828", "IEEE Trans. Pattern Anal. Mach. Intell.")
    assert (pub.kind, pub.venue, pub.known, pub.year, pub.volume, pub.number, pub.pages) == (
        "journal", "TPAMI", True, 2022, "44", "3", "1234--1250")
    p = paper(arxiv_id=None, doi="10.1109/TPAMI.2021.1234567", publication=pub)
    entry = export_bib([p]).entries[0]
    assert entry.type == "article"
    f = entry.fields
    assert f["journal"] and "Pattern Analysis" in f["journal"]
    assert (f["volume"], f["number"], f["pages"], f["year"]) == ("44", "3", "1234--1250", "2022")
    assert f["doi"] == "10.1109/TPAMI.2021.1234567"


def test_crossref_preprints_and_datasets_are_no_publication():
    assert from_crossref({**TPAMI_WORK, "type": "posted-content", "subtype": "preprint"}) is None
    assert from_crossref({**TPAMI_WORK, "type": "dataset"}) is None
    assert from_crossref({**TPAMI_WORK, "container-title": []}) is None


def test_title_match_needs_identical_title_and_first_author_or_year():
    p = Paper(title="Attention is all you need!", authors=["A. Vaswani"])
    assert title_match_accepted(p, NEURIPS)
    assert not title_match_accepted(p, {**NEURIPS, "title": "Attention Is Not All You Need"})
    stranger = Paper(title="Attention Is All You Need", authors=["Someone Else"])
    assert not title_match_accepted(stranger, NEURIPS)
    assert title_match_accepted(Paper(title="Attention Is All You Need", authors=["Someone Else"], year=2017),
                                NEURIPS)
    assert not title_match_accepted(Paper(title="Attention Is All You Need", year=2019), NEURIPS)
    outcome = resolve(stranger, Answers(match=NEURIPS))
    assert outcome.publication is None and "rejected" in outcome.findings[0][1]


def test_semantic_scholars_full_venue_name_without_a_publication_venue():
    # As recorded for SIGMOD: publicationVenue null, the full name in venue, the proceedings in journal.
    cvpr = {**NEURIPS, "venue": "Computer Vision and Pattern Recognition", "publicationVenue": None,
            "externalIds": {"ArXiv": "2112.10752"}, "year": 2021,
            "journal": {"name": "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
                        "pages": "10674-10685"}}
    pub = from_semantic_scholar(cvpr)
    assert pub is not None
    assert (pub.kind, pub.venue, pub.known, pub.year, pub.pages) == ("conference", "CVPR", True, 2022, "10674--10685")


def test_a_conference_and_its_journal_extension_are_never_mixed_and_the_disagreement_is_shown():
    record = ArxivRecord(id="1706.03762", version=5, title="Attention Is All You Need", authors=["Ashish Vaswani"],
                         doi="10.1109/TPAMI.2021.1234567")
    work = {**TPAMI_WORK, "title": ["Attention Is All You Need"],
            "author": [{"given": "Ashish", "family": "Vaswani", "sequence": "first"}]}
    outcome = resolve(paper(arxiv_id="1706.03762", metadata=record), Answers(s2=NEURIPS, crossref=work))
    pub = outcome.publication
    # arXiv's own DOI (the authors' statement) names the journal: all of it comes from there.
    assert pub is not None and (pub.kind, pub.venue, pub.year, pub.volume, pub.doi) == (
        "journal", "TPAMI", 2022, "44", "10.1109/tpami.2021.1234567")
    assert outcome.disagreements == ["Semantic Scholar: conference NeurIPS 2017"]
    fields = outcome.provenance()
    assert fields["venue"] == {"value": "TPAMI", "source": "Crossref",
                               "evidence": "same title; the DOI arXiv's record gives (the authors')"}


def test_an_answer_about_another_paper_is_rejected_with_the_reason():
    other = {**NEURIPS, "title": "Attention Is All You Need Twice"}
    outcome = resolve(paper(arxiv_id="1706.03762", title="Attention Is All You Need"), Answers(s2=other))
    assert outcome.status == "preprint" and outcome.publication is None
    assert outcome.findings[0][1].startswith("rejected: not shown to be this paper")


def test_a_comment_alone_names_the_publication_offline():
    record = ArxivRecord(id="2301.00001", version=1, title="A Preprint", comment="Accepted to ICCV 2023 (oral)")
    outcome = resolve(paper(arxiv_id="2301.00001", metadata=record), Answers())
    assert outcome.status == "published" and outcome.publication is not None
    assert (outcome.publication.venue, outcome.publication.year) == ("ICCV", 2023)
    assert outcome.provenance()["venue"]["source"] == "arXiv comment"


def test_a_venue_the_digest_states_wins_and_sources_naming_another_are_listed():
    record = ArxivRecord(id="1706.03762", version=5, title="Attention Is All You Need", authors=["Ashish Vaswani"],
                         doi="10.1109/TPAMI.2021.1234567")
    work = {**TPAMI_WORK, "title": ["Attention Is All You Need"],
            "author": [{"given": "Ashish", "family": "Vaswani", "sequence": "first"}]}
    stated = paper(arxiv_id="1706.03762", metadata=record, venue=Venue(name="NeurIPS", year=2017))
    outcome = resolve(stated, Answers(s2=NEURIPS, crossref=work))
    assert outcome.status == "digest" and outcome.publication is None
    assert [d.split(" (")[0] for d in outcome.disagreements] == ["Crossref: journal TPAMI 2022"]  # S2's NeurIPS 2017 is the digest's venue
    wrong_year = resolve(paper(arxiv_id="1706.03762", metadata=record, venue=Venue(name="NeurIPS", year=2018)),
                         Answers(s2=NEURIPS))
    assert wrong_year.disagreements == ["Semantic Scholar: conference NeurIPS 2017"]
    agreeing = resolve(paper(arxiv_id="1706.03762", metadata=record, venue=Venue(name="NIPS", year=2017)),
                       Answers(s2=NEURIPS))
    assert agreeing.disagreements == []
