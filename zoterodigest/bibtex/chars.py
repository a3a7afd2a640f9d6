"""One non-ASCII character -> the LaTeX that every plain preamble typesets.

What the real toolchain showed (pdflatex, bibtex, biber, Pandoc):

* Accented letters are written from their Unicode decomposition, on the plain
  letter: ``í`` -> ``{\\'i}``, never ``{\\'\\i}`` (biber decodes that to a dotless
  i plus a combining accent, which LaTeX cannot typeset); two accents nest
  (``ễ`` -> ``{\\~{\\^e}}``).
* Letters only the T1 font encoding has (ogonek letters ``ą ę į ų``, ``Ð ð Þ þ
  Đ đ Ŋ ŋ``) stop pdflatex in a document without ``\\usepackage[T1]{fontenc}``
  ("Command \\k unavailable in encoding OT1").  They are written inside
  ``{\\fontencoding{T1}\\selectfont ...}``, which compiles under OT1 and T1 alike
  and which biber and Pandoc read through to the letter.
* A few letters no LaTeX encoding has (``Ħ ħ Ŧ ŧ ĸ Ŀ ŀ ŉ ſ``) are written as the
  nearest plain form and reported.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Combining mark -> LaTeX accent command.
_ACCENTS = {
    "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0306": "u", "\u0307": ".",
    "\u0308": '"', "\u030a": "r", "\u030b": "H", "\u030c": "v", "\u0323": "d", "\u0327": "c", "\u0328": "k",
    "\u0331": "b",
    # Comma below (Romanian ș ț): the cedilla, as LaTeX's OT1 and T1 have no comma accent.
    "\u0326": "c",
}
#: Marks no LaTeX encoding has, left off (Vietnamese horn: ư -> u, ứ -> {\'u}); reported.
_DROPPED_MARKS = frozenset("\u031b")
#: Letters with no decomposition.
_LETTERS = {
    "ß": r"\ss", "æ": r"\ae", "Æ": r"\AE", "œ": r"\oe", "Œ": r"\OE", "ø": r"\o", "Ø": r"\O", "ł": r"\l",
    "Ł": r"\L", "ı": r"\i", "ȷ": r"\j", "å": r"\aa", "Å": r"\AA",
    # T1 only:
    "Ð": r"\DH", "ð": r"\dh", "Þ": r"\TH", "þ": r"\th", "Đ": r"\DJ", "đ": r"\dj", "Ŋ": r"\NG", "ŋ": r"\ng",
}
#: Commands OT1 lacks: a character using one is typeset in T1 locally.
T1_ONLY = frozenset([r"\k", r"\DH", r"\dh", r"\TH", r"\th", r"\DJ", r"\dj", r"\NG", r"\ng"])
#: Letters no pdflatex encoding typesets -> the nearest plain form.
APPROXIMATE = {"Ħ": "H", "ħ": "h", "Ŧ": "T", "ŧ": "t", "ĸ": "k", "Ŀ": "L", "ŀ": "l", "ŉ": "'n", "ſ": "s"}
#: Characters LaTeX reads from UTF-8 in OT1 and T1 alike (the biblatex dialect keeps them).
_T1_TEXT = frozenset("ÐÞðþĄąĐđĘęĮįŊŋŲų")


@lru_cache(maxsize=4096)
def approximated(ch: str) -> bool:
    """Whether :func:`letter_latex` writes ``ch`` as a nearest form (to report)."""
    return ch in APPROXIMATE or any(m in _DROPPED_MARKS for m in unicodedata.normalize("NFD", ch))


def in_t1(latex: str) -> str:
    """``latex`` typeset in the T1 encoding, whatever the document's encoding."""
    return r"{\fontencoding{T1}\selectfont " + latex + "}"


def _accented(ch: str) -> str | None:
    """``{\\'i}``, ``{\\v{r}}``, ``{\\~{\\^e}}`` from the decomposition (None: not a
    plain letter with accents LaTeX has)."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], "".join(m for m in decomposed[1:] if m not in _DROPPED_MARKS)
    if not marks and len(decomposed) > 1 and base.isascii():
        return base
    if not marks or not (base.isascii() and base.isalpha()) or any(m not in _ACCENTS for m in marks):
        return None
    out = base
    for mark in marks:
        cmd = _ACCENTS[mark]
        out = f"\\{cmd}{out}" if not cmd.isalpha() and len(out) == 1 else f"\\{cmd}{{{out}}}"
    return out


@lru_cache(maxsize=4096)
def letter_latex(ch: str) -> str | None:
    """The LaTeX (braced) for a Latin letter, T1-only ones typeset in T1; None
    for characters that are not such letters (left to pylatexenc)."""
    if ch in APPROXIMATE:
        return APPROXIMATE[ch]
    latex = _LETTERS.get(ch) or _accented(ch)
    if latex is None or latex.isalpha():
        return latex
    if any(latex.startswith(cmd) and not latex[len(cmd):len(cmd) + 1].isalpha() for cmd in T1_ONLY) \
            or r"\k{" in latex:
        return in_t1(latex)
    return "{" + latex + "}"


def keeps_in_utf8(ch: str) -> bool:
    """Whether the biblatex dialect writes ``ch`` as it is (LaTeX reads it from
    UTF-8 in OT1 and T1); a T1-only letter is typeset in T1 (:func:`utf8_form`)."""
    return "\u00a0" <= ch <= "\u017f" and ch not in APPROXIMATE


def utf8_form(ch: str) -> str:
    """A character the biblatex dialect keeps, as written (T1-only ones in T1)."""
    return in_t1(ch) if ch in _T1_TEXT else ch


def for_biber(ch: str) -> str:
    """``ch``, or the nearest letter LaTeX sets up for UTF-8 input, for the biblatex
    dialect: biber decodes every accent command to a composed character, and
    pdflatex has none of Latin Extended Additional (``ễ ạ ẽ``, U+1E00-1EFF).  Marks
    are dropped until the letter is an older one: ``ễ`` -> ``ê``, ``ặ`` -> ``ă``."""
    if not "\u1e00" <= ch <= "\u1eff":
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    for kept in [marks[i:i + 1] for i in range(len(marks))] + [""]:
        composed = unicodedata.normalize("NFC", base + kept)
        if len(composed) == 1 and composed < "\u1e00":
            return composed
    return unicodedata.normalize("NFKD", base)[0]
