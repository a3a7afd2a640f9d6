"""Records that no reader took but that name one paper by its arXiv id, DOI or page.

::

    Barn, A., & Tawny, B. (2019). Owls count in base three. J. Owls, 12(3), 45-67. https://doi.org/10.1/owl
    - Owl Eyes Adapt to Moonlight, Ann Barn et al. Some words of a long note run on here. arXiv:2401.00001
    [[CVPR_2021](https://openaccess.thecvf.com/content/CVPR2021/html/Barn_Owl_Eyes_CVPR_2021_paper.html)] [`tag`] Owl Eyes at Night

An arXiv id or a DOI is a paper's own name, and so is the address of its page on a paper host (CVF,
ACL Anthology, OpenReview, PMLR, AAAI, a publisher's article page...): a list item or a paragraph that
holds exactly one (its arXiv id and its DOI may both stand; else one paper page) is that paper's record,
whatever its shape, unless it is prose about it (a sentence that opens with *we*, *this*, *our*...) or
too long to be one record.  At least two such records must stand in the range (one id in a page of text
is a mention).  The title is the part of the record the learnt title model (:mod:`.title_choice`) scores
highest, when it may stand as one (three words or more, no names, label or address); else the entry has
no title yet and the arXiv or DOI record gives it one.  Read last, on the lines no other reader took.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Entry
from ..document import Document
from ..markup import CJK_LETTER
from .found import Found, title_of
from .free_records import free_records, text_start
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity, link_class
from .title_choice import balanced, names, ranked_parts

#: A record longer than this is prose, not one paper's record.
MAX_CHARS = 1200
#: More words than this besides the title: prose about a paper.
MAX_WORDS = 60
_WORDS = re.compile(r"(?<![/\w])[A-Za-z][a-z]{2,}+(?![/\w])")
#: Fewer records naming a paper by its id than this in a range: mentions, not a list.
LEAST = 2

_ARXIV = re.compile(r"(?<![\w.])(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>\])]+)")
#: Words leading into a link as a sentence does (``the paper at [arXiv](url)``): a mention.
_LEADS_INTO = re.compile(r"\b(?:at|see|in|from|with|the|our|this|a|an|by|of)[ \t]*+(?:\[[^\]\n]{1,60}\]\(|<a\b)", re.IGNORECASE)
#: A verb right after a link: a sentence about the paper (``[OwlNet](url) proposes...``).
_PREDICATE = re.compile(r"(?:</a>|\]\([^()\s]{0,300}+\))[ \t]++(?:proposes?|introduces?|shows?|presents?|is|are|was|were|uses?|"
                        r"has|have|extends?|improves?|achieves?|demonstrates?|describes?|studies|argues?|finds?)\b")
#: A writer speaking of a paper (``this paper uses``, ``we``): prose about it, not its record.
_SPEAKS = re.compile(r"\b(?:(?:this|the current|our|the present) (?:paper|work|study|article)|we|our|you|I)\b")
#: A BibTeX entry or field written outside a fenced block: read with the BibTeX, never as a record.
_BIBTEX = re.compile(r"^[ \t]*+@\w++[ \t]*+\{|^[ \t]*+\w++[ \t]*+=[ \t]*+[{\"]", re.MULTILINE)
#: A link whose text calls it a paper (``A recent <a href=...>paper</a>``, ``[Main paper](url)``): a mention.
_MENTION = re.compile(r"\b(?:a|an|another|new|recent|this|the|main|our|his|her|their)[ \t]++(?:(?:<a\b[^<>\n]{0,300}+>|\[)[^\]<>\n]{0,30}?"
                      r"|(?:\w++[ \t]++){0,3}(?:<a\b[^<>\n]{0,300}+>|\[)[^\]<>\n]{0,30}?)\bpaper\b"
                      r"|(?:<a\b[^<>\n]{0,300}+>|\[)[ \t]*+(?:a|an|another|new|recent|this|the|our)\b[^\]<>\n]{0,30}?\bpaper\b",
                      re.IGNORECASE)
#: The best-scored parts tried as a record's title, in order: the first that may stand is taken.
_TRIES = 2
_SENTENCE = re.compile(r"(?<=\w\w)\.[ \t]++")
_TAG = re.compile(r"\[[^\[\]\n]{1,20}\][ \t]*+(?=\S)")
_MARKUP = re.compile(r"[<>]|=[\"']|\.(?:jpe?g|png|gif|svg)\b", re.IGNORECASE)
_LABELLED = re.compile(r"[^\W\d_]++[ \t]*+[:：](?![ \t])|(?:subjects?|keywords?|categories|comments?|tags?|showing)\b", re.IGNORECASE)
#: Lines of text looked over, above a record with no title of its own, for its heading.
_ABOVE = 4
_TAGS = re.compile(r"</?[A-Za-z][\w-]*+(?:\s[^<>\n]*+)?/?>")  # (an autolink, "<https://...>", is no tag)
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
_YEAR_CLOSING = re.compile(r"(?<![ \t])[ \t]*+[(（,][ \t]*+(?:19|20)\d{2}[a-z]?[ \t]*+[)）]?[ \t.]*+$")
#: A sentence's first words: the record is prose about a paper, not its record.
_PROSE = re.compile(r"[\W_]*+(?:this|these|that|we|our|you|it|its|they|there|here|in this|also|note|see|check|read|"
                    r"update|if you|please|thanks?|cite)\b", re.IGNORECASE)


def id_papers(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool],
              known: set[str]) -> list[Found]:
    """The papers of ``[lo, hi)`` whose free records name one paper by its id (see the module's text);
    ``taken`` has a byte per line from ``lo`` (1: another reader's), ``skipped(i)``: line ``i``'s section
    lists no papers; ``known``: the arXiv ids and DOIs (lower-cased) of the papers read already (a record
    naming one of them repeats it: its BibTeX elsewhere, a citation of it)."""
    if not _enough_ids(doc, lo, hi, taken):
        return []  # (each record read holds a free line with an id: fewer such lines than LEAST read nothing)
    out: list[Found] = []
    last_key = ""
    for rec in free_records(doc, lo, hi, taken, html=True):
        if skipped(rec.first):
            continue
        base = doc.starts[rec.first] + text_start(doc.lines[rec.first], rec.start)
        text = doc.text[base : doc.line_end(rec.last)]
        if "<" in text and not _TAGS.sub("", text).strip() or (key := _record_key(text)) is None or key in known \
                or key.startswith("url:") and rec.last > rec.first and (rec.depth >= 0 or not _BOLD_LINE.search(text)):
            continue  # (a paper's page names it in a record of one line, or a paragraph with a bold line of its own: a list
            # under a heading item names more; HTML tags
            # alone, a badge's "<div data-doi=...>", name the paper below them, their attributes no title)
        if out and key == last_key:  # (one paper's record in several paragraphs: its id line, its links line)
            _extend(out[-1], rec.last, text, base)
            continue
        last_key = key
        ident = Identity()
        for k in range(rec.first, rec.last + 1):
            add_links(ident, doc.lines[k])
        if not (ident.arxiv or ident.doi or key.startswith("url:") and ident.papers):
            continue
        found = Found(first=rec.first, last=rec.last, ident=ident)
        found.style = {"shape": "paragraph", "leftover": True, "item": rec.depth >= 0, "by_id": True}
        if not _title_in(found, text, base) and (key.startswith("url:") or _title_above(doc, found, lo, taken)):
            continue  # (the links of the paper read right above it; a page's link with no title beside it)
        rest = text.replace(found.title, "")
        if not _SPEAKS.search(rest) and len(_WORDS.findall(rest)) <= MAX_WORDS:
            out.append(found)
    return out if len(out) >= LEAST else []


def _enough_ids(doc: Document, lo: int, hi: int, taken: bytearray) -> bool:
    """Whether :data:`LEAST` lines of ``[lo, hi)`` that no reader took and no fence holds name an id (a
    cheap look before the records are made: most lists leave none)."""
    seen = 0
    for i in range(lo, hi):
        line = doc.lines[i]
        if not taken[i - lo] and not doc.fenced[i] and (("10." in line or "rxiv" in line.lower() or _ARXIV.search(line)) \
                and (_ARXIV.search(line) or _DOI.search(line)) or "http" in line and _page_urls(line)):
            seen += 1
            if seen >= LEAST:
                return True
    return False


def _record_key(text: str) -> str | None:
    """The paper a record names by id (:func:`_one_paper`), unless it is prose about it, a label over what
    follows, BibTeX, or too long to be one record."""
    if len(text) > MAX_CHARS or _PROSE.match(text) or _BIBTEX.search(text) or _MENTION.search(text) \
            or _LEADS_INTO.search(text) or _PREDICATE.search(text) or text.rstrip(" \t*_").endswith((":", "：")):
        return None  # ("<a href=...>OwlNet</a> proposes compact owls": a sentence about it; "[Main paper](url):")
    return _one_paper(text)


def known_ids(papers: list[Entry | Found]) -> set[str]:
    """The arXiv ids and DOIs (lower-cased) of the papers found or read."""
    out: set[str] = set()
    for f in papers:
        if isinstance(f, Found):
            out.update(x.lower() for x in (f.ident.arxiv.id if f.ident.arxiv else None, f.ident.doi) if x)
        else:
            out.update(x.lower() for x in (f.paper.arxiv_id, f.paper.doi) if x)
    return out


def _title_in(found: Found, text: str, base: int) -> bool:
    """Give ``found`` the best part of its record's ``text`` (at ``base``) as its title, when one may stand."""
    if _card_head(found, text, base):
        return True
    for part in ranked_parts(text)[:_TRIES]:
        if _long_enough(part.text) and (spot := balanced(text, part.start, part.end)) is not None \
                and _take(found, text, base, spot):
            return True
    return False


#: A journal's name abbreviated ISO 4 style after a title's full stop, closing the span: two words or more, all
#: capitalised, most cut short with a stop (``. Comput. Vis. Image Underst``, ``. IEEE Trans. Geosci. Remote Sens``).
_ABBREVIATED_JOURNAL = re.compile(r"(?<=[\w)?])\.[ \t]++(?=(?:IEEE[ \t]++|ACM[ \t]++)?[A-Z][a-z]{0,8}\.[ \t]++[A-Z])"
                                  r"(?:(?:[A-Z][A-Za-z]{0,9}\.?|&|of|and|on)[ \t]*+){2,8}$")
#: A line of bold words alone (a card's title): ``__Title__``, ``**Title**``.
_BOLD_LINE = re.compile(r"^[ \t]*+(?:\*\*|__)[^*_\n]{12,300}(?:\*\*|__)[ \t]*+(?:<br[ \t]*+/?>)?[ \t]*+$", re.MULTILINE)
#: A card's labelled field line (``**作者**：Ann Barn<br>``, ``Link: https://...``).
_FIELD_LINE = re.compile(r"[ \t]*+(?:\*\*|__)?[^\W\d_][^:：*\n<>\[\]()]{0,15}(?:\*\*|__)?[ \t]*+[:：]")
#: A card's number before its title: ``【3】``, ``[3]``, ``(3)``, ``3.``.
_CARD_NUMBER = re.compile(r"[ \t]*+(?:【\d{1,4}】|\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)、])[ \t]*+")
#: A line-break tag closing a line: ``<br>``, ``<br/>``, ``<br />``.
_BREAK_CLOSING = re.compile(r"<br[ \t]?/?>$", re.IGNORECASE)


def _breaks_end(line: str, start: int = 0) -> int:
    """Where the line's closing line-break tags and blanks begin (not before ``start``)."""
    end = max(start, len(line.rstrip()))
    while end > start and (m := _BREAK_CLOSING.search(line, max(start, end - 6), end)) is not None:
        end = max(start, len(line[: m.start()].rstrip()))
    return end
_TITLE_FIELD = re.compile(r"[ \t]*+(?:\*\*|__)|[ \t]*+(?:title|paper|论文|标题|题目)[ \t]*+[:：]", re.IGNORECASE)


def _card_head(found: Found, text: str, base: int) -> bool:
    """A card's first line over two labelled field lines or more (``【1】 Title<br>`` over ``**链接**：url<br>``):
    that line whole, without its number, is the title (its colon no cut: ``Owls: A Review``)."""
    lines = text.split("\n")
    rest = [line for line in lines[1:] if line[: _breaks_end(line)].strip()]
    first = lines[0]
    if len(rest) < 2 or not all(_FIELD_LINE.match(line) for line in rest[:2]) or _TITLE_FIELD.match(first):
        return False
    a = m.end() if (m := _CARD_NUMBER.match(first)) else len(first) - len(first.lstrip())
    b = _breaks_end(first, a)
    title = first[a:b]
    if any(c in title for c in "[]<>|") or "://" in title or not _long_enough(title) or names(title):
        return False
    found.title, found.title_span = title_of(title), (base + a, base + b)
    return True


def _take(found: Found, text: str, base: int, spot: tuple[int, int]) -> bool:
    """Give ``found`` the title at ``spot`` in ``text`` (at ``base``) without a tag before it or a year after it;
    False when it holds markup."""
    a, b = spot
    if (tag := _TAG.match(text, a, b)) is not None:
        a = tag.end()  # ("[10/2022] Title", "[ACL'23] Title": a date or a venue set before it)
    if _MARKUP.search(text, a, b):
        return False  # (a piece of HTML, an image's address: no title; the id's record gives one)
    if (year := _YEAR_CLOSING.search(text, a, b)) is not None and year.start() > a:
        b = year.start()  # ("Title (2018)": the year is no part of the title)
    if (journal := _ABBREVIATED_JOURNAL.search(text, a, b)) is not None and len(text[a : journal.start()].split()) >= 3:
        b = journal.start()  # ("Title. Comput. Vis. Image Underst": a journal's abbreviated name after the title's stop)
    found.title, found.title_span = title_of(text[a:b]), (base + a, base + b)
    return True


def _title_above(doc: Document, found: Found, lo: int, taken: bytearray) -> bool:
    """A record with no title of its own (its links, its authors): the heading over it, or the line of a
    title right above it, when only lines naming no paper stand between; the record then starts there.
    True when a paper another reader read stands right above it instead (the record is its)."""
    k, seen = found.first - 1, 0
    while k >= lo and seen < _ABOVE and not doc.fenced[k]:
        if taken[k - lo]:
            return seen == 0

        line = doc.lines[k]
        if not line.strip():
            k -= 1
            continue
        if _ARXIV.search(line) or _DOI.search(line):
            return False
        heading = _HEADING.match(line)
        start = heading.end() if heading else len(line) - len(line.lstrip())
        text = line[start:].rstrip()
        if (heading or seen == 0) and _title_in(found, text, doc.starts[k] + start):
            found.first = k
            return False
        if heading or line.lstrip().startswith(("|", "<", ">")):
            return False
        seen += 1
        k -= 1
    return False


def _long_enough(title: str) -> bool:
    """Three words or more (eight CJK letters), no field's label before them (``Subjects:Computing``), and no
    sentence of it people's names (``Ann Barn, Bob Tawny. OWLCONF``)."""
    return (len(title.split()) >= 3 or len(CJK_LETTER.findall(title)) >= 8) and not _LABELLED.match(title) \
        and not any(names(piece) for piece in _SENTENCE.split(title) if piece)


def _extend(found: Found, last: int, text: str, base: int) -> None:
    """The paper ``found`` runs on to line ``last``; a title found there stands when it had none."""
    found.last = last
    if not found.title:
        _title_in(found, text, base)


def _one_paper(text: str) -> str | None:
    """The paper the text names by id (its arXiv id, else its DOI), when it names one: one arXiv id at most
    and one DOI at most, one of them at least; else None."""
    arxiv = {m.group(1) for m in _ARXIV.finditer(text)}
    dois = {m.group(1).rstrip(".,;").lower() for m in _DOI.finditer(text)}
    if len(arxiv) > 1 or len(dois) > 1:
        return None
    if not (arxiv or dois):
        pages = _page_urls(text) if "http" in text else set()
        return f"url:{next(iter(pages))}" if len(pages) == 1 else None
    return next(iter(arxiv or dois))


def _page_urls(text: str) -> set[str]:
    """The addresses of paper pages on a paper host the text links, anchors dropped (not a bare PDF, nor a web
    search for a title: a book's title is searched as well)."""
    out = set()
    for line in text.split("\n"):
        for _, url, _, _ in find_links(line):
            if (kind := link_class(url)) is not None and kind != "pdf" and "google." not in url:
                out.add(url.split("#")[0].rstrip("/").lower())
    return out
