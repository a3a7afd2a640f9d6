"""An item whose own line names a person (who presents, who suggested it) over a line that cites
the paper: the title is on the citing line (a plain name with nothing cited below stays the title).

::

    * 2026-05-28: Ann Barn
      [Owl & Tawny 2022 (Nature 603)](https://doi.org/10.1038/x): "_Title of the Paper_"

The person is not the title; the citing line's linked, quoted or plain title is, with its authors
and year.  So is a whole reference quoted under an item naming a tool (``- [ALE](repo)`` over
``> Clark, S. (2013). ALE: a generic assembly ...``).  Reads the document's lines; answers with
offsets of its text.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import CJK_LETTER, plain
from .found import Found, title_of
from .inline import read_head
from .name_lists import CJK_NAME, is_name_list, one_name, person_names
from .references import parse_reference

#: The most words a person's name takes (``Ann B. de la Barn``).
_NAME_WORDS = 5


def title_below_name(found: Found, doc: Document, lo: int, hi: int) -> bool:
    """Take the title from the item's first line below its head (lines ``lo`` to ``hi``) when the
    item's own title is one person's name and that line cites a paper with a title; say whether it did."""
    if not found.title or found.style.get("bold") is False or len(found.title.split()) > _NAME_WORDS \
            or not (one_name(found.title) or person_names(found.title)):
        return False
    k = next((k for k in range(lo, hi + 1) if doc.lines[k].strip()), None)
    if k is None:
        return False
    line = doc.lines[k]
    head = read_head(line, len(line) - len(line.lstrip(" \t-*+✔")))
    if head.title is None or head.authors is None or head.year is None or not head.spans:
        return False  # (no citing line: the name may be the title after all, "Ada Lovelace")
    t0, t1 = head.title
    title = title_of(line[t0:t1])
    if not title or is_name_list(title) or one_name(title):
        return False  # ("**Owl Nets** (2020)" over "Ann Barn, Bob Owl. [[paper](url)]": names below a title)
    found.extra["presenter"] = found.title
    found.authors, found.year = head.authors, head.year or found.year
    found.title, found.title_span = title, (doc.starts[k] + t0, doc.starts[k] + t1)
    if found.summary_span is not None and found.summary_span[0] <= doc.line_end(k):
        s1 = found.summary_span[1]
        rest = doc.text[doc.line_end(k) : s1]
        if rest.strip():
            skip = len(rest) - len(rest.lstrip())
            found.summary, found.summary_span = rest.strip(), (doc.line_end(k) + skip, s1)
        else:
            found.summary, found.summary_span, found.summary_insert = None, None, s1
            found.style["summary_mode"] = "inline"
    return True


def linked_names(line: str, start: int, links: list[tuple[str, str, int, int]]) -> str:
    """The names of an item's line that is only links to its authors' pages (``[Ann Barn](url), [Bob
    Tawny](url)``, two or more; ``links``: the line's links from ``start``), joined by commas; else ``""``."""
    if len(links) < 2 or any(not (one_name(label) or person_names(label)) for label, _, _, _ in links):
        return ""
    rest = line[start:]
    for _, _, s, e in reversed(links):
        rest = rest[: s - start] + rest[e - start :]
    return ", ".join(label for label, _, _, _ in links) if not rest.replace(",", "").replace("and", "").strip(" \t\xa0.:") else ""


def quoted_reference(doc: Document, p0: int, p1: int, found: Found) -> None:
    """A whole reference quoted under an item naming a tool (``- [ALE](repo)`` over ``> Clark, S. C.,
    ... (2013). ALE: a generic assembly ... Bioinformatics``): the paper's title is the reference's."""
    if "_ref_title" in found.extra or not doc.lines[p0].lstrip().startswith(">"):
        return
    text = plain(" ".join(_QUOTE_MARK.sub("", doc.lines[x]) for x in range(p0, p1 + 1)))
    ref = parse_reference(text, strict=False)
    if ref is not None and ref.authors is not None and ref.year is not None:
        found.extra["_ref_title"] = title_of(text[ref.title[0] : ref.title[1]])
        for x in range(p0, p1 + 1):
            found.ident.add_text_ids(doc.lines[x])
        found.authors = found.authors or text[ref.authors[0] : ref.authors[1]]


_QUOTE_MARK = re.compile(r"^[ \t]*+>[ \t]*+")


#: A sub-item labelled as the paper's title: ``- 论文: Title``, ``- **Title**: Title``, ``- Paper: Title``.
_TITLE_FIELD = re.compile(r"(?:\*\*|__)?+(?:title|paper|论文|题目|标题|论文标题|论文题目)(?:\*\*|__)?+[ \t]*+[:：](?:\*\*|__)?+[ \t]*+"
                          r"(?P<t>[^\s\[(].*+)", re.IGNORECASE)


def title_in_child(found: Found, doc: Document, direct: list[tuple[int, int]]) -> bool:
    """Take the title from a sub-item of the item (``direct``: each sub-item's line and where its text starts): one
    labelled as the title (``- 【关于IMP-GCN】研讨`` over ``  - 论文: Title``), when the item's own line links no
    paper by its text; or the one sub-item under a person's name (:func:`_title_under_name`)."""
    if "](" not in doc.lines[found.first]:
        for line, body in direct[:8]:
            text = doc.lines[line]
            if (m := _TITLE_FIELD.match(text, body)) is not None and "http" not in m.group("t") \
                    and (len(t := title_of(m.group("t")).strip()) > 0 and (len(t.split()) >= 3 or len(CJK_LETTER.findall(t)) >= 8)):
                found.extra["name"], found.title = found.title, t
                at = text.find(t, m.start("t"))
                found.title_span = (doc.starts[line] + at, doc.starts[line] + at + len(t)) if at >= 0 else None
                return True
    return len(direct) == 1 and _title_under_name(found, doc, *direct[0])


def _title_under_name(found: Found, doc: Document, child: int, body: int) -> bool:
    """Take the title from the item's one sub-item (line ``child``, text from ``body``) when the item's own
    title is one person's name in CJK characters (one in Latin letters reads like a short title, ``Deep
    Learning``) and the sub-item holds a title (``- 岩下 蓮師`` over ``    - [Title](abstract.pdf)``): the
    person is its author."""
    if not found.title or found.authors or "](" in doc.lines[found.first] or "http" in doc.lines[found.first] \
            or not CJK_NAME.fullmatch(found.title):
        return False  # (a linked head is the paper's title, the sub-item a note: "[Owl Nets](url)" over "- Owl nets 猫头鹰")
    line = doc.lines[child]
    head = read_head(line, body)
    if head.title is None:
        return False
    title = title_of(line[head.title[0] : head.title[1]])
    if not title or is_name_list(title) or one_name(title) or CJK_NAME.fullmatch(title) \
            or len(title.split()) < 3 and len(CJK_LETTER.findall(title)) < 8:
        return False
    found.authors, found.title = found.title, title
    found.title_span = (doc.starts[child] + head.title[0], doc.starts[child] + head.title[1])
    return True
