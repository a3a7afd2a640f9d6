"""Bring a list set's files back onto this machine from git snapshots of their repositories.

The project keeps only facts about the lists (repository, path, commit, sha256); the files stay
outside it. On a new machine, fetch each repository (any clone or bare snapshot that holds the
commit), then run:

    python bench/lists/restore_files.py wild21 --mirrors /work/.mirror [--into /work/wild21/files]

Each file is written byte-exact with ``git show <commit>:<path>`` and kept only when its sha256 is
the recorded one. A file already present with the right sha256 is left alone. Prints one line per
file that is missing, mismatched or whose repository has no snapshot, then a count.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Where bench/generic_accuracy.py looks for a set's files when its $ZD_<SET>_LISTS is not set.
DEFAULTS = {"open": "/work/openlists/files", "fresh_dev": "/work/dev4/files"}


def git_dir(mirrors: Path, repo: str) -> Path | None:
    """The git directory of ``repo`` under ``mirrors`` (``owner+name``, bare or with a work tree)."""
    base = mirrors / repo.replace("/", "+")
    for cand in (base, base / "repo", base / "repo" / ".git", base / ".git"):
        if (cand / "HEAD").is_file() and (cand / "objects").is_dir():
            return cand
    return None


def restore(toml: Path, mirrors: Path, into: Path) -> tuple[int, int, list[str]]:
    """Write every file of ``toml`` that is missing; (present, written, problems)."""
    files = tomllib.loads(toml.read_text(encoding="utf-8"))["file"]
    into.mkdir(parents=True, exist_ok=True)
    present = written = 0
    problems: list[str] = []
    for f in files:
        dest = into / f["name"]
        if dest.is_file() and hashlib.sha256(dest.read_bytes()).hexdigest() == f["sha256"]:
            present += 1
            continue
        gd = git_dir(mirrors, f["repo"])
        if gd is None:
            problems.append(f"no snapshot: {f['repo']}")
            continue
        run = subprocess.run(["git", "--git-dir", str(gd), "show", f"{f['commit']}:{f['path']}"],
                             capture_output=True, check=False)
        if run.returncode != 0:
            problems.append(f"not in snapshot: {f['repo']} {f['commit'][:7]}:{f['path']}")
            continue
        if hashlib.sha256(run.stdout).hexdigest() != f["sha256"]:
            problems.append(f"sha256 differs: {f['name']}")
            continue
        dest.write_bytes(run.stdout)
        written += 1
    return present, written, problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", help="set name: wild, wild2 ... (bench/lists/<set>.toml)")
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--into", type=Path, help="default /work/<set>/files (the open set: /work/openlists/files)")
    args = ap.parse_args()
    toml = HERE / f"{args.set}.toml"
    if not toml.is_file():
        print(f"no such set: {toml} (use a name of bench/lists/*.toml)", file=sys.stderr)
        return 2
    present, written, problems = restore(toml, args.mirrors, args.into or Path(DEFAULTS.get(args.set, f"/work/{args.set}/files")))
    for p in problems:
        print(p)
    print(f"{args.set}: {present} present, {written} written, {len(problems)} missing")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
