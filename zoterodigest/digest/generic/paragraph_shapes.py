"""Paragraph records that repeat the template of the document's papers: a dated line under a bold linked title.

::

    **[Owl Counting with Night Cameras](https://arxiv.org/abs/2101.00001)**
    Ann Barn, Bob Tawny -- 2021
    A thesis on counting owls at night.

    **[Hooting Patterns of Barn Owls](http://repository.example.edu/handle/11295/167470)**
    Cy Hoot; University of Owls -- 2019;
    A master's thesis on owl calls.

A page of works citing a blog, or a lab's list of theses, writes every record alike; some link a paper
host, others a university repository or a publisher's page the reader cannot tell from any web page.
Read last, on the lines no reader took.  Where three paragraphs or more read as papers share one template (the markup of their title line,
and a second line that dates them), a paragraph written in the same template is a paper too: its
date under its linked title is the evidence a paper host would have been.  A line's shape keeps its
links, years, bold marks and dashes, every run of other text one ``x``.  Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from ..document import Document
from .found import Found
from .paragraphs import ParagraphReader

_TOKEN = re.compile(r"(?P<link>!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*+\]\([^()\s]*+(?:\([^()\s]*+\)[^()\s]*+)*+\))"
                    r"|(?P<year>(?<!\d)(?:19|20)\d{2}(?!\d))|(?P<bold>\*\*|__|</?(?:b|strong)>)|(?P<dash>[ \t](?:--|—|–)[ \t])")
_LETTER = re.compile(r"[^\W_]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
#: The fewest papers of one template before it speaks for a paragraph with no paper host.
LEAST = 3


def shape(line: str) -> str:
    """The shape of a line (``**[Title](url)**`` -> ``*L*``, ``Ann Barn -- 2021;`` -> ``x-Y``)."""
    out: list[str] = []
    pos = 0
    for m in _TOKEN.finditer(line):
        if _LETTER.search(line, pos, m.start()) and out[-1:] != ["x"]:
            out.append("x")
        kind = m.lastgroup or ""
        out.append({"link": "L", "year": "Y", "bold": "*", "dash": "-"}[kind])
        pos = m.end()
    if _LETTER.search(line, pos) and out[-1:] != ["x"]:
        out.append("x")
    return "".join(out)


def _key(doc: Document, first: int) -> tuple[str, str] | None:
    """The template of a record opening at line ``first`` over a second line: the shapes of both."""
    if first + 1 >= len(doc.lines) or not doc.lines[first + 1].strip() or "](" not in doc.lines[first]:
        return None
    return shape(doc.lines[first]), shape(doc.lines[first + 1])


def templated_paragraphs(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool],
                         papers: Iterable[tuple[int, int]]) -> list[Found]:
    """The paragraph records of ``[lo, hi)`` no reader took (``taken`` has a byte per line from ``lo``) written in the
    template of three of the ``papers`` (first and last lines) or more: a linked title line over a line holding a year."""
    counts = Counter(k for first, last in papers if last > first and (k := _key(doc, first)) is not None)
    keys = {k for k, n in counts.items() if n >= LEAST and "L" in k[0] and "Y" in k[1]}
    if not keys:
        return []
    reader = ParagraphReader(doc)
    out: list[Found] = []
    for i in range(lo, hi - 1):
        if taken[i - lo] or taken[i + 1 - lo] or i > 0 and doc.lines[i - 1].strip() or skipped(i) or _key(doc, i) not in keys:
            continue
        found = reader.paragraph(i, hi, any_record=True)
        if found is not None and not any(taken[found.first - lo : found.last - lo + 1]):
            if found.year is None and len(years := _YEAR.findall(doc.lines[i + 1])) == 1:
                found.year = int(years[0])  # ("Ann Barn -- 2021": the template's dated line)
            out.append(found)
            taken[found.first - lo : found.last - lo + 1] = b"\x01" * (found.last - found.first + 1)
    return out
