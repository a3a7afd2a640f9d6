"""Papers read from sibling headings that name no link (heading_runs.py): their notes are their summaries, and
an edit from Zotero is spliced into the digest's own lines, nothing else changed."""

from zoterodigest.digest import parse_text

PAGE = """---
title: "Review of Papers"
---

# Overview

## Attention in a Bayesian Framework for Owl Vision - sahani

They model attention as inference over where the owl looks.

## Neural Turing Machines for Barn Memory --Ann Graves

A controller with an external memory.

## The Equivalence of Information-Theoretic and Likelihood-Based Methods for Owl Dimensionality Reduction

Two views of the same objective.
"""


def test_notes_under_each_heading_are_its_summary():
    digest = parse_text(PAGE, "review.md")
    assert [e.paper.title for e in digest.entries] == [
        "Attention in a Bayesian Framework for Owl Vision",
        "Neural Turing Machines for Barn Memory",
        "The Equivalence of Information-Theoretic and Likelihood-Based Methods for Owl Dimensionality Reduction",
    ]
    assert digest.entries[1].paper.summary == "A controller with an external memory."
    assert digest.to_bytes() == PAGE.encode()


def test_an_edited_note_and_title_are_spliced_in_place():
    digest = parse_text(PAGE, "review.md")
    first, second = digest.entries[0], digest.entries[1]
    out = digest.with_changes([(second, {"summary": "A new note from Zotero."}),
                               (first, {"title": "Attention in a Bayesian Framework for Owl Vision, Revisited"})]).decode()
    assert out == (PAGE.replace("A controller with an external memory.", "A new note from Zotero.")
                   .replace("## Attention in a Bayesian Framework for Owl Vision - sahani",
                            "## Attention in a Bayesian Framework for Owl Vision, Revisited - sahani"))
