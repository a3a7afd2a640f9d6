"""One paper read twice in one paragraph: a reference wrapped over lines whose reader took its first
line only, the lines under it read again for the id they write.

::

    <a id="ref89">[89]</a> Ann Barn, Bob Tawny, and Cy Hoot. 2021.
    **Owls: Low-rank adaptation of barn models**. arXiv preprint arXiv:2106.09685.
    [Paper](https://arxiv.org/abs/2106.09685)

An entry read after another with no blank line between them, naming the same paper by its arXiv id
or DOI, is that paper read again: it goes (the first, if it was only found, runs on over its lines and
takes its title when it had none).  Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Entry
from ..document import Document
from .found import Found


def without_split_records(doc: Document, found: Sequence[Entry | Found]) -> list[Entry | Found]:
    """``found`` (in file order) without the entries that read again, inside one paragraph, the paper of the entry before."""
    out: list[Entry | Found] = []
    for f in found:
        prev = out[-1] if out else None
        if isinstance(f, Found) and prev is not None and _same_paragraph_paper(doc, prev, f):
            if isinstance(prev, Found):
                prev.last = max(prev.last, f.last)
                if not prev.title and f.title:
                    prev.title, prev.title_span = f.title, f.title_span
            continue
        out.append(f)
    return out


def _span(f: Entry | Found) -> tuple[int, int]:
    return (f.first, f.last) if isinstance(f, Found) else (f.lines[0] - 1, f.lines[1] - 1)


def _paper_id(f: Entry | Found) -> str | None:
    return f.ident.paper_id if isinstance(f, Found) else f.paper.arxiv_id or f.paper.doi


def _same_paragraph_paper(doc: Document, a: Entry | Found, b: Found) -> bool:
    (_, a_last), (b_first, _) = _span(a), _span(b)
    same = _paper_id(a)
    return bool(same) and str(same).lower() == str(_paper_id(b) or "").lower() and a_last < b_first \
        and all(doc.lines[k].strip() for k in range(a_last, b_first + 1))
