"""Splicing changed fields back, from our fixture files (tests/fixtures/edit)."""

from __future__ import annotations

import pytest
from fixture_cases import edit_case, load_cases

from zoterodigest.digest import parse_text
from zoterodigest.model import Paper

CASES = load_cases("edit")


def apply(text: str, spec) -> bytes:
    digest = parse_text(text)
    specs = spec if isinstance(spec, list) else [spec]
    changes = []
    appended = []
    for s in specs:
        if "set" in s:
            entry = digest.entries[s["entry"]]
            values = {k: (Paper.model_validate({k: v}).__dict__[k]) for k, v in s["set"].items()}
            changes.append((entry, values))
        if "append" in s:
            appended.append(digest.append_edit(Paper.model_validate(s["append"]), s.get("section")))
    return digest.with_changes(changes, appended)


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
    assert len(reread.entries) == len(parse_text(text).entries) + sum(1 for s in specs if "append" in s)
