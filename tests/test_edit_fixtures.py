"""Splicing changed fields back, from our fixture files (tests/fixtures/edit)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixture_cases import edit_case, load_cases

from zoterodigest.digest import parse_text
from zoterodigest.model import Paper, Venue

CASES = load_cases("edit")


def value(name: str, raw):
    """A field's value from the fixture's JSON (a venue as an object, a date as ISO text)."""
    if name == "venue" and raw is not None:
        return Venue(**raw)
    if name == "listing_date" and raw is not None:
        return dt.date.fromisoformat(raw)
    return raw


def paper(raw: dict) -> Paper:
    return Paper(**{k: value(k, v) for k, v in raw.items()})


def apply(text: str, spec) -> bytes:
    digest = parse_text(text)
    specs = spec if isinstance(spec, list) else [spec]
    changes = []
    appended = []
    removed = []
    for s in specs:
        if "set" in s:
            entry = digest.entries[s["entry"]]
            values = {k: value(k, v) for k, v in s["set"].items()}
            changes.append((entry, values))
        if "append" in s:
            appended.append(digest.append_edit(paper(s["append"]), s.get("section")))
        if "remove" in s:
            removed.append(digest.entries[s["remove"]])
    return digest.with_changes(changes, appended + digest.remove_edits(removed))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_edit_fixture(case):
    text, spec, expected = edit_case(case)
    out = apply(text, spec)
    assert out.decode("utf-8") == expected
    # What was written reads back with the new values.
    specs = spec if isinstance(spec, list) else [spec]
    reread = parse_text(out.decode("utf-8"))
    for s in specs:
        for key, value in s.get("set", {}).items():
            got = reread.entries[s["entry"]].to_json()[key]
            want = value
            assert got == want, key
    before = parse_text(text).entries
    assert len(reread.entries) == len(before) + sum(1 for s in specs if "append" in s) - sum(
        1 for s in specs if "remove" in s)
    removed = {s["remove"] for s in specs if "remove" in s}
    if removed and not any("append" in s or "set" in s for s in specs):
        # The others read back exactly as before (a removal changes nobody else).
        assert [e.paper for e in reread.entries] == [e.paper for k, e in enumerate(before) if k not in removed]
