"""Inline Markdown/HTML helpers shared by the readers (pure functions).

Values in digests are inline Markdown with some HTML and LaTeX math.  The
readers keep the Markdown for summaries and reduce titles, authors and venues
to plain text: markup removed, LaTeX math (``$...$``) kept verbatim, HTML
entities decoded and mojibake repaired (ftfy) -- in the value only, never in
the file.
"""

from __future__ import annotations

import html
import re

import ftfy

from ..memo import memo
from .emphasis import strip_emphasis

# Characters that mis-decoded UTF-8 (read as cp1252, latin-1 or Mac Roman)
# leaves behind.  Only values holding one of them are handed to ftfy, which
# keeps the common case (ASCII, CJK) cheap.
_SUSPICIOUS = re.compile("[\u0080-\u024f\u02c6-\u02dd\u2013-\u203a\u20ac\u2122\u2202-\u2265\u25ca\uf8ff]")


def repair(text: str) -> str:
    """Repair mojibake in a value (file bytes are never changed)."""
    if _SUSPICIOUS.search(text):
        # Short values (titles, names, venues) recur and are remembered; a long
        # summary is repaired once per reading, and remembering it would keep it twice.
        fixed = _repair_cached(text) if len(text) <= _REMEMBERED else _repair_now(text)
        return _repair_mac_roman(fixed)
    return text


#: The longest value whose repair is remembered.
_REMEMBERED = 300


# A run of non-ASCII characters holding U+F8FF (the Apple logo, which Mac Roman reads
# byte F0 as): an emoji's UTF-8 bytes read as Mac Roman (``\uf8ffüìö`` is 📚).  ftfy
# leaves short ones alone; such a run is decoded back when its bytes are valid UTF-8.
_MAC_ROMAN_RUN = re.compile("[^\x00-\x7f]*\uf8ff[^\x00-\x7f]*")


def _repair_mac_roman(text: str) -> str:
    if "\uf8ff" not in text:
        return text

    def decode(m: re.Match[str]) -> str:
        try:
            return m[0].encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m[0]

    return _MAC_ROMAN_RUN.sub(decode, text)


@memo(4096)
def _repair_cached(text: str) -> str:
    return _repair_now(text)


def _repair_now(text: str) -> str:
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_latin_ligatures=False,
                         fix_character_width=False, fix_line_breaks=False, remove_terminal_escapes=False)


# Inline math: $$...$$ or $...$ (not a lone dollar such as "$5").
#: A letter of a script written without spaces between words (kana, CJK ideographs, Hangul): the generic
#: reader's one test for "CJK" text (four such letters make about a word).
CJK_LETTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
#: A character of a CJK word (kana, ideographs with extension A, hangul).
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def cjk_words(text: str) -> int:
    """How many words a text without spaces holds in CJK characters: two characters count as one."""
    return len(_CJK_CHAR.findall(text)) // 2


MATH_RE = re.compile(r"\$\$.+?\$\$|\$[^$\s](?:[^$]*?[^$\s])?\$", re.DOTALL)

_LINK_RE = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(([^()\s]*(?:\([^()]*\)[^()\s]*)*)\)")
_KNOWN_TAGS = (
    "a|abbr|b|big|br|center|code|del|details|div|em|font|i|img|ins|kbd|mark|p|s|small|span|strike|"
    "strong|sub|summary|sup|u|tt|h[1-6]|ul|ol|li|blockquote|hr"
)
_TAG_RE = re.compile(rf"</?(?:{_KNOWN_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_STAR_RE = re.compile(r"(?<![\w*\\])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_UNDER_RE = re.compile(r"(?<![\w\\])_(?=\S)([^_]+?)(?<=\S)_(?!\w)")
_CODE_RE = re.compile(r"(?<!`)`++([^`]+?)`+")
#: Struck-through text (GFM's ``~~done~~``): the words stay, a done paper's title among them.
_STRIKE_RE = re.compile(r"~~(?=[^\s~])([^~\n]{1,600}?)(?<=\S)~~")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~:?@%$])")
_SPACE_RE = re.compile(r"\s+")


def split_math(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_math, piece) runs."""
    out: list[tuple[bool, str]] = []
    pos = 0
    for m in MATH_RE.finditer(text):
        if m.start() > pos:
            out.append((False, text[pos : m.start()]))
        out.append((True, m.group(0)))
        pos = m.end()
    if pos < len(text):
        out.append((False, text[pos:]))
    return out


_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def _strip_piece(text: str) -> str:
    # Each pass runs only when its marker character is present: most values
    # hold little or no markup, and this is the readers' hottest function.
    if "![" in text:
        text = _IMAGE_RE.sub("", text)
    if "](" in text:
        text = _LINK_RE.sub(lambda m: m.group(1), text)
    if "<" in text:  # (a line break is a space: "Title<br />Rest" is "Title Rest")
        text = _TAG_RE.sub(lambda m: " " if m.group(0)[1:3].lower() == "br" else "", text)
    if "`" in text:
        text = _CODE_RE.sub(lambda m: m.group(1), text)
    if "~~" in text:
        text = _STRIKE_RE.sub(lambda m: m.group(1), text)
    if "*" in text or "_" in text:
        for _ in range(2):
            text = strip_emphasis(text)
        text = _STAR_RE.sub(lambda m: m.group(1), text)
        text = _UNDER_RE.sub(lambda m: m.group(1), text)
    if "\\" in text:
        text = _ESCAPE_RE.sub(lambda m: m.group(1), text)
    if "&" in text:
        text = html.unescape(text)
    return text


def plain(text: str, fix: bool = True) -> str:
    """Plain text of an inline Markdown/HTML value; LaTeX math kept as written;
    mojibake repaired unless ``fix`` is false (for text already repaired)."""
    # Readers ask for the plain text of one title or label several times (about six
    # calls per distinct value on a long list): short values are remembered.
    if len(text) <= _REMEMBERED:
        return _plain_cached(text, fix)
    return _plain_now(text, fix)


@memo(8192)
def _plain_cached(text: str, fix: bool) -> str:
    return _plain_now(text, fix)


def _plain_now(text: str, fix: bool) -> str:
    if "$" in text:
        text = "".join(piece if is_math else _strip_piece(piece) for is_math, piece in split_math(text))
    else:
        text = _strip_piece(text)
    text = " ".join(text.split())
    return repair(text) if fix else text


def links(text: str) -> list[tuple[str, str]]:
    """All Markdown links ``[label](url)`` in order, as (label, url)."""
    return [(m.group(1), m.group(2)) for m in _LINK_RE.finditer(text)]


_LINK_KINDS = {
    "arxiv": "arxiv",
    "abs": "arxiv",
    "paper": "paper",
    "pdf": "pdf",
    "code": "code",
    "code link": "code",
    "github": "code",
    "website": "website",
    "project": "website",
    "project page": "website",
    "homepage": "website",
    "page": "website",
    "review": "review",
    "openreview": "review",
    "summary": "summary",
    "blog": "summary",
    "huggingface": "huggingface",
    "hf": "huggingface",
    "read more": "arxiv",
}


def link_kind(label: str, url: str) -> str:
    """Kind of a link from its label, falling back to its address."""
    key = plain(label).strip("[] ").lower()
    if key in _LINK_KINDS:
        kind = _LINK_KINDS[key]
        if kind == "arxiv" and "arxiv.org" not in url and key == "read more":
            return "paper"
        return kind
    lowered = url.lower()
    if "arxiv.org/pdf" in lowered:
        return "pdf"
    if "arxiv.org" in lowered:
        return "arxiv"
    if "github.com" in lowered:
        return "code"
    if "openreview.net" in lowered:
        return "review"
    if "huggingface.co" in lowered:
        return "huggingface"
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
    return slug or "link"


def html_block_text(text: str) -> str:
    """Text of an HTML fragment such as ``<p>abstract</p>`` (math kept)."""
    return plain(re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE))


#: A kramdown attribute list after a link, an image or a block: ``{:target="_blank" style="color: black"}``.
_IAL = re.compile(r"\{:[^{}\n]{0,400}\}")


def without_attributes(text: str) -> str:
    """``text`` with its kramdown attribute lists blanked (same length, so offsets hold): never shown, so
    their quoted values are no title."""
    return _IAL.sub(lambda m: " " * len(m.group()), text) if "{:" in text else text
