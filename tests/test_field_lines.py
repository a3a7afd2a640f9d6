"""A paper's field written as its own paragraph (``**source**: DOI ...``) under its title's paragraph is
part of that paper's entry, not an entry of its own (zoterodigest.digest.generic.field_lines)."""

from __future__ import annotations

from zoterodigest.digest.document import Document
from zoterodigest.digest.generic.field_lines import with_field_lines
from zoterodigest.digest.generic.found import Found
from zoterodigest.digest.generic.line_heads import add_links
from zoterodigest.digest.generic.links import Identity

TEXT = """# A paper reading log

**title**:  Coalitional Owls: Coalition Formation in Barn Learning

**source**: DOI 10.1109/TMC.2024.3375325

A good paper.

**title**:  Owl Pruning with Feather Sparsity

**Paper**: DOI 10.1109/OWL.2023.1022887
"""


def _found(doc: Document, line: int, title: str) -> Found:
    found = Found(first=line, last=line, ident=Identity())
    add_links(found.ident, doc.lines[line])
    found.title = title
    return found


def test_a_source_paragraph_joins_the_title_above_it() -> None:
    doc = Document.from_text(TEXT)
    title, field = _found(doc, 2, "Coalitional Owls: Coalition Formation in Barn Learning"), _found(doc, 4, "source: DOI 10.1109/TMC.2024.3375325")
    assert field.ident.doi == "10.1109/tmc.2024.3375325"
    out = with_field_lines(doc, [title, field])
    assert out == [title]
    assert (title.first, title.last, title.ident.doi) == (2, 4, "10.1109/tmc.2024.3375325")


def test_a_paragraph_that_is_no_field_of_the_title_stays_its_own() -> None:
    doc = Document.from_text(TEXT)
    first = _found(doc, 2, "Coalitional Owls: Coalition Formation in Barn Learning")
    note = _found(doc, 6, "A good paper")  # (not a field's label)
    second, paper = _found(doc, 8, "Owl Pruning with Feather Sparsity"), _found(doc, 10, "Owls in the Night")
    assert with_field_lines(doc, [first, note]) == [first, note]
    assert with_field_lines(doc, [second, paper]) == [second, paper]  # ("Paper:" names a paper, not where one is)
    assert first.last == 2 and second.last == 8


def test_a_field_with_text_between_it_and_the_title_stays_its_own() -> None:
    doc = Document.from_text(TEXT.replace("**source**: DOI", "Read on Monday.\n**source**: DOI"))
    title, field = _found(doc, 2, "Coalitional Owls: Coalition Formation in Barn Learning"), _found(doc, 5, "")
    assert with_field_lines(doc, [title, field]) == [title, field]

