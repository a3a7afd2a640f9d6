"""Regenerate the open-set truth: run every bench/lists/truth_open_scripts/*.py whose open file is present.

The open files are real paper lists copied byte-exact from public GitHub repositories (see
bench/lists/open.toml for repository, path, commit, blob id and sha256); they are kept outside
the project, in $ZD_OPEN_LISTS (default /work/openlists/files).  Each script reads one file and
rewrites bench/lists/truth_open/<name>.json.  Scripts whose file is absent are skipped.

    python bench/lists/make_open_truth.py           # rewrite the truth files
    python bench/lists/make_open_truth.py --check   # and check them against the files

--check verifies, for every entry, that its lines exist, that its title's words occur in its lines
(markup removed), and that its arXiv id is written there; and that every file's sha256 matches
open.toml.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = Path(os.environ.get("ZD_OPEN_LISTS", "/work/openlists/files"))
NAME = re.compile(r"\"([^\"/]+@[0-9a-f]{7}\.md)\"")


def _words(text: str) -> list[str]:
    text = html.unescape(re.sub(r"<[^>]+>|\]\([^)]*\)", " ", text))
    return re.findall(r"\w+", text.lower())


def check() -> int:
    meta = tomllib.loads((HERE / "open.toml").read_text(encoding="utf-8"))
    bad = 0
    for f in meta["file"]:
        path = FILES / f["name"]
        if not path.is_file():
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != f["sha256"]:
            print(f"{f['name']}: sha256 differs from open.toml")
            bad += 1
            continue
        lines = [ln.rstrip("\r") for ln in data.decode("utf-8").split("\n")]
        truth = json.loads((HERE / "truth_open" / (f["name"].removesuffix(".md") + ".json")).read_text("utf-8"))
        assert truth["part"] == f["part"], f["name"]
        for p in truth["papers"]:
            span = "\n".join(lines[p["line"] - 1 : p["end"]])
            if not 1 <= p["line"] <= p["end"] <= len(lines):
                print(f"{f['name']}:{p['line']}: lines out of range")
                bad += 1
            have = set(_words(span))
            missing = [w for w in _words(p["title"] or "") if w not in have]
            if missing:
                print(f"{f['name']}:{p['line']}: title words not in the entry's lines: {missing[:5]}")
                bad += 1
            if p["arxiv"] and p["arxiv"] not in span:
                print(f"{f['name']}:{p['line']}: arXiv id {p['arxiv']} not written in the entry")
                bad += 1
    print("open truth check:", "ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


def main() -> int:
    failed = 0
    for script in sorted((HERE / "truth_open_scripts").glob("[!_]*.py")):
        names = NAME.findall(script.read_text(encoding="utf-8"))
        if not names or not all((FILES / n).is_file() for n in names):
            print(f"skipped {script.name}: open file absent")
            continue
        result = subprocess.run([sys.executable, str(script)], cwd=script.parent, check=False)
        if result.returncode:
            print(f"FAILED {script.name} (exit {result.returncode})")
            failed += 1
    if "--check" in sys.argv:
        failed += check()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
