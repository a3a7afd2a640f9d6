"""Score a reader's entries against a list's truth file (bench/lists/truth/*.json).

Pure: no file is read here.  A truth paper is *found* when a reader entry whose line span
covers the paper's first line, or else starts within the paper's lines, is paired with it, one
reader entry per truth paper.  Among
the found papers whose truth names a title, the title is *exact* when both read the same
once markup is removed, whitespace collapsed, a closing period and quotes around the whole
title dropped (case-sensitive;
``exact_ci`` ignores case).  arXiv recall counts truth papers with an id whose paired entry
has that id; precision counts reader entries with an id that are paired with a truth paper
of that id.  *Invented* entries are reader entries paired with no truth paper.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Self


@dataclass(frozen=True)
class Read:
    """One reader entry, as the scorer sees it: 1-based inclusive lines, title, arXiv id."""

    first: int
    last: int
    title: str | None
    arxiv: str | None


@dataclass
class Score:
    truth: int = 0
    found: int = 0
    titled: int = 0
    exact: int = 0
    exact_ci: int = 0
    ids: int = 0
    ids_found: int = 0
    read: int = 0
    read_ids: int = 0
    read_ids_ok: int = 0
    invented: int = 0

    def __iadd__(self, other: Score) -> Self:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def ratios(self) -> dict[str, float | None]:
        def part(a: int, b: int) -> float | None:
            return a / b if b else None

        return {
            "found": part(self.found, self.truth),
            "exact": part(self.exact, self.titled),
            "exact_ci": part(self.exact_ci, self.titled),
            "id_recall": part(self.ids_found, self.ids),
            "id_precision": part(self.read_ids_ok, self.read_ids),
            "invented": part(self.invented, self.read),
        }


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def normalise(title: str | None) -> str:
    """A title with markup (BibTeX's braces and escapes too) removed, whitespace collapsed, a closing
    period and enclosing quotes dropped."""
    if not title:
        return ""
    t = _LINK.sub(r"\1", title)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("**", "").replace("`", "")
    t = re.sub(r"(?<![\w*])\*(?!\s)|(?<=\S)\*(?![\w*])", "", t)
    if "{" in t or "\\" in t:
        t = re.sub(r"\\([&%#_$])", r"\1", re.sub(r"(?<!\\)[{}]", "", t))  # (BibTeX's marks: "{A} Study", "\\&")
    t = re.sub(r"\s+", " ", t).strip().rstrip(".").strip()
    if len(t) > 2 and t[0] in "\"“" and t[-1] in "\"”" and t.count('"') <= 2:
        t = t[1:-1].strip()  # quotes around the whole title are its marks
    return t


def pair(papers: Sequence[dict[str, object]], reads: Sequence[Read]) -> list[int | None]:
    """For each truth paper the index of its reader entry (or None), one-to-one.

    First every paper takes a free covering entry with the same title, then one with the same arXiv id
    (papers sharing a line, named by their ids); then the papers left take the free covering entry that
    starts nearest them; last, a paper still alone takes a
    free entry that starts inside the paper's own lines (an anchor or a label line above the
    record's title: the same record, read from its title line).
    """
    order = sorted(range(len(reads)), key=lambda k: (reads[k].first, reads[k].last))
    starts = [reads[k].first for k in order]
    used: set[int] = set()
    out: list[int | None] = [None] * len(papers)
    for same in ("title", "arxiv", None):
        for n, paper in enumerate(papers):
            if out[n] is not None:
                continue
            line = int(str(paper["line"]))
            want = normalise(str(paper["title"])) if paper.get("title") else ""
            top = _first_at_most(starts, line)
            for pos in range(top, max(top - 64, -1), -1):  # entries rarely nest: the nearest 64 suffice
                k = order[pos]
                if k in used or reads[k].last < line:
                    continue
                if same is None or same == "title" and want and normalise(reads[k].title) == want \
                        or same == "arxiv" and paper.get("arxiv") and reads[k].arxiv == paper["arxiv"]:
                    out[n] = k
                    used.add(k)
                    break
    for n, paper in enumerate(papers):
        if out[n] is None:
            line, end = int(str(paper["line"])), int(str(paper.get("end") or paper["line"]))
            for pos in range(_first_at_most(starts, line) + 1, len(starts)):
                k = order[pos]
                if starts[pos] > end:
                    break
                if k not in used:
                    out[n] = k
                    used.add(k)
                    break
    return out


def _first_at_most(starts: list[int], line: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= line:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def score(papers: Sequence[dict[str, object]], reads: Sequence[Read]) -> Score:
    pairs = pair(papers, reads)
    s = Score(truth=len(papers), read=len(reads))
    paired: dict[int, dict[str, object]] = {}
    for paper, k in zip(papers, pairs, strict=True):
        if paper.get("arxiv"):
            s.ids += 1
        if k is None:
            continue
        paired[k] = paper
        s.found += 1
        r = reads[k]
        if paper.get("arxiv") and r.arxiv == paper["arxiv"]:
            s.ids_found += 1
        if paper.get("title"):
            s.titled += 1
            want, got = normalise(str(paper["title"])), normalise(r.title)
            s.exact += want == got
            s.exact_ci += want.casefold() == got.casefold()
    s.invented = len(reads) - len(paired)
    for k, r in enumerate(reads):
        if r.arxiv:
            s.read_ids += 1
            s.read_ids_ok += k in paired and paired[k].get("arxiv") == r.arxiv
    return s


def total(scores: Iterable[Score]) -> Score:
    out = Score()
    for s in scores:
        out += s
    return out
