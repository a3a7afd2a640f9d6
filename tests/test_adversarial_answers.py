"""Hostile answer sets (issue 27, tests/adversarial_cases.py): each paper ends with its own
venue, year and DOI -- or stays a preprint -- in the .bib (both dialects), the CSL JSON,
Hayagriva and the Zotero item alike."""

from __future__ import annotations

import pytest
from adversarial_cases import all_cases
from adversarial_run import FORMATS, judge, run_cases, tally

from zoterodigest.csl import hayagriva_text

CASES = all_cases()


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    return run_cases(CASES, tmp_path_factory.mktemp("adversarial"))


def test_the_table_has_a_case_for_every_rule():
    rules = {c.rule for c in CASES}
    assert len(CASES) >= 30 and len({c.name for c in CASES}) == len(CASES)
    assert {"evidence", "venue names", "tracks", "status words", "DOI types", "one publication", "year"} <= rules


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_writer_shows_the_papers_own_venue_or_a_preprint(seen, case):
    shown = seen[case.name]
    for fmt in FORMATS:
        assert judge(shown[fmt], case.expect) == "right", (fmt, shown[fmt], case.expect)


def test_no_wrong_venue_anywhere(seen):
    counts = tally(CASES, seen)
    assert all(counts[f]["wrong venue"] == 0 for f in FORMATS), counts
    assert all(counts[f]["right"] == len(CASES) for f in FORMATS), counts


def test_hayagriva_follows_the_csl_items():
    from zoterodigest.csl.hayagriva import hayagriva_entry

    item = {"id": "k", "type": "article-journal", "title": "T", "container-title": "Nature Communications",
            "issued": {"date-parts": [[2023]]}, "DOI": "10.1/x"}
    lines = hayagriva_entry(item)
    assert '  parent: {type: periodical, title: "Nature Communications"}' in lines
    assert hayagriva_text([item]).startswith('"k":')
