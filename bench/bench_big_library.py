"""Big libraries (issue 16): requests of a push into a library of N other items,
against the local fake Zotero server, with the library index (issue 16, item 3).

The library holds N other items: ``--items`` papers (default 5,000), ``--with-notes``
of them (default 1,000) with a child note, as Zotero counts items (notes included).  A digest of D papers (``--papers``, default 20) is pushed the way
``push`` does (three-way, as sync restricted to writing Zotero), and the script prints,
for each case, the requests counted beside the bound the issue sets, ceil(N/100) + the
push's own requests -- "own" measured as the same case in a library holding none of the
N other items:

1. machine A's first push (no state, no index): one full read of the top-level items;
2. machine B's first push of the same digest (no state, no index): it adopts A's items;
3. machine B again after losing its state (the index kept): no full read;
4. machine B (state lost again) after another client changed k items (``--changed``:
   edits, new items and trashed ones): the index reads what changed, 50 keys a request;
5. beside each, the same push with the machine's index deleted first (as every push
   without state was before the index): ceil(N/100) requests for the full read again.

    python bench/bench_big_library.py [--items 5000] [--papers 20] [--changed 30]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakes.zotero_server import ZoteroLibraryServer, make_pyzotero

from zoterodigest.state import State
from zoterodigest.sync.sync import sync_digests
from zoterodigest.zotero.client import ZoteroClient

KEY = "benchkey0123"
LIB = "users/1"


def digest_text(papers: int) -> str:
    entries = [f"> **Benchmark Paper Number {n} On Scaling**  \n> *arXiv 2024*, "
               f"[arxiv](https://arxiv.org/abs/2402.{20000 + n})  \n> Task: benchmarking  \n> Summary {n}.\n"
               for n in range(papers)]
    return "# Bench Log\n\n## Papers\n\n" + "\n".join(entries)


def library(others: int, with_notes: int) -> ZoteroLibraryServer:
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    papers = [{"itemType": "journalArticle", "title": f"Another paper {n}", "DOI": f"10.1000/bench.{n}"}
              for n in range(others)]
    for start in range(0, len(papers), 50):
        server.write(LIB, papers[start : start + 50])
    parents = [i.key for i in list(server.library(LIB).items.values())[:with_notes]]
    notes = [{"itemType": "note", "parentItem": key, "note": f"<p>My note {n}</p>"} for n, key in enumerate(parents)]
    for start in range(0, len(notes), 50):
        server.write(LIB, notes[start : start + 50])
    return server


class Machine:
    """A computer: its own state folder and cache folder (where the index lives)."""

    def __init__(self, root: Path, digest: Path) -> None:
        self.root = root
        self.digest = digest

    def push(self, server: ZoteroLibraryServer, *, lose_state: bool = False,
             keep_index: bool = True) -> tuple[int, Counter]:
        state_dir = self.root / "state"
        for folder, lose in ((state_dir, lose_state), (self.root / "cache", not keep_index)):
            for path in folder.glob("*") if lose else ():
                path.unlink()
        os.environ["ZOTERODIGEST_CACHE_DIR"] = str(self.root / "cache")
        client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)
        before = len(server.log)
        with State(state_dir) as state:
            report = sync_digests([str(self.digest)], client, state, direction="push")
        if report.problems:
            raise SystemExit(f"push failed: {report.problems}")
        log = server.log[before:]
        return len(log), Counter(_kind(r) for r in log)


def _kind(request: object) -> str:
    method, path, query = request.method, request.path, request.query  # type: ignore[attr-defined]
    if method != "GET":
        return f"{method} {path.rsplit('/', 1)[-1]}"
    if path.endswith("/items/top"):
        return "GET items/top (full read)"
    if "since" in query and path.endswith("/items"):
        return "GET items?since"
    if "itemKey" in query:
        return "GET items?itemKey"
    if "itemType" in query:
        return "GET items?itemType (every note/attachment)"
    return "GET " + path.split("/", 3)[-1].split("/")[0]


def change_elsewhere(server: ZoteroLibraryServer, k: int) -> None:
    """Another client: a third of k edits, a third new items, a third trashed."""
    items = [i for i in server.library(LIB).items.values() if i.item_type == "journalArticle"]
    edits = items[: k // 3]
    server.write(LIB, [{"key": i.key, "version": i.version, "extra": "edited elsewhere"} for i in edits])
    server.write(LIB, [{"itemType": "book", "title": f"A new book {n}"} for n in range(k // 3)])
    trashed = items[k // 3 : k - 2 * (k // 3) + k // 3]
    server.write(LIB, [{"key": i.key, "version": i.version, "deleted": 1} for i in trashed])


def scenario(others: int, args: argparse.Namespace, tmp: Path, *, index: bool = True
             ) -> dict[str, tuple[int, Counter]]:
    """The four pushes of the module docstring in a library of ``others`` other papers
    (``index=False``: each machine's index is deleted before each push)."""
    server = library(others, min(args.with_notes, others))
    root = tmp / f"{others}-{index}"
    root.mkdir()
    digest = root / "bench-log.md"
    digest.write_text(digest_text(args.papers), encoding="utf-8")
    a, b = Machine(root / "a", digest), Machine(root / "b", digest)
    out = {"1. first push": a.push(server), "2. second machine": b.push(server)}
    out["3. second machine, state lost"] = b.push(server, lose_state=True, keep_index=index)
    change_elsewhere(server, args.changed)
    out[f"4. state lost, {args.changed} items changed elsewhere"] = b.push(server, lose_state=True,
                                                                            keep_index=index)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=5000, help="other papers in the library (N)")
    ap.add_argument("--with-notes", type=int, default=1000, help="how many of them have a child note")
    ap.add_argument("--papers", type=int, default=20, help="papers in the pushed digest (D)")
    ap.add_argument("--changed", type=int, default=30, help="items another client changes (k)")
    args = ap.parse_args()
    saved = os.environ.get("ZOTERODIGEST_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="zd-big-") as folder:
        tmp = Path(folder)
        t0 = time.perf_counter()
        big = scenario(args.items, args, tmp)
        elapsed = time.perf_counter() - t0
        own = scenario(0, args, tmp)
        before = scenario(args.items, args, tmp, index=False)
    if saved is None:
        os.environ.pop("ZOTERODIGEST_CACHE_DIR", None)
    others = args.items + min(args.with_notes, args.items)
    pages = math.ceil(others / 100)
    print(f"library: N = {others} other items ({args.items} papers, {min(args.with_notes, args.items)} of them "
          f"with a note); digest: D = {args.papers} papers; ceil(N/100) = {pages}")
    print(f"{'push':<42} {'requests':>8} {'own (N=0)':>9} {'bound ceil(N/100)+own':>22} {'index lost':>10}")
    for name, (count, _) in big.items():
        mine = own[name][0]
        ok = "ok" if count <= pages + mine else "OVER"
        print(f"{name:<42} {count:>8} {mine:>9} {pages + mine:>19} {ok:>2} {before[name][0]:>10}")
    print("(index lost: the same push with the machine's index deleted first: a full read again)")
    for name, (_, kinds) in big.items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"wall time of the four pushes at N = {args.items}: {elapsed:.1f} s (no latency)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
