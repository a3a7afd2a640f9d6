"""Citation keys: Better BibTeX's formulas, ASCII folding, collision suffixes.

The default formula is Better BibTeX's ``auth.lower + shorttitle(3,3) + year``
(``rombachHighResolutionImageSynthesis2022``); the Google-Scholar-like
``auth.lower + year + veryshorttitle.lower`` (``rombach2022high``) is offered
too.  The formula lives in ``mappings/bibtex.toml``.

Title words: split on spaces, ``:`` and ``/``; hyphenated words joined
(``veryshorttitle`` splits them, as Google Scholar does: ``rombach2022high``);
markup and punctuation removed; one-letter words and skip words dropped.
Keys fold to ASCII (Björn -> Bjorn, Łukasz -> Lukasz, ß -> ss) and never hold
``\\"#%'(),={}~$`` or white space.  The first paper to get a key keeps it
bare; later ones get a, b, ..., z, aa, ab, ... compared case-insensitively.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..digest.markup import plain
from ..mappings import MappingError

_FOLD = str.maketrans({"ß": "ss", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE",
                       "œ": "oe", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th", "ı": "i", "ĸ": "k"})
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def fold(text: str) -> str:
    """ASCII letters and digits only: accents removed, ligatures spelled out."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", text)


def title_words(title: str, skip: frozenset[str], split_hyphens: bool = False) -> list[str]:
    """Significant words of a title, folded, in order (hyphenated words joined,
    or split with ``split_hyphens`` as the Google-Scholar-like form does)."""
    text = plain(title, fix=False)  # titles arrive repaired (digest values, arXiv records)
    text = re.sub(r"\$[^$]*\$", " ", text)  # math says nothing a key can use
    words = []
    for raw in re.split(r"[\s:/-]+" if split_hyphens else r"[\s:/]+", text):
        word = fold(raw.replace("-", ""))
        if len(word) <= 1 or word.lower() in skip:
            continue
        words.append(word)
    return words


def family_name(author: str) -> str:
    from .latex import split_name

    parts = split_name(author)
    family = parts[0] if parts else author
    return fold(family)


@dataclass(frozen=True)
class KeyInput:
    authors: list[str]
    title: str
    year: int | None


Term = Callable[[KeyInput, frozenset[str]], str]


def _shorttitle(n: int, m: int, split_hyphens: bool = False) -> Term:
    def term(k: KeyInput, skip: frozenset[str]) -> str:
        words = title_words(k.title, skip, split_hyphens)[:n]
        return "".join(w[:1].upper() + w[1:] if i < m else w for i, w in enumerate(words))

    return term


_TERM_RE = re.compile(r"^(?P<name>auth|year|shorttitle|veryshorttitle)(?:\((?P<args>\d+\s*,\s*\d+)\))?(?P<mods>(?:\.(?:lower|upper))*)$")


def _modified(term: Term, mod: str) -> Term:
    """``term`` followed by ``.lower`` or ``.upper``."""

    def modified(k: KeyInput, skip: frozenset[str]) -> str:
        return getattr(term(k, skip), mod)()

    return modified


def compile_formula(formula: str) -> Callable[[KeyInput, frozenset[str]], str]:
    """Turn ``auth.lower + shorttitle(3,3) + year`` into a key function."""
    terms: list[Term] = []
    for raw in formula.split("+"):
        text = raw.strip()
        m = _TERM_RE.match(text)
        if not m:
            raise MappingError(
                f"mappings/bibtex.toml: citation_key term '{text}' is not understood; use auth, year, "
                "shorttitle(N,M) or veryshorttitle, each optionally followed by .lower or .upper"
            )
        name, args, mods = m.group("name"), m.group("args"), m.group("mods")
        if name == "auth":
            base: Term = lambda k, s: family_name(k.authors[0]) if k.authors else ""
        elif name == "year":
            base = lambda k, s: str(k.year) if k.year else ""
        elif name == "shorttitle":
            n, mm = (int(x) for x in args.split(",")) if args else (3, 3)
            base = _shorttitle(n, mm)
        else:  # veryshorttitle: Google Scholar's first word ("High-Resolution" -> "High")
            base = _shorttitle(1, 0, split_hyphens=True)
        for mod in [x for x in mods.split(".") if x]:
            base = _modified(base, mod)
        terms.append(base)

    def key(k: KeyInput, skip: frozenset[str]) -> str:
        return "".join(t(k, skip) for t in terms)

    return key


def suffix(n: int) -> str:
    """0 -> '', 1 -> 'a', 26 -> 'z', 27 -> 'aa', 28 -> 'ab', ..."""
    out = ""
    while n > 0:
        n -= 1
        out = chr(ord("a") + n % 26) + out
        n //= 26
    return out


class KeyAssigner:
    """Gives each paper a key; keys already given (pinned) never change."""

    def __init__(self, formula: str, skip_words: Iterable[str], taken: Iterable[str] = ()) -> None:
        self.make = compile_formula(formula)
        self.skip = frozenset(w.lower() for w in skip_words)
        self.taken: set[str] = {k.casefold() for k in taken}

    def reserve(self, key: str) -> None:
        self.taken.add(key.casefold())

    def new_key(self, k: KeyInput) -> str:
        base = self.make(k, self.skip) or "paper"
        n = 0
        while (base + suffix(n)).casefold() in self.taken:
            n += 1
        key = base + suffix(n)
        self.taken.add(key.casefold())
        return key
