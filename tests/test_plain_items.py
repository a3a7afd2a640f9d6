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


def test_runs_need_three_items_of_one_list() -> None:
    doc = Document.from_text("1. First Owl Paper Title Here\n\nSome prose between the items.\n\n2. Second Owl Paper Title Here\n"
                             "3. Third Owl Paper Title Here\n")
    assert plain_items.runs(doc, 0, len(doc.lines), bytearray(len(doc.lines))) == []
    doc = Document.from_text("1. First Owl Paper Title Here\n\n2. Second Owl Paper Title Here\n3. Third Owl Paper Title Here\n")
    (run,) = plain_items.runs(doc, 0, len(doc.lines), bytearray(len(doc.lines)))
    assert [it.line for it in run] == [0, 2, 3]


def test_children_and_wrapped_lines_stay_in_their_item() -> None:
    doc = Document.from_text("* Owls\n    * First Owl Paper Title Here<br>\nwhy we read it, wrapped\n"
                             "\t* Second Owl Paper Title Here<br>\n\t\t* a note under it\n    * Third Owl Paper Title Here\n")
    (run,) = plain_items.runs(doc, 0, len(doc.lines), bytearray(len(doc.lines)))
    assert [(it.line, it.text) for it in run] == [(1, "First Owl Paper Title Here"), (3, "Second Owl Paper Title Here"),
                                                 (5, "Third Owl Paper Title Here")]


def test_a_run_knows_how_much_of_its_list_other_readers_took() -> None:
    doc = Document.from_text("- [Owl](https://arxiv.org/abs/1706.08442)\n- First Owl Paper Title Here\n"
                             "- Second Owl Paper Title Here\n- Third Owl Paper Title Here\n\n# Next\n\n- A\n- B\n- C\n")
    taken = bytearray(len(doc.lines))
    taken[0] = 1
    (first, share), (second, none) = plain_items.runs_in_lists(doc, 0, len(doc.lines), taken)
    assert [it.line for it in first] == [1, 2, 3] and share == 0.25
    assert [it.line for it in second] == [7, 8, 9] and none == 0.0


def test_reading_marks_and_closing_labels_are_no_part_of_the_title() -> None:
    assert plain_items.item_of("- [-] Owl Counting at Scale **\\^**") == "Owl Counting at Scale"
    assert plain_items.item_of("- [√] [*] Owl Counting **[[code]](https://github.com/o/owl)**") == "Owl Counting"
    assert plain_items.item_of("- [x] Owl Counting (**TA**) [[code]](https://github.com/o/owl)") == "Owl Counting"
    assert plain_items.item_of("\t* Owl Counting at Scale<br>") == "Owl Counting at Scale"
    assert plain_items.item_of("- Owl Counting [see the owls](https://example.org/a/long/page)") is None  # (a sentence's link)


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


def test_beside_a_sure_run_a_likely_one_is_read(monkeypatch) -> None:
    text = "".join(f"## Owls {part}\n\n" + "".join(f"- Learning Deep Owl Representations for Barn Task {part}{k}\n" for k in range(1, 4)) + "\n"
                   for part in ("A", "B", "C"))
    by_first = {2: 0.9, 8: 0.9, 14: 0.6}  # (the runs' first lines: two sure, one likely)
    monkeypatch.setattr(plain_items, "rows", lambda run, *rest: [[float(by_first[run[0].line])] for _ in run])
    monkeypatch.setattr(plain_items, "chance", lambda row, w: row[0])
    assert len(parse_text(text, path="README.md").entries) == 9
    by_first[2] = by_first[8] = 0.6  # (none sure: none read)
    assert parse_text(text, path="README.md").entries == []
    by_first[14] = 0.4  # (unlikely beside sure ones: not read)
    by_first[2] = by_first[8] = 0.9
    assert len(parse_text(text, path="README.md").entries) == 6
