"""Helpers of the wild62 set's truth scripts: the wild set's helpers bound to
``$ZD_WILD62_LISTS`` (default ``/work/wild62/files``, see ``bench/lists/wild62.toml``) and
``bench/lists/truth_wild62/``.  What is an entry and where its title is stays in each script.  No
reader code is imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_wild_scripts"))
from _wild import arxiv_of, doi_of, entry, for_set

__all__ = ["arxiv_of", "doi_of", "entry", "read_lines", "write_truth"]

read_lines, write_truth = for_set("truth_wild62", "ZD_WILD62_LISTS", "/work/wild62/files")
