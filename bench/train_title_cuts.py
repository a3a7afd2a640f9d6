"""Learn the weights of the generic reader's title cuts (zoterodigest/digest/generic/title_cuts.py).

Reads every development list present (bench/lists/study.py; never a held-out file) with the cuts off,
pairs its entries with the list's truth, and describes each place where an entry's title could end
early; a place is labelled by whether the title ending there is the truth's.  A logistic regression (L2)
is fitted; the figures printed are by file-grouped cross-validation (five folds, each file's entries all
in one fold): at each threshold, the titles a cut makes exact, the exact titles it breaks, and the
wrong titles it changes and leaves wrong.

    python bench/train_title_cuts.py [--write] [--l2 X]    # --write: store the weights fitted on all files

Needs numpy (a bench tool only).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "lists"))
sys.path.insert(0, str(HERE))
from list_score import Read, normalise, pair
from study import _papers, development
from train_plain_items import file_folds, fit, fit_args, show_weights

from zoterodigest.digest import read_digest
from zoterodigest.digest.generic import title_cuts as tc

OUT = HERE.parent / "zoterodigest" / "digest" / "generic" / "title_cut_weights.json"
#: One entry: its file, whether its title is exact as read, then per place (row, whether cutting there is exact).
Case = tuple[str, bool, list[tuple[list[float], bool]]]


def cases_of(path: Path, truth: Path) -> list[Case]:
    digest = read_digest(path)
    entries = [e for e in digest.entries if e.family == "generic"]
    reads = [Read(e.lines[0], e.lines[1], e.paper.title, e.paper.arxiv_id) for e in entries]
    papers = _papers(truth)
    by_read = {k: p for p, k in zip(papers, pair(papers, reads), strict=True) if k is not None and p.get("title")}
    out = []
    for k, rows in enumerate(tc.rows_of([e.paper.title for e in entries], [tuple(e.section) for e in entries])):
        if k not in by_read or not rows:
            continue
        want = normalise(str(by_read[k]["title"]))
        title = entries[k].paper.title
        out.append((path.name, normalise(title) == want,
                    [(row, normalise(title[:at].rstrip(" \t,.;:-–—|")) == want) for at, _, row in rows]))
    return out


def main() -> int:
    args = fit_args(__doc__)
    tc.weights.cache_clear()
    tc.weights = lambda: None  # type: ignore[assignment]  (the reader without the cuts: what it leaves)
    cases = [c for _, path, truth in development() for c in cases_of(path, truth)]
    files = sorted({f for f, _, _ in cases})
    print(f"{len(files)} development files, {len(cases)} titles with places to cut, {sum(e for _, e, _ in cases)} exact as read,"
          f" {sum(any(y for _, y in rows) for _, _, rows in cases)} made exact by one cut")
    fold = file_folds(files)
    best: list[tuple[float, bool, bool]] = []  # (chance of the best place, exact as read, exact if cut there)
    for k in range(5):
        train = [c for c in cases if fold[c[0]] != k]
        x = np.array([row for _, _, rows in train for row, _ in rows])
        y = np.array([float(lab) for _, _, rows in train for _, lab in rows])
        w = fit(x, y, args.l2)
        for f, exact, rows in cases:
            if fold[f] == k:
                p = 1 / (1 + np.exp(-np.clip(np.array([r for r, _ in rows]) @ w, -40, 40)))
                j = int(p.argmax())
                best.append((float(p[j]), exact, rows[j][1]))
    print("threshold  cut  made exact  broken  wrong still")
    for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        took = [(e, c) for p, e, c in best if p >= t]
        print(f"{t:9.2f} {len(took):4d} {sum(c for e, c in took):11d} {sum(e and not c for e, c in took):7d}"
              f" {sum(not e and not c for e, c in took):12d}")
    x = np.array([row for _, _, rows in cases for row, _ in rows])
    y = np.array([float(lab) for _, _, rows in cases for _, lab in rows])
    w = fit(x, y, args.l2)
    show_weights(tc.FEATURES, w, OUT if args.write else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
