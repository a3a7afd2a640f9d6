"""Learn the weights of the generic reader's second look at titles (zoterodigest/digest/generic/title_choice.py).

Input: JSON-lines files made by ``bench/title_records.py`` (one line per reader entry paired with a truth paper
that names a title: the entry's record text, the reader's title span and text, the truth's title), each tagged
with the list set it came from.  Every part of every record is a row; the part whose text is the truth's
title is the one to pick.  The model is a conditional logit (a softmax over a record's parts) fitted by
gradient descent with an L2 penalty.

    python bench/train_titles.py DUMP.jsonl...              # leave-one-set-out figures, per set and in all
    python bench/train_titles.py DUMP.jsonl... --write      # ... then fit on everything, write title_weights.json
    python bench/train_titles.py DUMP.jsonl... --only=wild25 --only=wild26   # hold out only these sets, in turn

The leave-one-set-out figures are the honest ones: for each set, the weights are fitted on the other sets
only, then the titles of that set are chosen with them (the reader's title is kept unless another part
scores ``MARGIN`` higher) and compared with the truth, before and after.  Needs numpy (a bench tool only).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from list_score import normalise

from zoterodigest.digest.generic import title_choice as tc

OUT = Path(tc.__file__).with_name("title_weights.json")


def load(paths: list[str]) -> list[dict]:
    """Records with their parts, feature rows and which parts are right."""
    out = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if len(r["rec"]) > tc.MAX_RECORD:
                continue
            span = tuple(r["rspan"]) if r["rspan"] else None
            cands = tc.parts(r["rec"], span)
            want = normalise(r["truth"])
            r["x"] = np.array(tc.features(r["rec"], cands, r["rtitle"]), dtype=float) if cands else None
            r["y"] = np.array([normalise(c.text) == want for c in cands], dtype=float)
            r["texts"] = [c.text for c in cands]
            r["reader_ok"] = normalise(r["rtitle"]) == want
            out.append(r)
    return out


def fit(recs: list[dict], l2: float = 1e-3, steps: int = 300, lr: float = 0.5) -> np.ndarray:
    usable = [r for r in recs if r["x"] is not None and r["y"].any() and len(r["y"]) > 1]
    w = np.zeros(len(tc.FEATURES))
    xs = np.concatenate([r["x"] for r in usable])
    ys = np.concatenate([r["y"] / r["y"].sum() for r in usable])
    group = np.concatenate([np.full(len(r["y"]), k) for k, r in enumerate(usable)])
    starts = np.cumsum([0] + [len(r["y"]) for r in usable])[:-1]
    m = np.zeros(len(tc.FEATURES))
    v = np.zeros(len(tc.FEATURES))
    for t in range(1, steps + 1):
        s = xs @ w
        mx = np.maximum.reduceat(s, starts)[group]
        e = np.exp(s - mx)
        z = np.add.reduceat(e, starts)[group]
        p = e / z
        grad = xs.T @ (p - ys) / len(usable) + l2 * w
        m = 0.9 * m + 0.1 * grad  # (Adam)
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * 0.1 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def choose(r: dict, w: np.ndarray, margin: float) -> str:
    """The title the second look gives ``r`` (as title_choice.better_title decides): the reader's, unless the
    part scoring highest of all is another one, may stand as a title and scores ``margin`` higher than the
    reader's own part."""
    if r["x"] is None or r["rspan"] is None or tc.linked_title(r["rec"], *r["rspan"], r["rtitle"] or ""):
        return r["rtitle"]
    rt = tc.key(r["rtitle"])
    own = [k for k, t in enumerate(r["texts"]) if tc.key(t) == rt]
    if not own:
        return r["rtitle"]
    s = r["x"] @ w
    best = int(s.argmax())
    if tc.key(r["texts"][best]) == rt or s[best] - s[own[0]] < margin or not tc.may_replace(r["texts"][best]):
        return r["rtitle"]
    return r["texts"][best]


def evaluate(recs: list[dict], w: np.ndarray, margin: float) -> tuple[int, int, int, int]:
    """(records, exact before, exact after, changed)."""
    before = after = changed = 0
    for r in recs:
        got = choose(r, w, margin)
        before += r["reader_ok"]
        after += normalise(got) == normalise(r["truth"])
        changed += got != r["rtitle"]
    return len(recs), before, after, changed


def main(argv: list[str]) -> int:
    write = "--write" in argv
    paths = [a for a in argv if not a.startswith("--")]
    recs = load(paths)
    by_set: dict[str, list[dict]] = defaultdict(list)
    for r in recs:
        by_set[r["tag"]].append(r)
    reachable = sum(bool(r["y"].any()) for r in recs)
    print(f"{len(recs)} records, truth title among the parts in {reachable} ({reachable / len(recs):.1%})")
    fitted: dict[str, np.ndarray] = {}
    for margin in [float(a.split("=")[1]) for a in argv if a.startswith("--margin=")] or [tc.MARGIN]:
        tot = np.zeros(4, dtype=int)
        print(f"\nleave one set out, margin {margin}\nset                          records  before   after  changed")
        only = {a.split("=", 1)[1] for a in argv if a.startswith("--only=")}
        for tag, held in sorted(by_set.items()):
            if only and tag.split("@")[0] not in only:
                continue
            name = tag.split("@")[0]
            if name not in fitted:  # (one fit per set held out, for all its dumps)
                fitted[name] = fit([r for t, rs in by_set.items() if t.split("@")[0] != name for r in rs])
            w = fitted[name]
            n, b, a, c = evaluate(held, w, margin)
            tot += (n, b, a, c)
            print(f"{tag:28} {n:7d}  {b / n:6.1%}  {a / n:6.1%}  {c:7d}")
        n, b, a, c = tot
        print(f"{'all':28} {n:7d}  {b / n:6.1%}  {a / n:6.1%}  {c:7d}")
    if write:
        w = fit(recs)
        OUT.write_text(json.dumps({"features": list(tc.FEATURES), "weights": [round(float(x), 4) for x in w],
                                   "trained_on": sorted(by_set)}, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
