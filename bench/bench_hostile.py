"""Reading hostile digests (issue 28, item 5): 1 MB of each shape must be read within 5 s.

Prints, per shape, the seconds ``parse_bytes`` takes on 1 MB (and on 4 MB, to show the
growth is linear), the shapes that took quadratic or worse time before (a table row of
64 KB, a heading run, a line of URLs, a link label of dashes, pattern runs) among them,
and the size above which a digest is refused (ZOTERODIGEST_MAX_DIGEST_MB).

    python bench/bench_hostile.py [--mb 1]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from zoterodigest.digest import parse_bytes
from zoterodigest.digest.document import max_digest_bytes


def _arxiv(i: int) -> str:
    return f"https://arxiv.org/abs/2401.{i % 99999:05d}"


#: Units repeated up to the size: each one shape a reader knows, or a hostile run.
SHAPES: dict[str, Callable[[int], str]] = {
    "bare headings": lambda i: f"## H{i}\n",
    "dated headings": lambda i: f"## CVPR 2021 Papers {i}\n",
    "paper headings": lambda i: f"### Paper Title Number {i}\n\n[arXiv]({_arxiv(i)})\n\n",
    "table rows": lambda i: ("| Title | Link |\n|---|---|\n" if i % 1000 == 0 else "") + f"| Title {i} | [pdf]({_arxiv(i)}) |\n",
    "list items": lambda i: f"- [Paper Title {i}]({_arxiv(i)}) - notes\n",
    "details cards": lambda i: (f"<details>\n<summary><b>Paper {i}</b></summary>\n\n* **Authors:** A B\n"
                                f"* **Links:** [[Paper]]({_arxiv(i)})\n\n</details>\n\n"),
    "references": lambda i: f"{i}. Smith, J. and Doe, A. ({2000 + i % 20}). A study of thing {i}. In *ICML*.\n",
    "fenced bibtex": lambda i: ("```bibtex\n" if i % 100 == 0 else "") + f"@article{{k{i},\n  title={{T {i}}},\n}}\n"
                               + ("```\n" if i % 100 == 99 else ""),
    "quote cards": lambda i: f"> **Paper {i}** [arXiv]({_arxiv(i)})\n> Task: x\n\n",
    "blank lines": lambda i: "\n",
    "one line of links": lambda i: f"[p{i}]({_arxiv(i)}) ",
    "one line of URLs": lambda i: f"{_arxiv(i)} ",
    "one table row": lambda i: ("| a | b |\n|---|---|\n" if i == 0 else "") + f"| [x]({_arxiv(i)}) ",
    "one link label of dashes": lambda i: ("- [" if i == 0 else "") + "-",
    "one heading of bold marks": lambda i: "## **",
    "one line of anchors": lambda i: f"<a href='https://doi.org/10.1/{i}'>",
    "one line of tabs and a word": lambda i: "\t" * 64 + "a",
}


def _text(unit: Callable[[int], str], size: int) -> bytes:
    parts, n, i = [], 0, 0
    while n < size:
        piece = unit(i)
        parts.append(piece)
        n += len(piece)
        i += 1
    return "".join(parts).encode()[:size]


def _seconds(data: bytes) -> float:
    started = time.perf_counter()
    parse_bytes(data, "hostile.md")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each digest (default 1 MB)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    print(f"{'shape':<28} {'1x s':>7} {'4x s':>7} {'4x/1x':>6}  (goal: 1 MB within 5 s, 4x size about 4x time)")
    worst = 0.0
    for name, unit in SHAPES.items():
        one, four = _seconds(_text(unit, size)), _seconds(_text(unit, 4 * size))
        worst = max(worst, one)
        print(f"{name:<28} {one:7.2f} {four:7.2f} {four / max(one, 1e-6):6.1f}")
    print(f"slowest {args.mb:g} MB: {worst:.2f} s; digests over {max_digest_bytes() / 2**20:g} MB are refused "
          "(ZOTERODIGEST_MAX_DIGEST_MB)")


if __name__ == "__main__":
    main()
