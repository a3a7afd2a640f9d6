"""Every real digest of ../shared/corpus: counts, byte-exact round trip, edits."""

from __future__ import annotations

import pytest
from corpus import CORPUS, corpus_files, family_of, needs_corpus

from zoterodigest.digest import read_digest
from zoterodigest.model import Venue

pytestmark = needs_corpus

FILES = corpus_files()

SEEDS = {
    "blockquote-cards": (35, 33, 33),
    "daily-list": (37, 37, 37),
    "details-cards": (456, 456, 444),
    "hf-table": (14, 14, 14),
    "daily-table": (98, 98, 98),
}


@pytest.mark.parametrize("family", sorted(SEEDS))
def test_seed_counts(family):
    (path,) = corpus_files(f"{family}/seed-*.md")
    digest = read_digest(path)
    entries, with_id, distinct = SEEDS[family]
    assert len(digest.entries) == entries
    assert sum(1 for e in digest.entries if e.paper.arxiv_id) == with_id
    assert len({e.paper.arxiv_id for e in digest.entries if e.paper.arxiv_id}) == distinct
    assert {e.family for e in digest.entries} == {family}


def test_seeds_total_640_entries_617_papers():
    entries = [e for path in corpus_files("*/seed-*.md") for e in read_digest(path).entries]
    assert len(entries) == 640
    assert len({e.paper.identity for e in entries}) == 617


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_file_round_trip_and_sanity(path):
    data = path.read_bytes()
    digest = read_digest(path)
    assert digest.to_bytes() == data
    assert digest.with_changes([]) == data
    assert digest.problems == []
    assert digest.entries and {e.family for e in digest.entries} == {family_of(path)}
    previous_end = -1
    for e in digest.entries:
        assert e.paper.title and "**" not in e.paper.title and "](" not in e.paper.title
        assert e.span.start > previous_end  # entries in file order, never overlapping
        previous_end = e.span.end
        for name, span in e.fields.items():
            assert e.span.start <= span.start <= span.end <= e.span.end, name
        assert digest.doc.line_of(e.span.start) == e.lines[0]


@pytest.mark.parametrize("path", corpus_files("*/seed-*.md"), ids=lambda p: p.parent.name)
def test_seed_edit_every_entry(path):
    """Change every editable field of every entry at once: the file reads back with
    the new values, the same entries, and every other field as it was."""
    digest = read_digest(path)
    new_values = {
        "title": lambda e: e.paper.title + " Revisited",
        "summary": lambda e: "- edited point one\n- edited point two" if e.family == "blockquote-cards" else "edited summary",
        "task": lambda e: "edited task",
        "venue": lambda e: Venue(name="ICLR", year=2026, track="Oral"),
        "one_liner": lambda e: "edited one-liner",
    }
    from zoterodigest.digest import family_named

    changes = []
    for e in digest.entries:
        editable = family_named(e.family).editable
        fields = {k: f(e) for k, f in new_values.items() if k in editable and k in e.fields}
        if e.family == "details-cards" and e.style.get("summary_slot") == "one_liner":
            fields.pop("one_liner", None)  # one span, one value
        changes.append((e, fields))
    data = digest.with_changes(changes)
    path_out = path.parent / "unused"  # never written: parse from bytes
    from zoterodigest.digest import parse_bytes

    after = parse_bytes(data, str(path_out))
    assert len(after.entries) == len(digest.entries)
    for (before, fields), e in zip(changes, after.entries):
        got = e.paper
        for key, value in fields.items():
            assert getattr(got, key) == value, (key, e.lines)
        assert got.arxiv_id == before.paper.arxiv_id
        assert got.links == before.paper.links or "links" in fields
        if "venue" not in fields:
            assert got.venue == before.paper.venue
