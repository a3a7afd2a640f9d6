"""The spans of a record that could be its title (:mod:`.title_choice`): the texts of its links,
emphasis, quotes and table cells, and the runs of words between its separators, found without knowing
the record's shape.  Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..markup import without_attributes
from .found import title_of
from .link_finder import DEFINITIONS, REF_LINK
from .links import link_class

_LINK = re.compile(r"(?<!!)\[((?:[^\[\]\n]|\[[^\[\]\n]*\]){1,400})\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\)")
_A = re.compile(r"<a\b[^>]*?href[ \t]*+=[ \t]*+[\"']([^\"']*)[\"'][^>]*>(.{1,400}?)</a>", re.IGNORECASE | re.DOTALL)
_STRONG = re.compile(r"\*\*(?=\S)(.{1,400}?)(?<=\S)\*\*|(?<!\w)__(?=\S)(.{1,400}?)(?<=\S)__(?!\w)"
                     r"|<(?:b|strong)>(.{1,400}?)</(?:b|strong)>", re.DOTALL)
_EM = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,400}?)(?<=[^\s*])\*(?![\w*])|(?<![\w\\])_(?=[^\s_])([^_\n]{1,400}?)(?<=[^\s_])_(?!\w)"
                 r"|<(?:i|em)>(.{1,400}?)</(?:i|em)>", re.DOTALL)
_QUOTE = re.compile(r"\"([^\"\n]{4,400})\"|“([^”\n]{4,400})”|「([^」\n]{2,400})」|《([^》\n]{2,400})》|『([^』\n]{2,400})』"
                    r"|‘([^’\n]{8,400})’|(?<!\w)'([^'\n]{8,400})'(?!\w)")
#: Marks that part a record: markup, bars, dashes, full stops, commas, colons, brackets, line breaks (a hard break's too).
_MARKS = re.compile(r"!?\[[^\]\n]{0,400}\]\([^)\n]*\)|<[^<>\n]{0,300}>|\*\*|__|(?<!\w)[*_](?!\w)|\||\\[ \t]*+\n"
                    r"|(?<![ \t])[ \t]++[-–—][ \t]+|(?<=\w)[.。][ \t\n]+|(?<=\w)\.$|,[ \t\n]+|;[ \t\n]+|:[ \t\n]+|：|\n[ \t]*\n"
                    r"|(?<!\w)\(|\)(?!\w)|[\[\]]|\n[ \t]*[-*+][ \t]|^[ \t]*(?:[-*+]|\d{1,4}[.)])[ \t]+|(?<!#)#++[ \t]|【\d{1,4}】", re.MULTILINE)
_EDGE = " \t\n-–—:;,.|*_#>\"'“”‘’()[]【】「」《》"

_LETTER = re.compile(r"[^\W\d_]")
_TAG_EDGE = re.compile(r"<[a-z]{1,6}>")
#: What a run of pieces never crosses: a link, a tag, a blank line.
_CROSSES = re.compile(r"\]\(|<[a-z/]|\n[ \t]*\n")
_STRONG_MARK = re.compile(r"\*\*|(?<!\w)__|__(?!\w)")
_SPACES = re.compile(r"\s+")
_NOT_KEY = re.compile(r"[\W_]+")
@dataclass(frozen=True, slots=True)
class Part:
    """One span of a record that could be its title: offsets within the record and what marks it."""

    start: int
    end: int
    text: str
    kinds: frozenset[str]


def parts(rec: str, reader: tuple[int, int] | None = None) -> list[Part]:
    """Every span of ``rec`` that could be the title, deduplicated by text (first place kept, marks merged);
    ``reader``: the reader's own title span, always one of them."""
    rec = without_attributes(rec)  # (a kramdown attribute list's quoted values: no part of the text)
    spans = _marked(rec)
    if reader is not None and 0 <= reader[0] < reader[1] <= len(rec):
        spans.append((reader[0], reader[1], "reader"))
    spans += _segments(rec)
    seen: dict[str, int] = {}
    out: list[Part] = []
    for a, b, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        a, b = _trim(rec, a, b)
        text = _text(rec[a:b]) if b - a >= 2 else ""
        if len(text) < 2 or not _LETTER.search(text):
            continue
        if text in seen:
            p = out[seen[text]]
            out[seen[text]] = Part(p.start, p.end, p.text, p.kinds | {kind})
            continue
        seen[text] = len(out)
        out.append(Part(a, b, text, frozenset({kind})))
    return out


def _marked(rec: str) -> list[tuple[int, int, str]]:
    """The texts of links (to a paper or elsewhere), emphasis, quotes and table cells."""
    spans = [(m.start(1), m.end(1), "paper_link" if m.group(2) and link_class(m.group(2)) else "other_link")
             for m in _LINK.finditer(rec)]
    spans += [(m.start(2), m.end(2), "paper_link" if link_class(m.group(1)) else "other_link") for m in _A.finditer(rec)]
    if DEFINITIONS and "]" in rec:  # ("[Title][name]", "[Title]": links through the document's definitions)
        for m in REF_LINK.finditer(rec):
            if (url := DEFINITIONS.get((m.group("ref") or m.group("label")).strip().lower())) is not None:
                a, b = m.span("label")
                while (t := _TAG_EDGE.match(rec, a, b)) is not None:
                    a = t.end()  # ("[<u>Title</u>][81]": the tags are no part of the title)
                while b > a and rec[b - 1] == ">" and (c := rec.rfind("<", a, b)) >= 0 and rec.startswith("</", c):
                    b = c
                spans.append((a, b, "paper_link" if link_class(url) else "other_link"))
    for pattern, kind in ((_STRONG, "strong"), (_EM, "em"), (_QUOTE, "quote")):
        for m in pattern.finditer(rec):
            g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) is not None)
            spans.append((m.start(g), m.end(g), kind))
    if rec.lstrip().startswith("|") or rec.count("|") >= 3:
        pos = 0
        for cell in re.split(r"(?<!\\)\|", rec):
            spans.append((pos, pos + len(cell), "cell"))
            pos += len(cell) + 1
    return spans


def _segments(rec: str) -> list[tuple[int, int, str]]:
    """Runs of one to five consecutive pieces between marks (``Names. Title. Venue`` gives ``Title``)."""
    cuts = [0]
    for m in _MARKS.finditer(rec):
        cuts += [m.start(), m.end()]
    cuts.append(len(rec))
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if rec[cuts[i] : cuts[i + 1]].strip(_EDGE)]
    out = []
    for i in range(len(pieces)):
        for j in range(i, min(i + 5, len(pieces))):
            a, b = pieces[i][0], pieces[j][1]
            if _CROSSES.search(rec, a, b):
                break  # (a run never crosses a link, a tag or a blank line)
            out.append((a, b, "segment"))
    return out


def _trim(rec: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without separators and marks at its edges (a closing bracket whose opening one is inside stays)."""
    while a < b and rec[a] in _EDGE and not (rec[a] in "([" and _closes(rec[a:b], rec[a])):
        a += 1
    while b > a and rec[b - 1] in _EDGE:
        c = rec[b - 1]
        if c in ")]" and rec[a : b - 1].count("(["[")]".index(c)]) > rec[a : b - 1].count(c):
            break
        b -= 1
    if b < len(rec) and rec[b] in "?!":
        b += 1
    return a, b


def _closes(text: str, opening: str) -> bool:
    """Whether the bracket opening ``text`` is closed inside it."""
    return ")]"["([".index(opening)] in text


@lru_cache(maxsize=4096)
def _text(raw: str) -> str:
    t = _STRONG_MARK.sub("", title_of(raw)).strip(" \t\n-–—:;,|*_#>")
    return _SPACES.sub(" ", t)


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """A title's letters and digits, case folded: two spellings of one title have the same key."""
    return _NOT_KEY.sub("", (text or "").casefold())
