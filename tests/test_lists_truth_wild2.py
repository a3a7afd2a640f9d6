"""The second wild set's truth files (bench/lists/wild2.toml, bench/lists/truth_wild2): every file is
held out, every truth file is well formed, and no repository appears in an earlier set; the list files
themselves are not needed."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

LISTS = Path(__file__).resolve().parents[1] / "bench" / "lists"
META = tomllib.loads((LISTS / "wild2.toml").read_text(encoding="utf-8"))


def test_every_file_is_held_out_with_a_well_formed_truth():
    assert len(META["file"]) >= 20
    for f in META["file"]:
        assert f["part"] == "wild2_held_out"
        truth = json.loads((LISTS / "truth_wild2" / (f["name"].removesuffix(".md") + ".json")).read_text("utf-8"))
        assert truth["file"] == f["name"] and truth["part"] == f["part"]
        assert truth["method"] and truth["checked"] and truth["papers"]
        last = 0
        for p in truth["papers"]:
            assert 1 <= p["line"] <= p["end"], (f["name"], p)
            assert p["line"] >= last, (f["name"], p)  # in file order
            last = p["line"]
            assert p["title"] is None or p["title"].strip() == p["title"] and p["title"]
            assert p["arxiv"] is None or "v" not in p["arxiv"].split(".")[-1]
            assert p["doi"] is None or p["doi"] == p["doi"].lower()


def test_the_wild2_repositories_are_new():
    """No wild2 repository is in the open set, the wild set, the fresh development lists (nor, when
    ../shared is present, in the pool)."""
    seen: set[str] = set()
    for name in ("open.toml", "wild.toml", "fresh_dev.toml"):
        seen |= {f["repo"].lower() for f in tomllib.loads((LISTS / name).read_text(encoding="utf-8"))["file"]}
    sources = LISTS.parents[2] / "shared" / "corpus" / "lists-pool" / "SOURCES.md"
    text = sources.read_text(encoding="utf-8").lower() if sources.is_file() else ""
    repos = [f["repo"].lower() for f in META["file"]]
    assert len(set(repos)) == len(repos)
    for repo in repos:
        assert repo not in seen
        assert f"| {repo} |" not in text
