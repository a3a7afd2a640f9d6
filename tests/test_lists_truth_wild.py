"""The wild set's split and truth files (bench/lists/wild.toml, bench/lists/truth_wild): the split is
the one its hash decides, and every truth file is well formed; the list files themselves are not needed."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

from truth_files import check_papers

LISTS = Path(__file__).resolve().parents[1] / "bench" / "lists"
META = tomllib.loads((LISTS / "wild.toml").read_text(encoding="utf-8"))


def test_the_split_is_the_hash_split():
    names = [f["name"] for f in META["file"]]
    order = sorted(names, key=lambda n: hashlib.sha256(("zoterodigest-wild-2026-11-23:" + n).encode()).hexdigest())
    held = set(order[:20])
    for f in META["file"]:
        assert f["part"] == ("wild_held_out" if f["name"] in held else "wild_development"), f["name"]
    assert len({f["repo"] for f in META["file"]}) == len(names) == 40


def test_every_file_has_a_well_formed_truth():
    for f in META["file"]:
        truth = json.loads((LISTS / "truth_wild" / (f["name"].removesuffix(".md") + ".json")).read_text("utf-8"))
        assert truth["file"] == f["name"] and truth["part"] == f["part"]
        assert truth["method"] and truth["papers"]
        check_papers(f["name"], truth["papers"])


def test_the_wild_repositories_are_new():
    """None of the wild repositories is in the open set (nor, when ../shared is present, in the pool)."""
    opened = tomllib.loads((LISTS / "open.toml").read_text(encoding="utf-8"))
    seen = {f["repo"].lower() for f in opened["file"]}
    sources = LISTS.parents[2] / "shared" / "corpus" / "lists-pool" / "SOURCES.md"
    text = sources.read_text(encoding="utf-8").lower() if sources.is_file() else ""
    for f in META["file"]:
        assert f["repo"].lower() not in seen
        assert f"| {f['repo'].lower()} |" not in text
