"""Wrong JSON types from Semantic Scholar and Crossref (issue 28, item 7): a field of the
wrong type is dropped as if not given, an answer of the wrong shape is one warning naming
the server, and no answer ends in a traceback."""

from __future__ import annotations

import json

import pytest
from fakes.json_fake import JSON, JsonFake, Logged

from zoterodigest.enrich.answer_shapes import crossref_work, s2_paper
from zoterodigest.enrich.crossref import Crossref
from zoterodigest.enrich.resolution import resolve_papers
from zoterodigest.enrich.semantic_scholar import SemanticScholar
from zoterodigest.model import Paper


class Fixed(JsonFake):
    """Answers every request with the same JSON."""

    def __init__(self, body: object) -> None:
        super().__init__()
        self.body = body

    def answer(self, request: Logged) -> tuple[int, str, str, dict[str, str]]:
        return 200, JSON, json.dumps(self.body), {}


def test_fields_of_the_wrong_type_are_dropped_and_the_rest_kept():
    paper = s2_paper({"title": ["x"], "year": "2020", "venue": "ICML", "authors": [5, None, {"name": 7}, {"name": "A B"}],
                      "externalIds": {"ArXiv": 5, "DOI": "10.1/x"}, "journal": "Nature", "extraField": {"any": 1},
                      "publicationTypes": "Conference", "publicationVenue": {"name": "ICML", "alternate_names": [1, "x"]}})
    assert paper == {"venue": "ICML", "authors": [{}, {"name": "A B"}], "externalIds": {"DOI": "10.1/x"},
                     "extraField": {"any": 1}, "publicationVenue": {"name": "ICML", "alternate_names": ["x"]}}
    work = crossref_work({"title": "T", "container-title": ["Nature", 5], "type": 7, "issued": {"date-parts": [[None]]},
                          "published": {"date-parts": "2020"}, "author": {"family": "X"}, "page": 12, "DOI": "10.1/x"})
    assert work == {"container-title": ["Nature"], "issued": {"date-parts": [[None]]}, "published": {}, "DOI": "10.1/x"}
    assert s2_paper([1]) is None and crossref_work("x") is None and s2_paper({"year": True}) == {}


#: (answer, whether its shape is wrong as a whole: a warning) for the batch of the two ids.
S2_ANSWERS = [([1, 2, 3], True), ({"data": 5}, True), ("text", True), ([None, {"title": None}], False),
              ([{"title": ["x"], "year": {"y": 1}, "externalIds": "no", "authors": "bob", "publicationVenue": [1],
                 "journal": 3, "venue": 7}, None], False),
              ([{"title": "Attention Is All You Need", "externalIds": {"ArXiv": 5, "DOI": ["a"]},
                 "authors": [5, {"name": 7}], "year": "2017", "venue": ["NeurIPS"]}, 7], False)]
CROSSREF_ANSWERS = [({"message": {"items": "x"}}, True), ({"message": 5}, True), ([1], True), ("text", True),
                    ({"message": {"items": [5, {"DOI": 7, "title": "x", "issued": [1], "author": [3], "type": 5,
                                                "container-title": "Nature"}]}}, False)]


@pytest.mark.parametrize("s2_body, s2_wrong", S2_ANSWERS, ids=[f"s2-{i}" for i in range(len(S2_ANSWERS))])
@pytest.mark.parametrize("crossref_body, crossref_wrong", CROSSREF_ANSWERS,
                         ids=[f"crossref-{i}" for i in range(len(CROSSREF_ANSWERS))])
def test_wrong_shapes_from_either_service_end_in_no_traceback(tmp_path, s2_body, s2_wrong, crossref_body,
                                                              crossref_wrong):
    papers = [Paper(arxiv_id="1706.03762", title="Attention Is All You Need"),
              Paper(title="Deep Residual Learning for Image Recognition", doi="10.1109/CVPR.2016.90")]
    with Fixed(s2_body) as s2, Fixed(crossref_body) as crossref:
        report = resolve_papers(papers, cache=tmp_path / "answers.sqlite",
                                s2=lambda: SemanticScholar(api_url=s2.base, retries=0),
                                crossref=lambda: Crossref(api_url=crossref.base, retries=0))
        assert crossref.requests > 0 and s2.requests > 0
    named = {service: [w for w in report.warnings if w.startswith(service)] for service in ("Semantic", "Crossref")}
    assert len(named["Semantic"]) == s2_wrong and len(named["Crossref"]) == crossref_wrong, report.warnings
    for warning in report.warnings:
        assert "unexpected shape" in warning and "127.0.0.1" in warning, warning
    assert not report.upgraded  # nothing in these answers shows a publication of either paper
