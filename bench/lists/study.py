"""Study the reader on the development lists only (never a held-out file): score, rank, diagnose, compare.

    python bench/lists/study.py score OUT.json        # every development file present: totals, per-file scores
    python bench/lists/study.py rank OUT.json [N]     # the N files with most misses + wrong titles + invented
    python bench/lists/study.py diag NAME [N]         # one development file: misses, wrong titles, invented
    python bench/lists/study.py diff A.json B.json    # per-file changes between two scores

A development file is one of the pool's `[development]` part, or a file of open/wild/wildN whose
`part` ends in `development` (`development_2` ...). Held-out files are never read here.  Files live
where bench/generic_accuracy.py looks for them (`$ZD_<SET>_LISTS`, default /work/<set>/files).
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from list_score import Read, Score, normalise, pair, score, total

from zoterodigest.digest import read_digest

POOL = HERE.parents[1].parent / "shared" / "corpus" / "lists-pool"
DEFAULTS = {"open": "/work/openlists/files", "wild": "/work/wild/files"}


def _files_of(set_name: str) -> Path:
    env = "ZD_OPEN_LISTS" if set_name == "open" else f"ZD_{set_name.upper()}_LISTS"
    return Path(os.environ.get(env, DEFAULTS.get(set_name, f"/work/{set_name}/files")))


def development() -> Iterator[tuple[str, Path, Path]]:
    """(set, file, truth) of every development file present on this machine."""
    split = tomllib.loads((HERE / "split.toml").read_text(encoding="utf-8"))
    for name in split["development"]["files"]:
        truth = HERE / "truth" / (name.removesuffix(".md") + ".json")
        if (POOL / name).is_file() and truth.is_file():
            yield "pool", POOL / name, truth
    for toml in sorted(HERE.glob("*.toml")):
        set_name = toml.stem
        if set_name in ("split", "fresh_dev"):
            continue
        folder = _files_of(set_name)
        for f in tomllib.loads(toml.read_text(encoding="utf-8"))["file"]:
            if "development" not in f.get("part", ""):
                continue
            truth = HERE / f"truth_{set_name}" / (f["name"].removesuffix(".md") + ".json")
            if (folder / f["name"]).is_file() and truth.is_file():
                yield set_name, folder / f["name"], truth


def _reads(path: Path) -> list[Read]:
    return [Read(e.lines[0], e.lines[1], e.paper.title, e.paper.arxiv_id) for e in read_digest(path).entries]


def _papers(truth: Path) -> list[dict[str, object]]:
    papers: list[dict[str, object]] = json.loads(truth.read_text(encoding="utf-8"))["papers"]
    return papers


def cmd_score(out: str) -> None:
    per: dict[str, dict[str, int]] = {}
    by_set: dict[str, list[Score]] = {}
    for set_name, path, truth in development():
        s = score(_papers(truth), _reads(path))
        per[f"{set_name}/{path.name}"] = s.__dict__.copy()
        by_set.setdefault(set_name, []).append(s)
    Path(out).write_text(json.dumps(per, indent=1) + "\n", encoding="utf-8")
    for set_name, scores in [*by_set.items(), ("ALL", [s for v in by_set.values() for s in v])]:
        t, r = total(scores), total(scores).ratios()
        print(f"{set_name:<8} files {len(scores):>4} truth {t.truth:>6} found {r['found']:.2%} exact {r['exact']:.2%}"
              f" idRec {r['id_recall'] or 0:.2%} idPrec {r['id_precision'] or 0:.2%} invented {t.invented}")


def _bad(s: dict[str, int]) -> int:
    return (s["truth"] - s["found"]) + (s["titled"] - s["exact"]) + s["invented"]


def cmd_rank(out: str, n: int) -> None:
    per = json.loads(Path(out).read_text(encoding="utf-8"))
    for key, s in sorted(per.items(), key=lambda kv: -_bad(kv[1]))[:n]:
        print(f"{_bad(s):>5}  truth {s['truth']:>5} miss {s['truth'] - s['found']:>4}"
              f" title {s['titled'] - s['exact']:>4} inv {s['invented']:>4}  {key}")


def cmd_diag(name: str, n: int) -> None:
    hits = [(p, t) for _, p, t in development() if name.lower() in p.name.lower()]
    if len(hits) != 1:
        print(f"{len(hits)} development files match {name!r}: " + ", ".join(p.name for p, _ in hits[:8]))
        return
    path, truth = hits[0]
    papers, reads = _papers(truth), _reads(path)
    lines = path.read_bytes().decode("utf-8").split("\n")
    print(path.name, len(papers), "truth", len(reads), "read")
    shown = 0
    paired = pair(papers, reads)
    for p, k in zip(papers, paired, strict=True):
        line = int(str(p["line"]))
        got = [] if k is None else [reads[k]]
        if not got:
            print(f"  MISS {line}: {p['title']!r}\n       | {lines[line - 1][:160]}")
        elif p.get("title") and all(normalise(r.title) != normalise(str(p["title"])) for r in got):
            print(f"  TITLE {line}: {got[0].title!r}\n        truth {p['title']!r}")
        else:
            continue
        shown += 1
        if shown >= n:
            break
    taken = {k for k in paired if k is not None}
    inv = [r for k, r in enumerate(reads) if k not in taken]
    for r in inv[:n]:
        print(f"  INV {r.first}-{r.last}: {r.title!r}")
    print(f"  ({len(inv)} read entries paired with no truth paper)")


def cmd_diff(a: str, b: str) -> None:
    pa, pb = (json.loads(Path(x).read_text(encoding="utf-8")) for x in (a, b))
    for key in sorted(set(pa) | set(pb)):
        sa, sb = pa.get(key), pb.get(key)
        if sa != sb and sa and sb:
            print(f"{_bad(sb) - _bad(sa):+5}  found {sb['found'] - sa['found']:+4} exact {sb['exact'] - sa['exact']:+4}"
                  f" inv {sb['invented'] - sa['invented']:+4}  {key}")


def main() -> int:
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    cmd, rest = args[0], args[1:]
    if cmd == "score":
        cmd_score(rest[0])
    elif cmd == "rank":
        cmd_rank(rest[0], int(rest[1]) if len(rest) > 1 else 20)
    elif cmd == "diag":
        cmd_diag(rest[0], int(rest[1]) if len(rest) > 1 else 30)
    elif cmd == "diff":
        cmd_diff(rest[0], rest[1])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
