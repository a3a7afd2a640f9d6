"""A section whose paper links no reader took: each line linking a paper is an entry.

::

    ### \\[<a href='https://arxiv.org/abs/2608.20313v1'>2608.20313</a>\\]&nbsp; **Complete Owls of Barns**
     &nbsp;|&nbsp;**Date:** 2026-08-20 &nbsp;|&nbsp; **Authors:** Ann Barn
    ### \\[<a href='https://arxiv.org/abs/2608.08234v2'>2608.08234</a>\\]&nbsp; **Owls Generate Barns**

Every reader looks for a shape it knows; a generator's shape none knows leaves a section of paper
links unread.  Rather than lose them, a run of adjacent sections none of whose papers was read (three
lines or more linking a paper, no paper found in them) gives one entry per line that links a paper: its title is the
line's first words set apart as a title (a link's text, bold, italic or quoted words that are no
names, no id and no label); a line without them (a bare address, a row of links) is none.  Read last, on the sections
nothing else read, so no other reading changes.  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain, without_attributes
from .found import Found
from .leftovers import LEADS_INTO, MAX_WORDS
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity
from .name_titles import marked_title

_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:[ \t]")
#: Links after a title (``[pdf](url)``, ``<a href=...>code</a>``): no words of a sentence.
_LINKS = re.compile(r"\[[^\[\]]{0,300}+\]\([^()\s]{0,500}+\)|<a\b[^<>]{0,300}+>[^<]{0,300}+</a>|https?://\S+")
#: What opens a note after a title: a colon or a dash (after the title's own closing marks and links, and a byline
#: closed by a year: ``"Title," A. Barn (2018): a note``).
_NOTE_AFTER = re.compile(r"[\s*_\"”’,.)\]]*+(?:[^:：\n]{0,80}?\(?(?:19|20)\d{2}\)?[\s*_\"”’,.)\]]*+)?[:：–—-][ \t]")
#: Fewer lines linking a paper than this: a section that mentions papers, not one that lists them.
LEAST = 3


def _prose(doc: Document, i: int, span: tuple[int, int]) -> bool:
    """Whether line ``i`` cites the title at ``span`` in a sentence: words leading into it (``a commentary
    in [Title](url)``), or more than :data:`MAX_WORDS` words besides it."""
    start = doc.starts[i]
    before, after = plain(doc.text[start : span[0]]), plain(doc.text[span[1] : start + len(doc.lines[i])])
    if not any(c.isalpha() for c in before) and _NOTE_AFTER.match(_LINKS.sub(" ", after)):
        return False  # (the title opening its line, then a note after a colon or a dash: an annotated reading list's)
    words = [w for w in (before + " " + _LINKS.sub(" ", after)).split() if any(c.isalpha() for c in w)]
    return LEADS_INTO.search(before.rstrip(" \t[(*_\"“<")) is not None or len(words) > MAX_WORDS


def unread_lines(doc: Document, lines: list[int]) -> list[Found]:
    """Entries for the ``lines`` (those naming a paper in a run of sections none of whose papers was
    read, in order) that link a paper and hold a title, when there are :data:`LEAST` of them or more."""
    out: list[Found] = []
    for i in lines:
        ident = Identity()
        add_links(ident, doc.lines[i])
        if not ident.papers or _DEFINITION.match(doc.lines[i]):
            continue  # (a link definition is the link of a reference that uses it)
        start = doc.starts[i]
        if (alt := marked_title(doc, start, start + len(doc.lines[i]))) is None:
            continue  # (a bare address, a table's row of links: too little to go on)
        if alt[1] is not None and (_prose(doc, i, alt[1]) or not without_attributes(doc.text[alt[1][0] : alt[1][1]]).strip()):
            continue  # (a sentence citing it; a kramdown attribute list's quoted value, no title: "{:style="color: black"}")
        if alt[1] is not None and doc.lines[i].lstrip().startswith("|") and not _cell_links_paper(doc.lines[i], alt[1][0] - start):
            continue  # (a table's row whose paper sits in another cell than the title: a product and its report)
        found = Found(i, i, ident)
        found.title, found.title_span = alt
        found.style["shape"] = "line"
        out.append(found)
    return out if len(out) >= LEAST else []


def _cell_links_paper(row: str, at: int) -> bool:
    """Whether the cell of table ``row`` holding offset ``at`` links a paper."""
    start, end = row.rfind("|", 0, at) + 1, row.find("|", at)
    return names_paper(row[start : end if end >= 0 else len(row)])


def names_paper(line: str) -> bool:
    """Whether a line links a paper or names one by its id (badges aside)."""
    if "http" not in line and "rxiv" not in line.lower() and "doi" not in line.lower():
        return False
    ident = Identity()
    for label, url, _, _ in find_links(line):
        if label != "badge":
            ident.add_link(None, url)
    ident.add_text_ids(line)
    return ident.papers > 0
