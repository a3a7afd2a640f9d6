"""A title that is people's names (or a paper's id) is no title: the record's own title is found elsewhere in it.

::

    3. K. Barn *et al.* (inc. **N. Tawny**), [*Owls at Night*](https://arxiv.org/abs/2606.05146), arXiv:2606.05146
    - **Barn et al. (2019)**
      - <small>First Owl Results. I. The shadow of the owl [[ApJL](https://doi.org/10.1/x)]
    C. M. Hoot, C. M. Barn, and J. S. Tawny.
    The Evolution of Owls: Is the Giant Still Sleeping?

A reader takes a record's first words, or its first bold words, as its title; on a publication page
or in a reference those are its authors (a name in bold marks the page's owner).  Such a title gives
way to the first words of the record set apart as a title (a link's text, italic, bold or quoted
words of three words or more that are no names), else to the first plain words after the names (on
the same line, or the record's next line), up to a link, a full stop before a venue or the line's
end.  Without either the title is unknown (a lookup by the record's id names it), never the names.
Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .cell_citations import cited
from .found import Found
from .link_finder import DEFINITIONS
from .name_lists import INITIAL, is_author_list, is_name_list, listed_names, person_names
from .prefixes import is_generic_label
from .reference_marks import REFERENCE_OPEN
from .references import parse_reference

#: Words set apart in a record: a link's text, italic, bold or quoted words, an HTML link's text.
_MARKED = re.compile(
    r"\[(?P<link>[^\[\]\n]{6,400})\]\("
    r"|\[(?P<ref>[^\[\]\n]{6,400})\](?:\[(?P<key>[^\[\]\n]{0,100})\]|(?![(:]))"  # ("[Title][name]", "[Title]": when defined)
    r"|<a\b[^>\n]*+>(?P<a>[^<\n]{6,400}?)</a>"
    r"|<(?P<tag>i|em|b|strong|cite)>(?P<html>[^<\n]{6,400}?)</(?P=tag)>"
    r"|\*\*(?P<bold>[^*\n]{6,400}?)\*\*"
    r"|(?<![*\w])\*(?P<italic>[^*\n]{6,400}?)\*(?![*\w])"
    r"|(?<![_\w])_(?P<under>[^_\n]{6,400}?)_(?![_\w])"
    r"|[\"“](?P<quoted>[^\"“”\n]{6,400}?)[\"”]"
)
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{6,400}?)[\"”]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: An aside in brackets (``(inc. N. Tawny)``, ``(2019)``) and a year: no part of a names' test.
_ASIDE = re.compile(r"[(（\[][^()（）\[\]]*[)）\]]|(?<!\d)(?:19|20)\d{2}[a-z]?(?!\d)")
#: Where plain words after the names end: a link, a bracket, a full stop before a capital (a venue).
_PLAIN_END = re.compile(r"\[|\]\(|<|(?<=[a-z\d)])\.[ \t]++(?=[A-Z(\d])|[ \t]--?[ \t]|[ \t][—–][ \t]|\|")
#: Where a title on a line of its own ends: a link or a bracket (``First Results. I. The Shadow [[pdf](url)]``).
_LINE_END = re.compile(r"\[|\]\(|<|[ \t][—–][ \t]|\|")
#: What opens the words after the names: separators, a year in brackets or after a comma.
_LEAD = re.compile(r"(?:[ \t.,;:*_)\]]|</?(?:b|strong|i|em|small)>|\(?(?:19|20)\d{2}[a-z]?\)?)*+", re.IGNORECASE)
#: A title that is a paper's id or address (``2608.20313``, ``arXiv:2608.20313v1``, ``10.1/x``, a URL): no title.
_ID_TITLE = re.compile(r"(?:arxiv[ \t]?:?[ \t]?)?\d{4}\.\d{4,5}(?:v\d+)?|(?:doi:[ \t]?)?10\.\d{4,9}/\S+|https?://\S+",
                       re.IGNORECASE)
#: A citation's year closing a text (``JWST Team, 2022``, ``Barn (2019)``).
_CITED_YEAR = re.compile(r"[,(][ \t]*+(?:19|20)\d{2}[a-z]?\)?$")
#: A text's opening up to "et al.", its first full stop after a word or a year after a comma: its names, if any.
_NAMES_OPEN = re.compile(r".{0,200}?(?:et\.?[ \t]?al\.?|(?<=[a-z]{2})\.[ \t]|,[ \t]*+\(?(?:19|20)\d{2})")
#: A list item's mark or a small tag opening the record's next line.
_MARK = re.compile(r"[ \t]*+(?:[-*+][ \t]++|\d{1,3}[.)][ \t]++)?(?:<small>)?")
#: A venue or an edition set apart after a title (``*Nature*``, ``*Proceedings of ...*``), no title.
_VENUE = re.compile(r"(?:in[ \t:]+)?(?:proc(?:eedings|\.)|journal\b|transactions\b|conference\b|symposium\b|workshop\b|"
                    r"arxiv\b|preprint\b|advances in\b|annual\b|vol(?:ume|\.)|pp\.)", re.IGNORECASE)


def people(title: str) -> bool:
    """Whether a title is people's names (``K. -R. Barn et al. (inc. N. Tawny)``, ``Barn, A., Tawny, B.``,
    ``Barn et al. (2019)``, a citation); names without initials or "et al." (``Ann Barn and Bob Tawny``) read
    as title words too (``Latent Alignment and Variational Attention``) and are not taken for names."""
    if cited(title):
        return True
    t = _ASIDE.sub(" ", title).replace(" -", "-")
    t = re.sub(r"[*_]|</?\w+>", "", t).strip(" \t.,;:")
    if "et al" in t and is_name_list(t):
        return True
    # ("Barn, A., Tawny, B.", "Ann Barn, Bob Tawny, Cy Hoot and Di Owl"; not "Simple, Fast, and Practical Queues")
    return person_names(t) and (INITIAL.search(t) is not None or is_author_list(t) and not any(
        len(s.split()) < 2 for s in re.split(r",|\band\b|&", t) if s.strip()))


def _title_like(text: str) -> bool:
    if sum(1 for w in text.split() if _WORD.search(w)) < 3 and len(_CJK.findall(text)) < 6 or "://" in text or "www." in text:
        return False
    if _CITED_YEAR.search(text) or (m := _NAMES_OPEN.match(text)) is not None and people(m.group(0).rstrip(" ,(")):
        return False  # (a citation, "JWST Team, 2022"; a whole reference, "Barn, A. and Tawny, B., 2023. Title. Venue")
    return not (listed_names(text) or people(text) or is_generic_label(text) or _VENUE.match(text))


def marked_title(doc: Document, lo: int, hi: int, skip: tuple[int, int] = (-1, -1)) -> tuple[str, tuple[int, int] | None] | None:
    """The first words set apart in ``[lo, hi)`` of the document's text outside ``skip`` that read as a
    title, and their span (None when their plain text is not written as is)."""
    for m in _MARKED.finditer(doc.text, lo, hi):
        g = m.lastgroup or ""
        if g == "tag":
            g = "html"
        a, b = m.span(g)
        if g in ("ref", "key"):
            if (m.group("key") or m.group("ref")).strip().lower() not in DEFINITIONS:
                continue  # (brackets that name no definition: no link)
            a, b = m.span("ref")
        if skip[0] <= a < skip[1]:
            continue
        raw = doc.text[a:b]
        text = _bare(plain(raw))
        if not _title_like(text) and g != "quoted" and (q := _QUOTED.search(doc.text, a, b)) is not None:
            text = _bare(plain(q.group(1)))  # ("<a href=...>\"Title,\" A. Barn (2018)</a>": the quoted title in a linked reference)
        if _title_like(text):
            at = doc.text.find(text, a, b)
            return text, (at, at + len(text)) if at >= 0 else None
    return None


def _bare(text: str) -> str:
    """A text without its ends' separators and the emphasis marks around it that plain text kept
    (``*Owls at $z \\sim 7$*``)."""
    text = text.strip(" \t.,;:")
    while len(text) > 2 and text[0] in "*_" and text[-1] == text[0]:
        text = text[1:-1].strip(" \t")
    return text


def _after(doc: Document, f: Found, at: int, hi: int) -> tuple[str, tuple[int, int] | None] | None:
    """The first plain words after the names (from ``at``), on their line or the next line of the record; never
    the next cell of a table's row (``| Hopfield 2010 | navigation |``: a topic)."""
    if f.style.get("shape") == "row" and doc.text[at:hi].lstrip(" \t*_").startswith("|"):
        return None
    for first in (True, False):
        end = doc.text.find("\n", at, hi)
        end = hi if end < 0 else end
        lead = _LEAD.match(doc.text, at, end)
        a = lead.end() if lead else at
        # (a list item's mark or a small tag opening the next line)
        if (mark := _MARK.match(doc.text, a, end)) is not None:
            a = mark.end()
        stop = (_PLAIN_END if first else _LINE_END).search(doc.text, a, end)
        b = stop.start() if stop else end
        text = doc.text[a:b].strip(" \t.,;:")
        if text:
            clean = plain(text).strip(" \t.,;:")
            if _title_like(clean):
                at0 = doc.text.find(clean, a, b)
                return clean, (at0, at0 + len(clean)) if at0 >= 0 else None
            return None
        if end >= hi:
            return None
        at = end + 1
    return None


def _wrapped_reference(doc: Document, f: Found, lo: int) -> tuple[str, tuple[int, int] | None] | None:
    """The title of a reference wrapped over the record's lines (``Barn, A., and Tawny, B., 2022. Title
    wrapped / over two lines. Journal, 26, 1-9.``), read as one line; None when it reads as none."""
    end = doc.starts[f.last] + len(doc.lines[f.last])
    text = doc.text[lo:end]
    if f.last == f.first or len(text) > 1500:
        return None
    ref = parse_reference(text.replace("\n", " ").replace("\r", " "))
    if ref is None or ref.authors is None or ref.year is None or ref.title[0] < ref.authors[1]:
        return None
    title = " ".join(text[ref.title[0] : ref.title[1]].split()).strip(" .,;:")
    if not _title_like(title) or re.match(r"(?:19|20)\d{2}\b", title):
        return None  # (a year left before the title: the names were not read whole)
    return title, (lo + ref.title[0], lo + ref.title[1])


def unname(doc: Document, found: list[Found]) -> None:
    """Give each found paper whose title is people's names its record's own title (in place)."""
    for f in found:
        lo = doc.starts[f.first]
        names_first = bool(f.title) and REFERENCE_OPEN.match(doc.lines[f.first]) is not None
        wrapped = _wrapped_reference(doc, f, lo) if names_first else None
        if wrapped is not None and wrapped[1] and f.title_span and f.title_span[1] <= wrapped[1][0]:
            f.title, f.title_span = wrapped  # (its names taken for a title: "de Barn, T., Hoot, L., 2017." / "Title")
            continue
        if not f.title or not (people(f.title) or _ID_TITLE.fullmatch(f.title.strip()) is not None):
            continue
        hi = doc.starts[min(f.last, f.first + 3)] + len(doc.lines[min(f.last, f.first + 3)])
        skip = f.title_span or (-1, -1)
        alt = marked_title(doc, lo, hi, skip) or (wrapped if names_first else _wrapped_reference(doc, f, lo))
        if alt is None and f.title_span is not None:
            alt = _after(doc, f, f.title_span[1], hi)
        f.title, f.title_span = alt if alt is not None else ("", None)
