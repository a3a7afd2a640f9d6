"""References as pandoc's citeproc writes them into Markdown: one ``<div class="csl-entry">`` each.

::

    <div id="ref-Barn2002" class="csl-entry">

    <span class="csl-left-margin">\\[4\\]
    </span><span class="csl-right-inline">A. Barn and B. Tawny,
    “Owls Count Mice in the Snow,” *Journal of Owls*, vol. 12, pp. 1–9,
    2002, doi: [10.1/owl.2002](https://doi.org/10.1/owl.2002).</span>

    </div>

The generator says what each block is: a reference, from its ``div`` to the ``</div>`` closing
it.  Its text (tags, the reference's number and line breaks left out) is read as a reference,
whatever the style the document was rendered in; its title is not spliced, as the generator's
tags may run through it.  A title in italics is a book's (every style italicises a book's title
and quotes or leaves plain an article's): no entry.  Pure.
"""

from __future__ import annotations

import bisect
import re

from ..document import Document
from ..markup import plain
from .found import Found, title_of
from .line_heads import add_links
from .links import Identity
from .references import parse_reference

_OPEN = re.compile(r"^[ \t]*+<div\b[^>\n]*\bclass=[\"'][^\"'\n]*\bcsl-entry\b")
_CLOSE = re.compile(r"^[ \t]*+</div>")
_NUMBER = re.compile(r"^\[\d{1,4}\][ \t]*+")
#: A reference's number in its margin span opening a line, no ``div`` around it (pandoc's ``--wrap`` HTML in Markdown).
_MARGIN = re.compile(r"^[ \t]*+<span\b[^>\n]*\bclass=[\"']csl-left-margin[\"']")
#: What ends such a reference: a blank line, the next one's margin, a heading or an anchor.
_SPAN_END = re.compile(r"^[ \t]*+(?:$|<span\b[^>\n]*\bclass=[\"']csl-left-margin|#|<a[ \t]+name=)")
#: GB/T 7714's mark of a work that is no article: a book, a patent, a standard, a report, a newspaper, other.
_NOT_ARTICLE = re.compile(r"[\[［](?:M|P|S|R|N|Z)(?:/OL)?[\]］](?://|[ \t]*+[.．])")
#: The most lines one reference runs to.
_MAX_LINES = 30


def with_csl_references(doc: Document, lo: int, hi: int, read: list[Found]) -> list[Found]:
    """``read`` with the references of ``[lo, hi)`` written as citeproc's ``csl-entry`` blocks that no paper
    of ``read`` already holds (a block whose text opens with its names is read as a paragraph); a paper of
    ``read`` running over a block's edge (a record made of two blocks' halves) is dropped for the blocks."""
    if not _has_entries(doc):
        return read
    blocks = _blocks(doc, lo, hi)
    if not blocks:
        return read
    firsts = [b[0] for b in blocks]

    def straddles(f: Found) -> bool:
        k = bisect.bisect_right(firsts, f.last) - 1  # (the last block opening at or before the paper's end)
        return k >= 0 and blocks[k][1] >= f.first and not (blocks[k][0] <= f.first and f.last <= blocks[k][1])

    kept = [f for f in read if not straddles(f)]
    spans = [found for i, j, a, b in blocks if a == i and (found := _reference(doc, i, j, a, b)) is not None]
    if spans:  # (no div around them: what another reader took inside a reference read so is a piece of it, "Available: <url>")
        kept = [f for f in kept if not any(r.first <= f.first <= r.last for r in spans)]
    out = [found for i, j, a, b in blocks if a != i and not any(i <= f.first <= j for f in kept)
           and (found := _reference(doc, i, j, a, b)) is not None]
    out += spans
    return [*kept, *out]


def _blocks(doc: Document, lo: int, hi: int) -> list[tuple[int, int, int, int]]:
    """The ``csl-entry`` blocks of ``[lo, hi)``: their ``div`` line, the line of the ``</div>`` closing it and the lines of
    the text between them (from, to: ``range``); or, with no ``div`` around it, a reference's margin and text spans
    (``<span class="csl-left-margin">``) up to a blank line, its lines its text."""
    out = []
    i = lo
    while i < hi:
        if not doc.fenced[i] and "csl-left-margin" in doc.lines[i] and _MARGIN.match(doc.lines[i]) \
                and (i == lo or not _OPEN.match(doc.lines[i - 1])):
            j = next((k for k in range(i + 1, min(hi, i + _MAX_LINES)) if _SPAN_END.match(doc.lines[k])), min(hi, i + _MAX_LINES))
            if "csl-right-inline" in " ".join(doc.lines[i:j]):
                out.append((i, j - 1, i, j))
            i = j
            continue
        if doc.fenced[i] or "csl-entry" not in doc.lines[i] or not _OPEN.match(doc.lines[i]):
            i += 1
            continue
        if doc.lines[i].rstrip().endswith("</div>"):  # (the whole reference on the div's line: "<div class="csl-entry">[1] ...</div>")
            out.append((i, i, i, i + 1))
            i += 1
            continue
        close = next((k for k in range(i + 1, min(hi, i + _MAX_LINES)) if _CLOSE.match(doc.lines[k])), None)
        if close is None:
            i += 1
            continue
        out.append((i, close, i + 1, close))
        i = close + 1
    return out


_SEEN: list[tuple[Document, bool]] = []


def _has_entries(doc: Document) -> bool:
    """Whether the document holds a ``csl-entry`` at all (looked for once per document, not per section)."""
    if not _SEEN or _SEEN[0][0] is not doc:
        _SEEN[:] = [(doc, any("csl-entry" in line or "csl-left-margin" in line for line in doc.lines))]  # (not doc.text: no copy of the whole text)
    return _SEEN[0][1]


def _reference(doc: Document, i: int, j: int, a: int, b: int) -> Found | None:
    raw = "\n".join(doc.lines[a:b])
    text = _NUMBER.sub("", re.sub(r"\s+", " ", plain(raw)).strip())
    ref = parse_reference(text, strict=False)
    if ref is None or ref.authors is None or _NOT_ARTICLE.search(text):
        return None  # (no reference; or GB/T 7714 marks a book, a patent, a standard or a report: "Title[M]", "Title[P]")
    title = title_of(text[ref.title[0] : ref.title[1]].strip(" \t.,“”\""))
    if len(title.split()) < 2 or f"*{title[: min(20, len(title.split('. ')[0]))]}" in re.sub(r"\s+", " ", raw):
        return None  # (a title in italics is a book's, whatever the style: an article's is quoted or plain)
    ident = Identity()
    add_links(ident, raw.replace("\n", " "))
    found = Found(first=i, last=j, ident=ident, title=title)
    found.year = ref.year
    if ref.venue is not None:
        found.venue = text[ref.venue[0] : ref.venue[1]].strip(" .,")
    found.authors = text[ref.authors[0] : ref.authors[1]].strip(" .,")
    found.style = {"shape": "csl-entry"}
    return found
