"""Plumbing of the open-set truth scripts: read one open file, collect its entries, write its truth JSON.

The open files live outside the project, in $ZD_OPEN_LISTS (default /work/openlists/files);
bench/lists/open.toml says where each came from and which part it is in.  Ids, DOIs, markup
removal and title tidying are the held-out helpers' (truth_scripts/_heldout.py), so both
truth sets follow the same conventions.  Nothing here knows a list's shape, and nothing
imports zoterodigest.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

LISTS = Path(__file__).resolve().parents[1]
FILES = Path(os.environ.get("ZD_OPEN_LISTS", "/work/openlists/files"))
TRUTH = LISTS / "truth_open"

__all__ = ["Open", "arxiv_of", "clean", "doi_of", "tidy"]


class Open:
    def __init__(self, name: str) -> None:
        self.name = name
        text = (FILES / name).read_bytes().decode("utf-8")  # a BOM stays in line 1, as in the file
        self.lines = [ln.rstrip("\r") for ln in text.split("\n")]
        self.papers: list[dict[str, object]] = []

    def line(self, n: int) -> str:
        """Line n (1-based)."""
        return self.lines[n - 1]

    def span(self, first: int, last: int) -> str:
        return "\n".join(self.lines[first - 1 : last])

    def add(self, first: int, last: int, title: str | None, own: str | None = None) -> None:
        """One entry on lines first..last; its ids come from those lines (or from `own`)."""
        own = self.span(first, last) if own is None else own
        t = tidy(clean(title)) if title is not None else None
        doi = doi_of(own)
        if doi and doi.startswith("10.1117/"):
            doi = re.sub(r"\.(?:short|full)$", "", doi)  # SPIE URLs add '.short' / '.full' to the DOI
        self.papers.append({"line": first, "end": last, "title": t or None, "arxiv": arxiv_of(own), "doi": doi})

    def write(self, method: str, checked: str) -> None:
        meta = tomllib.loads((LISTS / "open.toml").read_text(encoding="utf-8"))
        (entry,) = [f for f in meta["file"] if f["name"] == self.name]
        papers = sorted(self.papers, key=lambda p: (p["line"], p["end"]))
        out = {"file": self.name, "part": entry["part"], "method": method, "checked": checked, "papers": papers}
        TRUTH.mkdir(parents=True, exist_ok=True)
        dest = TRUTH / (self.name.removesuffix(".md") + ".json")
        dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if "-v" in sys.argv:
            self.show()

    def show(self, k: int = 15) -> None:
        """The counts and a sample of k entries with their lines, to check by eye."""
        p = self.papers
        print(f"{self.name}: {len(p)} entries, arxiv {sum(1 for x in p if x['arxiv'])},"
              f" doi {sum(1 for x in p if x['doi'])}, title null {sum(1 for x in p if not x['title'])}")
        for x in sorted(random.Random(0).sample(p, min(k, len(p))), key=lambda x: x["line"]):
            print(f"  {x['line']}-{x['end']} {x['arxiv']} {x['doi']} | {x['title']}")
