"""Papers named the way their PDFs are filed: ``Venue_Title``, ``Year_Venue_Title``.

::

    *2018*

    Bioinformatics_Modeling owl flight with graph networks

    2013_IEEE BIBM_Pairwise input networks for barn owl calls

A list kept from a folder of PDFs names each paper by its file name: the venue, an underscore,
the title (a year first sometimes).  A line alone in its paragraph, no link, written so is a paper
where the document writes five such lines at least: one such line alone may be a file's name.
The venue is kept only when the reader knows it.  Pure.
"""

from __future__ import annotations

import functools
import re

from ..document import Document
from .found import Found, title_of
from .links import Identity
from .venue_tails import known_venue

#: ``Year_Venue_Title``: a venue of one to ten words, no underscore in it or in the title.
_FILED = re.compile(r"[ \t]*+(?:(?P<y>(?:19|20)\d{2})_)?(?P<v>[A-Za-z][^_\n\[\]()<>*`|#:]{0,59}?)_"
                    r"(?P<t>[A-Za-z0-9\"“][^_\n]{8,300}?)[ \t]*+")
_FILED_LINE = re.compile(r"^[ \t]*+(?:(?:19|20)\d{2}_)?[A-Za-z][^_\n\[\]()<>*`|#:]{0,59}?_[A-Za-z0-9\"“][^_\n]{8,300}$",
                         re.MULTILINE)
#: How many such lines the document writes for them to be its papers.
_MANY = 5


def filed_record(doc: Document, i: int) -> Found | None:
    """The paper of the one-line paragraph at ``i`` written as a filed name, or None."""
    line = doc.lines[i]
    if "_" not in line or "](" in line or "http" in line or _filed_lines(doc.text) < _MANY:
        return None
    m = _FILED.fullmatch(line)
    if m is None or len(m.group("v").split()) > 10 or len(m.group("t").split()) < 3:
        return None
    base = doc.starts[i]
    found = Found(first=i, last=i, ident=Identity(), title=title_of(m.group("t")),
                  title_span=(base + m.start("t"), base + m.end("t")))
    venue = m.group("v").strip()
    if known_venue(venue) or known_venue(venue.split()[-1]):
        found.venue = venue  # (an unknown name is no venue the reader may keep: "Drug safety_Title")
    if m.group("y"):
        found.year = int(m.group("y"))
    found.style = {"shape": "paragraph", "filed": True}
    found.summary_insert = base + len(line.rstrip())
    return found


@functools.lru_cache(maxsize=4)
def _filed_lines(text: str) -> int:
    """How many lines of the document are written as filed names (counted once per document)."""
    return sum(1 for _ in _FILED_LINE.finditer(text))
