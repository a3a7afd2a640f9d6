"""Regenerate the lists-pool truth: run every bench/lists/truth_scripts/*.py whose pool file is present.

Each script reads one file of ../shared/corpus/lists-pool (its name is written in the script)
and rewrites bench/lists/truth/<name>.json.  Scripts whose file is absent are skipped, so the
project works without the corpus.  Helper modules (names starting with '_') are not run.

    python bench/lists/make_truth.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parents[2] / "shared" / "corpus" / "lists-pool"
POOL_NAME = re.compile(r"\"([^\"/]+@[0-9a-f]{7}\.md)\"")


def main() -> int:
    failed = 0
    for script in sorted((HERE / "truth_scripts").glob("[!_]*.py")):
        names = POOL_NAME.findall(script.read_text(encoding="utf-8"))
        if not names or not all((POOL / n).is_file() for n in names):
            print(f"skipped {script.name}: pool file absent")
            continue
        result = subprocess.run([sys.executable, str(script)], cwd=script.parent, check=False)
        if result.returncode:
            print(f"FAILED {script.name} (exit {result.returncode})")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
