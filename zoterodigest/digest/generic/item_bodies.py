"""What an item's body says beyond its own line: a ``<details>`` abstract, a bold title on a sub-item.

::

    - `【2022-04】-【Survey】-【Owl University】`
      - **A study on owl augmentation in barn anti-spoofing**
      - **Author(s):** Ann Barn, Bob Tawny
      - [Paper](https://doi.org/10.1016/j.owl.2022.04.005)

An item whose own line is only its tags takes the paper's title from the bold sub-item alone on its
line.  An item whose head links a post about the paper (``[MM2022 | 一篇解读](https://mp.weixin.qq.com/...)``)
takes the title from the paper's link on a line below (``[【Title】](https://arxiv.org/abs/...)``).
Reads the document's lines.
"""

from __future__ import annotations

import re

from ..document import Document
from .found import Found, title_of
from .link_lines import links_only
from .links import link_class, other_class
from .prefixes import FIELD_LABELS, is_generic_label

_DETAILS_CLOSE = re.compile(r"</details>", re.IGNORECASE)
#: A sub-item that is a title in bold alone (``**Title**``), three words or more, no link.
_BOLD_ALONE = re.compile(r"[ \t]*+(?:\*\*|__)(?P<t>[^*_\[\]\n]{12,400}?)(?:\*\*|__)[ \t.]*+")


def bold_title(text: str) -> str | None:
    """The title of a sub-item that is a bold title alone, or None (a field's label is no title)."""
    m = _BOLD_ALONE.fullmatch(text)
    if m is None or len(m.group("t").split()) < 3 or m.group("t").rstrip().endswith((":", "：")) \
            or m.group("t").split(":")[0].strip().lower() in FIELD_LABELS:
        return None
    return title_of(m.group("t"))


#: A link alone at the start of a line: its text (maybe in 【】 or [] brackets) and its address.
_LINK_LINE = re.compile(r"[ \t>*+-]*+\[(?:【|\\?\[)?(?P<t>[^\[\]【】\n]{12,400}?)(?:】|\\?\])?\]\((?P<u>[^()\s]{8,})\)")


def paper_title_below(doc: Document, lo: int, hi: int, head_url: str | None) -> tuple[str, tuple[int, int]] | None:
    """When an item's title links a post (a blog, a summary), the title of the paper's own link on
    one of its lines ``lo..hi`` that holds links only, with its span; else None."""
    if head_url is None or other_class(head_url) != "summary":
        return None
    for k in range(lo, min(hi, lo + 3) + 1):
        line = doc.lines[k]
        m = _LINK_LINE.match(line)
        if m is None or not links_only(line) or link_class(m.group("u")) is None:
            continue
        text = m.group("t").strip()
        if len(text.split()) >= 3 and not is_generic_label(text):
            return title_of(text), (doc.starts[k] + m.start("t"), doc.starts[k] + m.start("t") + len(text))
    return None


def details_summary(doc: Document, k: int, hi: int, found: Found) -> int:
    """A ``<details>`` block under an item (line ``k`` opens it): its text is the item's summary; where
    it ends."""
    j = k
    while j <= hi and not _DETAILS_CLOSE.search(doc.lines[j]):
        j += 1
    body = [x for x in range(k + 1, min(j, hi + 1)) if doc.lines[x].strip() and "<summary" not in doc.lines[x].lower()]
    if body and found.summary_span is None:
        p0, p1 = body[0], body[-1]
        first = doc.lines[p0]
        m = re.match(r"[ \t]*>?[ \t]*", first)
        assert m is not None
        found.summary = "\n".join(re.sub(r"^[ \t]*>?[ \t]*", "", doc.lines[x]).rstrip() for x in range(p0, p1 + 1))
        found.summary_span = (doc.starts[p0] + m.end(), doc.line_end(p1) - (len(doc.lines[p1]) - len(doc.lines[p1].rstrip())))
        found.style.update(summary_mode="lines", summary_indent=m.group(0))
    found.last = max(found.last, min(j, hi))
    return j + 1
