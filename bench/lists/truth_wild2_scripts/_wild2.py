"""Helpers of the second wild set's (wild2) truth scripts: the wild set's helpers bound to
``$ZD_WILD2_LISTS`` (default ``/work/wild2/files``, see ``bench/lists/wild2.toml``) and
``bench/lists/truth_wild2/``.  What is an entry and where its title is stays in each script.  No
reader code is imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_wild_scripts"))
from _wild import arxiv_of, doi_of, entry, for_set

__all__ = ["arxiv_of", "doi_of", "entry", "read_lines", "write_truth"]

read_lines, write_truth = for_set("truth_wild2", "ZD_WILD2_LISTS", "/work/wild2/files")
