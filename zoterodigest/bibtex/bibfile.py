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

import bibtexparser
from bibtexparser.bparser import BibTexParser
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


def _block_end(text: str, open_at: int, opener: str) -> int:
    """Offset after the delimiter closing the block opened at ``open_at``
    (braces counted as BibTeX counts them; a ``(`` block ends at the first
    ``)`` outside braces)."""
    depth = 0
    for i in range(open_at + 1, len(text)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0 and opener == "{":
                return i + 1
            depth -= 1
        elif ch == ")" and opener == "(" and depth == 0:
            return i + 1
    return len(text)


def _fields(block_text: str) -> tuple[str | None, dict[str, str]]:
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
    try:
        db = bibtexparser.loads(block_text, parser=parser)
    except Exception:  # noqa: BLE001 -- bibtexparser raises many kinds; such a block is kept as it is, unmatched
        db = None
    if not db or not db.entries:
        m = re.match(r"\s*@\s*\w+\s*[{(]\s*([^,\s]+)", block_text)
        return (m.group(1) if m else None), {}
    entry = db.entries[0]
    return entry.get("ID"), {k.lower(): v for k, v in entry.items() if k not in ("ID", "ENTRYTYPE")}


def split_blocks(text: str) -> list[Block]:
    blocks = []
    pos = 0
    for m in _AT.finditer(text):
        if m.start() < pos:
            continue
        kind = m.group(1).lower()
        end = _block_end(text, m.end() - 1, m.group(2))
        block = Block(start=m.start(), end=end, type=kind)
        if block.is_entry:
            block.key, block.fields = _fields(text[m.start() : end])
        blocks.append(block)
        pos = end
    return blocks


_TEXT = LatexNodes2Text()


def identities(fields: dict[str, str]) -> set[str]:
    """The identities (as :attr:`Paper.identity` spells them) an entry matches."""
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
    title = fields.get("title")
    if title:
        try:
            plain = _TEXT.latex_to_text(title)
        except Exception:  # noqa: BLE001 -- odd LaTeX in a user's title: compare it as written
            plain = title
        out.add(f"title:{normalise_title(plain)}")
    return out
