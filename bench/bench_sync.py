"""Sync cost: requests for a no-op sync of the five seed digests (goal: at most
2, both reads) and for a sync after 10 notes were edited in Zotero (goal: at
most 4: the pull's three reads and push's one 304), against the in-process
fake Zotero server.

Papers are pushed without arXiv metadata (as with --offline and a cold
cache): request counts do not depend on it.  Skipped when the seed corpus
(``../shared/corpus/*/seed-*.md``) is absent.

    python bench/bench_sync.py
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakes.zotero_server import ZoteroLibraryServer, make_pyzotero

from zoterodigest.digest import read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.sync import sync_digests
from zoterodigest.zotero.client import ZoteroClient

CORPUS = ROOT.parent / "shared" / "corpus"
KEY = "benchkey0123"
LIB = "users/1"


def run(server: ZoteroLibraryServer, fn) -> tuple[object, list]:
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)
    before = len(server.log)
    result = fn(client)
    return result, server.log[before:]


def describe(log: list) -> str:
    kinds = Counter(f"{r.method} {r.path.split('?')[0].rsplit('/', 1)[-1]}" for r in log)
    return ", ".join(f"{n}× {k}" for k, n in sorted(kinds.items())) or "none"


def edit_notes(server: ZoteroLibraryServer, count: int) -> int:
    """Edit the last paragraph or list item of ``count`` of our notes, as a user would in Zotero."""
    edited = 0
    for note in sorted((i for i in server.library(LIB).items.values() if i.item_type == "note"),
                       key=lambda i: i.key):
        new = re.sub(r"(</(?:p|li)>)(?!.*</(?:p|li)>)", r" (edited in Zotero)\1", note.note, flags=re.DOTALL)
        if new == note.note:
            continue
        server.write(LIB, [{"key": note.key, "version": note.version, "note": new}])
        edited += 1
        if edited == count:
            break
    return edited


def main() -> int:
    seeds = sorted(CORPUS.glob("*/seed-*.md"))
    if not seeds:
        print(f"no seed digests under {CORPUS}: skipped")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="zd-bench-sync-"))
    os.environ["ZOTERODIGEST_CACHE_DIR"] = str(tmp / "cache")  # the library index: not the user's cache
    try:
        paths = []
        for seed in seeds:
            target = tmp / f"{seed.parent.name}-{seed.name}"
            shutil.copyfile(seed, target)
            paths.append(target)
        server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
        with State(tmp / "state") as state:
            report, log = run(server, lambda c: push_digests([read_digest(p) for p in paths], c, state))
            print(f"first push: {len(log)} requests ({len(report.papers)} papers)")
            report, log = run(server, lambda c: sync_digests(paths, c, state))
            print(f"first sync (compares every note once by meaning): {len(log)} requests ({describe(log)})")
            report, log = run(server, lambda c: sync_digests(paths, c, state))
            noop = len(log)
            print(f"no-op sync: {noop} requests ({describe(log)}); goal <= 2: {'ok' if noop <= 2 else 'MISSED'}")
            edited = edit_notes(server, 10)
            before = [p.read_bytes() for p in paths]
            report, log = run(server, lambda c: sync_digests(paths, c, state))
            changed = sum(a != p.read_bytes() for a, p in zip(before, paths))
            # The pull's reads and push's first check end at push's 304; what follows
            # is push writing item fields that follow a pulled summary (the abstract,
            # in the families whose summary is the abstract).
            check = next((i + 1 for i, r in enumerate(log) if r.status == 304), len(log))
            print(f"sync after {edited} notes edited in Zotero: {len(log)} requests ({describe(log)}), "
                  f"{changed} digest(s) rewritten, exit {report.exit_code()}; pull reads + push check: {check}, "
                  f"goal <= 4: {'ok' if check <= 4 else 'MISSED'}; then {len(log) - check} for item abstracts "
                  "following pulled summaries")
            report, log = run(server, lambda c: sync_digests(paths, c, state))
            print(f"sync again: {len(log)} requests ({describe(log)})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
