"""The Semantic Scholar and Crossref fakes are strict: shapes, limits, errors and
pools as ../shared/docs/metadata-apis.md describes the real services."""

from __future__ import annotations

import requests
from fakes.crossref_server import FakeCrossref, journal_article, proceedings_article
from fakes.s2_server import BATCH_LIMIT, FakeSemanticScholar, preprint, published

CLIP = published("2103.00020", "Learning Transferable Visual Models From Natural Language Supervision",
                 ["Alec Radford", "Jong Wook Kim"], arxiv_year=2021, venue="International Conference on Machine "
                 "Learning", acronym="ICML", dblp="conf/icml/RadfordKHRGASAM21")
PRE = preprint("2412.00678", "Some Preprint", ["Jingwei Zhang"], 2024)


def post_batch(server, ids, fields="venue,year", **kw):
    return requests.post(f"{server.url}/paper/batch", params={"fields": fields}, json={"ids": ids}, timeout=10, **kw)


def test_batch_keeps_order_with_null_for_unknown_ids_and_only_the_fields_asked():
    with FakeSemanticScholar([CLIP, PRE]) as s2:
        got = post_batch(s2, ["arxiv:2412.00678", "ARXIV:9999.99999", "ArXiv:2103.00020", "CorpusId:1"])
    assert got.status_code == 200
    body = got.json()
    assert [b and b["paperId"] for b in body] == [PRE["paperId"], None, CLIP["paperId"], None]
    assert set(body[0]) == {"paperId", "venue", "year"}
    assert body[0]["venue"] == "arXiv.org" and body[2]["venue"].startswith("International Conference")


def test_batch_limits_and_body_rules():
    with FakeSemanticScholar([CLIP]) as s2:
        too_many = post_batch(s2, [f"ARXIV:2101.{i:05d}" for i in range(BATCH_LIMIT + 1)])
        exactly = post_batch(s2, [f"ARXIV:2101.{i:05d}" for i in range(BATCH_LIMIT)])
        fields_in_body = requests.post(f"{s2.url}/paper/batch", json={"ids": ["x"], "fields": "title"}, timeout=10)
        unknown_field = post_batch(s2, ["ARXIV:2103.00020"], fields="title,foo,bar")
    assert too_many.status_code == 400 and "error" in too_many.json()
    assert exactly.status_code == 200 and exactly.json() == [None] * BATCH_LIMIT
    assert fields_in_body.status_code == 400
    assert unknown_field.status_code == 400
    assert unknown_field.json() == {"error": "Unrecognized or unsupported fields: [foo, bar]"}


def test_single_paper_match_and_their_404s():
    with FakeSemanticScholar([CLIP]) as s2:
        one = requests.get(f"{s2.url}/paper/DOI:10.9999/none", timeout=10)
        default = requests.get(f"{s2.url}/paper/ARXIV:2103.00020", timeout=10)
        hit = requests.get(f"{s2.url}/paper/search/match", params={
            "query": "learning transferable visual models from natural language supervision", "fields": "year"},
            timeout=10)
        miss = requests.get(f"{s2.url}/paper/search/match", params={"query": "Something else entirely"}, timeout=10)
    assert one.status_code == 404 and one.json() == {"error": "Paper with id DOI:10.9999/none not found"}
    assert default.json() == {"paperId": CLIP["paperId"], "title": CLIP["title"]}
    data = hit.json()["data"]
    assert len(data) == 1 and data[0]["year"] == 2021 and data[0]["matchScore"] > 0
    assert miss.status_code == 404 and miss.json() == {"error": "Title match not found"}


def test_keys_and_the_shared_pool():
    with FakeSemanticScholar([CLIP], keys={"good"}, rate_limit=3, rate_window=60) as s2:
        bad = post_batch(s2, ["ARXIV:2103.00020"], headers={"x-api-key": "wrong"})
        first = post_batch(s2, ["ARXIV:2103.00020"])
        second = post_batch(s2, ["ARXIV:2103.00020"])
        third = post_batch(s2, ["ARXIV:2103.00020"])
    # Every request counts against the pool, the refused one too.
    assert bad.status_code == 403 and bad.json() == {"message": "Forbidden"}
    assert (first.status_code, second.status_code, third.status_code) == (200, 200, 429)
    assert third.json()["code"] == "429" and third.json()["message"].startswith("Too Many Requests")


def test_published_papers_look_like_the_real_ones():
    assert CLIP["venue"] == "International Conference on Machine Learning"
    assert CLIP["publicationVenue"]["alternate_names"] == ["ICML"] and CLIP["publicationVenue"]["type"] == "conference"
    assert CLIP["journal"]["name"] == "ArXiv" and "Conference" in CLIP["publicationTypes"]
    assert PRE["venue"] == "arXiv.org" and "type" not in PRE["publicationVenue"]
    assert PRE["externalIds"]["DBLP"].startswith("journals/corr/abs-")


WORKS = [
    journal_article("10.1109/TPAMI.2022.1", "A", "IEEE Transactions on Pattern Analysis and Machine Intelligence",
                    year=2022, month=3, volume="44", issue="3", page="1-10"),
    proceedings_article("10.1109/cvpr52688.2022.00001", "B",
                        "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", year=2022,
                        page="1-9", event="CVPR 2022"),
]


def test_crossref_work_envelope_and_plain_text_404():
    with FakeCrossref(WORKS) as cr:
        one = requests.get(f"{cr.url}/works/10.1109/tpami.2022.1", timeout=10)
        missing = requests.get(f"{cr.url}/works/10.1109/none", timeout=10)
        arxiv = requests.get(f"{cr.url}/works/10.48550/arXiv.2103.00020", timeout=10)
    body = one.json()
    assert {k: body[k] for k in ("status", "message-type", "message-version")} == {
        "status": "ok", "message-type": "work", "message-version": "1.0.0"}
    work = body["message"]
    assert work["DOI"] == "10.1109/tpami.2022.1" and isinstance(work["container-title"], list)
    assert work["issued"] == {"date-parts": [[2022, 3]]} and isinstance(work["title"], list)
    assert (missing.status_code, missing.text) == (404, "Resource not found.")
    assert arxiv.status_code == 404


def test_crossref_list_is_unordered_and_validated_and_names_its_pool():
    filt = "doi:10.1109/TPAMI.2022.1,doi:10.1109/CVPR52688.2022.00001,doi:10.1/none"
    with FakeCrossref(WORKS) as cr:
        listed = requests.get(f"{cr.url}/works", params={"filter": filt, "rows": "3"}, timeout=10)
        polite = requests.get(f"{cr.url}/works", params={"filter": filt, "mailto": "me@example.org"}, timeout=10)
        agent = requests.get(f"{cr.url}/works", params={"filter": filt},
                             headers={"User-Agent": "x (mailto:me@example.org)"}, timeout=10)
        bad_filter = requests.get(f"{cr.url}/works", params={"filter": "foo:1"}, timeout=10)
        bad_rows = requests.get(f"{cr.url}/works", params={"rows": "many"}, timeout=10)
        too_many_rows = requests.get(f"{cr.url}/works", params={"rows": "1001"}, timeout=10)
    message = listed.json()["message"]
    assert listed.json()["message-type"] == "work-list" and message["total-results"] == 2
    assert [i["DOI"] for i in message["items"]] != ["10.1109/tpami.2022.1", "10.1109/cvpr52688.2022.00001"]
    assert listed.headers["x-api-pool"] == "public"
    assert polite.headers["x-api-pool"] == "polite" and agent.headers["x-api-pool"] == "polite"
    assert "x-rate-limit-limit" in listed.headers and "x-rate-limit-interval" in listed.headers
    failure = bad_filter.json()
    assert bad_filter.status_code == 400 and failure["message-type"] == "validation-failure"
    assert failure["message"][0]["type"] == "unknown-filter" and failure["message"][0]["value"] == "foo"
    assert bad_rows.status_code == 400 and too_many_rows.status_code == 400


def test_faults_are_injectable_and_logged():
    with FakeCrossref(WORKS) as cr:
        cr.inject("503")
        first = requests.get(f"{cr.url}/works/10.1109/tpami.2022.1", timeout=10)
        second = requests.get(f"{cr.url}/works/10.1109/tpami.2022.1", timeout=10)
    assert (first.status_code, second.status_code) == (503, 200)
    assert [r.status for r in cr.log] == [503, 200]
