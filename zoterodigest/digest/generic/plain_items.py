"""Runs of plain list items, one paper's title each, known by a learnt model rather than by a shape.

::

    ## Community detection

    1. SLPA: Uncovering Overlapping Communities in Social Networks via a Listener Process

    2. Community Detection via Measure Space Embedding

A reading list may name its papers by their titles alone, with no link or id.  Read last, on the
list items no other reader took: a run of three items or more (blank lines between them allowed,
nothing else), each plain text with no link or address, is described by what its items look like
(words, capitals, full stops, sentences, names, years, pronouns) and by what the section and the
document around it hold; a logistic model learnt from the development lists' truth
(``bench/train_plain_items.py``, weights in ``plain_item_weights.json``) gives the chance that its
items are papers.  Only a run the model is sure of (:data:`THRESHOLD`) gives entries, one per item.
Pure.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..document import Document
from .found import Found
from .links import Identity
from .name_lists import is_author_list, is_name_list
from .title_features import ANY_YEAR, CJK, WORD
from .title_lines import SENTENCES, SMALL_WORDS

#: The least chance, by the model, that a run's items are papers.
THRESHOLD = 0.75
_LEAST = 3

_ITEM = re.compile(r"^([ \t]{0,12})(?:[-*+]|\(?\d{1,4}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?P<text>\S.*)$")
_PRONOUN = re.compile(r"(?i)\b(?:i|we|you|our|my|your|us|me|this|these|it|they)\b")
_VERB_START = re.compile(r"(?i)^(?:read|add|use|install|run|see|check|write|update|fix|make|try|learn|review|finish|"
                         r"implement|build|create|set|get|go|find|understand|study|watch|prepare|submit)\b")
_VENUE = re.compile(r"\b(?:NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|SIGIR|arXiv|Proceedings|"
                    r"Conference|Journal|Transactions|Workshop)\b")
_PAPER_WORDS = re.compile(r"(?i)paper|reading|references?|bibliograph|publications?|literature|survey|论文|文献")
#: A symbol closing an item, no part of its title: a check mark, a star, an emoji, as a character or an HTML entity.
_MARK_END = re.compile(r"(?:&#x?[0-9a-fA-F]{2,6};|[\u2600-\u27bf\u2b50\u2705\U0001f300-\U0001faff]\ufe0f?)$")
_MARKED = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\w)")

FEATURES = (
    "bias", "words_le2", "words3_5", "words6_12", "words13_25", "words26", "cap_ratio", "title_case", "upper_start",
    "ends_stop", "ends_colon", "ends_question", "sentences", "year", "venue", "names", "colon_inside", "pronoun",
    "verb_start", "digits", "cjk", "marked", "run_log", "run_title_case", "run_ends_stop", "run_pronoun",
    "run_cap_ratio", "run_colon", "heading_papers", "doc_entries", "doc_linkless",
)


@dataclass(frozen=True, slots=True)
class Item:
    """One plain list item: its line, and its text after the bullet or number."""

    line: int
    text: str


def item_of(line: str) -> str | None:
    """The text of a list item that holds no link, address, image or table, else None."""
    m = _ITEM.match(line)
    if m is None:
        return None
    text = m.group("text").rstrip(" \t").removesuffix("\\").rstrip(" \t")
    if any(mark in text for mark in ("](", "http", "www.", "<", "|", "[", "doi:", "arXiv:")):
        return None
    return text if WORD.search(text) else None


def runs(doc: Document, lo: int, hi: int, taken: bytearray) -> list[list[Item]]:
    """The runs of plain items of ``[lo, hi)`` that no reader took: items of one indent, blank lines
    between them allowed; ``taken`` has a byte per line from ``lo``."""
    out: list[list[Item]] = []
    run: list[Item] = []
    indent = -1
    for i in range(lo, hi):
        line = doc.lines[i]
        if not line.strip():
            continue
        text = None if taken[i - lo] or doc.fenced[i] else item_of(line)
        ind = len(line) - len(line.lstrip(" \t"))
        if text is None or (run and ind != indent):
            if len(run) >= _LEAST:
                out.append(run)
            run = []
            if text is None:
                continue
        run.append(Item(i, text))
        indent = ind
    if len(run) >= _LEAST:
        out.append(run)
    return out


@lru_cache(maxsize=4096)
def _own(text: str) -> tuple[float, ...]:
    """What one item's text looks like, in :data:`FEATURES` order from ``words_le2`` to ``marked``."""
    words = WORD.findall(text)
    nw = len(words)
    letters = [w for w in words if not w.isdigit()]
    big = [w for w in letters if w.lower() not in SMALL_WORDS]
    caps = sum(w[:1].isupper() for w in big)
    last = text.rstrip(" *_")[-1:]
    return (
        float(nw <= 2), float(3 <= nw <= 5), float(6 <= nw <= 12), float(13 <= nw <= 25), float(nw > 25),
        caps / len(big) if big else 0.0, float(len(big) >= 2 and 4 * caps >= 3 * len(big)), float(text[:1].isupper()),
        float(last == "."), float(last in ":："), float(last == "?"), float(bool(SENTENCES.search(text))),
        float(bool(ANY_YEAR.search(text))), float(bool(_VENUE.search(text))),
        float(is_name_list(text) or is_author_list(text)), float(":" in text.rstrip(" :")), float(bool(_PRONOUN.search(text))),
        float(bool(_VERB_START.match(text.lstrip("*_ ")))), sum(map(str.isdigit, text)) / len(text),
        float(bool(CJK.search(text))), float(bool(_MARKED.search(text))),
    )


def rows(run: Sequence[Item], heading_papers: bool, doc_entries: int, doc_linkless: float) -> list[list[float]]:
    """One feature row per item of ``run`` (in :data:`FEATURES` order): its own look, the run's on
    average, what the section's headings say and what the document holds."""
    own = [_own(it.text) for it in run]
    n = len(own)
    at = {name: k for k, name in enumerate(FEATURES[1:22])}

    def mean(name: str) -> float:
        return sum(o[at[name]] for o in own) / n

    shared = [math.log(n) / 3, mean("title_case"), mean("ends_stop"), mean("pronoun"), mean("cap_ratio"),
              mean("colon_inside"), float(heading_papers), math.log1p(doc_entries) / 5, doc_linkless]
    return [[1.0, *o, *shared] for o in own]


@lru_cache(maxsize=1)
def weights() -> list[float] | None:
    """The learnt weights, in :data:`FEATURES` order (None when absent or for other features)."""
    try:
        data = json.loads(resources.files(__package__).joinpath("plain_item_weights.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if data.get("features") != list(FEATURES):
        return None
    return [float(w) for w in data["weights"]]


def chance(row: Sequence[float], w: Sequence[float]) -> float:
    z = sum(a * b for a, b in zip(w, row, strict=True))
    return 1 / (1 + math.exp(-max(-40.0, min(40.0, z))))


_SHARE: list[tuple[Document, float]] = []  # (the last document's share: a digest read in many ranges counts it once)


def forget_share() -> None:
    _SHARE.clear()


def linkless_share(doc: Document) -> float:
    """The share of the document's non-blank lines outside code that name no address (a list of titles alone is mostly such)."""
    if _SHARE and _SHARE[0][0] is doc:
        return _SHARE[0][1]
    lines = [line for i, line in enumerate(doc.lines) if line.strip() and not doc.fenced[i]]
    share = sum("http" not in line and "](" not in line for line in lines) / len(lines) if lines else 0.0
    _SHARE[:] = [(doc, share)]
    return share


def read_plain_items(doc: Document, lo: int, hi: int, taken: bytearray, heading_papers: Callable[[int], bool],
                doc_entries: int) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of plain items the model is sure of (see the module's text)."""
    w = weights()
    if w is None:
        return []
    found_runs = runs(doc, lo, hi, taken)
    if not found_runs:
        return []
    linkless = linkless_share(doc)
    sure = []
    for run in found_runs:
        rs = rows(run, heading_papers(run[0].line), doc_entries, linkless)
        if sum(chance(r, w) for r in rs) / len(rs) >= THRESHOLD:
            sure.append(run)
    if len(sure) < 2:  # (one run alone is read only where a heading says it lists papers: a list of features, maybe)
        sure = [run for run in sure if heading_papers(run[0].line)]
    return [_found(doc, it) for run in sure for it in run]


def _without_marks(text: str) -> str:
    """``text`` without the symbols closing it (:data:`_MARK_END`), one at a time from the end."""
    text = text.rstrip(" \t")
    while (m := _MARK_END.search(text, max(0, len(text) - 12))) is not None:  # (a mark is ten characters at most)
        text = text[: m.start()].rstrip(" \t")
    return text


def _found(doc: Document, it: Item) -> Found:
    line = doc.lines[it.line]
    title = _without_marks(it.text).strip("*_ ").rstrip(".").strip()  # ("Title &#x2705;": a check mark, no part of it)
    t0 = line.index(title)
    base = doc.starts[it.line]
    found = Found(first=it.line, last=it.line, ident=Identity(), title=title, title_span=(base + t0, base + t0 + len(title)))
    found.style = {"shape": "item", "bare": True}
    return found
