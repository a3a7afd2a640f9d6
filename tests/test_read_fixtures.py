"""Every family read from our own hand-written fixture files (tests/fixtures/read)."""

from __future__ import annotations

import pytest
from fixture_cases import load_cases, read_case

from zoterodigest.digest import parse_text

CASES = load_cases("read")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_read_fixture(case):
    text, expected = read_case(case)
    digest = parse_text(text, path=case.file)
    got = [e.to_json() for e in digest.entries]
    assert len(got) == len(expected), [g["title"] for g in got]
    for g, want in zip(got, expected):
        subset = {k: g.get(k, "<missing>") for k in want}
        assert subset == want
    # Reading never changes a byte.
    assert digest.to_bytes() == text.encode("utf-8")
    assert digest.problems == []


def test_every_family_has_fixtures():
    from zoterodigest.families import FAMILIES

    files = {c.file for c in CASES}
    for family in FAMILIES:
        assert f"{family}.txt" in files
