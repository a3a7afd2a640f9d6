"""Taking an entry out of a digest (``Digest.remove_edit``, what ``pull --prune`` does):
generated digests of every family lose exactly one entry's lines (and at most the
blank lines beside it); the rest reads back as before.  Hand-written cases per
family are in tests/fixtures/edit/removals.txt."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_properties import CHECKED, SETTINGS, family_docs, render_document

from zoterodigest.digest import parse_text


@st.composite
def removal_cases(draw):
    family = draw(st.sampled_from(sorted(CHECKED)))
    items = draw(family_docs(family))
    index = draw(st.integers(0, len(items) - 1))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    final = draw(st.booleans())  # does the file end with a line ending?
    return family, items, index, ending, final


@SETTINGS
@given(removal_cases())
def test_a_removal_takes_only_the_entry_and_blank_lines_beside_it(case):
    family, items, index, ending, final = case
    text = render_document(family, items).replace("\n", ending)
    if not final:
        text = text.rstrip("\r\n")
    digest = parse_text(text)
    entry = digest.entries[index]
    edit = digest.remove_edit(entry)
    out = digest.doc.apply([edit])
    assert edit.new == "" and out == text[: edit.start] + text[edit.end :]
    # What went: the entry's own text, and only line endings and blank space around it.
    gone = text[edit.start : edit.end]
    own = text[entry.span.start : entry.span.end]
    assert own in gone and not gone.replace(own, "", 1).strip()
    # No other entry was touched, and the rest reads back the same.
    for other in digest.entries:
        if other is not entry:
            assert other.span.end <= edit.start or other.span.start >= edit.end
    after = parse_text(out)
    assert [e.paper for e in after.entries] == [e.paper for k, e in enumerate(digest.entries) if k != index]
    assert out.endswith(ending) == final or not out
    assert "\n\n\n\n" not in out.replace("\r\n", "\n")  # no separator doubled up


@pytest.mark.parametrize(("text", "index", "want"), [
    ("- [A](https://arxiv.org/abs/2401.00001)\n- [B](https://arxiv.org/abs/2401.00002)", 1,
     "- [A](https://arxiv.org/abs/2401.00001)"),
    ("- [A](https://arxiv.org/abs/2401.00001)\n\n- [B](https://arxiv.org/abs/2401.00002)", 1,
     "- [A](https://arxiv.org/abs/2401.00001)"),
    ("- [A](https://arxiv.org/abs/2401.00001)\n\n- [B](https://arxiv.org/abs/2401.00002)\n", 0,
     "- [B](https://arxiv.org/abs/2401.00002)\n"),
    ("- [A](https://arxiv.org/abs/2401.00001)\n", 0, ""),
    ("Intro.\n- [A](https://arxiv.org/abs/2401.00001)\n\nOutro.\n", 0, "Intro.\n\nOutro.\n"),
])
def test_a_removal_at_the_edges_of_the_file(text, index, want):
    digest = parse_text(text)
    assert digest.doc.apply([digest.remove_edit(digest.entries[index])]) == want


def test_a_removal_with_other_edits_in_one_splice():
    text = ("- [A](https://arxiv.org/abs/2401.00001) — one\n- [B](https://arxiv.org/abs/2401.00002) — two\n"
            "- [C](https://arxiv.org/abs/2401.00003) — three\n")
    digest = parse_text(text)
    a, b, c = digest.entries
    out = digest.with_changes([(a, {"summary": "first"}), (c, {"summary": "third"})], [digest.remove_edit(b)])
    assert out.decode() == ("- [A](https://arxiv.org/abs/2401.00001) — first\n"
                            "- [C](https://arxiv.org/abs/2401.00003) — third\n")
