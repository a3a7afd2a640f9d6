"""Learn the weights of the generic reader's plain-item model (zoterodigest/digest/generic/plain_items.py).

Reads every development list present (bench/lists/study.py; never a held-out file) with the model off,
takes the runs of plain list items no reader took, and labels each item by the list's truth (a paper
starts on its line, or not).  A logistic regression (L2) is fitted on them; the figures printed are
by file-grouped cross-validation (five folds, each file's items all in one fold), so they tell how the
model does on lists it was not fitted on: items of runs accepted at each threshold, papers among them.

    python bench/train_plain_items.py [--write]     # --write: store the weights fitted on all files

Needs numpy (a bench tool only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "lists"))
from study import _papers, development

from zoterodigest.digest import read_digest
from zoterodigest.digest.base import Sections
from zoterodigest.digest.generic import plain_items as pi
from zoterodigest.digest.generic.section_kinds import names_papers
from zoterodigest.digest.generic.skipped_sections import skipped_section

OUT = HERE.parent / "zoterodigest" / "digest" / "generic" / "plain_item_weights.json"


def runs_of(path: Path, truth: Path) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(file, rows, labels) of each run of plain items the reader leaves in one development file."""
    digest = read_digest(path)
    doc = digest.doc
    taken = bytearray(len(doc.lines))
    for e in digest.entries:
        taken[e.lines[0] - 1 : e.lines[1]] = b"\x01" * (e.lines[1] - e.lines[0] + 1)
    starts = {int(str(p["line"])) - 1 for p in _papers(truth)}
    sections = Sections(doc)
    linkless = pi.linkless_share(doc)
    plain = pi.plain_share(doc, [e.lines[0] - 1 for e in digest.entries])
    out = []
    for run, list_taken in pi.runs_in_lists(doc, 0, len(doc.lines), taken):
        if skipped_section(sections.path_at(run[0].line)):
            continue
        rows = pi.rows(run, names_papers(sections.path_at(run[0].line)), len(digest.entries), linkless, list_taken, plain)
        out.append((path.name, np.array(rows), np.array([float(it.line in starts) for it in run])))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 400) -> np.ndarray:
    """Logistic regression by Newton's method, the bias not penalised."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -40, 40)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_args(doc: str) -> argparse.Namespace:
    """The options every fitting tool takes: ``--write`` (store the weights fitted on all files) and ``--l2``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0, help="the L2 penalty (the bias is not penalised)")
    return ap.parse_args()


def file_folds(files: list[str]) -> dict[str, int]:
    """Each file's fold of five, by a hash of its name: a file's cases all in one fold."""
    return {f: int(hashlib.sha256(f.encode()).hexdigest(), 16) % 5 for f in files}


def main() -> int:
    args = fit_args(__doc__)
    pi.weights.cache_clear()
    pi.weights = lambda: None  # type: ignore[assignment]  (the reader without the model: what it leaves)
    runs = [r for _, path, truth in development() for r in runs_of(path, truth)]
    files = sorted({f for f, _, _ in runs})
    print(f"{len(files)} development files with runs, {len(runs)} runs, {sum(len(y) for _, _, y in runs)} items,"
          f" {int(sum(y.sum() for _, _, y in runs))} of them papers")
    fold = file_folds(files)
    chances: list[tuple[float, np.ndarray, str]] = []
    for k in range(5):
        train = [r for r in runs if fold[r[0]] != k]
        w = fit(np.vstack([x for _, x, _ in train]), np.concatenate([y for _, _, y in train]), args.l2)
        for f, x, y in runs:
            if fold[f] == k:
                chances.append((float((1 / (1 + np.exp(-np.clip(x @ w, -40, 40)))).mean()), y, f))
    print("threshold  runs  items  papers  not papers  files")
    for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        took = [(y, f) for c, y, f in chances if c >= t]
        items = sum(len(y) for y, _ in took)
        papers = int(sum(y.sum() for y, _ in took))
        print(f"{t:9.2f} {len(took):5d} {items:6d} {papers:7d} {items - papers:11d} {len({f for _, f in took}):6d}")
    w = fit(np.vstack([x for _, x, _ in runs]), np.concatenate([y for _, _, y in runs]), args.l2)
    show_weights(pi.FEATURES, w, OUT if args.write else None)
    return 0


def show_weights(features: tuple[str, ...], w: np.ndarray, out: Path | None) -> None:
    """Print the weights fitted on all files, largest first; store them in ``out`` (JSON) when given."""
    for name, a in sorted(zip(features, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:<16} {a:+.3f}")
    if out is not None:
        out.write_text(json.dumps({"features": list(features), "weights": [round(float(a), 4) for a in w]}, indent=1)
                       + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
