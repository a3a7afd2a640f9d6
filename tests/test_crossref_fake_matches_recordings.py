"""The fake Crossref answers the recorded `/works/{doi}` requests the way the real API did.

For every recorded interaction in $ZOTERODIGEST_RECORDINGS/crossref/ (cassettes of
the `habanero` client's tests) the fake is given a work built by its own
:func:`journal_article` (or :func:`proceedings_article`) from the recorded DOI, title, journal, date and numbers,
and asked the same request (its DOI in upper case too): the status, the plain-text
404, the envelope, the lower-cased DOI, and the type of every field it fills
(arrays for title-like fields, strings for numbers, ``date-parts`` with only the
known parts) must be those of the recording.  The resolver reads both alike.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from corpus import CORPUS
from fakes.crossref_server import FakeCrossref, journal_article, proceedings_article

from zoterodigest.enrich.publication import from_crossref

yaml = pytest.importorskip("yaml")
#: Recorded answers are not ours to ship: point ZOTERODIGEST_RECORDINGS at a folder holding
#: cassettes (VCR YAML) of a public client's tests in ``crossref/`` to run this check.
_FOLDER = Path(os.environ.get("ZOTERODIGEST_RECORDINGS", CORPUS / "fixtures")) / "crossref"
RECORDINGS = sorted(_FOLDER.glob("*.yaml")) if _FOLDER.is_dir() else []
pytestmark = pytest.mark.skipif(not RECORDINGS, reason="no recordings: set ZOTERODIGEST_RECORDINGS (see the module docstring)")


def interactions(path):
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
        response = item["response"]
        body = response["body"]["string"]
        if isinstance(body, bytes):
            body = gzip.decompress(body).decode("utf-8") if body[:2] == b"\x1f\x8b" else body.decode("utf-8")
        yield item["request"]["uri"], response["status"]["code"], body


CASES = [(p, n, i) for p in RECORDINGS for n, i in enumerate(interactions(p))]


def made_like(work):
    parts = work["issued"]["date-parts"][0]
    if work["type"] == "proceedings-article":
        return proceedings_article(work["DOI"], work["title"][0], work["container-title"][0], year=parts[0],
                                   page=work.get("page"), publisher=work["publisher"])
    return journal_article(work["DOI"], work["title"][0], work["container-title"][0], year=parts[0],
                           month=parts[1] if len(parts) > 1 else None, volume=work.get("volume"),
                           issue=work.get("issue"), page=work.get("page"), publisher=work["publisher"])


def kinds(work, names):
    return {n: type(work[n]).__name__ for n in names if n in work}


@pytest.mark.parametrize(("path", "n", "recorded"), CASES, ids=[f"{p.stem[9:40]}-{n}" for p, n, _ in CASES])
def test_fake_answers_the_recorded_work_alike(path, n, recorded):
    uri, status, body = recorded
    doi = urlsplit(uri).path.split("/works/", 1)[1]
    works = [made_like(json.loads(body)["message"])] if status == 200 else []
    with FakeCrossref(works) as cr:
        got = requests.get(f"{cr.url}/works/{doi.upper()}", timeout=10)
    assert got.status_code == status
    if status != 200:
        assert got.text == body  # plain text, not JSON
        return
    want, have = json.loads(body), got.json()
    assert {k: have[k] for k in have if k != "message"} == {k: want[k] for k in want if k != "message"}
    w, h = want["message"], have["message"]
    assert h["DOI"] == w["DOI"] == doi.lower()
    fields = ["DOI", "type", "title", "container-title", "short-container-title", "publisher", "volume", "issue",
              "page", "issued", "author", "URL"]
    shared = [f for f in fields if f in h and f in w]
    assert kinds(h, shared) == kinds(w, shared) and {"title", "container-title", "issued"} <= set(shared)
    assert len(h["issued"]["date-parts"][0]) <= len(w["issued"]["date-parts"][0])
    assert set(h["author"][0]) <= set(w["author"][0]) | {"ORCID", "given"}  # "given" may be missing
    real, fake = from_crossref(w), from_crossref(h)
    assert real is not None and fake is not None
    assert (fake.kind, fake.venue, fake.volume, fake.number, fake.pages, fake.year) == (
        real.kind, real.venue, real.volume, real.number, real.pages, real.year)
