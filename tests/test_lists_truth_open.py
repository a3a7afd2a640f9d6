"""The open set's truth (bench/lists/open.toml, truth_open/, issue 26) is complete and well formed.

Without the open files (CI has none) this checks the truth files alone: one per file of
open.toml, in the part open.toml gives, every entry of a sane shape.  When the files are present
($ZD_OPEN_LISTS, default /work/openlists/files) it also checks each file's sha256 and that every
entry's lines exist, hold its title's words and its arXiv id (bench/lists/make_open_truth.py --check).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LISTS = ROOT / "bench" / "lists"
META = tomllib.loads((LISTS / "open.toml").read_text(encoding="utf-8"))
FILES = Path(os.environ.get("ZD_OPEN_LISTS", "/work/openlists/files"))
BATCH_1 = {"open_held_out", "open_development"}
BATCH_3 = {"open_held_out_3", "open_development_3"}


def test_every_open_file_has_a_truth_file_in_its_part() -> None:
    names = [f["name"] for f in META["file"]]
    assert len(names) == len(set(names)) >= 24
    first = [f for f in META["file"] if f["part"] in BATCH_1]  # batch 1, split by hash
    held = [f for f in first if f["part"] == "open_held_out" or f.get("moved")]
    assert len(held) == (len(first) + 1) // 2
    assert {f["part"] for f in META["file"]} <= BATCH_1 | {"open_development_2"} | BATCH_3
    for f in META["file"]:
        assert re.fullmatch(r"[0-9a-f]{40}", f["commit"]) and re.fullmatch(r"[0-9a-f]{64}", f["sha256"])
        data = json.loads((LISTS / "truth_open" / (f["name"].removesuffix(".md") + ".json")).read_text("utf-8"))
        assert data["file"] == f["name"] and data["part"] == f["part"]
        assert data["method"] and data["checked"] and data["papers"]
        for p in data["papers"]:
            assert 1 <= p["line"] <= p["end"]
            assert p["title"] is None or (p["title"] == p["title"].strip() and "  " not in p["title"])
            assert p["arxiv"] is None or re.fullmatch(r"\d{4}\.\d{4,5}|[a-z-]+/\d{7}", p["arxiv"])
            assert p["doi"] is None or (p["doi"].startswith("10.") and p["doi"] == p["doi"].lower())


def test_split_follows_the_recorded_hash() -> None:
    first = [f for f in META["file"] if f["part"] in BATCH_1]  # batch 2 is all development
    key = [hashlib.sha256(("zoterodigest-open-2026-11-23:" + f["name"]).encode()).hexdigest() for f in first]
    order = [f["name"] for _, f in sorted(zip(key, first, strict=True), key=lambda x: x[0])]
    half = (len(order) + 1) // 2
    parts = {f["name"]: f["part"] for f in first}
    moved = {f["name"] for f in first if f.get("moved")}  # held out by the hash, looked at since: development
    assert all(parts[n] == ("open_development" if n in moved else "open_held_out") for n in order[:half])
    assert all(parts[n] == "open_development" and n not in moved for n in order[half:])


def test_batch_3_split_follows_its_hash() -> None:
    third = [f for f in META["file"] if f["part"] in BATCH_3]
    assert len(third) == 32 and len({f["repo"] for f in third}) == 32
    order = sorted(third, key=lambda f: hashlib.sha256(("zoterodigest-open3-2026-11-23:" + f["name"]).encode()).hexdigest())
    moved = {f["name"] for f in third if f.get("moved")}
    assert all(f["part"] == ("open_development_3" if f["name"] in moved else "open_held_out_3") for f in order[:16])
    assert all(f["part"] == "open_development_3" and f["name"] not in moved for f in order[16:])
    earlier = {f["repo"].lower() for f in META["file"] if f["part"] not in BATCH_3}
    assert not earlier & {f["repo"].lower() for f in third}


@pytest.mark.skipif(not FILES.is_dir(), reason="open files absent")
def test_truth_matches_the_open_files() -> None:
    script = LISTS / "make_open_truth.py"
    code = f"import runpy, sys; sys.exit(runpy.run_path({str(script)!r})['check']())"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
