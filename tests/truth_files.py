"""What every truth file of a list set holds (bench/lists/truth*/): shared by the tests of each set."""

from __future__ import annotations

from typing import Any


def check_papers(name: str, papers: list[dict[str, Any]]) -> None:
    """Entries in file order, each with lines, a trimmed title or none, a versionless arXiv id and a
    lower-case DOI."""
    last = 0
    for p in papers:
        assert 1 <= p["line"] <= p["end"], (name, p)
        assert p["line"] >= last, (name, p)  # in file order
        last = p["line"]
        assert p["title"] is None or p["title"].strip() == p["title"] and p["title"]
        assert p["arxiv"] is None or "v" not in p["arxiv"].split(".")[-1]
        assert p["doi"] is None or p["doi"] == p["doi"].lower()
