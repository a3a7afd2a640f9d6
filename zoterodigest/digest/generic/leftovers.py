"""Paper links no reader took: a short line of its own that carries one is an entry.

::

    https://arxiv.org/abs/1706.03762
    Transformer: https://arxiv.org/abs/1706.03762
    Attention Is All You Need (https://arxiv.org/abs/1706.03762)
    Attention Is All You Need. Ann Barn, Bob Tawny. 2017. https://arxiv.org/abs/1706.03762
    Attention Is All You Need
    https://arxiv.org/abs/1706.03762

Read last, on the lines no entry covers, so nothing another reader reads changes.  A line is
read only when it is a record and not prose: a few words beside its links, no quote, table row,
heading, link definition or BibTeX field; no sentence (``This paper proposes...``, words leading
into the link, ``[a recent paper](url)``, a verb after it, a line running on from or into
another); one paper only; no section that lists no papers (contents, news, citation); and,
outside a list, another paper within three lines (a lone line between paragraphs is a note).

Its title is the link's text or the first words between its links that read as a title (three
words or more, no author list), cut where a plain title ends (its first full stop, a dash, a
venue); a line of links alone takes the title line above it (an author line may stand between)
or below it; else the entry has no title yet (a nickname, a bare address) and the arXiv or DOI
record gives it one.  Such a line has no place for a note: none is written into it (words after
its links would read as its title).  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document
from ..markup import plain, without_attributes
from .child_papers import under_paper_item
from .found import Found, title_of
from .free_records import BREAK_END, card_top
from .inline import read_head
from .item_template import NOT_A_PAPER
from .line_heads import add_links
from .link_finder import find_links
from .link_lines import links_only
from .links import Identity, link_class
from .list_items import ITEM
from .name_lists import is_name_list, person_names
from .non_papers import BOOK_PART
from .plain_cut import plain_cut
from .prefixes import is_generic_label
from .title_parts import NOT_ABBREVIATION, title_and_names

#: More words than this beside a line's links: prose that cites a paper, not a record of one.
MAX_WORDS = 20
#: Words that lead into a link as a sentence does: the link is cited, not listed.
LEADS_INTO = re.compile(r"\b(?:by|in|from|of|to|see|at|the|our|a|an|this|paper|survey|work|and|with|for|on|here|via|"
                         r"proposed|introduced|described|following|[Ss]ee)[ \t:]*+$")
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]")
#: A line in brackets from end to end: an aside (a figure's credit), not a record.
_ASIDE = re.compile(r"^[(（].*[)）][ \t.]*$")
#: A sentence's first words: the line is prose, not a record.
_PROSE = re.compile(r"[\W_]*+(?:(?:this|these|that|we|our|you|it|its|they|there|here|in this|also|note|see|check|read|update|"
                    r"basically|recently|a (?:recent|new))\b|(?:summary|notes?|tl;?dr|abstract|comments?|news)[ \t]*+:)",
                    re.IGNORECASE)
#: A verb after the last link: ``[CCT](url) proposes compact transformers``.
_PREDICATE = re.compile(r"[ \t,]*+(?!by\b|in\b|at\b|from\b|and\b|with\b|for\b|on\b|of\b|via\b|et\b)[a-z]\w*+[ \t]++\w+[ \t]++\w")
#: A BibTeX field written outside a fenced block (``journal={arXiv preprint arXiv:2204.13590},``).
_FIELD = re.compile(r"\w+[ \t]*+=[ \t]*+[{\"]")
#: A label naming the title after it: ``<i>Title</i>:``, ``**Paper:**``, ``论文：``.
_TITLE_LABEL = re.compile(r"(?:<(?P<tag>i|b|em|strong)>|\*\*|__)?(?:title|paper|论文|题目|标题)(?:</(?P=tag)>|\*\*|__)?"
                          r"[ \t]*+[:：][ \t]*+(?:(?<=:)\*\*|(?<=:)__)?[ \t]*+", re.IGNORECASE)
#: A line ending with a year: a venue or a date (``*Preprint, October 2019*.``), not a title.
_ENDS_YEAR = re.compile(r"(?:19|20)\d{2}\W*$")
#: A link's text that opens with an article: a paper mentioned in a sentence (``[a recent paper](url)``).
_ARTICLE = re.compile(r"(?:a|an|the|this|that|these|our|their|his|her|its)[ \t]", re.IGNORECASE)
#: A full stop ending a sentence (after a small letter, a digit or a bracket, before a capital or a digit).
_FULL_STOP = re.compile(r"(?<=[a-z\d)?!])\." + NOT_ABBREVIATION + r"[ \t]++(?=[A-Z\d\"“*_(\[])")
#: Separators and brackets around the words beside a link.
_EDGES = " \t-–—:|,;.()[]*_\"“”'《》"
_NAME_SEPARATOR = re.compile(r",|\band\b|&|\bet al")
_ID_IN_TEXT = re.compile(r"(?:arxiv[: ]*)?\d{4}\.\d{4,5}|(?:doi:[ \t]*)?10\.\d{4,9}/", re.IGNORECASE)
_ID_ONLY = re.compile(r"(?:arxiv[: ]*)?\d{4}\.\d{4,5}(?:v\d+)?|10\.\d{4,9}/\S+|https?://\S+", re.IGNORECASE)


def leftover_papers(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """An entry for every line of ``[lo, hi)`` that ``taken`` (one byte per line from ``lo``) leaves
    free and that is a record of one paper by its link (see the module's text); ``skipped(i)`` says
    that line ``i``'s section lists no papers."""
    out: list[Found] = []
    last = -2  # (the last line read here: a run of link lines is one paper a line)
    firsts: set[int] = set()
    for i in range(lo, hi):
        line = doc.lines[i]
        if taken[i - lo] or doc.fenced[i] or ("http" not in line and "rxiv" not in line.lower() and "doi" not in line.lower()):
            continue
        if (found := _line_paper(doc, i, without_attributes(line))) is None or skipped(i) \
                or any(BOOK_PART.match(label.strip(_EDGES)) for label, _, _, _ in find_links(line)) \
                or not found.title and ITEM.match(line) and under_paper_item(doc.lines, i, lo, lambda k: bool(taken[k - lo]) or k in firsts):
            continue  # (no paper by its link; or a part of a book, "[Chapter 1, Title](url)", "[Preface](url)"; or a bare
            # address under a paper's item, that paper's other link)
        if (top := card_top(doc, i, lo)) is not None and not any(taken[k - lo] for k in range(top, i)) \
                and _card_title(doc, top):
            _take_title(doc, found, top)  # (a card's last line: its title opens the card, "_Title_<br>" over "Names<br>")
        elif not found.title and not ITEM.match(line) and last != i - 1:
            above = _title_above(doc, i, lo, taken)
            if above is None:
                continue  # (a link alone under an entry is that entry's; under nothing, too little to go on)
            if above >= 0:
                _take_title(doc, found, above)
            elif i + 1 < hi and _title_line(doc.lines[i + 1]) and not taken[i + 1 - lo]:
                _take_title(doc, found, i + 1)  # (the address first, its title on the line below)
            elif (item := _item_above(doc, i, lo, taken)) is not None:
                _take_title(doc, found, i - 2, item)  # ("1. Title", a blank line, then its address alone)
        out.append(found)
        firsts.add(i)
        last = i
    return [f for f in out if f.style.get("item") or _TITLE_LABEL.match(doc.lines[f.first].lstrip())
            or _has_neighbour(doc, f, out, lo, taken)]  # (a labelled title is a record, alone or not)


def _card_title(doc: Document, top: int) -> bool:
    """Whether a card's first line is a title alone (no link) over an author line."""
    line, names = doc.lines[top], doc.lines[top + 1]
    return "](" not in line and "http" not in line and "](" not in names \
        and is_name_list(plain(BREAK_END.sub("", names)).strip(" .,;"))


def _has_neighbour(doc: Document, found: Found, out: list[Found], lo: int, taken: bytearray) -> bool:
    """Whether a paragraph's paper has another paper within three lines of text of it (a lone line
    naming a paper between paragraphs of prose is a note, not a list)."""
    a, b = _lines_of_text(doc, found.first, -1, max(lo, found.first - 12)), \
        _lines_of_text(doc, found.last, 1, min(lo + len(taken) - 1, found.last + 12))
    return any(f is not found and f.last >= a and f.first <= b for f in out) \
        or any(taken[k - lo] for k in range(a, min(b + 1, lo + len(taken))) if not found.first <= k <= found.last)


def _lines_of_text(doc: Document, i: int, step: int, bound: int) -> int:
    """The line three lines of text away from line ``i`` (blank lines not counted), not past ``bound``
    nor past a heading."""
    k, seen = i, 0
    while k != bound and seen < 3:
        if doc.lines[k + step].lstrip().startswith("#"):
            break
        k += step
        seen += bool(doc.lines[k].strip())
    return k


def _title_above(doc: Document, i: int, lo: int, taken: bytearray) -> int | None:
    """For a line of links alone: the line above it that holds its title (``Title`` over
    ``https://...``, names between allowed), -1 when a blank line stands above it, None when it
    runs on from an entry or from prose."""
    for k in (i - 1, i - 2):
        if k < lo or not doc.lines[k].strip():
            return -1 if k == i - 1 else None
        text = doc.lines[k]
        if taken[k - lo] or "[" in text or "http" in text or ITEM.match(text) or text.lstrip().startswith(("#", "|", ">", "<")):
            return None
        short = len(text.split()) <= 4 or _AUTHORS_LABEL.match(text) is not None
        # (the authors, "Barn .. Tawny" or labelled, "作者：Ann Barn, Bob Tawny", may stand between the title and its link)
        if k == i - 1 and short and i - 2 >= lo and (up := _title_above(doc, i - 1, lo, taken)) is not None and up >= 0:
            return up
        if _title_line(text):
            return k
        if k == i - 2 or not short:
            return None
    return None


#: A title translated first, then a comma and the title in Latin letters of three words or more.
_TRANSLATED_FIRST = re.compile(r"[ \t]*+[^,，A-Za-z\n]*?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^,，\n]*?[,，][ \t]*+(?=[A-Za-z][^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\n]*\s\S+\s\S+)")
#: A record's number in brackets before its title: ``【4】``, ``[4]``, ``(4)``.
_NUMBER_MARK = re.compile(r"(?:【\d{1,4}】|\[\d{1,4}\]|\(\d{1,4}\))[ \t]*+(?=\S)")
#: A line that opens with the authors' label: their names, never a title.
_AUTHORS_LABEL = re.compile(r"[ \t]*+(?:\*\*|__)?(?:authors?|by|作者|著者|저자)[ \t]*+(?:\*\*|__)?[:：]", re.IGNORECASE)


def _title_line(text: str) -> bool:
    """A line of its own that is a title: no link, no list or heading marks, no year closing it, no sentence, no
    authors' label."""
    return bool(text.strip()) and not _AUTHORS_LABEL.match(text) and "[" not in text and "http" not in text and not ITEM.match(text) and not _PROSE.match(text) \
        and not text.lstrip().startswith(("#", "|", ">", "<")) and _is_title(text) \
        and len(text.split()) <= MAX_WORDS and not _ENDS_YEAR.search(text)


def _is_names(text: str) -> bool:
    t = plain(text).strip(_EDGES)
    return bool(_NAME_SEPARATOR.search(t)) and is_name_list(t)


def _item_above(doc: Document, i: int, lo: int, taken: bytearray) -> int | None:
    """For a line of an address alone under a blank line: where the title starts in the list item right above the
    blank (``1. Title``, no link in it), else None."""
    if i - 2 < lo or taken[i - 2 - lo] or (m := ITEM.match(doc.lines[i - 2])) is None or not links_only(doc.lines[i]):
        return None
    text = doc.lines[i - 2][m.end() :]
    return m.end() if text.strip() and _title_line(text) else None


def _take_title(doc: Document, found: Found, k: int, at: int = 0) -> None:
    """The record starts at line ``k``, whose text from ``at`` is the title (a translation before it, after a
    comma, kept apart: ``视觉常识R-CNN，Visual Commonsense R-CNN``)."""
    line = doc.lines[k]
    a, b = max(at, len(line) - len(line.lstrip())), len(line.rstrip())
    if (m := _TRANSLATED_FIRST.match(line, a, b) or _NUMBER_MARK.match(line, a, b)) is not None:
        a = m.end()  # (a translation first, or the record's number: "【4】 Title")
    while b > a and line[b - 1] in _EDGES:
        b -= 1
    found.first, found.last = min(found.first, k), max(found.last, k)
    found.title = title_of(line[a:b])
    found.title_span = (doc.starts[k] + a, doc.starts[k] + b)


def _line_paper(doc: Document, i: int, line: str) -> Found | None:
    body = line.lstrip()
    if (label := _TITLE_LABEL.match(body)) is not None:
        body = body[label.end() :]  # ("<i>Title</i>: <a href=...>Title</a>": the label says what follows)
    if not body or body.startswith((">", "|", "#")) or _DEFINITION.match(line) or _ASIDE.match(body) \
            or body.startswith("<") and not body.startswith(("<a ", "<http", "<b>", "<strong>")):
        return None
    start = len(line) - len(body) if label else m.end() if (m := ITEM.match(line)) else len(line) - len(body)
    if line.find("](", start) >= 0 and line.find("](", start) < line.find("[", start) + (line.find("[", start) < 0) * len(line):
        return None  # ("Need*](url) on WMT data.": a link's text begun on the line above)
    links = [ln for ln in find_links(line, start) if ln[0] != "badge"]
    papers = [ln for ln in links if link_class(ln[1])]
    ident = Identity()
    add_links(ident, line, links)
    if not ident.papers or len({url for _, url, _, _ in papers}) > 2 \
            or NOT_A_PAPER.search(line) and not any(link_class(url) not in (None, "pdf") for _, url, _, _ in papers):
        return None  # (no paper; several papers on a line, a book, slides, a course: unless a paper host has it)
    item = not label and m is not None
    if not item and (body[:1].isascii() and body[:1].islower() and not body.startswith(("http", "arxiv", "doi"))
                     or body.rstrip().endswith((",", ";"))):
        return None  # (a line running on from a sentence above it, or into one below)
    if any(_ARTICLE.match(label) and (label[:1].islower() or len(label.split()) <= 3) for label, _, _, _ in papers):
        return None  # ("names [a third owl paper](url) in passing": a mention)
    first = papers[0][2] if papers else len(line)
    words = _words_beside(line, start, links)
    if len(words.split()) > MAX_WORDS or LEADS_INTO.search(plain(line[start:first])) or _PROSE.match(words) \
            or links and _PREDICATE.match(plain(line[links[-1][3] :])) or _FIELD.match(body):
        return None  # (prose citing a paper: "This paper proposes...", "[Barn (2016)](url) has been used"; a field)
    found = Found(first=i, last=i, ident=ident)
    found.style = {"shape": "paragraph", "leftover": True, "item": item}
    base = doc.starts[i]
    if (span := _title_span(line, start, links)) is not None:
        found.title = title_of(line[span[0] : span[1]])
        found.title_span = (base + span[0], base + span[1])
    return found


def _words_beside(line: str, start: int, links: list[tuple[str, str, int, int]]) -> str:
    """The line's words outside its links' addresses (link texts kept)."""
    parts: list[str] = []
    pos = start
    for label, _, s, e in links:
        parts += [line[pos:s], label if not label.startswith("http") else ""]
        pos = max(pos, e)
    parts.append(line[pos:])
    return plain(" ".join(parts))


def _title_span(line: str, start: int, links: list[tuple[str, str, int, int]]) -> tuple[int, int] | None:
    """Where the title is: a link's text of three words or more, else the first stretch of words
    between the links (before the first, between two, after the last) that reads as a title;
    None when none does."""
    for label, _, s, _ in links:
        at = line.find(label, s) if label else -1
        if at >= 0 and _is_title(label, linked=True):
            return at, at + len(label)
    ident = _ID_IN_TEXT.search(line, start)
    bounds = [start, *(x for _, _, s, e in links for x in (s, e)), len(line)] if links \
        else [start, ident.start() if ident else len(line)]
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        while a < b and line[a] in _EDGES:
            a += 1
        while b > a and line[b - 1] in _EDGES:
            b -= 1
        if b > a and _is_title(line[a:b]):
            return _trimmed(line, start, a, b)
    return None


def _trimmed(line: str, start: int, a: int, b: int) -> tuple[int, int]:
    """The title in the words ``line[a:b]`` without what follows it there (authors, a venue and year,
    a description after a dash): as a list item's head would be read, when that reading lies inside."""
    head = read_head(line, start)
    if head.title is not None and a <= head.title[0] < head.title[1] <= b and _is_title(line[head.title[0] : head.title[1]]):
        a, b = head.title
    if (parts := title_and_names(line, a, b)) is not None and _is_title(line[parts.title[0] : parts.title[1]]):
        a, b = parts.title
    b = a + plain_cut(line[a:b]) if _is_title(line[a : a + plain_cut(line[a:b])]) else b
    if (stop := _FULL_STOP.search(line, a, b)) is not None and _is_title(line[a : stop.start()]):
        b = stop.start()  # ("Title. Ann Barn, Bob Tawny. 2021": a plain title ends at its first full stop)
    while b > a and line[b - 1] in _EDGES:
        b -= 1
    return a, b


def _is_title(text: str, linked: bool = False) -> bool:
    """Three words or more that are no label, id, link or author list (a link's text is taken for
    names only when they are plainly names: initials or "et al.")."""
    t = plain(text).strip(_EDGES)
    if len(t.split()) < 3 or is_generic_label(t) or _ID_ONLY.fullmatch(t) or "](" in text or t.endswith(":"):
        return False
    return not (person_names(t) and ("." in t or "et al" in t)) if linked else not _is_names(t)
