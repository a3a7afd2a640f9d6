"""What each span of a record (:mod:`.title_spans`) looks like, as the numbers the learnt title model of
:mod:`.title_choice` weighs: its words, capitals, names, years, venue words and digits, where it sits and
how it is marked.  Pure.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .name_lists import listed_names, one_name, person_names
from .prefixes import is_generic_label
from .title_spans import Part, key

#: A word (letters first) or a number; a year anywhere; a character of Chinese, Japanese or Korean (shared with
#: :mod:`.plain_items`).
WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d+")
ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
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
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LABELLED = re.compile(r"(?i)(?:title|paper|论文|题目|标题)[ \t]*[:：][ \t]*$")

FEATURES = (
    "bias", "reader", "reader_sub", "reader_super", "link", "paper_link", "other_link", "strong", "em", "quote", "cell",
    "segment", "words1", "words2", "words3_5", "words6_12", "words13_25", "words26", "log_chars", "cap_ratio",
    "all_caps_one", "lower_start", "name_like", "initials", "et_al", "and_names", "year", "date", "time", "pages",
    "venue_words", "venue_acronym", "label", "digits", "cjk", "first", "last", "rel_pos", "longest", "len_ratio",
    "colon_after", "colon_inside", "question", "url_text", "labelled", "in_brackets", "one_line", "multi_line",
    "ends_comma", "opens_in", "unbalanced", "inner_marks", "names_rule", "one_name", "surname_initial",
)


def features(rec: str, cands: list[Part], reader_text: str, only: list[int] | None = None) -> list[list[float]]:
    """One feature row per part (in :data:`FEATURES` order); ``only``: the rows of these parts alone."""
    longest = max((len(p.text) for p in cands), default=1)
    rt = key(reader_text)
    rows = []
    for k in range(len(cands)) if only is None else only:
        f = _cheap(rec, cands, k, longest, rt)
        f.update(_looks(cands[k].text))
        rows.append([f[name] for name in FEATURES])
    return rows


def _cheap(rec: str, cands: list[Part], k: int, longest: int, rt: str) -> dict[str, float]:
    """The features of part ``k`` but what :func:`_looks` tells (its place, marks and words)."""
    f = _place(rec, cands, k, longest, rt)
    f.update(_around(rec, cands[k]))
    f.update(_words(cands[k].text))
    return f


def _place(rec: str, cands: list[Part], k: int, longest: int, rt: str) -> dict[str, float]:
    """The features of part ``k`` told at no cost: its place, its marks, its size, a colon or question mark in it."""
    p = cands[k]
    t = p.text
    f = {"bias": 1.0, "first": float(k == 0), "last": float(k == len(cands) - 1), "len_ratio": len(t) / longest,
         "longest": float(len(t) == longest), "rel_pos": p.start / max(len(rec), 1),
         "colon_inside": float(":" in t), "question": float(t.endswith("?"))}
    f.update(_against_reader(key(t), rt))
    f.update(_kinds(rec, p))
    f.update(_size(t))
    return f


def scores_reaching(rec: str, cands: list[Part], reader_text: str, w: list[float], ks: list[int], floor: float) -> dict[int, float]:
    """The scores of the parts ``ks`` that may reach ``floor``.  A part's features are told in three steps,
    cheapest first; after each, the features not yet told are counted at their most where their weight
    is positive and at nothing where it is negative (each lies in [0, 1]), and a part that cannot reach
    ``floor`` even so is left (a record of many parts is weighed in a fraction of the time)."""
    longest = max((len(p.text) for p in cands), default=1)
    rt = key(reader_text)
    (w_place, top_place), (w_cheap, top_cheap) = _tiers(tuple(w))
    out: dict[int, float] = {}
    for k in ks:
        f = _place(rec, cands, k, longest, rt)
        if sum(a * f[name] for name, a in w_place) + top_place + 1e-9 < floor:
            continue
        f.update(_around(rec, cands[k]))
        f.update(_words(cands[k].text))
        if sum(a * f[name] for name, a in w_cheap) + top_cheap + 1e-9 < floor:
            continue
        f.update(_looks(cands[k].text))
        out[k] = sum(a * f[name] for a, name in zip(w, FEATURES, strict=True))
    return out


@lru_cache(maxsize=4)
def _tiers(w: tuple[float, ...]) -> tuple[tuple[tuple[tuple[str, float], ...], float], ...]:
    """For the features told by :func:`_place`, then by :func:`_cheap`: their weights by name, and the
    most the features not yet told can add."""
    sample = [Part(0, 2, "ab", frozenset({"segment"}))]
    out = []
    for told in (set(_place("ab", sample, 0, 2, "")), set(_cheap("ab", sample, 0, 2, ""))):
        out.append((tuple((n, a) for n, a in zip(FEATURES, w, strict=True) if n in told),
                    sum(max(a, 0.0) for n, a in zip(FEATURES, w, strict=True) if n not in told)))
    return tuple(out)


def _against_reader(k: str, rt: str) -> dict[str, float]:
    return {"reader": float(k == rt), "reader_sub": float(bool(rt) and k != rt and k in rt),
            "reader_super": float(bool(rt) and k != rt and rt in k)}


def _kinds(rec: str, p: Part) -> dict[str, float]:
    """How the part is marked (a link, emphasis, a quote, a cell) and whether it runs over lines."""
    kinds = p.kinds
    return {
        "link": float("paper_link" in kinds or "other_link" in kinds), "paper_link": float("paper_link" in kinds),
        "other_link": float("other_link" in kinds), "strong": float("strong" in kinds), "em": float("em" in kinds),
        "quote": float("quote" in kinds), "cell": float("cell" in kinds), "segment": float(kinds == {"segment"}),
        "one_line": float("\n" not in rec[p.start : p.end]), "multi_line": float("\n" in rec[p.start : p.end]),
    }


def _around(rec: str, p: Part) -> dict[str, float]:
    """What stands around the part, and marks inside it."""
    before, after, raw = rec[max(0, p.start - 40) : p.start], rec[p.end : p.end + 3], rec[p.start : p.end]
    return {
        "colon_after": float(after.lstrip(" *_")[:1] in (":", "：")), "ends_comma": float(after[:1] == ","),
        "labelled": float(bool(_LABELLED.search(before.rstrip(" *_")))),
        "in_brackets": float(before.rstrip()[-1:] in "([【" and after[:1] in ")]】"),
        "inner_marks": float(bool(re.search(r"\*|(?<!\w)_|_(?!\w)", raw))),
    }


@lru_cache(maxsize=8192)
def count_words(t: str) -> int:
    return len(WORD.findall(t))


@lru_cache(maxsize=8192)
def _size(t: str) -> dict[str, float]:
    """How many words and characters."""
    nw = count_words(t)
    return {"words1": float(nw <= 1), "words2": float(nw == 2), "words3_5": float(3 <= nw <= 5),
            "words6_12": float(6 <= nw <= 12), "words13_25": float(13 <= nw <= 25), "words26": float(nw > 25),
            "log_chars": math.log1p(len(t)) / 5}


@lru_cache(maxsize=8192)
def _words(t: str) -> dict[str, float]:
    """How the words are written (and how many: :func:`_size`)."""
    letters = [w for w in WORD.findall(t) if not w.isdigit()]
    caps = sum(w[:1].isupper() for w in letters)
    nw = count_words(t)
    return {
        **_size(t), "cap_ratio": caps / len(letters) if letters else 0.0,
        "all_caps_one": float(nw <= 2 and any(sum(c.isupper() for c in w) >= 2 for w in letters)),
        "lower_start": float(t[:1].islower()), "digits": sum(map(str.isdigit, t)) / len(t),
        "and_names": float(bool(_AND_NAMES.search(t)) and nw <= 12),
    }


@lru_cache(maxsize=8192)
def _looks(t: str) -> dict[str, float]:
    """What the part reads as: names, a date, a venue, a label, an address."""
    return {
        "name_like": _name_like(t), "names_rule": float(names(t)), "one_name": float(one_name(t)),
        "surname_initial": float(bool(_SURNAME_INITIAL.match(t))), "initials": min(len(_INITIAL.findall(t)), 4) / 4,
        "et_al": float("et al" in t), "year": float(bool(ANY_YEAR.search(t))),
        "date": float(bool(_MONTH.search(t)) and bool(re.search(r"\d", t))), "time": float(bool(_TIME.search(t))),
        "pages": float(bool(_PAGES.search(t))), "venue_words": float(bool(_VENUE_WORDS.search(t))),
        "venue_acronym": float(bool(_ACRONYM_VENUE.search(t))), "label": float(bool(_LABEL.match(t)) or is_generic_label(t)),
        "cjk": float(bool(CJK.search(t))), "colon_inside": float(":" in t), "question": float(t.endswith("?")),
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
