"""What the records of one section agree on about their titles.

A reader takes each record's title from its own line; some things show only
across the records of a block:

- a tag every title opens with (``2018-IJCAI-Title``, ``1606.08415 Title``,
  ``201801 Title``) is the list's own numbering or dating, no part of the title:
  when most titles of the section open with a tag of one shape, it is cut off;
- a link text that three records or more share word for word (``NeurIPS link -
  Short Video & Abstract``) is a label, never a title: the record's own bold or
  italic words name the paper instead, and without them the title is unknown;
- a citation's text (``Hoot et al., 2023``) is no title: the title is unknown;
- a translation after a title in Latin letters is kept apart, when most titles in CJK letters
  of the section are so written;
- a model's name set before the title with a spaced colon (``ResNet : Deep Residual Learning``) is
  a label, when most titles of the section are so written: it is cut off (``EfficientNet: Title``, its
  colon unspaced, is the paper's own title and stays whole);
- a venue's full name after a title's last comma is cut off when the section's records put their venue
  there (:mod:`.comma_slots`);
- a method's name in bold before a colon and the rest of a title in title case (``**NecoFuzz**:
  Effective Fuzzing of Nested Virtualization [[pdf]](url)``) is one title, when most records of the
  section (one or more) are so written.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document
from .comma_slots import cut_comma_venues
from .dash_names import cut_dash_names
from .found import Found
from .name_lists import person_names
from .name_titles import unname
from .title_tails import names_tail

#: A leading tag: digits (and dots, dashes, slashes) or capitals with digits, closed by a separator.
_TAG_TOKEN = re.compile(r"(?P<tok>\d{4}[\d./]*+[A-Z]*+|[A-Z]{2,}+(?:['’]?\d{2,4})?)(?P<sep>[ \t]*+[-–—_:|][ \t]*+|[ \t]++)")
#: Emphasis that may name the paper when the link text is a label.
_EMPHASIS = re.compile(r"\*\*(?P<a>[^*\n]{6,400}?)\*\*|__(?P<b>[^_\n]{6,400}?)__|<(?P<tag>b|strong)>(?P<c>[^<\n]{6,400}?)</(?P=tag)>")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _shape(tok: str) -> str:
    return "9" if tok[0].isdigit() else "A"


def _tags(title: str) -> list[tuple[str, int]]:
    """The title's leading tag tokens: (shape, end offset in the title) for each."""
    out: list[tuple[str, int]] = []
    pos = 0
    while len(out) < 3 and (m := _TAG_TOKEN.match(title, pos)) is not None:
        out.append((_shape(m.group("tok")), m.end()))
        pos = m.end()
    return out


def _best_shape(tags: list[list[tuple[str, int]]]) -> str:
    """The longest tag shape most titles open with, its first token numeric ("" without one)."""
    shapes: Counter[str] = Counter()
    for t in tags:
        for k in range(1, len(t) + 1):
            shapes["".join(s for s, _ in t[:k])] += 1
    best = ""
    for shape, n in shapes.items():
        if shape[0] == "9" and 5 * n >= 3 * len(tags) and n >= 3 and len(shape) > len(best):
            best = shape
    return best


def _cut_tags(doc: Document, found: list[Found]) -> None:
    titled = [f for f in found if f.title and f.title_span is not None]
    if len(titled) < 3:
        return
    tags = [_tags(f.title) for f in titled]
    if not (best := _best_shape(tags)):
        return
    for f, t in zip(titled, tags, strict=True):
        if len(t) < len(best) or "".join(s for s, _ in t[: len(best)]) != best or f.title_span is None:
            continue
        cut = t[len(best) - 1][1]
        s0, s1 = f.title_span
        if len(_WORD.findall(f.title, cut)) >= 2 and doc.text[s0 : s0 + cut] == f.title[:cut]:
            f.title, f.title_span = f.title[cut:], (s0 + cut, s1)  # (else the file's text differs: left whole)


def _linked(doc: Document, f: Found) -> bool:
    """Whether the title is a link's text (``[text](url)``)."""
    if f.title_span is None:
        return False
    s0, s1 = f.title_span
    return doc.text[max(0, s0 - 4) : s0].rstrip("*_ \t").endswith("[") and doc.text[s1 : s1 + 6].lstrip("*_ \t").startswith("](")


def _unlabel(doc: Document, found: list[Found]) -> None:
    counts = Counter(f.title.strip().casefold() for f in found if f.title and (_linked(doc, f) or not _WORD.search(f.title)))
    labels = {t for t, n in counts.items() if n >= 3}
    if not labels:
        return
    papers: dict[str, list[str]] = {}
    for f in found:
        key = f.title.strip().casefold()
        if key in labels:
            papers.setdefault(key, []).append(_paper(f))
    # (a label links a different paper from each record: one paper listed thrice keeps its title)
    labels = {t for t in labels if len(set(papers[t])) == len(papers[t]) and "" not in papers[t]}
    named: dict[int, tuple[str, int]] = {}
    for f in found:
        if f.title.strip().casefold() in labels and (alt := _emphasised(doc.lines[f.first], labels)) is not None:
            named[id(f)] = alt
    seen = Counter(text.casefold() for text, _ in named.values())
    for f in found:
        if f.title.strip().casefold() not in labels:
            continue
        alt = named.get(id(f))
        if alt is not None and seen[alt[0].casefold()] == 1:  # (bold words every record shares are no title either)
            start = doc.starts[f.first] + alt[1]
            f.title, f.title_span = alt[0], (start, start + len(alt[0]))
        else:
            f.title, f.title_span = "", None


def _paper(f: Found) -> str:
    """What the record links as its paper: its arXiv id, DOI or first link ("" without one)."""
    if f.ident.arxiv is not None:
        return f"arxiv:{f.ident.arxiv.id}"
    if f.ident.doi:
        return f"doi:{f.ident.doi}"
    return next(iter(f.ident.links.values()), "")


def _emphasised(line: str, labels: set[str]) -> tuple[str, int] | None:
    """The first bold words of a line that may be a title, and where they start."""
    for m in _EMPHASIS.finditer(line):
        g = "a" if m.group("a") else "b" if m.group("b") else "c"
        inner = m.group(g)
        text = inner.strip()
        if len(_WORD.findall(text)) >= 2 and text.casefold() not in labels:
            return text, m.start(g) + len(inner) - len(inner.lstrip())
    return None


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _translated(title: str) -> int | None:
    """Where a translation after a title in Latin letters starts (``Detecting Hate Speech with
    GPT-3 用 GPT-3检测仇恨言论``): the first CJK letter, after a space."""
    m = _CJK.search(title)
    if m is None or m.start() == 0 or title[m.start() - 1] not in " \t":
        return None
    start = len(title[: m.start()].rstrip(" \t"))
    if len(_WORD.findall(title, 0, start)) < 3:
        return None
    tail = title[start:]
    if 2 * len(_CJK.findall(tail)) < len(tail.strip()) - tail.count(" "):
        return None  # (mostly Latin after all: a name in CJK letters inside the title)
    return start


def _untranslate(doc: Document, found: list[Found]) -> None:
    """Keep a translation that follows a title apart from it, when most titles of the section
    that hold CJK letters are so written (a title in Korean may open with a method's English name)."""
    cjk = [f for f in found if f.title and _CJK.search(f.title)]
    cut = [(f, m) for f in cjk if (m := _translated(f.title)) is not None]
    if len(cut) < 3 or 5 * len(cut) < 3 * len(cjk):
        return
    for f, m in cut:
        _cut_translation(doc, f, m)


#: A line break's tag, as it may stand between a title and its translation (``Title<br />译名``).
_BREAK_TAG = re.compile(r"<br[ \t]{0,3}/?>")


def _cut_translation(doc: Document, f: Found, start: int) -> None:
    tail = f.title[start:].lstrip(" \t")
    if f.title_span is not None:
        s0, s1 = f.title_span
        if doc.text[s1 - len(tail) : s1] != tail:
            return
        f.title_span = (s0, _before_gap(doc.text, s0, s1 - len(tail)))
    f.title = f.title[:start]


def _before_gap(text: str, start: int, end: int) -> int:
    """Where the blanks and line breaks' tags closing ``text[start:end]`` begin."""
    while end > start:
        if text[end - 1] in " \t":
            end -= 1
        elif (m := _BREAK_TAG.search(text, max(start, end - 8), end)) is not None and m.end() == end:
            end = m.start()
        else:
            break
    return end


#: One name and a colon before a title: ``ResNet : Title`` (spaced) or ``EfficientNet: Title``.
_NAMED = re.compile(r"[A-Za-z][\w.+\-]{0,30}(?P<space>[ \t]?+):[ \t]++(?=\S)")


def _cut_names(doc: Document, found: list[Found]) -> None:
    named = [(f, m) for f in found if f.title and f.title_span is not None and (m := _NAMED.match(f.title))]
    spaced = sum(1 for _, m in named if m.group("space"))
    if spaced < 3 or 5 * spaced < 3 * sum(1 for f in found if f.title):
        return
    for f, m in named:
        s0, s1 = f.title_span or (0, 0)
        if m.group("space") and len(_WORD.findall(f.title, m.end())) >= 2 and doc.text[s0 : s0 + m.end()] == f.title[: m.end()]:
            f.title, f.title_span = f.title[m.end() :], (s0 + m.end(), s1)


#: After a bold name: a colon and words up to a link, a parenthesis, a table's cell's end or the line's end.
_NAME_REST = re.compile(r"\*\*[ \t]*+:[ \t]++(?P<rest>[^\[\]()*|\n]{8,300}?)[ \t]*+(?=\[|\(|\||\n|$)")
#: A bold name and a colon in a record's line: ``**Nick**: ``.
_BOLD_NAME = re.compile(r"\*\*(?P<n>[^*\n]{1,30})\*\*[ \t]*+[:：]")
_SMALL = frozenset(("a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "via", "with", "by", "at", "from", "as"))


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w\-']*", text) if w.lower() not in _SMALL]
    return len(words) >= 3 and 5 * sum(1 for w in words if w[0].isupper()) >= 4 * len(words)


def _join_names(doc: Document, found: list[Found]) -> None:
    joined, shaped = [], []
    for f in found:
        if f.title and f.title_span is not None and (m := _NAME_REST.match(doc.text, f.title_span[1])) is not None:
            rest = _before_names(m.group("rest").strip()).rstrip(",;. \t")
            shaped.append((f, rest))  # ("**Nick**: Title. Ann Barn, Bob Tawny. (2106)")
            if len(f.title.split()) <= 3 and len(f.title) <= 30 and (_title_case(rest) or len(_WORD.findall(rest)) >= 3
                                                                      and rest[:1].isupper() and not person_names(rest)):
                joined.append(f)
    whole = sum(1 for f in found if f.title and (m := _BOLD_NAME.search(doc.lines[f.first]))
                and f.title.startswith((f"{m.group('n')}:", f"{m.group('n')}：")))  # (read whole already)
    if 5 * (len(joined) + whole) < 3 * len(found):  # (most records a short name and a title: every "**Words**: words"
        shaped = [(f, rest) for f, rest in shaped if f in joined]  # is one; else the short names over three words or more)
    for f, rest in shaped:
        f.title, f.title_span = f"{f.title}: {rest}", None  # (its text runs over the bold marks: not spliced)


def _before_names(rest: str) -> str:
    """The words before the authors' names that close ``rest`` (:func:`.title_tails.names_tail`)."""
    return rest[:cut] if (cut := names_tail(rest)) is not None else rest


def agree(doc: Document, found: list[Found]) -> None:
    """Mend the titles of one section's found papers by what their records share (in place)."""
    unname(doc, found)  # (a title of people's names, or a citation's: the record's own title, else unknown)
    _join_names(doc, found)
    if len(found) >= 3:
        _untranslate(doc, found)
        _unlabel(doc, found)
        _cut_tags(doc, found)
        _cut_names(doc, found)
        cut_comma_venues(doc, found)
        cut_dash_names(doc, found)
