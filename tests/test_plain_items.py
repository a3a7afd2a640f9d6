"""The learnt plain-item model (zoterodigest/digest/generic/plain_items.py)."""

from __future__ import annotations

from zoterodigest.digest import parse_text
from zoterodigest.digest.document import Document
from zoterodigest.digest.generic import plain_items


def test_weights_name_every_feature() -> None:
    w = plain_items.weights()
    assert w is not None
    assert len(w) == len(plain_items.FEATURES)


def test_items_with_links_or_addresses_are_not_plain() -> None:
    assert plain_items.item_of("1. Owl Counting at Scale with Barn Networks") == "Owl Counting at Scale with Barn Networks"
    assert plain_items.item_of("- [Owl Counting](https://arxiv.org/abs/1706.08442)") is None
    assert plain_items.item_of("- Owl Counting, see https://example.org") is None
    assert plain_items.item_of("Owl Counting at Scale") is None  # (no bullet, no number)


def test_runs_need_three_items_of_one_indent() -> None:
    doc = Document.from_text("1. First Owl Paper Title Here\n\n2. Second Owl Paper Title Here\n"
                             "   - an indented note about it\n3. Third Owl Paper Title Here\n")
    assert plain_items.runs(doc, 0, len(doc.lines), bytearray(len(doc.lines))) == []
    doc = Document.from_text("1. First Owl Paper Title Here\n\n2. Second Owl Paper Title Here\n3. Third Owl Paper Title Here\n")
    (run,) = plain_items.runs(doc, 0, len(doc.lines), bytearray(len(doc.lines)))
    assert [it.line for it in run] == [0, 2, 3]


def test_without_weights_nothing_is_read(monkeypatch) -> None:
    text = "".join(f"## Owls {part}\n\n" + "\n\n".join(f"{k}. Learning Deep Owl Representations for Barn Task {k}"
                                                      for k in range(1, 6)) + "\n\n" for part in ("I", "II"))
    assert len(parse_text(text).entries) == 10
    monkeypatch.setattr(plain_items, "weights", lambda: None)
    assert parse_text(text).entries == []


def test_one_run_alone_needs_a_heading_naming_papers() -> None:
    items = "\n".join(f"- Learning Deep Owl Representations for Barn Task {k}" for k in range(1, 6)) + "\n"
    assert parse_text("## Owl tricks\n\n" + items, path="README.md").entries == []
    assert len(parse_text("## Owl papers\n\n" + items, path="README.md").entries) == 5
