"""`export`, `push` and `resolve` with published versions, end to end: arXiv, Semantic
Scholar and Crossref as local fakes; the citation key survives the upgrade; the
upgraded .bib passes bibtex and biber."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest
from fakes.arxiv_server import FakeArxiv, synthetic_record
from fakes.crossref_server import FakeCrossref, journal_article
from fakes.s2_server import FakeSemanticScholar, preprint, published
from texcheck import check_bib, have_tools

CLIP_TITLE = "Learning Transferable Visual Models From Natural Language Supervision"
DIGEST = f"""# Log

> **{CLIP_TITLE}**  
> *arXiv 2021*, [arxiv](https://arxiv.org/abs/2103.00020)  
> Task: zero-shot classification  
> Contrastive pretraining.

> **Segmenting Things in a Journal**  
> *arXiv 2020*, [paper](https://doi.org/10.1109/TPAMI.2020.7)  
> Task: segmentation  
> A journal paper.

> **Still Only a Preprint**  
> *arXiv 2024*, [arxiv](https://arxiv.org/abs/2412.00678)  
> Task: nothing yet  
> Not published.

> **Deep Residual Learning**  
> *CVPR 2016*, [arxiv](https://arxiv.org/abs/1512.03385)  
> Task: classification  
> Shortcuts.
"""
S2_PAPERS = [
    published("2103.00020", CLIP_TITLE, ["Alec Radford"], arxiv_year=2021, venue="International Conference on "
              "Machine Learning", acronym="ICML", dblp="conf/icml/RadfordKHRGASAM21", journal={"pages": "8748-8763"}),
    preprint("2412.00678", "Still Only a Preprint", ["Jingwei Zhang"], 2024),
    # The digest says CVPR 2016: whatever Semantic Scholar says, the digest wins.
    published("1512.03385", "Deep Residual Learning", ["Kaiming He"], arxiv_year=2015, venue="European "
              "Conference on Computer Vision", acronym="ECCV", dblp="conf/eccv/HeZRS16"),
]
WORKS = [journal_article("10.1109/TPAMI.2020.7", "Segmenting Things in a Journal", "IEEE Transactions on Pattern "
                         "Analysis and Machine Intelligence", year=2021, volume="43", issue="2", page="100-110")]
# arXiv's own records name no journal (the published version is Semantic Scholar's and Crossref's to find).
ARXIV = [dataclasses.replace(synthetic_record(i), doi=None, journal_ref=None)
         for i in ("2103.00020", "2412.00678", "1512.03385")]


@pytest.fixture
def setup(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZOTERODIGEST_", "S2_", "CROSSREF_", "ARXIV_"))}
    env.update(ZOTERODIGEST_STATE_DIR=str(tmp_path / "state"), ZOTERODIGEST_CACHE_DIR=str(tmp_path / "cache"))
    digest = tmp_path / "log.md"
    digest.write_text(DIGEST)
    with FakeArxiv(ARXIV, min_interval=0.0) as ax, FakeSemanticScholar(S2_PAPERS) as s2, FakeCrossref(WORKS) as cr:
        env.update(ARXIV_API_URL=ax.url, S2_API_URL=s2.url, CROSSREF_API_URL=cr.url)
        yield env, digest, s2, cr


def run(env, *args):
    return subprocess.run([sys.executable, "-m", "zoterodigest.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def entry(text: str, eprint_or_doi: str) -> str:
    return next(b.lstrip("@") for b in text.split("\n@") if eprint_or_doi in b)


def test_export_upgrades_published_papers_keeps_keys_and_preprints(setup, tmp_path):
    env, digest, s2, cr = setup
    out = tmp_path / "refs.bib"
    first = run(env, "export", str(digest), "-o", str(out), "--no-resolve")
    assert first.returncode == 0, first.stderr
    assert s2.requests == 0 and cr.requests == 0
    before = out.read_text()
    clip_key = entry(before, "2103.00020").split("{", 1)[1].split(",", 1)[0]
    assert entry(before, "2103.00020").startswith("misc{")

    second = run(env, "export", str(digest), "-o", str(out))
    assert second.returncode == 0, second.stderr
    assert "2 paper(s) upgraded from preprint to a venue" in second.stderr
    after = out.read_text()
    clip = entry(after, "2103.00020")
    assert clip.startswith(f"inproceedings{{{clip_key},")  # the pinned key survives the upgrade
    assert "booktitle = {Proceedings of the International Conference on Machine Learning ({ICML})}" in clip
    assert "pages = {8748--8763}" in clip and "year = {2021}" in clip
    assert "eprint = {2103.00020}" in clip and "archivePrefix = {arXiv}" in clip and "primaryClass" in clip
    journal = entry(after, "10.1109")
    assert journal.startswith("article{") and "volume = {43}" in journal and "number = {2}" in journal
    assert "pages = {100--110}" in journal and "Pattern Analysis" in journal
    assert entry(after, "2412.00678").startswith("misc{")  # the arXiv.org trap
    resnet = entry(after, "1512.03385")
    assert "Computer Vision and Pattern Recognition" in resnet and "ECCV" not in resnet  # the digest wins
    # Cold: one batch (no paper lacks an id) and ceil(1/50) Crossref list; warm: nothing.
    assert (s2.requests, cr.requests) == (1, 1)
    third = run(env, "export", str(digest), "-o", str(out))
    assert third.returncode == 0 and (s2.requests, cr.requests) == (1, 1)
    assert out.read_text() == after
    offline = run(env, "export", str(digest), "--offline")
    assert (s2.requests, cr.requests) == (1, 1) and offline.stdout.strip() == after.strip()


@pytest.mark.slow  # a service down: waits out its retries
def test_keep_preprints_and_a_service_down(setup, tmp_path):
    env, digest, s2, _cr = setup
    kept = run(env, "export", str(digest), "--keep-preprints")
    assert kept.returncode == 0, kept.stderr
    assert entry(kept.stdout, "2103.00020").startswith("misc{") and "2 kept as preprints" in kept.stderr
    s2.inject("503", times=50)
    env["ZOTERODIGEST_CACHE_DIR"] = str(tmp_path / "cold")
    down = run(env, "export", str(digest))
    assert down.returncode == 0, down.stderr
    assert "warning: Semantic Scholar" in down.stderr and "going on without it" in down.stderr
    assert "Traceback" not in down.stderr
    assert entry(down.stdout, "10.1109").startswith("article{")  # Crossref still answered for the digest's DOI


def test_resolve_shows_each_source(setup):
    env, digest, _s2, _cr = setup
    r = run(env, "resolve", str(digest), "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["papers"]
    assert [row["status"] for row in rows] == ["published", "published", "preprint", "digest"]
    clip = rows[0]
    assert clip["publication"]["venue"] == "ICML" and clip["publication"]["sources"]["venue"] == "Semantic Scholar"
    # Per field: the value, its source and the evidence that source is about this paper.
    assert clip["fields"]["venue"] == {"value": "ICML", "source": "Semantic Scholar",
                                       "evidence": "same title and year (2021)"}
    assert clip["fields"]["year"]["value"] == 2021 and clip["disagreements"] == []
    assert {f["source"] for f in rows[1]["findings"]} == {"Semantic Scholar", "Crossref"}
    text = run(env, "resolve", str(digest))
    assert "Semantic Scholar: conference ICML 2021" in text.stdout and "digest: states CVPR 2016" in text.stdout


@pytest.mark.skipif(not have_tools() and not os.environ.get("CI"), reason="the TeX tools are not installed")
@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
@pytest.mark.slow
def test_upgraded_bib_is_clean_under_bibtex_and_biber(setup, tmp_path, dialect):
    env, digest, _s2, _cr = setup
    out = tmp_path / f"{dialect}.bib"
    r = run(env, "export", str(digest), "-o", str(out), "--dialect", dialect)
    assert r.returncode == 0, r.stderr
    assert "@inproceedings" in out.read_text() and "@article" in out.read_text()
    assert check_bib(out, dialect, tmp_path / f"tex-{dialect}") == []


def test_push_upgrades_the_pushed_preprint_and_sync_keeps_it(setup, tmp_path):
    from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer

    env, digest, s2, cr = setup
    server = ZoteroLibraryServer.single_user(user_id=1, api_key="Secret0Key0Zotero42")
    env.update(ZOTERO_API_KEY="Secret0Key0Zotero42", ZOTERO_LIBRARY_ID="1",
               ZOTERODIGEST_CONFIG=str(tmp_path / "config.toml"))

    def clip():
        return next(i for i in server.library("users/1").items.values() if i.fields.get("title", "").endswith(
            "(2103.00020)"))

    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        first = run(env, "push", str(digest), "--no-resolve", "--quiet")
        assert first.returncode == 0, first.stderr
        before = clip()
        assert before.item_type == "preprint"
        second = run(env, "push", str(digest), "--json")
        assert second.returncode == 0, second.stderr
        assert "2 paper(s) upgraded from preprint to a venue" in second.stderr
        after = clip()
        assert after.key == before.key and after.item_type == "conferencePaper"
        assert after.fields["proceedingsTitle"] == "International Conference on Machine Learning"
        assert after.fields["citationKey"] == before.fields["citationKey"]
        asked = (s2.requests, cr.requests)
        third = run(env, "sync", str(digest))
        assert third.returncode == 0, third.stderr
        assert clip().item_type == "conferencePaper" and clip().version == after.version
        assert (s2.requests, cr.requests) == asked  # sync reads the cache only
