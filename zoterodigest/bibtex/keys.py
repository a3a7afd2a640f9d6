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

The key step (:func:`assign_keys`, :func:`assign_and_pin`) is the one place
that decides which key a paper gets -- Zotero's, pinned, from the .bib,
provisional or new -- for export, push and sync alike, without rendering any
BibTeX; :func:`record_keys` is the one place keys are recorded (the keys given, and
keys found set in users' Zotero items).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from ..digest.markup import plain
from ..mappings import MappingError, bibtex_settings
from ..model import Paper
from .entries import author_list, official_title, publication_year
from .listings import merge_listings

_FOLD = str.maketrans({"ß": "ss", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE",
                       "œ": "oe", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th", "ı": "i", "ĸ": "k"})
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def fold(text: str) -> str:
    """ASCII letters and digits only: accents removed, ligatures spelled out."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("", text)


_MATH = re.compile(r"\$[^$]*\$")


def title_words(title: str, skip: frozenset[str], split_hyphens: bool = False, limit: int | None = None) -> list[str]:
    """Significant words of a title, folded, in order (hyphenated words joined,
    or split with ``split_hyphens`` as the Google-Scholar-like form does); the
    first ``limit`` of them only, if given.  Words part at white space, ``:`` and ``/``."""
    text = plain(title, fix=False)  # titles arrive repaired (digest values, arXiv records)
    if "$" in text:
        text = _MATH.sub(" ", text)  # math says nothing a key can use
    text = text.replace(":", " ").replace("/", " ")
    if split_hyphens:
        text = text.replace("-", " ")
    words: list[str] = []
    for raw in text.split():
        if limit is not None and len(words) >= limit:
            break
        word = raw if raw.isascii() and raw.isalnum() else fold(raw.replace("-", ""))
        if len(word) <= 1 or word.lower() in skip:
            continue
        words.append(word)
    return words


def family_name(author: str) -> str:
    from .latex import split_name

    parts = split_name(author)
    family = parts[0] if parts else author
    return fold(family)


class KeyInput(NamedTuple):
    """What a key is made from."""

    authors: list[str]
    title: str
    year: int | None


Term = Callable[[KeyInput, frozenset[str]], str]


def _shorttitle(n: int, m: int, split_hyphens: bool = False) -> Term:
    def term(k: KeyInput, skip: frozenset[str]) -> str:
        words = title_words(k.title, skip, split_hyphens, limit=n)
        return "".join([w[:1].upper() + w[1:] if i < m else w for i, w in enumerate(words)])

    return term


_TERM_RE = re.compile(r"^(?P<name>auth|year|shorttitle|veryshorttitle)(?:\((?P<args>\d+\s*,\s*\d+)\))?(?P<mods>(?:\.(?:lower|upper))*)$")


def _modified(term: Term, mod: str) -> Term:
    """``term`` followed by ``.lower`` or ``.upper``."""

    def modified(k: KeyInput, skip: frozenset[str]) -> str:
        text = term(k, skip)
        return text.lower() if mod == "lower" else text.upper()

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
        return "".join([t(k, skip) for t in terms])

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
        #: Folded base -> the first suffix number not yet tried (keys are only ever
        #: added to ``taken``, so the ones below it stay taken): a thousand papers
        #: sharing a base cost a thousand look-ups, not half a million.
        self._next: dict[str, int] = {}

    def reserve(self, key: str) -> None:
        self.taken.add(key.casefold())

    def new_key(self, k: KeyInput) -> str:
        base = self.make(k, self.skip) or "paper"
        folded = base.casefold()
        n = self._next.get(folded, 0)
        tried = folded + suffix(n) if n else folded
        while tried in self.taken:
            n += 1
            tried = folded + suffix(n)
        self.taken.add(tried)
        self._next[folded] = n + 1
        return base + suffix(n) if n else base


# --- the key step: which key each paper gets, and pinning it ----------------------------------


class KeyStore(Protocol):
    """Where keys are remembered (:class:`zoterodigest.state.State`)."""

    def citation_keys(self) -> dict[str, str]: ...

    def provisional_keys(self) -> dict[str, str]: ...

    def pin_keys(self, keys: Iterable[tuple[str, str, str]]) -> None: ...


@dataclass
class AssignedKeys:
    """Every paper's key, by identity, and the identities whose key is provisional
    (made without the paper's arXiv metadata, so made anew once it is known)."""

    keys: dict[str, str] = field(default_factory=dict)
    provisional: set[str] = field(default_factory=set)

    def pins(self) -> list[tuple[str, str, str]]:
        """The (identity, key, source) rows :meth:`KeyStore.pin_keys` records."""
        return [(i, k, "provisional" if i in self.provisional else "zoterodigest") for i, k in self.keys.items()]


def assign_keys(
    papers: Sequence[Paper],
    *,
    pinned: Mapping[str, str] | None = None,
    provisional: Mapping[str, str] | None = None,
    zotero_keys: Mapping[str, str] | None = None,
    from_file: Mapping[str, str] | None = None,
    taken: Iterable[str] = (),
    formula: str | None = None,
    merged: bool = False,
    identities: Sequence[str] | None = None,
) -> AssignedKeys:
    """The citation key of each paper (listings of one paper merged), renders nothing.

    A key set in the user's Zotero item wins, then a pinned key, then the key
    the existing .bib gives the paper, then a provisional key while the paper
    still lacks its metadata; otherwise a new key from the formula of
    ``mappings/bibtex.toml`` (or ``formula``) that collides with none of
    those, nor with ``taken`` (keys of hand-made entries), nor with a
    provisional key still held.  ``merged``: the papers are :func:`merge_listings`'s
    already (one per identity), with their ``identities`` (in order) if given.
    """
    settings = bibtex_settings()
    unique = list(papers) if merged else merge_listings(papers)
    pinned, provisional = pinned or {}, provisional or {}
    zotero_keys, from_file = zotero_keys or {}, from_file or {}
    assigner = KeyAssigner(formula or settings.citation_key, settings.skip_words, taken)
    # Keys given before are reserved first, so no new paper can take one.
    for given in (*zotero_keys.values(), *pinned.values(), *from_file.values()):
        assigner.reserve(given)
    remade = {p.identity for p in unique if p.identity in provisional and (p.metadata is not None or not p.arxiv_id)} \
        if provisional else set()
    for identity, held in provisional.items():
        if identity not in remade:
            assigner.reserve(held)
    out = AssignedKeys()
    for paper, identity in zip(unique, identities if merged and identities is not None else
                               [p.identity for p in unique]):
        key: str | None = zotero_keys.get(identity) or pinned.get(identity) or from_file.get(identity)
        lacking = bool(paper.arxiv_id) and paper.metadata is None
        if key is None and lacking and identity in provisional:
            key = provisional[identity]
        if key is None:
            names, _ = author_list(paper)
            key = assigner.new_key(KeyInput(names, official_title(paper), publication_year(paper)))
        if lacking and identity not in zotero_keys and identity not in pinned and identity not in from_file:
            out.provisional.add(identity)
        out.keys[identity] = key
    return out


class Pinnable(Protocol):
    """Keys given by the key step (:class:`AssignedKeys`, or an export's result)."""

    def pins(self) -> list[tuple[str, str, str]]: ...


def record_keys(store: KeyStore, keys: Pinnable | None = None, *, zotero: Iterable[tuple[str, str]] = ()) -> None:
    """Record keys in the store, the one place that does: the keys the key step gave
    (``provisional`` while a paper lacks its metadata, else ours) and, as
    (identity, key), keys found set in the user's Zotero items (they win from then
    on, in the .bib too)."""
    rows = list(keys.pins()) if keys is not None else []
    rows += [(identity, key, "zotero") for identity, key in zotero]
    if rows:
        store.pin_keys(rows)


def assign_and_pin(papers: Sequence[Paper], store: KeyStore, *, pin: bool = True) -> AssignedKeys:
    """The key step push and sync share with export: each paper's key from the
    store's pinned and provisional keys, recorded back in the store (unless
    ``pin`` is false, as in a dry run), so the same paper has one key in the
    .bib and in Zotero's ``citationKey``."""
    keys = assign_keys(papers, pinned=store.citation_keys(), provisional=store.provisional_keys())
    if pin:
        record_keys(store, keys)
    return keys

