"""An existing .bib file: its blocks as written, and which entries are ours.

Entries zoterodigest wrote are recognised by identity (the arXiv id in
``eprint``/``url``/``doi``, the DOI, the normalised title) against the papers
being exported: they are replaced.  Every other block (a user's hand-made
entries, ``@string``, ``@preamble``, comments) is kept byte for byte, and its
keys count as taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pylatexenc.latex2text import LatexNodes2Text

from ..ids import find_arxiv, normalise_doi, normalise_title, parse_arxiv

_AT = re.compile(r"^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*([{(])", re.MULTILINE)
_NON_ENTRIES = {"comment", "string", "preamble"}


@dataclass
class Block:
    start: int
    end: int
    type: str
    key: str | None = None
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def is_entry(self) -> bool:
        return self.type not in _NON_ENTRIES


_DELIMS = {"{": re.compile(r"[{}]"), "(": re.compile(r"[{})]"), '"': re.compile(r'[{}"]')}


def _closing(text: str, open_at: int, opener: str) -> int | None:
    """Offset of the delimiter closing the one at ``open_at`` (braces counted as
    BibTeX counts them; a ``(`` or ``"`` closes at the first ``)`` or ``"`` outside
    braces); None if it is never closed (or a brace closes a quote)."""
    depth = 0
    for m in _DELIMS[opener].finditer(text, open_at + 1):
        ch = m.group(0)
        if ch == "{":
            depth += 1
        elif depth:
            depth -= 1 if ch == "}" else 0
        elif ch == "}" and opener != "{":
            return None
        else:
            return m.start()
    return None


def _block_end(text: str, open_at: int, opener: str) -> int:
    """Offset after the delimiter closing the block opened at ``open_at``."""
    end = _closing(text, open_at, opener)
    return len(text) if end is None else end + 1


#: The month macros every style defines (bibtexparser's ``common_strings``).
_MONTHS = dict(zip(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
))
_NAME = re.compile(r"\s*([^\s\"#%'(),={}]+)\s*")
_HASH = re.compile(r"\s*#")
_COMMA = re.compile(r"\s*,")
_KEY = re.compile(r"\s*([^,\s}]*)\s*,?")
#: A braced value up to three levels deep (nearly all values), matched in one step.
_BRACED = re.compile(r"\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}")
#: What may close an entry after its last field.
_CLOSE = {"{": re.compile(r"\s*,?\s*\}"), "(": re.compile(r"\s*,?\s*\)")}


def _value_piece(text: str, pos: int, macros: dict[str, str]) -> tuple[str, int] | None:
    """One piece of a field value at ``pos``: a braced or quoted text (outer
    delimiters dropped, inner braces kept), a number or a macro."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text):
        return None
    opener = text[pos]
    if opener == "{" and (braced := _BRACED.match(text, pos)):
        return braced.group(1), braced.end()
    if opener in "{\"":
        end = _closing(text, pos, opener)
        return None if end is None else (text[pos + 1 : end], end + 1)
    m = _NAME.match(text, pos)
    if not m:
        return None
    word = m.group(1)
    return (word if word.isdigit() else macros.get(word.lower(), word)), m.end()


def _fields(block_text: str, body: int, macros: dict[str, str], *,
            keyed: bool = True) -> tuple[str | None, dict[str, str], int]:
    """The key and fields of one block whose body starts at ``body`` (names
    lower-cased, ``#`` joined, macros expanded), and where reading stopped: it
    stops quietly at the first thing that is not BibTeX.  ``keyed=False`` for ``@string``."""
    key = None
    pos = body
    if keyed:
        m = _KEY.match(block_text, body)
        key = m.group(1) if m and m.group(1) else None
        pos = m.end() if m else body
    fields: dict[str, str] = {}
    while True:
        name = _NAME.match(block_text, pos)
        if not name or not block_text.startswith("=", name.end()):
            return key, fields, pos
        pos = name.end() + 1
        parts = []
        while (piece := _value_piece(block_text, pos, macros)) is not None:
            parts.append(piece[0])
            pos = piece[1]
            joined = _HASH.match(block_text, pos)
            if not joined:
                break
            pos = joined.end()
        if not parts:
            return key, fields, pos
        fields[name.group(1).lower()] = "".join(parts)
        comma = _COMMA.match(block_text, pos)
        if not comma:
            return key, fields, pos
        pos = comma.end()


def split_blocks(text: str) -> list[Block]:
    blocks = []
    macros = dict(_MONTHS)
    pos = 0
    for m in _AT.finditer(text):
        if m.start() < pos:
            continue
        kind, opener = m.group(1).lower(), m.group(2)
        block = Block(start=m.start(), end=0, type=kind)
        if kind != "comment" and kind != "preamble":
            key, fields, stop = _fields(text, m.end(), macros, keyed=block.is_entry)
            # Read to a clean close: that is the block's end (no second pass over it).
            close = _CLOSE[opener].match(text, stop)
            block.end = close.end() if close else _block_end(text, m.end() - 1, opener)
            if close is None:  # a broken block: read again within its brace-counted end
                key, fields, _ = _fields(text[: block.end], m.end(), macros, keyed=block.is_entry)
            if block.is_entry:
                block.key, block.fields = key, fields
            else:
                macros.update(fields)
        else:
            block.end = _block_end(text, m.end() - 1, opener)
        blocks.append(block)
        pos = block.end
    return blocks


_TEXT = LatexNodes2Text()


def _printed(title: str) -> str:
    """A title as LaTeX prints it (as written, for odd LaTeX pylatexenc cannot read)."""
    try:
        return str(_TEXT.latex_to_text(title))
    except Exception:  # noqa: BLE001 -- odd LaTeX in a user's title: compared as written
        return title


def identities(fields: dict[str, str], wanted: set[str] | None = None) -> set[str]:
    """The identities (as :attr:`~zoterodigest.model.Paper.identity` spells them) an entry matches:
    its arXiv id, DOI and title (see :func:`strongest`).  With ``wanted``, only
    those among them, and the title is not read when an arXiv id or DOI is
    wanted already (reading LaTeX is slow; the stronger identity wins anyway)."""
    out: set[str] = set()
    eprint = fields.get("eprint", "")
    prefix = (fields.get("archiveprefix") or fields.get("eprinttype") or "arxiv").lower()
    for candidate in (eprint if prefix == "arxiv" else "", fields.get("url", ""), fields.get("doi", "")):
        a = parse_arxiv(candidate) or (find_arxiv(candidate) if candidate else None)
        if a:
            out.add(f"arxiv:{a.id}")
    doi = normalise_doi(fields.get("doi"))
    if doi and not doi.startswith("10.48550/"):
        out.add(f"doi:{doi}")
    if wanted is not None:
        out &= wanted
        if out:
            return out
    title = fields.get("title")
    if title:
        # As written less braces (a digest's NO$\\nu$A), and as LaTeX prints it (NO{$\\nu$}A -> NOνA).
        titles = {f"title:{normalise_title(title.replace('{', '').replace('}', ''))}"}
        if ("\\" in title or "$" in title) and not (wanted is not None and titles & wanted):
            titles.add(f"title:{normalise_title(_printed(title))}")
        out |= titles if wanted is None else titles & wanted
    return out


def strongest(matched: set[str]) -> str:
    """Of the identities of one entry that papers being exported have, the one
    that speaks for the entry: an arXiv id before a DOI before a title (an
    arXiv paper's entry is not the entry of a link-only paper of the same title)."""
    rank = {"arxiv": 0, "doi": 1}
    return min(matched, key=lambda i: (rank.get(i.split(":", 1)[0], 2), i))
