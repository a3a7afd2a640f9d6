"""Enrichment from arXiv: batching, retries, reports, cache, offline mode, merge rules.

Everything runs against the local fake arXiv (``tests/fakes/arxiv_server.py``)
with a courtesy delay of a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import socket
import sys
import threading
from pathlib import Path

import arxiv
import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.closed_ports import refusing_port
from tests.fakes.arxiv_server import FakeArxiv, FakeRecord, synthetic_record
from zoterodigest import enrich as enrich_pkg
from zoterodigest.enrich import (
    ArxivCache,
    ArxivLookup,
    ArxivUnavailable,
    CacheUnavailable,
    EnrichError,
    default_cache_dir,
    enrich,
    merge,
    same_people,
)
from zoterodigest.enrich.arxiv_lookup import MAX_PER_REQUEST
from zoterodigest.enrich.arxiv_records import lookup_key
from zoterodigest.enrich.polite_session import public_url
from zoterodigest.model import ArxivRecord, Paper, Venue

DELAY = 0.02  # the courtesy delay in tests (arXiv's is 3 s)


def new_ids(n: int, start: int = 1, prefix: str = "2401") -> list[str]:
    return [f"{prefix}.{i:05d}" for i in range(start, start + n)]


def make_lookup(server: FakeArxiv, **kw: object) -> ArxivLookup:
    kw.setdefault("delay_seconds", DELAY)
    kw.setdefault("backoff_seconds", DELAY)
    return ArxivLookup(server.url, **kw)  # type: ignore[arg-type]


def papers_for(ids: list[str]) -> list[Paper]:
    return [Paper(arxiv_id=i, title=f"Digest title of {i}") for i in ids]


@pytest.fixture
def server():
    with FakeArxiv([synthetic_record(i) for i in new_ids(40)], min_interval=DELAY / 2) as srv:
        yield srv


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def run(server: FakeArxiv, papers: list[Paper], cache_dir: Path, **kw: object):
    lookup = kw.pop("lookup", None) or make_lookup(server)
    return enrich(papers, cache=cache_dir, lookup=lookup, quiet=True, offline=False, **kw)  # type: ignore[arg-type]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Block every outgoing connection; the list collects what was tried."""
    tried: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        tried.append(args[1:] if args else kwargs)
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return tried


# --------------------------------------------------------------------------- the fake itself


def test_fake_answers_like_arxiv(server: FakeArxiv) -> None:
    url = server.url
    ok = requests.get(url, params={"id_list": "2401.00001,2401.99999", "max_results": "5"})
    assert ok.status_code == 200
    assert "<opensearch:totalResults>1</opensearch:totalResults>" in ok.text
    assert "http://arxiv.org/abs/2401.00001v" in ok.text
    server.min_interval = 0.0
    bad = requests.get(url, params={"id_list": "abc"})
    assert bad.status_code == 400
    assert "<title>Error</title>" in bad.text and "incorrect id format for abc" in bad.text
    v1 = requests.get(url, params={"id_list": "2401.00001v1"})
    assert "<id>http://arxiv.org/abs/2401.00001v1</id>" in v1.text


def test_fake_enforces_the_courtesy_delay() -> None:
    with FakeArxiv([synthetic_record("2401.00001")], min_interval=5.0) as srv:
        first = requests.get(srv.url, params={"id_list": "2401.00001"})
        second = requests.get(srv.url, params={"id_list": "2401.00001"})
    assert (first.status_code, second.status_code) == (200, 503)


def test_fake_search_query_start_and_paging() -> None:
    records = [synthetic_record(i) for i in new_ids(12)]
    records[3].title = "Latent video diffusion at scale"
    records[3].primary_category, records[3].categories = "cs.LG", ["cs.LG"]
    records[7].title = "Sparse latent video transformers"
    records[7].primary_category, records[7].categories = "cs.CV", ["cs.CV"]
    with FakeArxiv(records, min_interval=0.0) as srv:
        client = arxiv.Client(page_size=1, delay_seconds=0.0, num_retries=0)
        client.query_url_format = srv.url + "?{}"
        found = list(client.results(arxiv.Search(query='ti:"latent video"', max_results=10)))
        assert sorted(r.get_short_id().split("v")[0] for r in found) == ["2401.00004", "2401.00008"]
        assert srv.requests == 2  # one entry per page: paging works
        both = list(client.results(arxiv.Search(query='ti:"latent video" AND cat:cs.CV', max_results=10)))
        assert [r.get_short_id().split("v")[0] for r in both] == ["2401.00008"]
        start = requests.get(srv.url, params={"search_query": "all:synthetic", "start": "10", "max_results": "5"})
        assert start.text.count("<entry>") == 2


# --------------------------------------------------------------------------- batching


def test_batches_of_the_given_size(server: FakeArxiv) -> None:
    ids = new_ids(120)
    result = make_lookup(server, batch_size=50).fetch(ids)
    assert server.requests == math.ceil(120 / 50) == result.requests
    assert [len(r.id_list) for r in server.log] == [50, 50, 20]
    for logged in server.log:
        assert logged.params["max_results"] == [str(len(logged.id_list))]
        assert len(logged.url) < 8192
    assert all(r.status == 200 for r in server.log)  # the delay kept us below the rate limit
    assert len(result.records) == 40 and len(result.unknown) == 80


def test_default_batches_fill_urls_under_8kb(server: FakeArxiv) -> None:
    ids = new_ids(1500) + [f"hep-th/99{m:02d}{n:03d}" for m in range(1, 3) for n in range(1, 101)]
    lookup = make_lookup(server)
    batches = lookup.plan([lookup_key(i) for i in ids])
    lookup.fetch(ids)
    assert server.requests == len(batches) == 3
    assert sorted(server.sent_ids()) == sorted(ids)  # every id sent exactly once
    for logged in server.log:
        assert len(logged.url) < 8192
        assert len(logged.url) > 7000  # full batches, not a few ids per request
        assert len(logged.id_list) >= 300
        assert logged.params["max_results"] == [str(len(logged.id_list))]


def test_never_more_than_arxiv_serves_per_call() -> None:
    lookup = ArxivLookup("http://127.0.0.1:9/api/query", max_url_chars=10**7)
    assert [len(b) for b in lookup.plan(new_ids(5000))] == [MAX_PER_REQUEST, MAX_PER_REQUEST, 1000]


# --------------------------------------------------------------------------- retries and failures


def test_retries_after_503(server: FakeArxiv, cache_dir: Path) -> None:
    server.inject("503", times=2)
    report = run(server, papers_for(new_ids(5)), cache_dir)
    assert [r.status for r in server.log] == [503, 503, 200]
    assert report.requests == 3
    assert all(p.metadata is not None for p in report.papers)


def test_retries_after_a_dropped_connection(server: FakeArxiv, cache_dir: Path) -> None:
    server.inject("drop")
    report = run(server, papers_for(new_ids(5)), cache_dir)
    assert [r.status for r in server.log] == [-1, 200]
    assert report.requests == 2
    assert all(p.metadata is not None for p in report.papers)


def test_gives_up_with_a_clear_message_and_keeps_earlier_batches(server: FakeArxiv, cache_dir: Path) -> None:
    server.inject("503", times=50, after=1)
    lookup = make_lookup(server, batch_size=5, retries=2)
    with pytest.raises(ArxivUnavailable) as caught:
        run(server, papers_for(new_ids(10)), cache_dir, lookup=lookup)
    message = str(caught.value)
    assert public_url(server.url) in message and "3 tries" in message
    assert "ARXIV_API_URL" in message and "--offline" in message
    assert caught.value.requests == 4
    assert isinstance(caught.value, EnrichError)
    with ArxivCache(cache_dir) as cache:  # the first batch was kept
        assert sorted(cache.get(new_ids(10))) == new_ids(5)


def test_nobody_listening(cache_dir: Path) -> None:
    with refusing_port() as port:
        lookup = ArxivLookup(
            f"http://user:secret@127.0.0.1:{port}/api/query", delay_seconds=0.0, backoff_seconds=0.001, retries=1
        )
        with pytest.raises(ArxivUnavailable) as caught:
            enrich(papers_for(new_ids(2)), cache=cache_dir, lookup=lookup, offline=False, quiet=True)
    message = str(caught.value)
    assert lookup.requests == 1  # a refused connection fails the same way again: not retried
    assert f"127.0.0.1:{port}" in message and "refused" in message and "ARXIV_API_URL" in message
    assert "secret" not in message and "user" not in message  # no credentials in messages


def test_a_page_that_is_not_a_feed(server: FakeArxiv, cache_dir: Path) -> None:
    server.inject("garbage")
    with pytest.raises(ArxivUnavailable, match="not answer with an arXiv Atom feed"):
        run(server, papers_for(new_ids(2)), cache_dir)


def test_an_answer_counting_more_than_it_serves(server: FakeArxiv, cache_dir: Path) -> None:
    server.inflate_total = 2  # the client asks for a next page, which comes back empty
    report = run(server, papers_for(["2401.00001", "2401.00002", "2401.55555"]), cache_dir)
    assert report.looked_up == ["2401.00001", "2401.00002"] and report.unknown == ["2401.55555"]
    assert report.requests == 2


def test_papers_without_arxiv_ids_cost_nothing(tmp_path: Path, no_network: list[object]) -> None:
    papers = [Paper(title="No id here", doi="10.1/x")]
    report = enrich(papers, cache=tmp_path / "cache", offline=False, quiet=True)
    assert report.papers == papers and report.requests == 0 and report.messages() == []
    assert not (tmp_path / "cache").exists() and no_network == []


# --------------------------------------------------------------------------- unknown and malformed ids


def test_unknown_ids_are_reported_and_remembered(server: FakeArxiv, cache_dir: Path) -> None:
    papers = papers_for(["2401.00001", "2401.77777", "2401.00002"])
    report = run(server, papers, cache_dir)
    assert report.unknown == ["2401.77777"]
    assert report.requests == 1
    assert report.papers[1] is papers[1]  # left as it was
    assert any("2401.77777" in line and "Digest title of 2401.77777" in line for line in report.messages())
    again = run(server, papers, cache_dir)
    assert again.requests == 0 and again.unknown == ["2401.77777"]


def test_unknown_ids_are_asked_again_after_a_while(server: FakeArxiv, cache_dir: Path) -> None:
    now = [1_000_000.0]
    with ArxivCache(cache_dir, recheck_after=3600, clock=lambda: now[0]) as cache:
        run(server, papers_for(["2401.77777"]), cache)
        assert run(server, papers_for(["2401.77777"]), cache).requests == 0
        now[0] += 7200
        server.add(synthetic_record("2401.77777"))  # announced meanwhile
        later = run(server, papers_for(["2401.77777"]), cache)
    assert later.requests == 1 and later.unknown == [] and later.papers[0].metadata is not None


def test_malformed_ids_are_reported_and_never_sent(server: FakeArxiv, cache_dir: Path) -> None:
    papers = papers_for(["abc", "2401.00001", "0000.0000", "2401.1"])
    report = run(server, papers, cache_dir)
    assert report.malformed == ["abc", "0000.0000", "2401.1"]
    assert server.sent_ids() == ["2401.00001"]
    assert any("malformed" in line and "'abc'" in line for line in report.messages())
    server.reset_log()
    only_bad = run(server, papers_for(["abc"]), cache_dir)
    assert only_bad.requests == 0 and server.requests == 0


def test_an_id_arxiv_refuses_is_reported_and_the_rest_fetched(cache_dir: Path) -> None:
    import re

    strict = re.compile(r"^2401\.\d{5}(v\d+)?$")  # this "arXiv" refuses 0704.* ids
    with FakeArxiv([synthetic_record("2401.00001")], min_interval=DELAY / 2, id_format=strict) as srv:
        report = run(srv, papers_for(["0704.0001", "2401.00001"]), cache_dir)
    assert report.malformed == ["0704.0001"]
    assert report.papers[1].metadata is not None
    assert [r.status for r in srv.log] == [400, 200]


# --------------------------------------------------------------------------- cache, refresh, offline


def test_second_run_costs_no_request(server: FakeArxiv, cache_dir: Path) -> None:
    papers = papers_for(new_ids(30))
    cold = run(server, papers, cache_dir)
    assert cold.requests == 1 and len(cold.looked_up) == 30 and cold.from_cache == []
    warm = run(server, papers, cache_dir)
    assert warm.requests == 0 and server.requests == 1
    assert warm.from_cache == new_ids(30) and warm.looked_up == []
    assert [p.metadata for p in warm.papers] == [p.metadata for p in cold.papers]


def test_each_id_is_asked_once(server: FakeArxiv, cache_dir: Path) -> None:
    papers = [
        Paper(arxiv_id="2401.00001"),
        Paper(arxiv_id="2401.00001", arxiv_version=1),
        Paper(arxiv_id="2401.00002"),
        Paper(arxiv_id="2401.00001v2"),
    ]
    report = run(server, papers, cache_dir)
    assert server.sent_ids() == ["2401.00001", "2401.00002"]
    assert all(p.metadata is not None for p in report.papers)


def test_refresh_fetches_again(server: FakeArxiv, cache_dir: Path) -> None:
    papers = papers_for(["2401.00001", "2401.00002"])
    run(server, papers, cache_dir)
    newer = synthetic_record("2401.00001", version=7)
    newer.authors = ["New Author"]
    server.add(newer)
    assert run(server, papers, cache_dir).papers[0].metadata.version != 7  # cached
    fresh = run(server, papers, cache_dir, refresh=True)
    assert fresh.requests == 1 and fresh.looked_up == ["2401.00001", "2401.00002"]
    assert fresh.papers[0].metadata.version == 7 and fresh.papers[0].authors == ["New Author"]
    assert run(server, papers, cache_dir).papers[0].metadata.version == 7  # the cache was updated


def test_a_newer_version_than_cached_is_fetched_once_a_while(server: FakeArxiv, cache_dir: Path) -> None:
    now = [1_000_000.0]
    with ArxivCache(cache_dir, recheck_after=3600, clock=lambda: now[0]) as cache:
        server.add(synthetic_record("2401.00001", version=1))
        run(server, papers_for(["2401.00001"]), cache)
        server.add(synthetic_record("2401.00001", version=2))
        says_v2 = [Paper(arxiv_id="2401.00001", arxiv_version=2)]
        # Fetched a moment ago: asking again now would most likely bring the same answer.
        assert run(server, says_v2, cache).requests == 0
        now[0] += 7200
        report = run(server, says_v2, cache)
        assert report.requests == 1 and report.papers[0].metadata.version == 2
        assert run(server, says_v2, cache).requests == 0


def test_offline_uses_the_cache_and_opens_no_socket(
    server: FakeArxiv, cache_dir: Path, no_network: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    with ArxivCache(cache_dir) as cache:  # warm the cache for two of three papers
        cache.put([ArxivRecord(id="2401.00001", version=2, title="T1", authors=["A One"])])
        cache.put([ArxivRecord(id="2401.00002", version=1, title="T2", authors=["B Two"])])
        cache.put_unknown(["2401.77777"])
    papers = papers_for(["2401.00001", "2401.00002", "2401.00003", "2401.77777"])
    report = enrich(papers, offline=True, cache=cache_dir, api_url=server.url)
    assert no_network == [] and server.requests == 0
    assert report.offline and report.requests == 0
    assert report.from_cache == ["2401.00001", "2401.00002"]
    assert report.missing_offline == ["2401.00003"]
    assert report.unknown == ["2401.77777"]
    assert report.papers[0].metadata.title == "T1" and report.papers[2].metadata is None
    assert any("offline" in m and "Digest title of 2401.00003" in m for m in report.messages())
    # The same from the environment, with the default cache directory from the environment too.
    monkeypatch.setenv("ZOTERODIGEST_OFFLINE", "1")
    monkeypatch.setenv("ZOTERODIGEST_CACHE_DIR", str(cache_dir))
    assert default_cache_dir() == cache_dir
    by_env = enrich(papers, quiet=True)
    assert by_env.offline and by_env.missing_offline == ["2401.00003"] and no_network == []


def test_the_network_block_works(no_network: list[object]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network


def test_api_url_from_the_environment(server: FakeArxiv, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARXIV_API_URL", server.url)
    report = enrich(papers_for(["2401.00001"]), cache=cache_dir, offline=False, quiet=True)
    assert report.requests == 1 and server.requests == 1
    assert report.api_url == server.url


def test_cache_survives_concurrent_writers(cache_dir: Path) -> None:
    def write(offset: int) -> None:
        with ArxivCache(cache_dir) as cache:
            for i in range(0, 200, 10):
                cache.put(ArxivRecord(id=k, version=1, title=k) for k in new_ids(10, offset + i + 1))

    threads = [threading.Thread(target=write, args=(n * 1000,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with ArxivCache(cache_dir) as cache:
        assert len(cache) == 800


def test_a_damaged_cache_file_is_set_aside(cache_dir: Path) -> None:
    with ArxivCache(cache_dir) as cache:
        path = cache.path
    path.write_bytes(b"this is not a database" * 100)
    with ArxivCache(cache_dir) as cache:
        assert len(cache) == 0
    assert [p.read_bytes() for p in path.parent.glob(path.name + ".corrupt-*")] == [b"this is not a database" * 100]


def test_an_unusable_cache_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CacheUnavailable, match="ZOTERODIGEST_CACHE_DIR"):
        ArxivCache(blocker / "cache")


# --------------------------------------------------------------------------- what is filled


def test_enrichment_fills_and_keeps_the_right_fields(cache_dir: Path) -> None:
    record = FakeRecord(
        id="2104.12255",
        title="The Official Title",
        authors=["Quan Thoi Minh Nguyen", "Ada Lovelace", "Alan Turing"],
        abstract="What is  the funniest\nnumber?",
        primary_category="cs.CR",
        categories=["cs.CR", "math.NT"],
        published=dt.datetime(2021, 4, 20, 16, 7, 14),
        updated=dt.datetime(2022, 1, 3, 9, 0, 0),
        version=3,
        doi="10.1145/FUNNY.0",
        journal_ref="Journal of Zero 1 (2022)",
        comment="12 pages",
    )
    paper = Paper(
        arxiv_id="2104.12255",
        arxiv_version=1,
        title="Splitting zero (as the digest writes it)",
        authors=["Q. T. M. Nguyen"],
        authors_complete=False,
        venue=Venue(name="CRYPTO", year=2021),
        year=2021,
        task="signatures",
        summary="The digest's **own** words.",
    )
    with FakeArxiv([record], min_interval=DELAY / 2) as srv:
        report = run(srv, [paper], cache_dir)
        assert srv.sent_ids() == ["2104.12255"]
    out = report.papers[0]
    assert report.changed == [0]
    assert out.authors == ["Quan Thoi Minh Nguyen", "Ada Lovelace", "Alan Turing"] and out.authors_complete
    assert out.title == paper.title and out.venue == paper.venue and out.task == "signatures"
    assert out.summary == paper.summary and out.year == 2021
    assert out.arxiv_version == 1  # the digest's statement; arXiv's latest is in metadata
    assert out.doi == "10.1145/funny.0"
    assert out.abstract == "What is the funniest number?"
    assert out.categories == ["cs.CR", "math.NT"]
    meta = out.metadata
    assert meta is not None
    assert meta.title == "The Official Title" and meta.version == 3
    assert meta.primary_category == "cs.CR" and meta.categories == ["cs.CR", "math.NT"]
    assert meta.published == dt.date(2021, 4, 20) and meta.updated == dt.date(2022, 1, 3)
    assert meta.doi == "10.1145/FUNNY.0" and meta.journal_ref == "Journal of Zero 1 (2022)"
    assert meta.comment == "12 pages"
    assert paper.metadata is None and paper.arxiv_version == 1  # the input is not changed


def test_versioned_ids_are_looked_up_unversioned(cache_dir: Path) -> None:
    with FakeArxiv([synthetic_record("2104.12255", version=4)], min_interval=DELAY / 2) as srv:
        report = run(srv, [Paper(arxiv_id="2104.12255v1"), Paper(arxiv_id="2104.12255", arxiv_version=2)], cache_dir)
        assert srv.sent_ids() == ["2104.12255"]
    assert [p.metadata.version for p in report.papers] == [4, 4]
    assert [p.arxiv_version for p in report.papers] == [None, 2]  # as the digests state them


def test_old_style_ids_with_a_subject_class(cache_dir: Path) -> None:
    record = synthetic_record("math/0309136")
    with FakeArxiv([record], min_interval=DELAY / 2) as srv:
        report = run(srv, [Paper(arxiv_id="math.GT/0309136")], cache_dir)
    assert report.unknown == [] and report.papers[0].metadata.id == "math/0309136"


def test_mis_encoded_names_are_repaired_and_title_zero_kept(cache_dir: Path) -> None:
    record = FakeRecord(id="1707.08567", title="0", authors=["Dirk WÃ¼bben", "JÃ¶rg MÃ¼ller", "Zoë Li"])
    with FakeArxiv([record], min_interval=DELAY / 2) as srv:
        report = run(srv, [Paper(arxiv_id="1707.08567")], cache_dir)
    meta = report.papers[0].metadata
    assert meta.authors == ["Dirk Wübben", "Jörg Müller", "Zoë Li"]
    assert meta.title == "0" and report.papers[0].title == "0"  # an empty digest title is filled
    with ArxivCache(cache_dir) as cache:
        assert cache.get(["1707.08567"])["1707.08567"].title == "0"


def test_the_2016_layout_reads_the_same(cache_dir: Path) -> None:
    record = synthetic_record("1111.2011", version=2)
    record.title = "Quantum criticality for extended nodes on a Bethe lattice in the large connectivity limit"
    record.doi, record.journal_ref = "10.1103/PhysRevB.85.115117", "Phys. Rev. B 85, 115117 (2012)"
    with FakeArxiv([record], min_interval=DELAY / 2, layout="2016") as srv:
        meta = run(srv, [Paper(arxiv_id="1111.2011")], cache_dir).papers[0].metadata
    assert meta.title == record.title  # hard-wrapped in the feed, one line here
    assert meta.doi == record.doi and meta.journal_ref == record.journal_ref
    assert meta.abstract == " ".join(record.abstract.split())


# --------------------------------------------------------------------------- merge rules


RECORD = ArxivRecord(id="2401.00001", version=2, title="Official", authors=["Ada Lovelace", "Alan M. Turing"])


def test_incomplete_author_lists_are_replaced() -> None:
    cut = Paper(arxiv_id="2401.00001", authors=["Ada Lovelace"], authors_complete=False)
    assert merge(cut, RECORD).authors == RECORD.authors
    none = Paper(arxiv_id="2401.00001")
    assert merge(none, RECORD).authors == RECORD.authors and merge(none, RECORD).authors_complete


def test_a_complete_list_of_the_same_people_is_kept() -> None:
    digest = Paper(arxiv_id="2401.00001", authors=["A. Lovelace", "Alan Turing"], authors_complete=True)
    merged = merge(digest, RECORD)
    assert merged.authors == ["A. Lovelace", "Alan Turing"]
    assert merged.metadata.authors == RECORD.authors  # arXiv's spelling, for export


def test_a_complete_list_of_other_people_is_replaced() -> None:
    wrong = Paper(arxiv_id="2401.00001", authors=["Grace Hopper", "Alan Turing"], authors_complete=True)
    assert merge(wrong, RECORD).authors == RECORD.authors
    short = Paper(arxiv_id="2401.00001", authors=["Ada Lovelace"], authors_complete=True)
    assert merge(short, RECORD).authors == RECORD.authors


def test_same_people() -> None:
    assert same_people(["José García"], ["Jose Garcia"])
    assert same_people(["Turing, Alan"], ["A. M. Turing"])
    assert same_people(["Zhang Wei"], ["Wei Zhang"])
    assert not same_people(["Ada Lovelace"], ["Bob Lovelace"])
    assert not same_people(["Ada Lovelace"], ["Ada Lovelace", "Alan Turing"])


def test_digest_statements_stay() -> None:
    paper = Paper(
        arxiv_id="2401.00001",
        arxiv_version=5,
        doi="10.1/own",
        title="Digest title",
        abstract="The digest's abstract.",
        categories=["cs.CV"],
        topics=["video"],
        links={"code": "https://example.org"},
    )
    record = RECORD.model_copy(update={"doi": "10.2/other", "abstract": "arXiv's", "categories": ["cs.LG"]})
    merged = merge(paper, record)
    assert merged.title == "Digest title" and merged.doi == "10.1/own"
    assert merged.abstract == "The digest's abstract." and merged.categories == ["cs.CV"]
    assert merged.topics == ["video"] and merged.links == {"code": "https://example.org"}
    assert merged.arxiv_version == 5  # the digest's statement is never changed
    assert merged.metadata == record


# --------------------------------------------------------------------------- progress bar


def test_progress_bar_only_on_a_terminal_and_not_quiet(
    server: FakeArxiv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    monkeypatch.setattr(enrich_pkg, "PROGRESS_AFTER_SECONDS", 0.0)

    def slow_run(console: Console, quiet: bool, name: str) -> str:
        server.inject("503")  # the retry makes the look-up last a moment
        lookup = make_lookup(server, backoff_seconds=0.3)
        enrich(
            papers_for(["2401.00001"]),
            cache=tmp_path / name,
            lookup=lookup,
            quiet=quiet,
            console=console,
            offline=False,
        )
        return console.file.getvalue()  # type: ignore[attr-defined]

    shown = slow_run(Console(file=io.StringIO(), force_terminal=True, width=100), False, "a")
    assert "arXiv look-up" in shown
    assert slow_run(Console(file=io.StringIO(), force_terminal=True, width=100), True, "b") == ""
    assert slow_run(Console(file=io.StringIO(), force_terminal=False, width=100), False, "c") == ""


# --------------------------------------------------------------------------- planning, as a property

from hypothesis import given, settings
from hypothesis import strategies as st

_new_id = st.builds(
    lambda y, m, n: f"{y:02d}{m:02d}.{n:05d}", st.integers(7, 29), st.integers(1, 12), st.integers(0, 99999)
)
_old_id = st.builds(
    lambda a, y, m, n: f"{a}/{y:02d}{m:02d}{n:03d}",
    st.sampled_from(["hep-th", "math", "astro-ph", "cond-mat", "quant-ph"]),
    st.integers(91, 99),
    st.integers(1, 12),
    st.integers(0, 999),
)


@settings(max_examples=60, deadline=None)
@given(
    ids=st.lists(st.one_of(_new_id, _old_id), unique=True, max_size=900),
    batch_size=st.one_of(st.none(), st.integers(1, 700)),
    max_url_chars=st.integers(300, 8000),
)
def test_plan_keeps_every_id_once_and_every_url_short(
    ids: list[str], batch_size: int | None, max_url_chars: int
) -> None:
    lookup = ArxivLookup("https://export.arxiv.org/api/query", batch_size=batch_size, max_url_chars=max_url_chars)
    batches = lookup.plan(ids)
    assert [k for b in batches for k in b] == ids
    for batch in batches:
        assert 1 <= len(batch) <= (batch_size or MAX_PER_REQUEST)
        url = lookup.client._format_url(arxiv.Search(id_list=batch, max_results=len(batch)), 0, len(batch))
        assert len(url) <= max_url_chars or len(batch) == 1


# --------------------------------------------------------------------------- the command line


@pytest.mark.slow
def test_cli_parse_enrich_through_a_real_server(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    digest = tmp_path / "d.md"
    digest.write_text(
        "- [A](https://arxiv.org/abs/2401.00001) — one\n- [B](https://arxiv.org/abs/2401.00002) — two\n"
        "- [C](https://arxiv.org/abs/2401.09999) — unknown to arXiv\n"
    )
    env = {**__import__("os").environ, "ZOTERODIGEST_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("ZOTERODIGEST_OFFLINE", None)
    with FakeArxiv([synthetic_record("2401.00001"), synthetic_record("2401.00002")], min_interval=0.0) as srv:
        cmd = [sys.executable, "-m", "zoterodigest.cli", "parse", str(digest), "--json", "--enrich", "--arxiv-url", srv.url]
        first = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60, check=False)
        assert first.returncode == 0, first.stderr
        rows = json.loads(first.stdout)["entries"]
        assert [r["metadata"]["id"] if r["metadata"] else None for r in rows] == ["2401.00001", "2401.00002", None]
        assert "does not know 1 id(s): 2401.09999" in first.stderr
        assert len(srv.log) == 1
        offline = subprocess.run(cmd + ["--offline"], capture_output=True, text=True, env=env, timeout=60, check=False)
        assert offline.returncode == 0 and len(srv.log) == 1  # the cache answered; no request
        assert json.loads(offline.stdout)["entries"][0]["metadata"]["id"] == "2401.00001"


def test_cli_arxiv_down_is_one_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    import zoterodigest.enrich as enrich_module
    from zoterodigest.cli import app

    class QuickLookup(ArxivLookup):
        def __init__(self, api_url: str | None = None, **kw: object) -> None:
            super().__init__(api_url, delay_seconds=0.01, retries=1, timeout=2.0)

    monkeypatch.setattr(enrich_module, "ArxivLookup", QuickLookup)
    monkeypatch.setenv("ZOTERODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ZOTERODIGEST_OFFLINE", raising=False)
    digest = tmp_path / "d.md"
    digest.write_text("- [A](https://arxiv.org/abs/2401.00001) — one\n")
    with FakeArxiv([], min_interval=0.0) as srv:
        dead_url = srv.url  # the server stops at the end of this block: nobody listens there
    result = CliRunner().invoke(app, ["parse", str(digest), "--enrich", "--quiet", "--arxiv-url", dead_url])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "error: arXiv at " in result.output and "refused" in result.output and "Traceback" not in result.output
