"""The generic reader's second look at titles (zoterodigest/digest/generic/title_choice.py)."""

from __future__ import annotations

from fixture_cases import load_cases, read_case

from zoterodigest.digest import parse_text
from zoterodigest.digest.generic import title_choice

CASES = [c for c in load_cases("read") if c.file == "generic-second-look.txt"]


def test_the_weights_name_the_features_they_were_learnt_for():
    assert title_choice.weights() is not None
    assert len(title_choice.weights()) == len(title_choice.FEATURES)


def test_without_the_second_look_the_fixtures_read_other_titles(monkeypatch):
    """The fixture cases test the second look: without its weights, no case reads all its titles right."""
    assert CASES
    monkeypatch.setattr(title_choice, "weights", lambda: None)
    for case in CASES:
        text, expected = read_case(case)
        got = [e.paper.title for e in parse_text(text, path=case.file).entries]
        assert got != [want["title"] for want in expected]


def test_parts_are_spans_of_the_record():
    rec = "- Barn, A. (2021). **OwlNet**: Counting Owls at Night. Owl Letters, 3(2), 11-19. [pdf](https://example.org/o.pdf)"
    found = title_choice.parts(rec)
    texts = [p.text for p in found]
    assert "OwlNet: Counting Owls at Night" in texts
    assert "pdf" in texts and "Owl Letters" in texts
    for p in found:
        assert 0 <= p.start < p.end <= len(rec)
    assert len(texts) == len(set(texts))


def test_names_labels_and_addresses_never_replace_a_title():
    rec = "- [T](https://arxiv.org/abs/2504.00001) _Ann Barn, Bob Tawny_"
    assert title_choice.better_title(rec, (3, 4), "T") is None
    rec = "- [Owl Counting at Scale](https://arxiv.org/abs/2504.00001) [paper](https://example.org/x.pdf)"
    assert title_choice.better_title(rec, (3, 22), "Owl Counting at Scale") is None


def test_a_span_across_an_emphasis_mark_is_widened_to_its_pair():
    text = "x **OwlNet**: Counting Owls"
    assert title_choice.balanced(text, 4, len(text)) == (2, len(text))
    assert title_choice.balanced("x OwlNet**: Counting", 2, 20) is None


def test_a_link_or_cell_holding_a_long_title_is_kept_without_a_second_look():
    rec = "- [Counting Owls at Night](https://arxiv.org/abs/2504.00001) Barn, A. Owl Letters, 2021"
    assert title_choice.linked_title(rec, 3, 25, "Counting Owls at Night")
    row = "| **Counting Owls at Night** | Owl Letters | 2021 |"
    assert title_choice.linked_title(row, 4, 26, "Counting Owls at Night")
    assert not title_choice.linked_title(rec, 3, 25, "Owls")  # (a short link text is weighed: a nickname)
    assert not title_choice.linked_title("- Counting Owls at Night, Owl Letters", 2, 24, "Counting Owls at Night")
