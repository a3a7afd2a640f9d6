"""Rewrite every truth file of bench/lists/truth whose pool file is present.

Runs each hand-written script of bench/lists/truth_scripts/ (one per list file); a script
whose file is absent from ../shared/corpus/lists-pool is skipped.

    python bench/lists/make_truth.py
"""

from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent / "truth_scripts"
sys.path.insert(0, str(SCRIPTS))


def main() -> int:
    from _common import POOL

    made = 0
    for script in sorted(SCRIPTS.glob("[!_]*.py")):
        name = re.search(r'^NAME = "([^"]+)"', script.read_text(encoding="utf-8"), re.MULTILINE)
        if name is None or not (POOL / name.group(1)).is_file():
            continue
        runpy.run_path(str(script), run_name="__main__")
        made += 1
    print(f"{made} truth files written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
