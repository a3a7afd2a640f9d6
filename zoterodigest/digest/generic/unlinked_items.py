"""Titles not linked yet, among siblings whose titles are plain text over their links.

::

    * Owls Count Mice in the Snow at Night
      * [https://arxiv.org/abs/2101.00001](https://arxiv.org/abs/2101.00001)
    * Hoots as Tokens in Barn Networks            <- a paper, its link not added yet
    * Feathers Map the Wind over Barns
      * [https://arxiv.org/abs/2101.00003](https://arxiv.org/abs/2101.00003)

A reading list often holds the papers to read as bare titles beside those read,
whose link sits on the line below.  Where two siblings or more (a third of the
run at least) are papers written that way, a sibling whose only line is a title
of the same kind is a paper too.

A reading list kept as tasks (``- [ ] Title``, ``- [x] Title (recommended)``) names its papers by
plain titles in boxes: where two boxed siblings in three read as titles (several words, no task's
verb, no sentence), each is a paper, the reader's remark after it cut.  Pure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from pathlib import PurePath

from ..document import Document
from ..markup import plain
from .child_papers import under_paper_item
from .found import Found
from .item_template import NOT_A_PAPER, OWN_PAGE, PAPER_CONTEXT, sibling_runs
from .list_items import Item
from .prefixes import skip_venue_word
from .title_trims import retitle

#: A title's text: it starts with a capital or a digit and holds three words or more, no sentence's full stop.
_TITLE_TEXT = re.compile(r"[A-Z0-9][^\n]*?\S(?:[ \t]++\S++){2,39}")
_NO_TITLE = re.compile(r"[.:：;]$|^(?:the following|see|note|todo|tbd)\b|\. [A-Z]", re.IGNORECASE)


def unlinked_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                    retry: Callable[[int], Found | None]) -> list[Found]:
    """The items read as no paper that are titles alone among siblings whose papers are plain titles
    over a line of links, read again by ``retry`` (given the item's index) as papers by their titles."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if len(run) < 3:
            continue
        over_links = sum(1 for it in run if _title_over_links(doc, it, results.get(it.line)))
        if over_links < 2 or over_links * 3 < len(run):
            continue
        for it in run:
            if it.line in results and results[it.line] is None and _bare_title(doc, it) \
                    and (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                out.append(found)
    return out


def labelled_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                    retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items of a run under a short label naming papers (``**Sample papers:**``, ``Readings:``) whose
    every item is a paper read already or a title alone: the label says what the titles are."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        k = run[0].line - 1
        while k >= 0 and not doc.lines[k].strip():
            k -= 1
        label = plain(doc.lines[k]).strip() if k >= 0 and not doc.fenced[k] else ""
        if not label.endswith((":", "：")) or len(label.split()) > 5 or not PAPER_CONTEXT.search(label) \
                or any(it.line <= k for it in items if it.line < run[0].line and it.end >= k):
            continue  # (no label of papers; or the label is an item of its own)
        bare = [it for it in run if it.line in results and results[it.line] is None]
        if not bare or not all(_bare_title(doc, it) for it in bare):
            continue
        for it in bare:
            if (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                out.append(found)
    return out


def field_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper whose text is a labelled title (``- Title: Owls Count Mice (paper)``)
    where the document writes three such items at least: a reading memo naming each paper by its field."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for it in items:
        if it.line not in results or results[it.line] is not None:
            continue
        m = _TITLE_FIELD.match(doc.lines[it.line], it.body)
        if m is None or len(plain(m.group("t")).split()) < 3 or _titled_fields(doc.text) < 3:
            continue
        if (found := retry(index[it.line])) is not None:
            found.style["bare"] = True
            out.append(found)
    return out


#: An item's text that is a labelled title: ``Title: ...``, ``**Paper title**: ...``, ``论文：...``.
_TITLE_FIELD = re.compile(r"(?:\*\*|__)?(?:(?:paper[ \t]++)?title|タイトル|论文(?:标题)?|題目|标题)(?:\*\*|__)?[ \t]*+[:：](?:\*\*|__)?[ \t]*+"
                          r"(?P<t>[^\n]{8,400})", re.IGNORECASE)
_TITLE_FIELD_LINE = re.compile(r"^[ \t]*+[-*+][ \t]++(?:\*\*|__)?(?:(?:paper[ \t]++)?title|タイトル|论文(?:标题)?|題目|标题)(?:\*\*|__)?[ \t]*+[:：]",
                               re.IGNORECASE | re.MULTILINE)


@functools.lru_cache(maxsize=4)
def _titled_fields(text: str) -> int:
    """How many list items of the document are labelled titles (counted once per document)."""
    return sum(1 for _ in _TITLE_FIELD_LINE.finditer(text))


def venue_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper in a run of two siblings or more, no link among them, each opening with
    a known venue and its year before a title (``- 20-OSDI-Title``, ``- CVPR'21 Title``): papers not linked."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if len(run) < (1 if _glued_venues(doc.text) >= 5 else 2) or any(it.end != it.line or "](" in (line := doc.lines[it.line]) or "http" in line
                               or not _GLUED_VENUE.match(line, it.body) and skip_venue_word(line, it.body)[1] is None for it in run) \
                or 2 * sum(skip_venue_word(doc.lines[it.line], it.body)[1] is not None for it in run) < len(run):
            continue  # (half of them a known venue at least, the others written alike: "20-FCCM-Title" beside "20-OSDI-Title")
        for it in run:
            line = doc.lines[it.line]
            rest = line[m.end() if (m := _GLUED_VENUE.match(line, it.body)) else skip_venue_word(line, it.body)[0] :]
            if it.line in results and results[it.line] is None and len(rest.split()) >= 2 \
                    and _NO_TITLE.search(rest.strip()) is None and (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                out.append(found)
    return out


#: A year and a venue's acronym glued to a title by hyphens: ``20-FCCM-Title``.
_GLUED_VENUE = re.compile(r"(?:\*\*|__)?(?:19|20)?\d{2}-[A-Z][A-Za-z0-9]{1,14}-(?=\S)")
_GLUED_VENUE_ITEM = re.compile(r"^[ \t]*+[-*+][ \t]++(?:\*\*|__)?(?:19|20)?\d{2}-[A-Z][A-Za-z0-9]{1,14}-(?=\S)", re.MULTILINE)


@functools.lru_cache(maxsize=4)
def _glued_venues(text: str) -> int:
    """How many list items of the document open with a year and a venue glued to their title (five make a
    template: an item alone under its label is one of them)."""
    return sum(1 for _ in _GLUED_VENUE_ITEM.finditer(text))


def _title_over_links(doc: Document, item: Item, found: Found | None) -> bool:
    """A paper whose first line is its title, no link on it, and whose links are on the lines under it."""
    line = doc.lines[item.line]
    return found is not None and found.first == item.line and bool(found.ident.papers) \
        and "](" not in line and "http" not in line and found.last > item.line


def _bare_title(doc: Document, item: Item) -> bool:
    """An item of one line, no link, no sub-item: a title's text and nothing else."""
    if item.end != item.line:
        return False
    text = doc.lines[item.line][item.body :].strip()
    return "](" not in text and "http" not in text and _TITLE_TEXT.fullmatch(text) is not None \
        and _NO_TITLE.search(text) is None \
        and (len(text.split()) >= 6 or NOT_A_PAPER.search(text) is None and OWN_PAGE.search(text) is None)
    # ("A Benchmark Dataset for ...": a title of six words or more may name what a short one says it is)


def checked_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                   retry: Callable[[int], Found | None], papers: bool) -> list[Found]:
    """The items of a reading list kept as tasks (``- [ ] Title``, ``- [x] Title``) read as no paper:
    in a run of three boxed siblings or more, two in three of which are plain titles (several words,
    no sentence, no task's verb), each such title is a paper; outside a section or list whose
    heading names papers, the run must hold five titles at least."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    many = _boxed_lines(doc.text) >= _BOXED_DOCUMENT  # (a short run read as the document's longer ones are)
    for run in sibling_runs(items):
        boxed = [it for it in run if _BOX.search(doc.lines[it.line], 0, it.body)]
        if len(boxed) < (1 if many else 3) or 2 * len(boxed) < len(run):
            continue
        titled = [(it, n) for it in boxed if (n := _boxed_words(doc, it))]
        words = sorted(n for _, n in titled)
        read = sum(1 for it in boxed if results.get(it.line) is not None)  # (boxed papers read by their links)
        if not titled or 3 * (len(titled) + read) < 2 * len(boxed) or words[len(words) // 2] < _BOXED_WORDS \
                or len(titled) + read < _BOXED_ALONE and not (papers or many or _papers_document(doc)):
            continue
        for it, _ in titled:
            if it.line in results and results[it.line] is None and (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                _cut_remark(doc, found)
                out.append(found)
    return out


#: A reader's remark closing a boxed title: in parentheses, lower-case or with a comma (``(recommended)``,
#: ``(Ann Barn,good)``), or in another script after a space (``  视觉DNN的可解释性``); ``(BiT)`` is the title's.
_REMARK = re.compile(r"(?<![ \t])[ \t]*+(?:[(（](?:[a-z\u2e80-\u9fff]|[^()（）,，]*+[,，])[^()（）]*+[)）][ \t]*+$"
                     r"|(?<=[ \t])[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef][^\n]*$)")


#: Authors after a bare title, in parentheses or brackets, maybe with a year: ``(Nemirovski and Todd)``,
#: ``(Burer, Monteiro)``, ``(Pearlmutter 1994)``, ``[Arora 09]``, ``[LLR '94]``; one name in capitals
#: alone (``(Boumal)``), never a system's name (``(PyWren)``, ``(BiT)``).
_NAMES_ASIDE = re.compile(r"(?<![ \t])[ \t]++(?:\((?P<p>[^()]{2,60})\)|\[(?P<b>[^\[\]]{2,60})\])[ \t]*+$")
_NAME_JOINS = re.compile(r"(?:(?<![ \t])|(?![ \t]))[ \t]*+(?:,|&|\band\b)[ \t]*+")
_NAME_WORD = re.compile(r"(?:[A-Z][a-z'’]++(?:-[A-Z][a-z'’]++)?|van|von|de|der|da|di|le|la|del|dos|du|et al\.?)")
_ASIDE_YEAR = re.compile(r"(?:(?<![ \t])|(?![ \t]))[ \t]*+(?:(?:19|20)\d{2}|'?\d{2})[a-z]?$")


def _names_aside(title: str) -> int | None:
    """Where the authors in parentheses or brackets after a bare title start (see ``_NAMES_ASIDE``)."""
    m = _NAMES_ASIDE.search(title)
    if m is None:
        return None
    inner = m.group("p") or m.group("b")
    year = _ASIDE_YEAR.search(inner)
    names = inner[: year.start()] if year else inner
    parts = [p for p in _NAME_JOINS.split(names.strip()) if p]
    if not parts or any(len(p.split()) > 3 or not all(_NAME_WORD.fullmatch(w) for w in p.split()) for p in parts):
        return None if not (year and names.strip().isupper() and 2 <= len(names.strip()) <= 5) else m.start()
    return m.start()  # ("[LLR '94]": the authors' initials and the year)


def _cut_remark(doc: Document, found: Found) -> None:
    if (marks := _MARKS_AFTER.search(found.title)) is not None and len(found.title[: marks.start()].split()) >= 2:
        retitle(doc, found, found.title[: marks.start()])  # "Title 2017.10 :star::star:": a date and stars
    if (at := _names_aside(found.title)) is not None and len(found.title[:at].split()) >= 2:
        retitle(doc, found, found.title[:at])
    m = _REMARK.search(found.title)
    if m is None or len(found.title[: m.start()].split()) < 2:
        return
    retitle(doc, found, found.title[: m.start()])


#: Stars and a date closing a boxed title: ``:star::star:``, ``2017.10``.
_MARKS_AFTER = re.compile(r"(?<![ \t])(?:[ \t]*+:[a-z0-9_+\-]{1,30}:?|[ \t]++(?:19|20)\d{2}(?:\.\d{1,2})?)++[ \t]*+$")
#: A task's box opening an item (before its text): ``[ ] ``, ``[x] ``.
_BOX = re.compile(r"\[[ xX*]?\][ \t]++$")
#: Verbs that open a task rather than a title: ``Release the code``, ``Add more models``.
_TASK = re.compile(r"(?:add|release|support|update|fix|implement|upload|provide|write|finish|clean|refactor|publish|"
                   r"train|test|make|create|remove|merge|integrate|complete|prepare|document|translate|build|deploy|"
                   r"reproduce|run|open[- ]?source|read|try|learn|study|review|check|install)\b", re.IGNORECASE)
#: A note after a boxed title: in parentheses, or in another script after a space.
_BOX_NOTE = re.compile(r"(?<![ \t])(?:(?:[ \t]*+(?:[(（][^()（）]*+[)）]?|:[a-z0-9_+\-]{1,30}:)|[ \t]++(?:19|20)\d{2}(?:\.\d{1,2})?)++[ \t]*+$"
                       r"|[ \t]*+(?<=[ \t])[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef].*$)")
#: The middle title of a boxed run has this many words at least (tasks are short).
_BOXED_WORDS = 5
#: Boxed titles a run must hold when no heading says the list is of papers.
_BOXED_ALONE = 5
#: Boxed items a document holds for a run of one or two to be read as its longer runs are.
_BOXED_DOCUMENT = 10
_BOX_OPEN = re.compile(r"\[[ xX*]?\][ \t]")


@functools.lru_cache(maxsize=4)
def _boxed_lines(text: str) -> int:
    """How many list items of the document open with a box (counted once per document)."""
    return sum(1 for line in text.split("\n") if line.lstrip(" \t")[:2] in ("- ", "* ", "+ ") and _BOX_OPEN.match(line.lstrip(" \t"), 2))


def _boxed_words(doc: Document, item: Item) -> int:
    """The words of a boxed item's plain title (its note after it left out), or 0 when it is none."""
    text = doc.lines[item.line][item.body :].strip()
    if "](" in text or "http" in text or "<" in text or "*" in text or _TASK.match(text):
        return 0  # (links, HTML or emphasis: another reader's shape, "Title*Ann Barn*" a title over names)
    title = _BOX_NOTE.sub("", text).rstrip(" \t.")
    words = len(title.split())
    if _TITLE_TEXT.fullmatch(title) is None or _NO_TITLE.search(title) is not None or words < 6 and NOT_A_PAPER.search(title):
        return 0
    return words


def plain_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool) -> list[Found]:
    """The items of a reading list of bare titles (``* Stability and Generalization``) read as no
    paper: where the section's heading, the document's title or its file's name says it lists papers
    or readings, a run of five one-line siblings or more with no link, two in three of them plain
    titles (no sentence, no task's verb) of five words or more in the middle, is a run of papers."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    context: bool | None = None
    for run in sibling_runs(items):
        if len(run) < _PLAIN_RUN or any(it.end > it.line + 2 or _BOX.search(doc.lines[it.line], 0, it.body) for it in run) \
                or under_paper_item(doc.lines, run[0].line, 0, lambda k: results.get(k) is not None or "](http" in doc.lines[k]):
            continue  # (a title may wrap over a line or two; an item over more is a note, not a title; a linked
            # paper's sub-items are its notes)
        titled = [(it, n) for it in run if it.end == it.line and not _NOT_BARE.search(doc.lines[it.line], it.body)
                  and (n := _boxed_words(doc, it))]  # (a dated title is a template's: ``Title KDD 2022``)
        words = sorted(n for _, n in titled)
        if 3 * len(titled) < 2 * len(run) or words[len(words) // 2] < _BOXED_WORDS:
            continue
        above = _heading_above(doc, run[0].line)
        if above is not None and _DATE_HEADING.fullmatch(above):
            above = None  # ("## 2025": a heading of dates names nothing; the document's title or name says what)
        if above is not None and PAPER_CONTEXT.search(above) is None or _label_above(doc, run[0].line):
            continue  # (under a heading or a label of its own that names no papers: "### Agam et al., 2004", "**Findings:**")
        context = (above is not None or _papers_document(doc, named=True)) if context is None else context
        if not context:
            continue
        for it, _ in titled:
            if it.line in results and results[it.line] is None and (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                _cut_remark(doc, found)
                out.append(found)
    return out


#: What a bare title of a reading list has not: a year (a dated template's), a bracketed citation
#: (``References [1-6]: ...``), a sentence's or a question's end.
_NOT_BARE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\[\d|[.?][ \t]*+$")
def _heading_above(doc: Document, line: int) -> str | None:
    """The text of the nearest heading above ``line`` (within a screenful), or None; a topic's heading
    under a heading naming papers (``## Paper List`` / ``### Tabular Learning``) gives the latter's."""
    level = 7
    nearest = None
    for k in range(line - 1, max(-1, line - _HEADING_REACH), -1):
        if doc.lines[k].startswith("#") and not doc.fenced[k]:
            text = doc.lines[k].lstrip("#").strip()
            depth = len(doc.lines[k]) - len(doc.lines[k].lstrip("#"))
            if nearest is None:
                nearest = text
            if depth < level and depth >= 2 and PAPER_CONTEXT.search(text):
                return text
            level = min(level, depth)
            if level <= 1:
                break
    return nearest


def _label_above(doc: Document, line: int) -> bool:
    """Whether a short label line (``**Findings:**``, ``Notes:``) stands right above ``line``, naming no papers."""
    k = line - 1
    while k >= 0 and not doc.lines[k].strip():
        k -= 1
    label = plain(doc.lines[k]).strip() if k >= 0 else ""
    return label.endswith((":", "：")) and len(label.split()) <= 5 and PAPER_CONTEXT.search(label) is None


#: A heading that is a date alone: ``2025``, ``2024-03``, ``March 2024``.
_DATE_HEADING = re.compile(r"(?:[A-Z][a-z]{2,8}\.?[ \t]++)?(?:19|20)\d{2}(?:[-/.]\d{1,2})?")
#: How far above a run its heading is looked for.
_HEADING_REACH = 200
#: A run of bare titles read by :func:`plain_titles` holds this many items at least.
_PLAIN_RUN = 5


def _papers_document(doc: Document, named: bool = False) -> bool:
    """Whether the document's title (its first heading of level one) says it lists papers; with
    ``named``, a document with no such heading may say so by its file's name (``reading_list.md``)."""
    for k, line in enumerate(doc.lines[:_TITLE_LINES]):
        if line.startswith("# ") and not doc.fenced[k]:
            return PAPER_CONTEXT.search(line) is not None
    stem = re.sub(r"[_\-.]+", " ", PurePath(doc.path).stem)
    return named and PAPER_CONTEXT.search(stem) is not None


#: The document's title is looked for in its first lines only.
_TITLE_LINES = 60
