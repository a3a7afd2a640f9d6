"""The resolution step against the local fakes: batching, caching, offline, back-off,
keys and pools, and a service that is down."""

from __future__ import annotations

import math

import pytest
from fakes.crossref_server import FakeCrossref, journal_article
from fakes.s2_server import FakeSemanticScholar, preprint, published

from zoterodigest.enrich.answer_cache import AnswerCache
from zoterodigest.enrich.crossref import Crossref
from zoterodigest.enrich.resolution import resolve_papers, s2_id
from zoterodigest.enrich.semantic_scholar import SemanticScholar
from zoterodigest.model import ArxivRecord, Paper

CLIP_TITLE = "Learning Transferable Visual Models From Natural Language Supervision"
CLIP = published("2103.00020", CLIP_TITLE, ["Alec Radford"], arxiv_year=2021,
                 venue="International Conference on Machine Learning", acronym="ICML",
                 dblp="conf/icml/RadfordKHRGASAM21", journal={"pages": "8748-8763"})
PRE = preprint("2412.00678", "Some Preprint", ["Jingwei Zhang"], 2024)
JOURNAL = published(None, "A Journal Paper", ["Ann Author"], arxiv_year=2020, venue="IEEE Transactions on Pattern "
                    "Analysis and Machine Intelligence", acronym="TPAMI", kind="journal", doi="10.1109/TPAMI.2020.7",
                    journal={"name": "IEEE Transactions on Pattern Analysis and Machine Intelligence"})
WORK = journal_article("10.1109/TPAMI.2020.7", "A Journal Paper", "IEEE Transactions on Pattern Analysis and "
                       "Machine Intelligence", year=2021, volume="43", issue="2", page="100-110")


def papers() -> list[Paper]:
    return [
        Paper(arxiv_id="2103.00020", title=CLIP_TITLE, authors=["Alec Radford"]),
        Paper(arxiv_id="2412.00678", title="Some Preprint"),
        Paper(doi="10.1109/TPAMI.2020.7", title="A Journal Paper", authors=["Ann Author"]),
        Paper(title="A journal paper!", authors=["A. Author"], links={"code": "https://github.com/x/y"}),
    ]


def run(s2, cr, cache, items=None, key="", mailto="", **kw):
    return resolve_papers(items or papers(), cache=cache,
                          s2=lambda: SemanticScholar(s2.url, api_key=key, backoff=0.01),
                          crossref=lambda: Crossref(cr.url, mailto=mailto, backoff=0.01), **kw)


@pytest.fixture
def servers():
    with FakeSemanticScholar([CLIP, PRE, JOURNAL], keys={"k3y"}) as s2, FakeCrossref([WORK]) as cr:
        yield s2, cr


def test_cold_run_batches_and_upgrades_then_warm_and_offline_runs_send_nothing(servers, tmp_path):
    s2, cr = servers
    cold = run(s2, cr, tmp_path)
    assert [r.status for r in cold.resolutions] == ["published", "preprint", "published", "published"]
    clip = cold.papers[0].publication
    assert clip is not None and (clip.venue, clip.year, clip.pages) == ("ICML", 2021, "8748--8763")
    journal = cold.papers[2].publication
    assert journal is not None and (journal.venue, journal.volume, journal.number, journal.year) == (
        "TPAMI", "43", "2", 2021)
    assert journal.sources["volume"] == "Crossref"
    assert cold.papers[1].publication is None and cold.upgraded == [0, 2, 3]
    # One batch for every id, one title match for the paper with none; one Crossref list for the DOI.
    batches = [r for r in s2.log if r.path.endswith("/paper/batch")]
    assert len(batches) == 1 and batches[0].json == {"ids": ["ARXIV:2103.00020", "ARXIV:2412.00678",
                                                              "DOI:10.1109/tpami.2020.7"]}
    assert [r.path for r in s2.log].count("/graph/v1/paper/search/match") == 1
    assert cr.requests == math.ceil(1 / 50)
    assert cold.requests == {"semanticscholar": 2, "crossref": 1}
    before = (s2.requests, cr.requests)
    warm = run(s2, cr, tmp_path)
    offline = run(s2, cr, tmp_path / "empty", offline=True)
    assert (s2.requests, cr.requests) == before
    assert [p.publication for p in warm.papers] == [p.publication for p in cold.papers]
    assert offline.upgraded == [] and offline.missing_offline > 0


def test_crossref_is_asked_fifty_dois_a_request(servers, tmp_path):
    s2, cr = servers
    many = [Paper(doi=f"10.1000/x{i}", title=f"P{i}") for i in range(120)]
    run(s2, cr, tmp_path, items=many)
    lists = [r for r in cr.log if r.path == "/works"]
    assert len(lists) == 3
    assert [len(r.query["filter"][0].split(",")) for r in lists] == [50, 50, 20]


def test_more_than_500_ids_go_in_two_batches(servers, tmp_path):
    s2, cr = servers
    many = [Paper(arxiv_id=f"2101.{i:05d}", title=f"P{i}") for i in range(501)]
    report = run(s2, cr, tmp_path, items=many)
    assert [len(ids) for ids in s2.batch_ids()] == [500, 1]
    assert report.upgraded == []


def test_cache_expiry_rechecks_preprints_but_keeps_published(servers, tmp_path):
    s2, cr = servers
    now = [1_000_000.0]
    cache = AnswerCache(tmp_path, clock=lambda: now[0])
    items = papers()[:2]
    run(s2, cr, cache, items=items)
    now[0] += 8 * 24 * 3600  # past the preprint re-check, well within the published expiry
    s2.log.clear()
    run(s2, cr, cache, items=items)
    assert s2.batch_ids() == [["ARXIV:2412.00678"]]
    cache.close()


@pytest.mark.parametrize("bad", ["{not json", b"\xff\xfe", "[1, 2"])
def test_an_undecodable_cache_row_is_a_miss(tmp_path, bad):
    """Issue 25: a row that cannot be decoded is asked again, never a failed run."""
    import sqlite3

    cache = AnswerCache(tmp_path)
    cache.put("s2", {"a": {"venue": "CVPR"}, "b": {"venue": "ICCV"}}, lambda answer: True)
    cache.close()
    db = sqlite3.connect(tmp_path / "resolve-v1.sqlite3")
    db.execute("UPDATE answers SET answer = ? WHERE key = 'a'", (bad,))
    db.commit()
    db.close()
    cache = AnswerCache(tmp_path)
    assert cache.get("s2", ["a", "b"]) == {"b": {"venue": "ICCV"}}
    cache.close()


def test_backs_off_on_429_503_and_a_dropped_connection(servers, tmp_path):
    s2, cr = servers
    s2.inject("429")
    s2.inject("503")
    s2.inject("drop")
    cr.inject("429")
    report = run(s2, cr, tmp_path)
    assert report.warnings == [] and len(report.upgraded) == 3
    assert [r.status for r in s2.log][:4] == [429, 503, -1, 200]


def test_a_service_down_is_a_warning_and_the_rest_goes_on(servers, tmp_path):
    s2, cr = servers
    s2.inject("503", times=20)
    record = ArxivRecord(id="2103.00020", version=1, title=CLIP_TITLE, journal_ref="ICML 2021")
    items = [papers()[0].replace(metadata=record)]
    report = run(s2, cr, tmp_path, items=items)
    assert len(report.warnings) == 1 and "Semantic Scholar" in report.warnings[0]
    assert "did not answer (HTTP 503)" in report.warnings[0]
    assert report.papers[0].publication is not None and report.papers[0].publication.venue == "ICML"
    refused = resolve_papers(items, cache=tmp_path / "c2", s2=lambda: SemanticScholar("http://127.0.0.1:9"),
                             crossref=lambda: Crossref("http://127.0.0.1:9"))
    assert "could not be reached" in refused.warnings[0] and "refused" in refused.warnings[0]
    assert "S2_API_URL" in refused.warnings[0]


def test_key_sent_as_header_never_shown_and_mailto_makes_crossref_polite(servers, tmp_path):
    s2, cr = servers
    report = run(s2, cr, tmp_path, key="k3y", mailto="me@example.org")
    assert all(r.headers.get("x-api-key") == "k3y" for r in s2.log)
    assert all(r.query.get("mailto") == ["me@example.org"] for r in cr.log)
    assert "mailto:me@example.org" in cr.log[0].headers["user-agent"]
    bad = run(s2, cr, tmp_path / "other", key="wrong")
    assert "S2_API_KEY" in bad.warnings[0] and "wrong" not in bad.warnings[0]
    assert "k3y" not in " ".join(report.messages() + [report.summary()])


def test_ids_for_semantic_scholar():
    assert s2_id(Paper(arxiv_id="2103.00020v2")) == "ARXIV:2103.00020"
    assert s2_id(Paper(doi="https://doi.org/10.18653/V1/N18-3011")) == "DOI:10.18653/v1/n18-3011"
    assert s2_id(Paper(links={"paper": "https://aclanthology.org/2020.acl-main.703.pdf"})) == "ACL:2020.acl-main.703"
    assert s2_id(Paper(links={"paper": "https://dl.acm.org/doi/10.1145/1"})) == "URL:https://dl.acm.org/doi/10.1145/1"
    assert s2_id(Paper(title="No ids", links={"paper": "https://openreview.net/forum?id=x"})) is None
