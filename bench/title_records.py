"""Dump what a reader made of the titles of truth-checked lists: the data bench/train_titles.py learns from.

One JSON line per reader entry of the generic family that is paired with a truth paper naming a title:
the set, the file, the entry's record text, the reader's title span (within the record) and text, and the
truth's title.  Run it under the reader to dump (any checkout: ``PYTHONPATH=/path/to/checkout``):

    PYTHONPATH=/tmp/old python bench/title_records.py wild27 --tag wild27@fresh > wild27-fresh.jsonl

Sets: ``pool`` (the lists-pool's development part), or a wild set name (files in $ZD_<SET>_LISTS, default
/work/<set>/files).  Held-out files are never dumped.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from list_score import Read, pair

from zoterodigest.digest import read_digest

try:  # (what the reader itself made, without the second look whose weights are learnt from these dumps)
    from zoterodigest.digest.generic import title_choice

    title_choice.weights = lambda: None  # type: ignore[assignment]
except ImportError:
    pass  # (an earlier reader has no second look)

POOL = HERE.parent.parent / "shared" / "corpus" / "lists-pool"


def files(name: str) -> list[tuple[Path, Path]]:
    if name == "pool":
        split = tomllib.loads((HERE / "lists" / "split.toml").read_text(encoding="utf-8"))
        return [(POOL / n, HERE / "lists" / "truth" / (n.removesuffix(".md") + ".json")) for n in split["development"]["files"]]
    meta = tomllib.loads((HERE / "lists" / f"{name}.toml").read_text(encoding="utf-8"))
    folder = Path(os.environ.get(f"ZD_{name.upper()}_LISTS", f"/work/{name}/files"))  # (as generic_accuracy.py finds them)
    return [(folder / f["name"], HERE / "lists" / f"truth_{name}" / (f["name"].removesuffix(".md") + ".json"))
            for f in meta["file"] if "held_out" not in f["part"]]


def main(argv: list[str]) -> int:
    tag = argv[argv.index("--tag") + 1] if "--tag" in argv else argv[0]
    for path, truth in files(argv[0]):
        if not path.is_file() or not truth.is_file():
            continue
        papers = json.loads(truth.read_text(encoding="utf-8"))["papers"]
        digest = read_digest(path)
        text = digest.doc.text
        text = text() if callable(text) else text
        reads = [Read(e.lines[0], e.lines[1], e.paper.title, e.paper.arxiv_id) for e in digest.entries]
        for paper, k in zip(papers, pair(papers, reads), strict=True):
            if k is None or not paper.get("title") or digest.entries[k].family != "generic":
                continue
            e = digest.entries[k]
            a, b = e.span.start, e.span.end
            t = e.fields.get("title")
            print(json.dumps({"tag": tag, "file": path.name, "rec": text[a:b], "rspan": [t.start - a, t.end - a] if t else None,
                              "rtitle": e.paper.title, "truth": paper["title"]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
