"""Push cost: requests and wall time for the five seed digests against the
local fake Zotero server with 50 ms of latency per request.

Prints: the first push (617 items, 640 notes, their collections), the
minimum it could be (ceil((items + notes) / 50) item POSTs + the collection
POSTs + the reads a first push needs), a no-op re-push (goal: at most 3
requests, no write), a push after the state was lost (no duplicates), and
what a tool creating one object per request would need (over 1,250 requests
for the seeds), as a count and at the same latency.

Papers are pushed without arXiv metadata (as with --offline and a cold
cache): request counts do not depend on it (so no comment notes; each paper with an
arXiv id gets its linked "Preprint PDF" attachment, as ``push`` does by default).

Then ``--pdf store`` on the papers of the first seed digest (``--store-papers`` of them):
each PDF (distinct bytes, served from memory) goes through the upload protocol; it prints
the requests per file (goal: 3 for a new file, 1 for a file Zotero already has).

`push` decides three-way (sync restricted to writing Zotero), so its reads of what changed
in Zotero are counted; ``--engine`` measures the Zotero writer alone (``push --local``'s path).

    python bench/bench_push.py [--latency 0.05] [--engine]
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakes.zotero_server import ZoteroLibraryServer, make_pyzotero

from zoterodigest.digest import read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.decide.children import ChildSettings
from zoterodigest.sync.sync import sync_digests
from zoterodigest.zotero.client import ZoteroClient

CORPUS = ROOT.parent / "shared" / "corpus"
KEY = "benchkey0123"


class MemoryPdfs:
    """A distinct small PDF per URL, written to a folder (no network)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def fetch(self, url: str) -> Path:
        path = self.folder / (url.rsplit("/", 1)[-1] + ".pdf")
        path.write_bytes(b"%PDF-1.5\n" + url.encode() * 50 + b"\n%%EOF\n")
        return path


def run_push(server: ZoteroLibraryServer, state_dir: Path, seeds: list[Path],
             engine: bool = False, children: ChildSettings | None = None) -> tuple[int, int, float, object]:
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY))
    children = children or ChildSettings.translator()
    before = len(server.log)
    t0 = time.perf_counter()
    with State(state_dir) as state:
        if engine:
            report: object = push_digests([read_digest(p) for p in seeds], client, state, children=children)
        else:
            report = sync_digests([str(p) for p in seeds], client, state, direction="push", children=children)
    elapsed = time.perf_counter() - t0
    log = server.log[before:]
    writes = sum(1 for r in log if r.method in ("POST", "PATCH", "PUT", "DELETE"))
    return len(log), writes, elapsed, (report, Counter(_kind(r) for r in log))


def _kind(request: object) -> str:
    path = getattr(request, "path", "")
    if path.startswith("/fake-s3/"):
        return "POST storage"
    return f"{getattr(request, 'method', '')} {path.split('?')[0].rsplit('/', 1)[-1]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency", type=float, default=0.05, help="seconds the fake server waits per request")
    ap.add_argument("--engine", action="store_true", help="the Zotero writer alone, without push's three-way reads")
    ap.add_argument("--store-papers", type=int, default=20, help="papers pushed with --pdf store (0: skip)")
    args = ap.parse_args()
    seeds = sorted(CORPUS.glob("*/seed-*.md"))
    if not seeds:
        print(f"no seed digests under {CORPUS}: nothing to measure")
        return 0
    entries = sum(len(read_digest(p).entries) for p in seeds)
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY, latency=args.latency)
    tmp = Path(tempfile.mkdtemp(prefix="zd-bench-push-"))
    os.environ["ZOTERODIGEST_CACHE_DIR"] = str(tmp / "cache")  # the library index: not the user's cache
    try:
        n, writes, t, (_report, kinds) = run_push(server, tmp / "state", seeds, args.engine)
        print(f"seed digests: {len(seeds)}, entries: {entries}; server latency {args.latency * 1000:.0f} ms")
        print(f"first push: {n} requests ({writes} writes) in {t:.2f} s; by kind: {dict(kinds)}")
        n_items = len({e.paper.identity for p in seeds for e in read_digest(p).entries})
        library = server.libraries["users/1"]
        pdfs = sum(1 for i in library.items.values() if i.item_type == "attachment")
        minimum_posts = math.ceil((n_items + entries + pdfs) / 50)
        item_posts = sum(1 for r in server.log if r.method == "POST" and r.path.endswith("/items"))
        print(f"  item POSTs: {item_posts}; minimum ceil((items + notes + attachments) / 50) = {minimum_posts} for "
              f"{n_items} items + {entries} notes + {pdfs} linked PDFs, plus the collection POSTs and the reads a "
              "first push needs (library items, collections)")
        n2, w2, t2, _ = run_push(server, tmp / "state", seeds, args.engine)
        print(f"no-op re-push: {n2} requests ({w2} writes) in {t2:.2f} s  (goal: <= 3 requests, 0 writes)")
        shutil.rmtree(tmp / "state")
        n3, w3, t3, _ = run_push(server, tmp / "state", seeds, args.engine)
        print(f"re-push after losing the state: {n3} requests ({w3} writes) in {t3:.2f} s (no duplicates created)")
        naive = n_items + entries
        print(f"one object per request: {naive} write requests (+ reads), at least {naive * args.latency:.1f} s at "
              f"{args.latency * 1000:.0f} ms each; ours: {writes} writes")
        library = server.libraries["users/1"]
        stored = [i for i in library.items.values() if not i.deleted]
        notes = sum(1 for i in stored if i.item_type == "note")
        attachments = sum(1 for i in stored if i.item_type == "attachment")
        print(f"library after three pushes: {len(stored) - notes - attachments} items (papers: {n_items}), {notes} "
              f"notes (entries: {entries}), {attachments} PDF attachments")
        if args.store_papers:
            store(seeds[0], args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def store(seed: Path, args: argparse.Namespace, tmp: Path) -> None:
    """``--pdf store`` of the first papers of one digest into an empty library."""
    text = seed.read_text(encoding="utf-8")
    digest = read_digest(seed)
    cut = digest.entries[min(args.store_papers, len(digest.entries)) - 1].span.end
    small = tmp / "store" / seed.name
    small.parent.mkdir()
    small.write_text(text[:cut] + "\n", encoding="utf-8")
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY, latency=args.latency)
    (tmp / "pdfs").mkdir()
    settings = ChildSettings.translator("store", files=MemoryPdfs(tmp / "pdfs"))
    n, writes, t, (_report, kinds) = run_push(server, tmp / "state-store", [small], args.engine, settings)
    files = sum(1 for i in server.libraries["users/1"].items.values() if i.attachment.get("md5"))
    file_requests = kinds["POST file"] + kinds["POST storage"]
    print(f"--pdf store, {len(read_digest(small).entries)} entries of {seed.name}: {n} requests ({writes} writes) "
          f"in {t:.2f} s; {files} files stored with {file_requests} file requests "
          f"({file_requests / max(files, 1):.1f} per file; by kind: {dict(kinds)})")


if __name__ == "__main__":
    sys.exit(main())
