"""Sibling headings each over the links of one paper: the heading is that paper's title.

::

    ## Owls as Document Readers                  ## Engineering the Owl Peroxygenase
                                                  OpenAlex: https://openalex.org/W4406574048
    [Owls as：文档阅读者](https://arxiv.org/abs/2605.1) [Ann Barn](https://openalex.org/A1), …, https://doi.org/10.1/x.
    一段中文摘要……                                  An abstract…

What repeats tells the role: when most headings of a run of siblings each stand over
paragraphs naming exactly one paper (one arXiv id, one DOI or one paper link) and no list
item or table row names one, each heading is its paper's title and the lines below are its
text.  A paper's own link there may carry a translated or shortened title; a link whose text
is a different title (three words or more, another first word) is a paper cited, and the
heading is read as before.  Pure; counted once per document.

A heading over its paper's abstract (a paragraph speaking of "this paper" or what "we" show, a
translated title maybe above it), or over its title translated and nothing else, is that paper
too, when its siblings are.

A heading inside an HTML table's cell (``<td>`` on a line above it) ends where the cell closes: the
next cell's thumbnail link is the next paper's, never its own.

A heading closed by tags in brackets, one a known venue and year (``### Title[NIPS'19][Baidu]``), names
its paper too, with no link at all (:func:`venue_tail`).
"""

from __future__ import annotations

import re

from ..base import Sections
from ..document import Document
from ..markup import CJK_LETTER, plain
from .byline import is_venue_text
from .found import Found
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity, link_class
from .list_items import ITEM
from .name_lists import is_author_list, is_name_list
from .prefixes import is_generic_label

#: The most lines a heading's text may run to for its links to name its paper.
_BODY_LINES = 60
#: Sibling headings needed, and the share of them that must stand over one paper's links.
_RUN, _SHARE = 3, 2 / 3
_WORD = re.compile(r"[^\W_]+")
_HASHES = re.compile(r" {0,3}#{1,6}[ \t]+")
_CACHE: list[tuple[Document, set[int]]] = []


def one_paper_headings(doc: Document, sections: Sections) -> set[int]:
    """The heading lines of ``doc`` that head one paper's text, by the rule above."""
    if _CACHE and _CACHE[0][0] is doc:
        return _CACHE[0][1]
    lines = sections.heading_lines
    levels = [(doc.heading(h) or (7, ""))[0] for h in lines]
    out: set[int] = set()
    runs: dict[int, list[tuple[int, bool]]] = {}
    for n, h in enumerate(lines):
        for deeper in [k for k in runs if k > levels[n]]:
            _close(runs.pop(deeper), out)
        end = cell_end(doc, h, lines[n + 1] if n + 1 < len(lines) else len(doc.lines))
        one = _heads_one_paper(doc, h, end)
        if one is None and n + 1 < len(lines) and levels[n + 1] > levels[n]:
            one = _heads_one_paper(doc, h, _scope_end(doc, lines, levels, n), deeper=True)
        runs.setdefault(levels[n], []).append((h, bool(one)))
    for run in runs.values():
        _close(run, out)
    _CACHE[:] = [(doc, out)]
    return out


_CELL_OPEN = re.compile(r"[ \t]*+(?:</tr>[ \t]*+)?(?:<tr>[ \t]*+)?<td\b[^<>]*+>[ \t]*+$", re.IGNORECASE)


def cell_end(doc: Document, h: int, end: int) -> int:
    """Where the text of heading ``h`` ends before ``end``: at its HTML table cell's ``</td>`` when an
    opening ``<td>`` stands alone on one of the two text lines above it."""
    k, seen = h - 1, 0
    while k >= 0 and seen < 2 and not _CELL_OPEN.match(doc.lines[k]):
        seen += bool(doc.lines[k].strip())
        k -= 1
    if k < 0 or seen >= 2:
        return end
    return next((x for x in range(h + 1, end) if doc.lines[x].lstrip()[:5].lower() == "</td>"), end)


def _close(run: list[tuple[int, bool]], out: set[int]) -> None:
    ones = [h for h, one in run if one]
    if len(ones) >= _RUN and len(ones) >= _SHARE * len(run):
        out.update(ones)


def _scope_end(doc: Document, lines: list[int], levels: list[int], n: int) -> int:
    """Where heading ``n``'s scope ends: its next heading of its level or above, or the line past
    ``_BODY_LINES`` of text (a longer scope is never read)."""
    cap = lines[n] + _BODY_LINES + 1
    for k in range(n + 1, len(lines)):
        if levels[k] <= levels[n] or lines[k] > cap:
            return min(lines[k], cap)
    return min(len(doc.lines), cap)


def _heads_one_paper(doc: Document, h: int, end: int, deeper: bool = False) -> bool | None:
    """Heading ``h`` reads as a title and its text (to ``end``) names exactly one paper, in paragraphs;
    None when it names none.  ``deeper``: the text runs over the heading's sub-headings (``### Main
    Problem``, ``### Links``), which name no paper of their own, and a table there may give the
    paper's addresses (rows of a label and a bare address: ``| ArXiv | [https://arxiv.org/…](…) |``)."""
    m = _HASHES.match(doc.lines[h])
    n = HEADING_NUMBER.match(doc.lines[h], m.end()) if m else None
    title = doc.lines[h][n.end() if n else m.end() :].strip(" #") if m else ""
    words = _WORD.findall(title)
    if _titled_items(doc, h, end) or papers_field(doc, h, end):
        return False  # ("- **Title**" over its fields: the papers are the heading's items, the heading a section's)
    if words and "](" not in title and not is_author_list(title) \
            and (_field_card(doc, h, end) or len(words) >= 3 and (_abstract_below(doc, h, end) or _names_below(doc, h, end))):
        return True  # (its paper's fields right below it, the notes after them may cite other papers; its abstract below it,
        # a translation of its title maybe between: "This paper studies…"; or its authors)
    if len(words) < 3 or end - h > _BODY_LINES or is_author_list(title) or is_venue_text(title) or "](" in title:
        return False
    named: set[str] = set()
    for k in range(h + 1, end):
        line = doc.lines[k]
        if doc.fenced[k] or ("](" not in line and "http" not in line and "rxiv" not in line.lower() and "10." not in line):
            continue
        if deeper and _HASHES.match(line):
            return False  # (a sub-heading linking something: a paper or a section of its own)
        ident = Identity()
        add_links(ident, line)
        if not (ident.papers or ident.arxiv or ident.doi):
            continue
        if ITEM.match(line) and not _FIELD_ITEM.match(line) or line.lstrip().startswith("<") and not _AUTOLINK.match(line) \
                or line.lstrip().startswith("|") and not (deeper and _address_row(line)):
            return False  # (papers listed or tabled under the heading: a section of papers)
        if any(not _its_own(label, words[0], CJK_LETTER.search(title) is None) and _names_paper(url) for label, url, _, _ in find_links(line)):
            return False  # (a paper cited by another title: the heading is no paper's)
        named.add(ident.paper_id or f"line {k}")
    return len(named) == 1 if named else None


#: An address written as an autolink (``<https://arxiv.org/abs/...>``): a link, no HTML.
_AUTOLINK = re.compile(r"[ \t]*+<https?://[^<>\s]++>")
#: A heading's number before its title (``### 12. Title``, ``## 3) Title``, a talk's ``## 0: Title``).
HEADING_NUMBER = re.compile(r"[ \t]*+\d{1,3}(?:[.)](?:[ \t]++(?=\S)|(?=[A-Z][A-Za-z]))|:[ \t]++(?=\S))")
#: A paragraph labelled as the papers of the heading's text: ``Papers: [A](…)+[B](…)``, ``**Paper:** …``.
_PAPERS_FIELD = re.compile(r"(?:\*\*|__)?(?:papers?|readings?)(?:\*\*|__)?[ \t]*+[:：]", re.IGNORECASE)


def papers_field(doc: Document, h: int, end: int) -> bool:
    """Whether the heading's text holds a paragraph labelled ``Papers:`` linking two titles or more
    (``Papers: [Owl Eyes](…)+[Barn Hoots](…)``): each is a paper, the heading is a talk's."""
    for k in range(h + 1, min(end, h + _BODY_LINES)):
        line = doc.lines[k]
        if not doc.fenced[k] and _PAPERS_FIELD.match(line) and "](" in line \
                and sum(1 for label, _, _, _ in find_links(line) if len(_WORD.findall(label)) >= 3 and not is_generic_label(label)) >= 2:
            return True
    return False


def linked_rows(doc: Document, h: int, end: int) -> bool:
    """Whether lines ``(h, end]`` hold a table two rows of which or more link a paper by its name
    (``| [Owl-Rec](papers/2603.22231) | note |``): the heading over them labels them (a day's, a topic's)."""
    rows = 0
    for k in range(h + 1, min(end + 1, h + _BODY_LINES)):
        line = doc.lines[k]
        if "](" in line and line.lstrip().startswith("|") and not doc.fenced[k]:
            rows += any(label.strip() and not is_generic_label(label) for label, _, _, _ in find_links(line))
            if rows >= 2:
                return True
    return False


#: A list item giving one field of the heading's paper: a short label, then a colon or ``@``
#: (``- **URL:** [PDF](…)``, ``* available @ [citeseerx](…)``, ``- 链接：…``).
_FIELD_ITEM = re.compile(r"[ \t]*+[-*+][ \t]++(?:\*\*|__)?[^\W\d_][\w.\-]{0,15}(?:[ \t][\w.\-]{1,15}){0,2}[ \t]*+"
                         r"(?:(?:\*\*|__)?[ \t]*+[:：@]|[:：](?:\*\*|__))")


#: Field labels that only a paper's record carries (who wrote it, when, where).
#: (in English, Spanish, Portuguese, French and German too: a thesis's ``**Alumno**:``, ``**Grado**:``, ``**Fecha**:``)
_PAPER_FIELDS = re.compile(r"(?:\*\*|__)?(?:authors?|by|date|year|published|publication|venue|journal|conference|arxiv(?: id)?|doi"
                           r"|autor(?:a|es|as)?|auteurs?|verfasser(?:in)?|alumn[oa]s?|estudiantes?|students?|fecha|datum|año|ano|année|jahr"
                           r"|revista|revue|zeitschrift|degree|grado|grau|diplôme|abschluss"
                           r"|作者|年份|发表|会议|期刊|著者|学位)\b", re.IGNORECASE)


def _titled_items(doc: Document, h: int, end: int) -> bool:
    """Whether the heading's text holds a list item that is a bold title alone (``- **Owl Eyes: Seeing at Night**``)."""
    return any(_TITLED_ITEM.match(doc.lines[k]) and not _FIELD_ITEM.match(doc.lines[k]) and not doc.fenced[k]
               for k in range(h + 1, min(end, h + _BODY_LINES)))


#: A list item opening with a bold title of three words or more (``- **Owl Eyes: Seeing at Night**``).
_TITLED_ITEM = re.compile(r"[ \t]*+[-*+][ \t]++(?:\*\*|__)[^ \t*_\n]++(?:[ \t]++[^ \t*_\n]++){2,40}(?:\*\*|__)[ \t]*+$")
_TITLE_FIELD = re.compile(r"(?:\*\*|__)?(?:paper|title|article|标题|论文|题目)\b", re.IGNORECASE)


def _field_card(doc: Document, h: int, end: int) -> bool:
    """The heading's text opens (after blank lines) with two list items or more giving fields, one of
    them a paper's own (``- **Authors:** …``, ``* date: 1972``): a card of one paper."""
    fields, own = 0, False
    for k in range(h + 1, end):
        line = doc.lines[k]
        if not line.strip():
            if fields:
                break
            continue
        m = _FIELD_ITEM.match(line)
        if m is None:
            break
        if _TITLE_FIELD.match(line.lstrip(" \t-*+")):
            return False  # (a ``Paper:`` or ``Title:`` field names the paper: the heading is a date or a label)
        fields += 1
        own = own or _PAPER_FIELDS.match(line.lstrip(" \t-*+")) is not None
    return fields >= 2 and own


def _names_below(doc: Document, h: int, end: int) -> bool:
    """The heading's text opens with its authors' line: four names or more (three with an initial), nothing else."""
    for k in range(h + 1, min(end, h + 3)):
        line = doc.lines[k].strip()
        if line:
            return "](" not in line and is_author_list(plain(line).rstrip(" .;"))
    return False


#: How an abstract speaks: of "this paper", or "we" doing a paper's work.
_ABSTRACT_VOICE = re.compile(r"\b(?:(?:this|the present|in this) (?:paper|article|study|note|work)|we (?:propose|study|show|find|"
                             r"develop|present|introduce|examine|investigate|provide|estimate|consider|document|analy[sz]e|"
                             r"derive|prove|characteri[sz]e|exploit|use|test)\b)", re.IGNORECASE)
#: An abstract's least words, and the lines looked at under a heading for it.
_ABSTRACT_WORDS, _ABSTRACT_LINES = 40, 8


def _abstract_below(doc: Document, h: int, end: int) -> bool:
    """The heading's text opens (after a short line or two: a translated title) with a paragraph of
    prose speaking as an abstract does, with no link, list item, table or sub-heading before it; or
    its whole text is its title translated (one line of CJK letters)."""
    first = next((k for k in range(h + 1, end) if doc.lines[k].strip()), end)
    for k in range(h + 1, min(end, h + 1 + _ABSTRACT_LINES)):
        line = doc.lines[k]
        if doc.fenced[k] or line.lstrip().startswith(("#", "|", "<", "-", "*", "+", ">")) or "](" in line or "http" in line:
            return False
        if len(line.split()) >= _ABSTRACT_WORDS:
            return _ABSTRACT_VOICE.search(line) is not None
        if k == first and _CJK_ONLY.fullmatch(line.strip()) and _translated(doc, k, end):
            return True  # ("### Seeding a Simple Contagion" over "引发简单传播" alone: its title translated)
    return False


#: A line of Chinese, Japanese or Korean text and its punctuation alone: a translated title.
_CJK_ONLY = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef\u3000-\u303f：，、（）《》“”？！·—\- 0-9A-Za-z]{2,80}")


def _translated(doc: Document, k: int, end: int) -> bool:
    """Line ``k`` (mostly CJK letters) is the whole of the heading's text but blank lines."""
    return CJK_LETTER.search(doc.lines[k]) is not None and len(CJK_LETTER.findall(doc.lines[k])) * 2 >= len(doc.lines[k].strip()) \
        and not any(doc.lines[j].strip() for j in range(k + 1, end))


def _address_row(line: str) -> bool:
    """A table row giving one address of a paper: a short label and links whose texts are bare
    addresses or kinds (``| PDF Download | [https://arxiv.org/pdf/…](…) |``), no title."""
    links = find_links(line)
    rest = line
    for label, _, s0, s1 in reversed(links):
        if not (label.startswith("http") or is_generic_label(label)):
            return False
        rest = rest[:s0] + rest[s1:]
    return bool(links) and len(_WORD.findall(rest)) <= 4


def _names_paper(url: str) -> bool:
    one = Identity()
    one.add_link(None, url)
    return bool(one.papers or one.arxiv or one.doi)


def _its_own(label: str, first: str, latin: bool) -> bool:
    """A link's text that may stand for the heading's paper: a label, a bare address, a name, a
    title opening with the heading's first word (a short form), or a translation of a Latin heading."""
    words = _WORD.findall(label)
    return len(words) < 3 or is_generic_label(label) or label.startswith("http") or words[0].lower() == first.lower() \
        or latin and len(CJK_LETTER.findall(label)) >= 4


_VENUE_YEAR = re.compile(r"[A-Za-z][A-Za-z&\-]{1,15}[ '’]?(?:(?:19|20)\d{2}|\d{2})")


def venue_tail(title: str) -> int | None:
    """Where the tags in brackets closing ``title`` start (``[NIPS'19][Baidu]``, ``[CVPR 2022]``) when one
    of them is a known venue and its year; else None.  (Read from the end, tag by tag: linear.)"""
    end, start, venued = len(title.rstrip(" \t")), None, False
    while end > 0 and title[end - 1] == "]":
        open_at = title.rfind("[", max(0, end - 42), end - 1)
        inner = title[open_at + 1 : end - 1] if open_at >= 0 else "]"
        if open_at < 0 or "]" in inner or not inner.strip():
            break
        venued = venued or bool(_VENUE_YEAR.fullmatch(inner.strip()) and is_venue_text(inner.strip()))
        start = open_at
        end = len(title[:open_at].rstrip(" \t"))
    return start if venued and start else None


#: One labelled field of a paper's metadata line: ``**DOI**: value``, ``Journal: value``.
_FIELD = re.compile(r"[ \t]*+(?:[-*+][ \t]++)?(?:\*\*[^*\n]{1,25}\*\*|__[^_\n]{1,25}__|[A-Z][\w ]{0,20})[ \t]*+[:：]")


def field_line(line: str) -> bool:
    """A line of labelled fields, set apart by ``·`` or ``|`` (``**Journal**: *Owls* · **DOI**: [10.1/x](url) ·
    **Citations**: 9``): the heading's paper described, no prose citing another."""
    parts = re.split(r"[·•|]", line)
    return len(parts) >= 2 and all(_FIELD.match(part) for part in parts if part.strip())


#: A title field opening a heading's text: ``**Title:** "Title"``, ``Paper title: Title``, ``论文：Title``.
_TITLE_BELOW = re.compile(r"[ \t]*+(?:[-*+][ \t]++)?(?:\*\*|__)?(?:(?:paper[ \t]++)?title|论文(?:标题)?|标题|题目)[ \t]*+[:：][ \t]*+(?:\*\*|__)?"
                          r"[ \t]*+[\"“]?(?P<t>[^\"“”\n]{8,300}?)[\"”]?[ \t.]*+(?:<br\s*/?>)?$", re.IGNORECASE)


#: A line naming the paper under a heading that is its nickname: a title, maybe a year, then the paper's link
#: (``Training data-efficient image transformers, 2021([arxiv](url))<br>``).
#: A line that is one bold title, maybe a hard break after it.
_BOLD_BELOW = re.compile(r"[ \t]*+(?:\*\*|__)(?P<t>[^*_\s][^*\n]{8,300}?)(?:\*\*|__)[ \t]*+(?:\\|<br[ \t]*+/?>)?[ \t]*+$")
_CITED_BELOW = re.compile(r"(?P<t>[^\W\d_][^\[\]()*|<>:\n][^\[\]()*|<>\n]{14,300}?)[ \t]*+(?:,[ \t]*+(?:19|20)\d{2}[ \t]*+)?"
                          r"\(?\[[^\]\n]{1,40}\]\((?P<u>[^)\s]++)\)")


def titled_below(doc: Document, found: Found) -> None:
    """A heading over a ``Title:`` field (``### 1.1 Original RAG Paper`` over ``**Title:** "Title"``): the field
    holds the paper's title, the heading a name for it."""
    k = found.first + 1
    while k < min(len(doc.lines), found.first + 3) and not doc.lines[k].strip():
        k += 1
    m = _TITLE_BELOW.match(doc.lines[k]) if k < len(doc.lines) and not doc.fenced[k] else None
    if m is None and k <= found.last and len((found.title or "").split()) <= 2 and not doc.fenced[k]:
        m = _CITED_BELOW.match(doc.lines[k])  # ("## 2021-12-31 DeiT" over "Training data-efficient ..., 2021([arxiv](url))")
        if m is not None and (len(m.group("t").split()) < 4 or link_class(m.group("u")) is None or is_author_list(m.group("t"))):
            m = None
    if m is None and k + 1 <= found.last and (m := _BOLD_BELOW.match(doc.lines[k])) is not None \
            and not (len(m.group("t").split()) >= 3 and is_name_list(plain(doc.lines[k + 1]).strip(" \t\\"))):
        m = None  # (a heading over a bold title and its authors' line: "### Topic" / "**Title**\\" / "_Ann Barn, Bob Tawny_\\")
    if m is None or len(m.group("t").split()) < 2:
        return
    base = doc.starts[k]
    found.extra["name"] = found.title
    found.title, found.title_span = m.group("t").strip(), (base + m.start("t"), base + m.end("t"))
