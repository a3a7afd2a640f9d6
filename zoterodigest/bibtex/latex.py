"""Text -> BibTeX field values: escaping, Unicode, math, case protection, names.

Rules (see ../shared/docs/bibtex.md):

* LaTeX specials are escaped outside math: ``& % # _ $`` get a backslash;
  ``{ } \\ ~ ^ < > |`` become text commands.  Braces are never written bare
  (BibTeX counts ``\\{`` as a brace too), so no content can break out of its
  field, whatever it holds.
* Math (``$...$``) is kept as LaTeX, its Unicode turned into commands
  (``$π$`` -> ``$\\pi$``), and wrapped in braces so styles do not change its
  case.  A math run with unbalanced braces is treated as text.
* HTML entities (``O&#39;Neill``, ``&#34;Louis&#34;``, ``&amp;``) are decoded first.
* Unicode: the bibtex dialect converts every non-ASCII character (Latin
  letters by :mod:`.chars`, the rest by pylatexenc); the biblatex dialect
  keeps what LaTeX typesets from UTF-8 input out of the box (Latin-1 and
  Latin Extended-A: Björn, Łukasz) and converts the rest.  Letters only the
  T1 encoding has compile under OT1 too (see :mod:`.chars`).  Characters with
  no LaTeX form (CJK in a pdflatex document) are left out and reported.
* Titles protect acronyms and words with inner capitals (``{GFlowNet}``,
  ``{CLIP}``, ``{3D}``); in a sentence-case title every capitalised word
  after the first is a proper noun and is protected too.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from pylatexenc.latexencode import unicode_to_latex

from ..digest.markup import split_math
from ..names import clean_name, split_person
from .chars import approximated, for_biber, keeps_in_utf8, letter_latex, utf8_form

_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}
_SPECIAL_RE = re.compile(r"[\\{}&%#_$~^<>|]")


@dataclass
class Dropped:
    """Characters left out because LaTeX has no form for them."""

    chars: set[str] = field(default_factory=set)
    #: Characters written as their nearest plain form (ħ -> h).
    approximated: set[str] = field(default_factory=set)


def decode_entities(text: str) -> str:
    """``O&#39;Neill`` -> ``O'Neill``: values scraped from web pages keep HTML entities."""
    return html.unescape(text) if "&" in text else text


# pylatexenc logs every character it has no LaTeX for; we report them ourselves.
logging.getLogger("pylatexenc.latexencode").setLevel(logging.ERROR)


@lru_cache(maxsize=4096)
def _char(ch: str) -> str | None:
    letter = letter_latex(ch)
    if letter is not None:
        return letter
    out: str = unicode_to_latex(ch, non_ascii_only=True, unknown_char_policy="keep")
    if out == ch or not out.isascii():
        return None
    if not out.startswith("{"):
        out = "{" + out + "}"
    return out


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _unicode(text: str, dialect: str, dropped: Dropped) -> str:
    """Non-ASCII characters as the dialect wants them: all converted for bibtex; for
    biblatex all but the Latin letters LaTeX reads from UTF-8."""
    if text.isascii():
        return text

    def convert(m: re.Match[str]) -> str:
        ch = m.group(0)
        if dialect == "biblatex":
            nearest = for_biber(ch)
            if nearest != ch:
                dropped.approximated.add(ch)
                ch = nearest
            if ch.isascii() or keeps_in_utf8(ch):
                return utf8_form(ch)
        latex = _char(ch)
        if latex is None:
            dropped.chars.add(ch)
            return ""
        if approximated(ch):
            dropped.approximated.add(ch)
        return latex

    return _NON_ASCII.sub(convert, text)


def _special(m: re.Match[str]) -> str:
    return _SPECIALS[m.group(0)]


def _escape_text(text: str, dialect: str, dropped: Dropped) -> str:
    text = _SPECIAL_RE.sub(_special, text)
    return _unicode(text, dialect, dropped)


def _math(piece: str, dropped: Dropped) -> str:
    body = piece
    out = []
    for ch in body:
        if ch.isascii():
            out.append(ch)
            continue
        latex = _char(ch)
        if latex is None:
            dropped.chars.add(ch)
            continue
        m = re.fullmatch(r"\{\\ensuremath\{(.*)\}\}", latex)
        out.append((m.group(1) + " ") if m else latex)
    return "{" + "".join(out).replace(" $", "$") + "}"


def balanced(text: str) -> bool:
    """Are the braces of ``text`` balanced as BibTeX counts them: every ``{`` and ``}``,
    a backslash before one included (``\\}`` closes a group for BibTeX)?"""
    depth = 0
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


#: Control sequences math may hold: letters, operators, relations, arrows, accents and
#: fonts.  Anything else (``\input``, ``\openout``, ``\write``, ``\def``, ``\csname``,
#: ``\catcode``, an unknown macro) makes the run text, escaped.
_MATH_WORDS = """
alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho varrho
sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega
frac dfrac tfrac sqrt sum prod int oint iint lim limsup liminf sup inf max min arg argmax argmin log ln exp sin cos
tan sinh cosh tanh det dim ker deg gcd Pr mathbb mathcal mathrm mathbf mathit mathsf mathtt mathfrak boldsymbol
bm text textrm textit textbf operatorname left right big Big bigg Bigg cdot cdots ldots dots vdots ddots times div
pm mp ast star circ bullet oplus otimes odot leq le geq ge neq ne approx sim simeq cong equiv propto ll gg subset
subseteq supset supseteq in notin ni cup cap setminus emptyset varnothing forall exists nexists neg land lor to
rightarrow leftarrow Rightarrow Leftarrow leftrightarrow Leftrightarrow mapsto implies iff uparrow downarrow infty
partial nabla prime ell hbar Re Im aleph top bot perp parallel mid vert Vert langle rangle lceil rceil lfloor
rfloor hat widehat bar overline underline tilde widetilde vec dot ddot check breve acute grave quad qquad
"""
_MATH_COMMANDS = frozenset(_MATH_WORDS.split()) | frozenset("{}|,;:! ")
_CONTROL_SEQUENCE = re.compile(r"\\([A-Za-z]+|.?)", re.DOTALL)


def _vetted_math(piece: str) -> bool:
    """Only known math commands and plain symbols: nothing that reads or writes files,
    defines macros or changes how TeX reads (``^^`` notation, ``#``, ``%``, ``&``)."""
    if "^^" in piece or any(ch in piece for ch in "#%&"):
        return False
    return all(m.group(1) in _MATH_COMMANDS for m in _CONTROL_SEQUENCE.finditer(piece))


def to_latex(text: str, dialect: str = "bibtex", dropped: Dropped | None = None) -> str:
    """A field value: specials escaped, math kept, Unicode as the dialect wants."""
    dropped = dropped if dropped is not None else Dropped()
    text = decode_entities(text)
    if "$" not in text:
        return _escape_text(text, dialect, dropped)
    out = []
    for is_math, piece in split_math(text):
        if is_math and balanced(piece) and _vetted_math(piece):
            out.append(_math(piece, dropped))
        else:
            out.append(_escape_text(piece, dialect, dropped))
    return "".join(out)


_WORD_SPLIT = re.compile(r"(\s+)")
_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of", "on", "onto", "or", "over", "per", "so", "than", "the", "to", "up", "via", "vs", "with", "without", "yet"]
)


def _needs_protection(word: str) -> bool:
    core = word.lstrip("-–—([{\"'“‘.,;:!?")
    if core.islower():  # no capital at all (most words of a title): nothing to protect
        return False
    if core.isascii():  # the same tests as below, for ASCII letters (which all have a case)
        if core.upper() == core.lower():
            return False  # no letter
        rest = core[1:]
        return rest != rest.lower() or (core[:1].isdigit() and core != core.lower())
    if not any(c.isalpha() for c in core):
        return False
    # Acronyms and inner capitals: CLIP, GFlowNet, NeRF, 3D, DiT, x-ray-ViT.
    return any(c.isupper() for c in core[1:]) or (core[:1].isdigit() and any(c.isupper() for c in core))


def _sentence_case(words: list[str]) -> bool:
    """True when most significant words after the first start in lower case."""
    significant = lower = 0
    for w in words[1:]:
        if w[:1].isalpha() and w.lower() not in _SMALL:
            significant += 1
            lower += w[0].islower()
    return significant >= 2 and lower * 2 >= significant


def title_to_latex(title: str, dialect: str = "bibtex", dropped: Dropped | None = None) -> str:
    """A title with acronyms, inner capitals and math protected from case changes."""
    dropped = dropped if dropped is not None else Dropped()
    title = decode_entities(title)
    pieces = split_math(title) if "$" in title else [(False, title)]
    # Sentence case only matters for a capitalised word after the first: none when
    # everything after the first character is in lower case.
    sentence = not title[1:].islower() and _sentence_case(
        [w for is_math, p in pieces if not is_math for w in p.split()])
    out: list[str] = []
    first = True
    for is_math, piece in pieces:
        if is_math and balanced(piece) and _vetted_math(piece):
            out.append(_math(piece, dropped))
            first = False
        elif piece.isascii():
            first = _ascii_words(piece, sentence, first, out)
        else:
            first = _words(piece, sentence, first, dialect, dropped, out)
    return "".join(out)


def _ascii_words(piece: str, sentence: bool, first: bool, out: list[str]) -> bool:
    """An ASCII piece of a title, its words protected (see :func:`title_to_latex`);
    returns whether the title's first word is still to come.  The piece is escaped
    whole (escapes hold no white space, so its words stay where they were)."""
    escaped = _SPECIAL_RE.sub(_special, piece)
    if piece == piece.lower():  # no capital, so no word to protect
        out.append(escaped)
        return first and (not piece or piece.isspace())
    head, _, tail = piece.partition(" ")
    if head and head.isprintable() and tail == tail.lower():  # capitals in the first word only (sentence case)
        word = escaped.partition(" ")[0]
        protect = _needs_protection(head) or (sentence and not first and head[:1].isupper())
        out.append(("{" + word + "}" if protect else word) + escaped[len(word):])
        return False
    words = piece.split()
    if " ".join(words) == piece:  # words parted by single spaces (most titles)
        spaces = None
        latex = escaped.split(" ") if escaped != piece else words
    else:
        tokens = _WORD_SPLIT.split(piece)  # words at even places, the white space between at odd ones
        words, spaces = tokens[::2], tokens[1::2]
        latex = _WORD_SPLIT.split(escaped)[::2]
    done: list[str] = []
    for n, word in enumerate(words):
        if not word or word.islower():  # an ASCII word with no capital is never protected
            done.append(latex[n])
        else:
            protect = _needs_protection(word) or (sentence and not first and word[:1].isupper())
            done.append("{" + latex[n] + "}" if protect else latex[n])
        first = first and not word
    if spaces is None:
        out.append(" ".join(done))
    else:
        out.append(done[0])
        for space, word in zip(spaces, done[1:]):
            out.append(space)
            out.append(word)
    return first


def _words(piece: str, sentence: bool, first: bool, dialect: str, dropped: Dropped, out: list[str]) -> bool:
    """A piece of a title with non-ASCII text, word by word (white space may convert)."""
    for token in _WORD_SPLIT.split(piece):
        if not token or token.isspace():
            out.append(_unicode(token, dialect, dropped))
            continue
        latex = _escape_text(token, dialect, dropped)
        # (A word typeset in T1 is braced too: bibtex would lowercase the "T1" in it.)
        protect = (_needs_protection(token) or (sentence and not first and token[:1].isupper())
                   or r"\fontencoding" in latex)
        out.append("{" + latex + "}" if protect else latex)
        first = False
    return first


# --------------------------------------------------------------------------- names

def split_name(name: str) -> tuple[str, str] | None:
    """(family, given) for a personal name, None for a single-field name
    (organisations, one-word names, names with a remark such as "(团队)")."""
    return split_person(name)


def split_particle(family: str) -> tuple[str, str]:
    """(particle, family name): ``van der Waals`` -> (``van der``, ``Waals``); the
    particle is the lower-case words before the first capitalised one."""
    words = family.split(" ")
    n = 0
    while n < len(words) - 1 and words[n][:1].islower():
        n += 1
    return " ".join(words[:n]), " ".join(words[n:])


def name_to_bibtex(name: str, dialect: str, dropped: Dropped) -> str:
    """``Family, Given`` (see :func:`_name_to_bibtex`); a library names the same people
    again and again, so each name is converted once."""
    latex, chars, approx = _name_once(name, dialect)
    dropped.chars.update(chars)
    dropped.approximated.update(approx)
    return latex


@lru_cache(maxsize=32768)
def _name_once(name: str, dialect: str) -> tuple[str, frozenset[str], frozenset[str]]:
    dropped = Dropped()
    latex = _name_to_bibtex(name, dialect, dropped)
    return latex, frozenset(dropped.chars), frozenset(dropped.approximated)


def _name_to_bibtex(name: str, dialect: str, dropped: Dropped) -> str:
    """``Family, Given``.  A family name with a particle stays whole for citing and
    sorting, in Pandoc too: bibtex ``{van der Waals}, Johannes``; biblatex's
    extended form ``family={Waals}, given={Johannes}, prefix={van der}, useprefix=true``."""
    name = decode_entities(name)
    parts = split_name(name)
    if parts is None:
        return "{" + to_latex(clean_name(name), dialect, dropped) + "}"
    family, given = parts
    fam = to_latex(family, dialect, dropped)
    giv = to_latex(given, dialect, dropped)
    particle, rest = split_particle(family)
    if particle and dialect == "biblatex":
        out = f"family={{{to_latex(rest, dialect, dropped)}}}"
        out += f", given={{{giv}}}" if giv else ""
        return out + f", prefix={{{to_latex(particle, dialect, dropped)}}}, useprefix=true"
    if particle:
        fam = "{" + fam + "}"
    if " and " in f" {fam} " or " and " in f" {giv} ":
        fam, giv = fam.replace(" and ", " {and} "), giv.replace(" and ", " {and} ")
    return f"{fam}, {giv}" if giv else fam


def authors_to_bibtex(names: list[str], complete: bool, dialect: str, dropped: Dropped) -> str:
    parts = [name_to_bibtex(n, dialect, dropped) for n in names if clean_name(decode_entities(n))]
    if parts and not complete:
        parts.append("others")
    return " and ".join(parts)
