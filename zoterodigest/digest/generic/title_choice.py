"""A second look at a generic entry's title: every span of its record that could be the title,
scored by weights learnt from hand-checked lists (``title_weights.json``).

::

    * **AltumAge**: A Pan-Tissue DNA-Methylation Clock. [[paper](https://doi.org/10.1/x)]
    Natoli, M. B., and Maloney, E. D., 2023: <a href="https://doi.org/...">The Tropical Diurnal Cycle</a>

The shape readers pick a title by the shape they recognise; on a list whose shape is new to them
they may pick the wrong part (a nickname, a date, the authors, the venue and pages).  Here the
record is cut into its parts without knowing its shape: the text of each link, emphasis, quote
and table cell, and the runs of words between separators (``. ``, ``, ``, dashes, bars); each part
is described by what it looks like (words, capitals, names, years, venue words, digits), where it
sits and how it is marked, and scored by a linear model.  The reader's own title is one of the
parts, and keeps its place unless another part scores clearly higher (``MARGIN``).

The weights are learnt by ``bench/train_titles.py`` from the development lists' truth and from what
earlier readers made of lists they had not seen; nothing here knows any particular list.  Pure.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...entry import Entry, Span
from ..document import Document
from ..markup import repair
from .found import title_of
from .links import link_class
from .name_lists import listed_names, one_name, person_names
from .prefixes import is_generic_label

#: How much higher than the reader's own title another part must score to replace it.
MARGIN = 1.0
#: Records longer than this are not looked at again (a paragraph of prose, not one paper's record).
MAX_RECORD = 1500

_LINK = re.compile(r"(?<!!)\[((?:[^\[\]\n]|\[[^\[\]\n]*\]){1,400})\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\)")
_A = re.compile(r"<a\b[^>]*?href=[\"']([^\"']*)[\"'][^>]*>(.{1,400}?)</a>", re.IGNORECASE | re.DOTALL)
_STRONG = re.compile(r"\*\*(?=\S)(.{1,400}?)(?<=\S)\*\*|(?<!\w)__(?=\S)(.{1,400}?)(?<=\S)__(?!\w)"
                     r"|<(?:b|strong)>(.{1,400}?)</(?:b|strong)>", re.DOTALL)
_EM = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,400}?)(?<=[^\s*])\*(?![\w*])|(?<![\w\\])_(?=[^\s_])([^_\n]{1,400}?)(?<=[^\s_])_(?!\w)"
                 r"|<(?:i|em)>(.{1,400}?)</(?:i|em)>", re.DOTALL)
_QUOTE = re.compile(r"\"([^\"\n]{4,400})\"|“([^”\n]{4,400})”|「([^」\n]{2,400})」|《([^》\n]{2,400})》|『([^』\n]{2,400})』"
                    r"|‘([^’\n]{8,400})’|(?<!\w)'([^'\n]{8,400})'(?!\w)")
#: Marks that part a record: markup, bars, dashes, full stops, commas, colons, brackets, line breaks.
_MARKS = re.compile(r"!?\[[^\]\n]{0,400}\]\([^)\n]*\)|<[^<>\n]{0,300}>|\*\*|__|(?<!\w)[*_](?!\w)|\|"
                    r"|(?<![ \t])[ \t]++[-–—][ \t]+|(?<=\w)[.。][ \t\n]+|(?<=\w)\.$|,[ \t\n]+|;[ \t\n]+|:[ \t\n]+|：|\n[ \t]*\n"
                    r"|(?<!\w)\(|\)(?!\w)|[\[\]]|\n[ \t]*[-*+][ \t]|^[ \t]*(?:[-*+]|\d{1,4}[.)])[ \t]+|(?<!#)#++[ \t]", re.MULTILINE)
_EDGE = " \t\n-–—:;,.|*_#>\"'“”‘’()[]【】「」《》"

_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b")
_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|AM|PM)\b|\b(?:CET|CEST|UTC|GMT|EST|PST|EDT|PDT)\b")
_PAGES = re.compile(r"(?<!\d)\d++\s*+\(\d+\)|(?<!\d)\d++\s*+[-–]\s*+\d|\bpp?\.\s*\d|\bvol\.|\bno\.\s*\d", re.IGNORECASE)
_VENUE_WORDS = re.compile(r"\b(?:proceedings|proc\.|conference|journal|transactions|trans\.|workshop|symposium|letters|review|"
                          r"arxiv|preprint|press|university|universit[äa]t|accepted|submitted|in press|vol|volume)\b", re.IGNORECASE)
_ACRONYM_VENUE = re.compile(r"\b(?:NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|WWW|SIGIR|CHI|"
                            r"TPAMI|TIP|JMLR|TACL|COLING|ICRA|IROS|RSS|CoRL|MICCAI|ISBI|WACV|BMVC|SIGGRAPH|VLDB|SIGMOD|ICDE|"
                            r"OSDI|SOSP|NSDI|ICSE|FSE|ASE|ISSTA|PLDI|POPL|CCS|USENIX|NDSS|S&P|Interspeech|ICASSP|UAI|AISTATS|"
                            r"COLT|ALT|ECML|ICDM|SDM|CIKM|WSDM|RecSys|MM|TOG|IJCV|TNNLS|TKDE)\b")
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?:[ \t-]?[A-Z]\.)*")
_LABEL = re.compile(r"(?i)^(?:paper|pdf|code|link|arxiv|project|website|slides?|video|github|doi|abs|html|bib|bibtex|"
                    r"supp|poster|demo|blog|page|homepage|here|download|full text|preprint|openreview|official|"
                    r"论文|代码|链接|ссылка)$")
#: One person's surname and initials (``Barn A``, ``Barn, A. B.``).
_SURNAME_INITIAL = re.compile(r"[A-Z][\w'’-]*+,? (?:[A-Z]\.?[ -]?){1,3}$")
_AND_NAMES = re.compile(r"(?<!\w)[A-Z]\w*+,? (?:and|&) [A-Z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LABELLED = re.compile(r"(?i)(?:title|paper|论文|题目|标题)[ \t]*[:：][ \t]*$")

FEATURES = (
    "bias", "reader", "reader_sub", "reader_super", "link", "paper_link", "other_link", "strong", "em", "quote", "cell",
    "segment", "words1", "words2", "words3_5", "words6_12", "words13_25", "words26", "log_chars", "cap_ratio",
    "all_caps_one", "lower_start", "name_like", "initials", "et_al", "and_names", "year", "date", "time", "pages",
    "venue_words", "venue_acronym", "label", "digits", "cjk", "first", "last", "rel_pos", "longest", "len_ratio",
    "colon_after", "colon_inside", "question", "url_text", "labelled", "in_brackets", "one_line", "multi_line",
    "ends_comma", "opens_in", "unbalanced", "inner_marks", "names_rule", "one_name", "surname_initial",
)


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
    spans = _marked(rec)
    if reader is not None and 0 <= reader[0] < reader[1] <= len(rec):
        spans.append((reader[0], reader[1], "reader"))
    spans += _segments(rec)
    seen: dict[str, int] = {}
    out: list[Part] = []
    for a, b, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        a, b = _trim(rec, a, b)
        text = _text(rec[a:b]) if b - a >= 2 else ""
        if len(text) < 2 or not re.search(r"[^\W\d_]", text):
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
            if re.search(r"\]\(|<[a-z/]|\n[ \t]*\n", rec[a:b]):
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
    t = re.sub(r"\*\*|(?<!\w)__|__(?!\w)", "", title_of(raw)).strip(" \t\n-–—:;,|*_#>")
    return re.sub(r"\s+", " ", t)


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """A title's letters and digits, case folded: two spellings of one title have the same key."""
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def features(rec: str, cands: list[Part], reader_text: str, only: list[int] | None = None) -> list[list[float]]:
    """One feature row per part (in :data:`FEATURES` order); ``only``: the rows of these parts alone."""
    longest = max((len(p.text) for p in cands), default=1)
    rt = key(reader_text)
    rows = []
    for k in range(len(cands)) if only is None else only:
        p = cands[k]
        f = {"bias": 1.0, "first": float(k == 0), "last": float(k == len(cands) - 1), "len_ratio": len(p.text) / longest,
             "longest": float(len(p.text) == longest), "rel_pos": p.start / max(len(rec), 1)}
        f.update(_against_reader(key(p.text), rt))
        f.update(_marks(rec, p))
        f.update(_words(p.text))
        f.update(_looks(p.text))
        rows.append([f[name] for name in FEATURES])
    return rows


def _against_reader(k: str, rt: str) -> dict[str, float]:
    return {"reader": float(k == rt), "reader_sub": float(bool(rt) and k != rt and k in rt),
            "reader_super": float(bool(rt) and k != rt and rt in k)}


def _marks(rec: str, p: Part) -> dict[str, float]:
    """How the part is marked and what stands around it."""
    before, after, raw = rec[max(0, p.start - 40) : p.start], rec[p.end : p.end + 3], rec[p.start : p.end]
    return {
        "link": float("paper_link" in p.kinds or "other_link" in p.kinds), "paper_link": float("paper_link" in p.kinds),
        "other_link": float("other_link" in p.kinds), "strong": float("strong" in p.kinds), "em": float("em" in p.kinds),
        "quote": float("quote" in p.kinds), "cell": float("cell" in p.kinds), "segment": float(p.kinds == {"segment"}),
        "colon_after": float(after.lstrip(" *_")[:1] in (":", "：")), "ends_comma": float(after[:1] == ","),
        "labelled": float(bool(_LABELLED.search(before.rstrip(" *_")))),
        "in_brackets": float(before.rstrip()[-1:] in "([【" and after[:1] in ")]】"),
        "one_line": float("\n" not in raw), "multi_line": float("\n" in raw),
        "inner_marks": float(bool(re.search(r"\*|(?<!\w)_|_(?!\w)", raw))),
    }


@lru_cache(maxsize=8192)
def _words(t: str) -> dict[str, float]:
    """How many words, and how they are written."""
    words = _WORD.findall(t)
    nw = len(words)
    letters = [w for w in words if not w.isdigit()]
    caps = sum(w[:1].isupper() for w in letters)
    return {
        "words1": float(nw <= 1), "words2": float(nw == 2), "words3_5": float(3 <= nw <= 5), "words6_12": float(6 <= nw <= 12),
        "words13_25": float(13 <= nw <= 25), "words26": float(nw > 25), "log_chars": math.log1p(len(t)) / 5,
        "cap_ratio": caps / len(letters) if letters else 0.0,
        "all_caps_one": float(nw <= 2 and any(sum(c.isupper() for c in w) >= 2 for w in letters)),
        "lower_start": float(t[:1].islower()), "digits": sum(c.isdigit() for c in t) / len(t),
        "and_names": float(bool(_AND_NAMES.search(t)) and nw <= 12),
    }


@lru_cache(maxsize=8192)
def _looks(t: str) -> dict[str, float]:
    """What the part reads as: names, a date, a venue, a label, an address."""
    return {
        "name_like": _name_like(t), "names_rule": float(names(t)), "one_name": float(one_name(t)),
        "surname_initial": float(bool(_SURNAME_INITIAL.match(t))), "initials": min(len(_INITIAL.findall(t)), 4) / 4,
        "et_al": float("et al" in t), "year": float(bool(_YEAR.search(t))),
        "date": float(bool(_MONTH.search(t)) and bool(re.search(r"\d", t))), "time": float(bool(_TIME.search(t))),
        "pages": float(bool(_PAGES.search(t))), "venue_words": float(bool(_VENUE_WORDS.search(t))),
        "venue_acronym": float(bool(_ACRONYM_VENUE.search(t))), "label": float(bool(_LABEL.match(t)) or is_generic_label(t)),
        "cjk": float(bool(_CJK.search(t))), "colon_inside": float(":" in t), "question": float(t.endswith("?")),
        "url_text": float("://" in t or t.startswith("www.")), "opens_in": float(bool(re.match(r"(?i)in\b", t))),
        "unbalanced": float(t.count("(") != t.count(")") or t.count("[") != t.count("]")),
    }


def names(t: str) -> bool:
    """People's names by the reader's own rules (a list of them, or one name with initials)."""
    return listed_names(t) or person_names(t) and ("." in t or "et al" in t)


def _name_like(t: str) -> float:
    """How much of ``t`` reads as people's names (``Ann Barn, Bob Tawny``, ``Barn, A.``, ``A. Barn``)."""
    chunks = [c.strip() for c in re.split(r",|;|\band\b|&", t) if c.strip()]
    if not chunks:
        return 0.0
    named = 0
    for c in chunks:
        ws = c.split()
        if 1 <= len(ws) <= 4 and all(w[:1].isupper() or w in ("de", "van", "der", "von", "da", "di", "le", "la") for w in ws):
            named += 1
    return named / len(chunks) if len(chunks) >= 2 else 0.0


@lru_cache(maxsize=1)
def weights() -> list[float] | None:
    """The learnt weights, in :data:`FEATURES` order (None when the file names other features)."""
    data = json.loads(resources.files(__package__).joinpath("title_weights.json").read_text(encoding="utf-8"))
    if data.get("features") != list(FEATURES):
        return None
    return [float(w) for w in data["weights"]]


def better_title(rec: str, reader: tuple[int, int] | None, reader_text: str) -> Part | None:
    """A part of ``rec`` that scores clearly higher than the reader's title, or None to keep it.  Only a
    title that is one of the parts is weighed against them (a title the reader put together from several
    places, or none, stays); a part that reads as people's names, a label or an address never replaces it."""
    w = weights()
    if w is None or len(rec) > MAX_RECORD:
        return None
    cands = parts(rec, reader)
    rt = key(reader_text)
    own = next((k for k, p in enumerate(cands) if key(p.text) == rt), None)
    if own is None:
        return None
    others = [k for k, p in enumerate(cands) if k != own and _may_stand(p.text) and key(p.text) != rt]
    if not others:
        return None  # (no part that may stand as a title: nothing can replace it)
    scores = [sum(a * b for a, b in zip(w, row, strict=True)) for row in features(rec, cands, reader_text, [own, *others])]
    best = max(range(1, len(scores)), key=scores.__getitem__)
    if scores[best] - scores[0] < MARGIN:
        return None
    rest = [k for k in range(len(cands)) if k != own and k not in others]  # (weighed only now: the best of all must win)
    rows = features(rec, cands, reader_text, rest) if rest else []
    if any(sum(a * b for a, b in zip(w, row, strict=True)) > scores[best] for row in rows):
        return None
    choice = cands[others[best - 1]]
    return choice if may_replace(choice.text) else None


def ranked_parts(rec: str) -> list[Part]:
    """The parts of ``rec`` (a record no reader read) that may stand as a title, highest score first."""
    w = weights()
    cands = parts(rec) if w is not None and len(rec) <= MAX_RECORD else []
    scores = [sum(a * b for a, b in zip(w or (), row, strict=True)) for row in features(rec, cands, "")] if cands else []
    return [cands[k] for k in sorted(range(len(cands)), key=lambda k: -scores[k]) if may_replace(cands[k].text)]


def _may_stand(text: str) -> bool:
    """The cheap half of :func:`may_replace`: two words or more, no address, no label."""
    return len(_WORD.findall(text)) >= 2 and "://" not in text and not is_generic_label(text)


def linked_title(rec: str, start: int, end: int, title: str) -> bool:
    """Whether the title is a link's whole text or a table cell's, of four words or more: taken as it is (in
    the development dumps the second look changed 30 of 10,297 such titles, none for the worse, for a good
    part of its time)."""
    if len(title.split()) < 4:
        return False
    if rec[start - 1 : start] == "[" and rec[end : end + 2] == "](":
        return True
    return rec[:start].rstrip(" \t*_")[-1:] == "|" and rec[end:].lstrip(" \t*_")[:1] == "|"


def may_replace(text: str) -> bool:
    """Whether a part may stand as a title at all: two words or more, no names, label or address."""
    return _may_stand(text) and not names(text)


def second_looks(doc: Document, entries: list[Entry]) -> list[Entry]:
    """The generic entries with the titles :func:`better_title` finds in their records."""
    if weights() is None:
        return entries
    return [_second_look(doc, e) if e.family == "generic" else e for e in entries]


def _second_look(doc: Document, entry: Entry) -> Entry:
    """``entry`` with a better title from its record, or as it is.  The new title's span lies outside the
    entry's other fields (a note or a venue is never taken for the title: an edit of one would overwrite
    the other)."""
    span = entry.span
    own = (fields := entry.fields).get("title")
    if span.end - span.start > MAX_RECORD or own is None:
        return entry
    first, last = entry.lines
    shift = doc.starts[first - 1]
    if doc.line_end(last - 1) - shift > 4 * MAX_RECORD:
        return entry  # (a record inside a very long line, a page written on one line: its lines are not copied per entry)
    lines = doc.text_of(first - 1, last - 1)
    text = lines[span.start - shift : span.end - shift]
    base = span.start
    if linked_title(text, own.start - base, own.end - base, entry.paper.title):
        return entry
    part = better_title(text, (own.start - base, own.end - base), entry.paper.title)
    if part is None or (spot := balanced(lines, part.start + base - shift, part.end + base - shift)) is None:
        return entry
    start, end = spot[0] + shift, spot[1] + shift
    if any(name != "title" and s.start < end and start < max(s.end, s.start + 1) for name, s in fields.items()):
        return entry
    fields["title"] = Span(start, end)
    paper = entry.paper.replace(title=repair(part.text))
    return Entry(paper, entry.family, entry.lines, span, entry.section, fields, entry.style)


def balanced(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span ``[start, end)`` widened to the emphasis mark it closes (``OwlNet**: Title`` from
    ``**OwlNet**: Title``), so that an edit replacing it leaves no mark unpaired; None when it cannot be."""
    for mark in ("**", "__", "*", "_"):
        raw = text[start:end]
        n = len(re.findall(re.escape(mark) if len(mark) == 2 else rf"(?<![{mark}\w]){re.escape(mark)}|{re.escape(mark)}(?![{mark}\w])", raw))
        if n % 2 and text[max(0, start - len(mark)) : start] == mark:
            start -= len(mark)
        elif n % 2:
            return None
    return start, end
