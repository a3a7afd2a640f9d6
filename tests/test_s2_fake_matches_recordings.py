"""The fake Semantic Scholar answers the recorded requests the way the real API did.

For every recorded interaction in $ZOTERODIGEST_RECORDINGS/semanticscholar/
(cassettes of the `semanticscholar` client's tests) the same request is put to
the fake, which knows papers made from the recorded answers (with the ids the
request used): the status, the error bodies word for word, the list length,
where the nulls are, and the keys of every paper object must match.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from corpus import CORPUS
from fakes.s2_server import FakeSemanticScholar

yaml = pytest.importorskip("yaml")
#: Recorded answers are not ours to ship: point ZOTERODIGEST_RECORDINGS at a folder holding
#: cassettes (VCR YAML) of a public client's tests in ``semanticscholar/`` to run this check.
_FOLDER = Path(os.environ.get("ZOTERODIGEST_RECORDINGS", CORPUS / "fixtures")) / "semanticscholar"
RECORDINGS = sorted(_FOLDER.glob("*.yaml")) if _FOLDER.is_dir() else []
pytestmark = pytest.mark.skipif(not RECORDINGS, reason="no recordings: set ZOTERODIGEST_RECORDINGS (see the module docstring)")


def interactions(path):
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
        request, response = item["request"], item["response"]
        status = response.get("status_code") or response["status"]["code"]
        body = response.get("content") if "content" in response else response["body"]["string"]
        if "/graph/v1/paper" in request["uri"]:
            yield request, status, json.loads(body)


def known_papers(request, answer):
    """Papers for the fake: each recorded answer object, findable by the id asked for it."""
    path = urlsplit(request["uri"]).path
    if path.endswith("/paper/batch"):
        pairs = list(zip(json.loads(request["body"])["ids"], answer))
    elif path.endswith("/search/match"):
        pairs = [(None, p) for p in answer.get("data", [])] if isinstance(answer, dict) else []
    else:
        pairs = [(path.split("/paper/", 1)[1], answer)]
    papers = []
    for asked, paper in pairs:
        if not isinstance(paper, dict) or "paperId" not in paper:
            continue
        made = {k: v for k, v in paper.items() if k != "matchScore"}
        ext = dict(made.get("externalIds") or {})
        if asked and asked.lower().startswith("corpusid:"):
            made["corpusId"] = int(asked.split(":", 1)[1])
        elif asked and asked.startswith("10."):
            ext["DOI"] = asked
        made["externalIds"] = ext
        papers.append(made)
    return papers


def shape(body):
    if isinstance(body, list):
        return [sorted(b) if isinstance(b, dict) else None for b in body]
    if isinstance(body, dict) and "data" in body:
        return {"data": [sorted(d) for d in body["data"]]}
    return sorted(body) if isinstance(body, dict) else body


CASES = [(p, n, i) for p in RECORDINGS for n, i in enumerate(interactions(p))]


@pytest.mark.parametrize(("path", "n", "recorded"), CASES, ids=[f"{p.stem[19:50]}-{n}" for p, n, _ in CASES])
def test_fake_answers_the_recorded_request_alike(path, n, recorded):
    request, status, answer = recorded
    parts = urlsplit(request["uri"])
    params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    papers = known_papers(request, answer) if status == 200 else []
    if status == 400 and "/paper/batch" not in parts.path and "/search/" not in parts.path:
        # The paper exists (the error is about the request): the fake knows a made-up one.
        asked = parts.path.split("/paper/", 1)[1]
        papers = [{"paperId": "0" * 40, "title": "Made up", "externalIds": {"DOI": asked}}]
    with FakeSemanticScholar(papers) as s2:
        got = requests.request(request["method"], s2.base + parts.path, params=params,
                               data=(request.get("body") or None),
                               headers={"Content-Type": "application/json"}, timeout=10)
    assert got.status_code == status
    if status == 200:
        assert shape(got.json()) == shape(answer)
    else:
        assert got.json() == answer  # error bodies word for word
