"""References wrapped over lines, one after another in one paragraph: where one ends and the next begins.

::

    Barn, A., B. Tawny, and C. Hoot, 2021: Owls as a service for barn
    flare prediction. *Res. Owl.*, **21**, 160, https://doi.org/10.1/x.\\
    ------, V. K. Snowy, 2022: Predicting Owl Particles. *ApJS*,
    **260**, 16, https://doi.org/10.1/y.\\

A reference ends where a line closes with its address and a hard break, or with a full stop when the lines
so far read as a whole reference and the next line opens another (names, a year).  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from .link_lines import links_only
from .list_items import opens_item
from .paragraph_marks import opens
from .reference_marks import NUMBER_MARK, SAME_NAMES
from .references import parse_reference

#: A year anywhere in the text.
ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: A journal's volume in bold opening a wrapped reference's line (``**10**, https://doi.org/...``): no new record.
BOLD_VOLUME = re.compile(r"[ \t]*+\*\*\d{1,5}\*\*[,.(: \t]")
#: A line closed by an address and a hard break (``https://doi.org/10.1/x.\\``): a reference's end.
_ADDRESS_BREAK = re.compile(r"(?<![^\s(<])https?://\S++(?<=\\)[ \t]*+$")
#: The most lines one reference wraps over (a long title and its many authors, hard-wrapped at 72 columns).
_MOST_LINES = 8


def _closes(line: str) -> bool:
    """Whether a line ends a sentence: a full stop, a hard break's backslash maybe after it (``https://doi.org/10.1/x.\\``)."""
    return line.rstrip().removesuffix("\\").endswith(".")


def whole_reference(line: str) -> bool:
    """A line that is a whole reference by itself (names, or the names above again as dashes, title and year)."""
    ref = parse_reference(line.strip())
    return ref is not None and (ref.authors is not None or SAME_NAMES.match(line) is not None) and ref.year is not None


def next_reference(doc: Document, i: int, k: int) -> bool:
    """True when line ``k`` opens another reference: the lines before it (from ``i``) are a whole reference closed by
    its address and a hard break, or ending in a full stop (references wrapped over lines, one after another)."""
    if k - i >= 2 and _ADDRESS_BREAK.search(doc.lines[k - 1]) and opens(doc.lines[k]) and ANY_YEAR.search(doc.text_of(i, k - 1)):
        return True  # (a reference closed by its address and a hard break: "https://doi.org/10.1/x.\\")
    if not (2 <= k - i <= _MOST_LINES and _closes(doc.lines[k - 1]) and opens(doc.lines[k])) or links_only(doc.lines[k]):
        return False  # (a line of links only is the reference's own: "[DOI: 10.1/x](https://doi.org/10.1/x)")
    if not ANY_YEAR.search(doc.text_of(k, min(k + 1, len(doc.lines) - 1))):
        return False  # ("Plant, Cell & Environment." under a wrapped reference: its journal, no new reference)
    return whole_reference(doc.text_of(i, k - 1))


def reference_end(doc: Document, i: int, hi: int) -> int:
    """The last line of the reference paragraph opening at line ``i`` (to a blank line, eight lines at most)."""
    k = i
    numbered = NUMBER_MARK.match(doc.lines[i]) is not None
    while k + 1 < min(hi, i + _MOST_LINES) and doc.lines[k + 1].strip() and not opens_item(doc, k + 1) \
            and not (numbered and NUMBER_MARK.match(doc.lines[k + 1])):  # ("[4] Names, ..." / "[5] Names, ...": one a line)
        if k > i and _closes(doc.lines[k]) and opens(doc.lines[k + 1]) and whole_reference(doc.text_of(i, k)):
            break  # references wrapped over lines, one after another: this one ends here
        k += 1
    return k
