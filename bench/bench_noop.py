"""No-op cost: CPU time of ``sync``, ``status`` and ``push`` that find nothing to do,
next to ``parse --json`` of the same files, measured in one run (issue 16: each
no-op within 2x parse), and how many notes a sync renders after 10 were edited
(goal: those 10, not all of them).

How it is measured, so the comparison is fair: the five seed digests
(``../shared/corpus/*/seed-*.md``) are pushed once (offline: no arXiv, an empty
cache) to the fake Zotero server served over real HTTP on 127.0.0.1 from a
thread of this process, then synced once.  Every command then runs *in process*
through the CLI (typer's runner on ``zoterodigest.cli.app``: the same code path as
the ``zoterodigest`` command, its start-up left out since it is the same for
every command); the figure is the process's CPU time (``time.process_time``,
which also counts the fake server's thread answering the two requests) per
command, the least of ``--repeat`` rounds (what the command costs when nothing
else on the machine gets in its way), the commands interleaved within each
round; the memos of pure functions (:mod:`zoterodigest.memo`) are emptied before
each run, as a new process starts with them empty.  ``--profile CMD`` prints
cProfile's top functions for one command (``BENCH_CALLEES=regex``: their callees;
``BENCH_CALLERS=regex``: their callers).

Renders are counted by wrapping the functions that render a note from an entry
(:func:`zoterodigest.zotero.notes.note_html`) and Markdown into HTML
(:func:`~zoterodigest.zotero.notes.render_markdown`): in a sync after 10 notes were
edited in Zotero, in the sync after it, and after 10 summaries were edited in the
digest.

    python bench/bench_noop.py [--repeat 5] [--profile sync]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer
from typer.testing import CliRunner

from zoterodigest import zotero
from zoterodigest.cli import app
from zoterodigest.memo import forget_all
from zoterodigest.zotero import notes

CORPUS = ROOT.parent / "shared" / "corpus"
KEY = "benchkey0123"
LIB = "users/1"
COMMANDS = {
    "parse --json": ["parse", "--json"],
    "sync": ["sync"],
    "status": ["status"],
    "push": ["push", "--offline", "--quiet"],
}


def invoke(args: list[str], paths: list[Path]) -> float:
    """CPU seconds of one in-process CLI run (which must succeed), its memos empty
    as in a new process."""
    runner = CliRunner()
    forget_all()
    t0 = time.process_time()
    result = runner.invoke(app, [*args, *map(str, paths)], catch_exceptions=False)
    spent = time.process_time() - t0
    if result.exit_code != 0:
        raise SystemExit(f"{' '.join(args)} failed ({result.exit_code}): {result.output[-2000:]}")
    return spent


class RenderCounter:
    """Counts, while installed, the notes rendered from entries (``note_html``) and the
    Markdown texts rendered to HTML (``render_markdown``: the notes' summaries, and the
    summaries compared by meaning)."""

    def __init__(self) -> None:
        self.notes = 0
        self.markdown = 0
        self.entries: set[tuple[str, str]] = set()
        self.originals = (notes.note_html, notes.render_markdown)

    def __enter__(self) -> Self:
        note_html, render_markdown = self.originals

        def counted_note(entry: Any, label: str, **kw: Any) -> str:
            self.notes += 1
            self.entries.add((label, entry.paper.identity))
            return note_html(entry, label, **kw)

        def counted_markdown(text: str) -> str:
            self.markdown += 1
            return render_markdown(text)

        notes.note_html = zotero.note_html = counted_note
        notes.render_markdown = counted_markdown
        return self

    def __exit__(self, *exc: object) -> None:
        notes.note_html = zotero.note_html = self.originals[0]
        notes.render_markdown = self.originals[1]


def edit_in_zotero(server: ZoteroLibraryServer, count: int) -> int:
    """Append words to the last paragraph or list item of ``count`` of our notes."""
    edited = 0
    for note in sorted((i for i in server.library(LIB).items.values() if i.item_type == "note"),
                       key=lambda i: i.key):
        new = re.sub(r"(</(?:p|li)>)(?!.*</(?:p|li)>)", r" (edited in Zotero)\1", note.note, flags=re.DOTALL)
        if new != note.note and "Summary" not in note.note[:40]:
            server.write(LIB, [{"key": note.key, "version": note.version, "note": new}])
            edited += 1
            if edited == count:
                break
    return edited


def edit_in_digest(path: Path, count: int) -> int:
    """Reword the summaries (abstracts) of ``count`` entries of the daily-list digest."""
    lines = path.read_text(encoding="utf-8").split("\n")
    edited = 0
    for i, line in enumerate(lines[:-1]):
        if edited < count and line.strip() == "<details open><summary>Abstract</summary>":
            lines[i + 1] += " (edited in the digest)"
            edited += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return edited


def least_times(paths: list[Path], repeat: int) -> dict[str, float]:
    for args in COMMANDS.values():  # warm: imports, caches, first reads
        invoke(args, paths)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(repeat):
        for name, args in COMMANDS.items():
            times[name].append(invoke(args, paths))
    return {name: min(ts) for name, ts in times.items()}


def profile(command: str, paths: list[Path], top: int = 25) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    invoke(COMMANDS[command], paths)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
    if os.environ.get("BENCH_CALLEES"):
        pstats.Stats(profiler).sort_stats("cumulative").print_callees(os.environ["BENCH_CALLEES"])
    if os.environ.get("BENCH_CALLERS"):
        pstats.Stats(profiler).sort_stats("cumulative").print_callers(os.environ["BENCH_CALLERS"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="rounds of the four commands (the least is kept)")
    ap.add_argument("--profile", choices=list(COMMANDS), help="print cProfile's top functions for this command")
    args = ap.parse_args()
    seeds = sorted(CORPUS.glob("*/seed-*.md"))
    if not seeds:
        print(f"no seed digests under {CORPUS}: skipped")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="zd-bench-noop-"))
    saved = dict(os.environ)
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    try:
        paths = []
        for seed in seeds:
            paths.append(tmp / f"{seed.parent.name}-{seed.name}")
            shutil.copyfile(seed, paths[-1])
        with ZoteroHTTPServer(server) as url:
            os.environ.update(ZOTERO_API_KEY=KEY, ZOTERO_LIBRARY_ID="1", ZOTERO_LIBRARY_TYPE="user",
                              ZOTERO_API_URL=url, ZOTERODIGEST_STATE_DIR=str(tmp / "state"),
                              ZOTERODIGEST_CACHE_DIR=str(tmp / "cache"), ZOTERODIGEST_CONFIG=str(tmp / "config.toml"),
                              ZOTERODIGEST_OFFLINE="1")
            invoke(COMMANDS["push"], paths)
            invoke(COMMANDS["sync"], paths)
            if args.profile:
                profile(args.profile, paths)
                return 0
            before = len(server.log)
            least = least_times(paths, args.repeat)
            rounds = args.repeat + 1
            requests = (len(server.log) - before) / rounds
            base = least["parse --json"]
            print(f"seed digests: {len(paths)}; in-process CLI runs, CPU time, least of {args.repeat}")
            print(f"{'command':<14}{'CPU ms':>9}{'x parse':>9}")
            for name, spent in least.items():
                mark = "" if name == "parse --json" else ("  ok (goal <= 2x)" if spent <= 2 * base else "  MISSED (goal <= 2x)")
                print(f"{name:<14}{spent * 1000:9.0f}{spent / base:9.2f}{mark}")
            print(f"requests per round of sync + status + push: {requests:.0f}")
            renders(server, paths)
    finally:
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def renders(server: ZoteroLibraryServer, paths: list[Path]) -> None:
    """Notes rendered by a sync after 10 notes were edited in Zotero, then in the digest."""
    edited = edit_in_zotero(server, 10)
    with RenderCounter() as counter:
        invoke(COMMANDS["sync"], paths)
    print(f"sync after {edited} notes edited in Zotero: {counter.notes} note renders of {len(counter.entries)} "
          f"entries (goal: those {edited}; each rendered as read, then as pull rewrote it), "
          f"{counter.markdown} Markdown texts rendered")
    with RenderCounter() as counter:
        invoke(COMMANDS["sync"], paths)
    print(f"sync again, nothing changed: {counter.notes} notes rendered (goal: 0), "
          f"{counter.markdown} Markdown texts rendered")
    daily = next(p for p in paths if "daily-list" in p.name)
    edited = edit_in_digest(daily, 10)
    with RenderCounter() as counter:
        invoke(COMMANDS["sync"], paths)
    print(f"sync after {edited} summaries edited in the digest: {counter.notes} note renders of "
          f"{len(counter.entries)} entries (goal: those {edited}), {counter.markdown} Markdown texts rendered")


if __name__ == "__main__":
    sys.exit(main())
