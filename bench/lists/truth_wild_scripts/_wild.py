"""Helpers of the wild set's truth scripts: the list file's lines, one entry, and the truth JSON.

Each script in this folder reads one file of ``$ZD_WILD_LISTS`` (default ``/work/wild/files``, see
``bench/lists/wild.toml``) and writes ``bench/lists/truth_wild/<name>.json``; what is an entry and
where its title is stays in the script.  No reader code is imported.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy

FILES = Path(os.environ.get("ZD_WILD_LISTS", "/work/wild/files"))


def read_lines(name: str) -> list[str]:
    """The file's lines, split on ``\\n``, a closing ``\\r`` dropped (line n is ``lines[n - 1]``)."""
    return [ln.rstrip("\r") for ln in (FILES / name).read_bytes().decode("utf-8").split("\n")]


def entry(lines: list[str], first: int, last: int, title: str | None) -> dict[str, Any]:
    """One entry on lines first..last (1-based); its ids come from those lines only."""
    own = "\n".join(lines[first - 1 : last])
    t = tidy(clean(title)) if title is not None else None
    return {"line": first, "end": last, "title": t or None, "arxiv": arxiv_of(own), "doi": doi_of(own)}


def save(out: dict[str, Any], folder: str = "truth_wild") -> None:
    """Write one file's truth (``out``: file, part, method, checked, papers) into ``bench/lists/<folder>``
    and say what it holds."""
    name, papers = out["file"], out["papers"]
    dest = HERE.parent / folder / (name.removesuffix(".md") + ".json")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(papers)} entries, arxiv {sum(1 for p in papers if p['arxiv'])},"
          f" doi {sum(1 for p in papers if p['doi'])}, title null {sum(1 for p in papers if not p['title'])}")
    if "-v" in sys.argv:
        for p in papers:
            print(f"  {p['line']}-{p['end']} {p['arxiv']} {p['doi']} | {p['title']}")


def write_truth(name: str, part: str, papers: list[dict[str, Any]], method: str, checked: str) -> None:
    """Save the entries in line order with the script's method and what was checked by eye."""
    papers = sorted(papers, key=lambda p: (p["line"], p["end"]))
    save({"file": name, "part": part, "method": method, "checked": checked, "papers": papers})


def for_set(folder: str, env: str, default: str) -> tuple[Callable[[str], list[str]], Callable[..., None]]:
    """``read_lines`` and ``write_truth`` for a later wild set: its files in ``$env`` (else ``default``),
    its truth in ``bench/lists/<folder>``."""
    files = Path(os.environ.get(env, default))

    def read(name: str) -> list[str]:
        return [ln.rstrip("\r") for ln in (files / name).read_bytes().decode("utf-8").split("\n")]

    def write(name: str, part: str, papers: list[dict[str, Any]], method: str, checked: str) -> None:
        papers = sorted(papers, key=lambda p: (p["line"], p["end"]))
        save({"file": name, "part": part, "method": method, "checked": checked, "papers": papers}, folder)

    return read, write
