"""What closes a title and is no part of it (zoterodigest/digest/generic/title_tails.py)."""

from __future__ import annotations

from zoterodigest.digest import parse_text
from zoterodigest.digest.generic.title_tails import closed_title


def test_an_arxiv_listing_tag_closes_no_title() -> None:
    assert closed_title("Counting Owls at Night. (arXiv:2401.16412v1 [cs.AI])") == "Counting Owls at Night"
    assert closed_title("Counting Owls at Night (arXiv:2401.16412)") == "Counting Owls at Night"
    assert closed_title("Counting Owls (at Night)") is None


def test_an_escaping_backslash_closes_no_title() -> None:
    assert closed_title("Describing owls by their hoots \\") == "Describing owls by their hoots"
    assert closed_title("Describing owls by their hoots \\\\") is None  # (an escaped backslash is the text's)
    doc = parse_text(
        "# Owls\n\n### Paper\n\n"
        "Describing owls by their hoots \\[2009, CVPR, Ann Barn\\] \\[[paper](https://homes.example.org/~ann/papers/Hoots.pdf)\\]\n\n"
        "Learning to detect unseen owl classes by between-class hoot transfer \\[2009, CVPR, Bob Tawny\\] "
        "\\[[paper](http://owls.example.edu/viewdoc/download?doi=10.1.1.165.9750&rep=rep1&type=pdf)\\]\n\n"
        "Owl transfer learning in a transductive setting \\[2013, NIPS, Cy Hoot\\] "
        "\\[[paper](https://papers.nips.cc/paper/5209-owl-transfer-learning.pdf)\\]\n", path="README.md")
    entry = doc.entries[0]
    assert len(doc.entries) == 3 and entry.paper.title == "Describing owls by their hoots"
    span = entry.fields["title"]
    assert doc.doc.text[span.start : span.end] == "Describing owls by their hoots"  # (the span follows: an edit keeps the escape)


def test_marks_and_open_brackets_close_no_title() -> None:
    assert closed_title("Owl Flight Is Silent \ufffc\ufffc") == "Owl Flight Is Silent"
    assert closed_title("Owl Flight Is Silent (") == "Owl Flight Is Silent"


def test_names_closing_a_title_may_carry_marks() -> None:
    from zoterodigest.digest.generic.title_tails import names_tail

    title = "Owl Diversity-driven Augmentation for Night Translation. *Ann Barn+, Bob Tawny+, Cy Hoot, Dee Kite"
    assert title[: names_tail(title)] == "Owl Diversity-driven Augmentation for Night Translation"
    title = "Unsupervised Owl Counting and Generation. *Ann Barn,?Bob Tawny,?Cy Hoot"
    assert title[: names_tail(title)] == "Unsupervised Owl Counting and Generation"
    assert names_tail("Owls of the World. Part+ One, Two and Three") is None  # (no persons' names after the stop)
