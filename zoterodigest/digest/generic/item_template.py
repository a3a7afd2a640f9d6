"""Plain list items that repeat one template: a title and its venue and year in parentheses.

::

    * Automatic Database Tuning Through Large-scale Machine Learning (SIGMOD 2017)
    * QTune: A Query-Aware Database Tuning System (VLDB 2019)
    * iBTune: Individualized Buffer Tuning for Cloud Databases (VLDB, 2019)

No item names a paper link, yet the block is a list of papers: the same place
(the closing parenthesis) holds a year in most of its sibling items, so each
plain title among them (a year or not) is a paper.  One such item alone is no
paper (a note, a talk); a run of them is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from ..document import Document
from ..markup import plain
from .byline import is_venue_text
from .citation_keys import CITED
from .found import Found
from .link_finder import find_links
from .links import Identity, other_class
from .name_lists import is_name_list
from .prefixes import venue_names

#: Sibling items of one list, most of them in the template, at least this many.
_MIN_RUN = 3


class _Item(Protocol):
    line: int
    indent: int
    body: int
    end: int


_ItemT = TypeVar("_ItemT", bound=_Item)


def _year_in(text: str) -> bool:
    """A year standing alone in ``text``: 1900-2099, or ``’23``."""
    for k in range(len(text) - 2):
        if text[k] in "'’" and text[k + 1 : k + 3].isdigit() and (k + 3 == len(text) or not text[k + 3].isdigit()):
            return True
        if text[k : k + 2] in ("19", "20") and k + 4 <= len(text) and text[k + 2 : k + 4].isdigit() \
                and (k == 0 or not text[k - 1].isdigit()) and (k + 4 == len(text) or not text[k + 4].isdigit()):
            return True
    return False


def _before_links(text: str) -> str | None:
    """The text before the item's links when none of them is a paper's (``[Source code](url)``)."""
    links = find_links(text)
    if not links:
        return None if "http" in text else text
    ident = Identity()
    for label, url, _, _ in links:
        ident.add_link(None, url)
    return None if ident.papers or links[0][2] == 0 else text[: links[0][2]]


def _plain_title(text: str, words: int) -> bool:
    return len(text.split()) >= words and not any(c in text for c in "|`<>")


def item_shape(text: str, checked: bool = True) -> int:
    """2 for ``Title words (Venue Year)`` (a short parenthesis with a year at the end, links to
    code after it allowed) or ``[Venue Year] Title words``, 1 for a plain title alone (three words or more, no paper link), else 0.
    Unless ``checked``, the links after the title are not looked at (a cheap first look)."""
    if text.startswith("**") and (bold := _BOLD_DATED.match(text)) is not None:
        return 2 if _plain_title(bold.group("t"), 3) else 0  # "**Title** (2026) — what it shows"
    tagged = _DATED_TAG.match(text)  # "[ICLR 2019] Title": the year before the title
    if tagged:
        text = text[tagged.end() :]
        if text.startswith("([") and (k := text.find("))")) > 0:
            text = text[k + 2 :].lstrip()  # "[ECCV 2020] ([code](url)) Title": links before the title
        elif text.startswith("[") and (k := text.find("](")) > 0 and "[" not in text[1:k]:
            return 2 if _plain_title(text[1:k], 2) else 0  # "2019 - WSDM - [Title](code)": the link's text
    if not tagged and text.startswith("[") and (linked := _linked_shape(text)) is not None:
        return linked
    cut = min((k for k in (text.find("["), text.find("<a "), text.find("http")) if k >= 0), default=len(text))
    head: str | None = text[:cut]
    if len(text[:cut].split()) < 2:
        return 0  # (no plain title before the first link)
    if checked and cut < len(text):
        head = _before_links(text)
    if head is None:
        return 0
    head = head.replace("*", "").replace("__", "").strip(" \t.")
    if tagged:
        return 2 if _plain_title(head, 2) else 0
    return _plain_shape(head)


def _plain_shape(head: str) -> int:
    """2 for a plain title closed by its venue and year, 1 for a plain title alone, else 0."""
    if (tail := _VENUE_YEAR_TAIL.search(head)) is not None and _plain_title(head[: tail.start()], 3):
        return 2  # ("Title, `TSE`, 2024", "Title, ICLR, 2022": a venue and a year closing a plain title)
    k = max(head.rfind("("), head.rfind("（"))
    if k > 0 and head.endswith((")", "）")) and len(head) - k <= 60 \
            and (_year_in(head[k + 1 : -1]) or head[k + 1 : -1].strip() in venue_names()) and _plain_title(head[:k], 2):
        return 2  # ("Title (CVPR)" under a year's heading: a known venue is as good as a year)
    return 1 if _plain_title(head[:k] if k > 0 else head, 3) else 0


#: A venue, in code marks or a short name, and a year after commas closing an item (``, `EMNLP`, 2021``).
_VENUE_YEAR_TAIL = re.compile(r"[,;][ \t]*+(?:`(?P<c>[^`\n]{1,30})`|(?P<v>[A-Z][\w&'’\-]{1,15}(?:[ \t][A-Z][\w&'’\-]{0,15}){0,3}))"
                              r"[ \t]*+[,.][ \t]*+(?P<y>(?:19|20)\d{2})[ \t.]*+$")
#: A bold title, its year in brackets and a dash or colon before what the reader says of it.
_BOLD_DATED = re.compile(r"\*\*(?P<t>[^*\n]{8,300}?)\*\*[ \t]*+\((?:19|20)\d{2}\)[ \t]*+[-–—:]")
#: A link's text of a title, its year in brackets and its authors' names after a dash.
_DATED_BYLINE = re.compile(r"(?P<t>[^()\[\]]{8,300}?)[ \t]*+\((?:19|20)\d{2}\)[ \t]*+[-–—][ \t]*+"
                           r"(?P<n>[A-Z][^()\[\]\d|:;!?]{0,200}?)[ \t]*+")


def _linked_shape(text: str) -> int | None:
    """``[Title words (Barn et al., 2017)](url)``, ``[Title words (Venue Year)](url)`` or
    ``[Title words](url) (Venue Year)``, the last one's link not a code host's: 2; None when the item
    opens no such link."""
    k = text.find("](")
    end = text.find(")", k + 2) if k > 0 else -1
    if k < 0 or end < 0 or "[" in text[1:k] or text.startswith("#", k + 2):
        return None  # ("[Title (2020)](#title-2020)": a line of contents, pointing at the paper below)
    label = text[1:k].replace("*", "").strip()
    j = label.rfind("(")
    if j > 0 and label.endswith(")") and (CITED.fullmatch(label[j + 1 : -1].strip()) or _year_in(label[j + 1 : -1])) \
            and len(label) - j <= 40 and _plain_title(label[:j], 3):
        return 2  # "[Title (Barn et al., 2017)](url)", "[Title (ECCV 2020)](url)"
    if "(" in label and (dated := _DATED_BYLINE.fullmatch(label)) and _plain_title(dated.group("t"), 2):
        return 2  # "[Title (2019) - Barn, Tawny](notes/title.md)"
    after = text[end + 1 :].strip()
    cited = after.startswith("(") and (close := after.find(")")) > 0 and CITED.fullmatch(after[1:close].strip())
    if other_class(text[k + 2 : end]) is not None and not cited:
        return None  # "[OwlTool: a library](github) (2019)": a tool and its year; "(Barn et al. 2020)" cites a paper
    if after.startswith(("(", "（")) and (close := after.find(")")) > 0 and _year_in(after[1:close]) \
            and close <= 40 and _plain_title(label, 3):
        return 2
    return None


def trim_dated(found: Found, text: str) -> None:
    """A templated item's title ending in its venue: ``***Title (CIDR 2019)***`` (inside the marks),
    ``Title (TKDE)``: the parenthesis is the venue, not part of the title (``text``: the document's)."""
    if found.title_span is not None and "(" in found.title and (dated := _DATED_BYLINE.fullmatch(found.title)) is not None \
            and text.startswith(found.title, found.title_span[0]):
        t0 = found.title_span[0]
        found.title, found.title_span = dated.group("t"), (t0, t0 + dated.end("t"))
        if is_name_list(dated.group("n").removesuffix(" et al.").removesuffix(" et al")):
            found.authors = found.authors or dated.group("n")  # (not "- A great read": no names, no authors)
        return  # "[Title (2019) - Barn, Tawny](notes)": the title alone
    if found.title_span is None:
        return
    if not found.title.endswith(")"):
        _venue_year_tail(found, text)
        return
    t0, t1 = found.title_span
    k = text.rfind("(", t0, t1)
    inner = text[k + 1 : t1 - 1].strip()
    if k <= t0 or t1 - k > 60 or text[t1 - 1] != ")" or not inner \
            or not (_year_in(inner) or inner.split()[0] in venue_names() or is_venue_text(inner)):
        return
    end = k
    while end > t0 and text[end - 1] in " \t":
        end -= 1
    found.title, found.title_span = found.title[: len(found.title) - (t1 - end)].rstrip(), (t0, end)
    if (cited := CITED.fullmatch(inner)) is not None:
        found.authors, found.year = found.authors or cited.group("n"), found.year or int(cited.group("y"))
        return  # "(Barn et al., 2017)": who and when, not a venue
    if found.venue is None:
        found.venue, found.venue_span = text[k + 1 : t1 - 1], (k + 1, t1 - 1)


@functools.lru_cache(maxsize=8)
def lines_matching(text: str, pattern: re.Pattern[str]) -> int:
    """How many lines of the document ``pattern`` (multi-line, anchored at a line's start) matches: a run reader's
    count over the whole document, once per document and pattern."""
    return sum(1 for _ in pattern.finditer(text))


def sibling_runs(items: Sequence[_ItemT]) -> list[list[_ItemT]]:
    """The items as runs of siblings: one indent, one after another (a blank line between allowed)."""
    out: list[list[_ItemT]] = []
    runs: dict[int, list[_ItemT]] = {}  # open run of siblings per indent
    for item in items:
        run = runs.get(item.indent)
        if run and item.line > run[-1].end + 2:
            out.append(runs.pop(item.indent))
            run = None
        for deeper in [i for i in runs if i > item.indent]:
            out.append(runs.pop(deeper))
        if run is None:
            runs[item.indent] = run = []
        run.append(item)
    out.extend(runs.values())
    return out


def templated_items(doc: Document, items: Sequence[_Item]) -> set[int]:
    """The lines of the items that are papers by the template their siblings share."""
    out: set[int] = set()
    for run in sibling_runs(items):
        _close(doc, run, out)
    return out


def _close(doc: Document, run: list[_Item], out: set[int]) -> None:
    for checked in (False, True):  # a cheap look first: most runs are no such block
        shapes = [(it.line, item_shape(doc.lines[it.line][it.body :], checked)) for it in run]
        dated = sum(1 for _, shape in shapes if shape == 2)
        if not (dated and 2 * dated >= len(run) and (dated >= _MIN_RUN or _dated_items(doc) >= _MIN_DOCUMENT)):
            break
        if checked:
            out.update(line for line, shape in shapes if shape)
    run.clear()


#: A venue and year before a plain title: ``[ICLR 2019] ``, ``[2020] ``, ``2019 - KDD - ``.
_DATED_TAG = re.compile(r"(?:\[(?=[^\[\]]{0,40}(?<!\d)(?:19|20)\d{2}(?!\d))[^\[\]]{1,40}\](?!\()"
                        r"|(?:19|20)\d{2}[ \t]*+-[ \t]*+[A-Za-z][\w&]{1,15}[ \t]++-)[ \t]*+")
_BULLET = re.compile(r"[ \t]*+(?:[-*+]|\d{1,4}[.)])[ \t]++")
#: Dated plain items in a document that make its short runs papers too (a section of two).
_MIN_DOCUMENT = 12
_DATED: list[tuple[Document, int]] = []


def _dated_items(doc: Document) -> int:
    """How many list items of the whole document are ``Title (Venue Year)`` (counted once per document)."""
    if not _DATED or _DATED[0][0] is not doc:
        n = 0
        for i, line in enumerate(doc.lines):
            if (")" in line or "）" in line or "]" in line) and not doc.fenced[i] and (m := _BULLET.match(line)) \
                    and item_shape(line[m.end() :], False) == 2 and item_shape(line[m.end() :]) == 2:
                n += 1
        _DATED[:] = [(doc, n)]
    return _DATED[0][1]


def children_of(items: Sequence[_ItemT], n: int) -> list[_ItemT]:
    """The items nested under ``items[n]``."""
    children = []
    k = n + 1  # (indices, not a slice of the rest: a long list stays linear)
    while k < len(items) and items[k].line <= items[n].end:
        children.append(items[k])
        k += 1
    return children


def like_siblings(items: Sequence[_ItemT], results: dict[int, Found | None],
                  retry: Callable[[Sequence[_ItemT], int], Found | None], skip: set[int]) -> list[Found]:
    """Items read as no paper (``results[line] is None``) in a run of three siblings or more, two
    in three of which are papers: read again by ``retry`` (a paper whose link is elsewhere: a
    search, a drive, a project page, when it has a title and a link as its siblings do); never
    the lines in ``skip`` (:func:`unlabelled_items`)."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        papers = sum(1 for it in run if results.get(it.line) is not None)
        if len(run) < 3 or papers * 3 < len(run) * 2 or papers == len(run):
            continue
        for it in run:
            if it.line in results and results[it.line] is None and it.line not in skip \
                    and (found := retry(items, index[it.line])) is not None:
                out.append(found)
    return out


def unlabelled_items(items: Sequence[_ItemT], results: dict[int, Found | None], lines: Sequence[str]) -> set[int]:
    """The items read as no paper, among siblings two in three of which are papers that name their
    paper by a labelled link (``([Paper](url))``), whose title is a link and that have no such one: their siblings'
    template says where a paper's link goes, so ``[Post title](blog)`` without it is no paper."""
    out: set[int] = set()
    for run in sibling_runs(items):
        papers = [it for it in run if results.get(it.line) is not None]
        if len(papers) >= 2 and 3 * sum(1 for it in papers if _LABELLED.search(lines[it.line])) >= 2 * len(papers):
            out.update(it.line for it in run if it.line in results and results[it.line] is None
                       and _TITLE_LINK.match(lines[it.line], it.body) and not _LABELLED.search(lines[it.line]))
    return out


#: A title that is a link (``[Title](url)``).
_TITLE_LINK = re.compile(r"\[[^\[\]]{3,}\]\(")
#: A paper's link by its label: ``[Paper](url)``, ``[[pdf]](url)``, ``[arXiv](url)``.
_LABELLED = re.compile(r"\[\[?[ \t]*+(?:paper|pdf|arxiv|doi)[ \t]*+\]?\]\(", re.IGNORECASE)



#: Words by which an item says it is no paper (a book, slides, a course, a tool, data).
NOT_A_PAPER = re.compile(r"\b(?:(?:hand)?books?|slides?|lectures?|tutorials?|courses?|datasets?|toolkits?|toolbox|"
                          r"librar(?:y|ies)|frameworks? for|source code|blog|podcast|video|webinars?|resources|awesome|user guide|(?<!-)manual)\b", re.IGNORECASE)
#: Words by which a bare title (no paper link) says it is the list's own page (notes, a guide, a set-up)
#: or an event, a venue or data rather than a paper.
OWN_PAGE = re.compile(r"\b(?:notes?|list of|set ?up|setup|guides?|manual|documentation|docs|cheat ?sheets?|"
                      r"installation|readme|faq|index|overview|workshops?|symposi(?:um|a)|conferences?|colloqui(?:um|a)|"
                      r"forum|meetups?|summer school|seminars?|competitions?|databases?|data ?sets?|keywords?|topics?)\b",
                      re.IGNORECASE)


def plausible_paper(found: Found, line: str, code: bool = False) -> bool:
    """A paper whose link is no paper's: none of its links is code, a video, a blog post or a
    news article, and its line does not say it is a book, slides, a course, a tool or data (``code``:
    beside a known venue and year, where code links and a dataset's paper are allowed)."""
    urls = found.ident.links.values()
    allowed = (None, "website", "code") if code else (None, "website")
    return not any(other_class(url) not in allowed or NEWS.search(url) or FORUM.search(url) for url in urls) \
        and not any(not (code and _PAPER_AT_VENUE.match(m.group(0))) for m in NOT_A_PAPER.finditer(line)) \
        and not _URL_FIRST.match(line)  # (a dataset's or a framework's paper at a known venue and year is a paper)


#: What a paper at a known venue and year may present: data, a framework, a toolkit, a library, video ("Video Generation ...").
_PAPER_AT_VENUE = re.compile(r"datasets?|frameworks? for|toolkits?|toolbox|librar(?:y|ies)|videos?", re.IGNORECASE)
#: Questions and answers, forums, patents: no paper's page.
FORUM = re.compile(r"patents\.google\.|patents\.justia\.|stackexchange\.com|stackoverflow\.com|mathoverflow\.net|quora\.com|reddit\.com|news\.ycombinator", re.IGNORECASE)
#: An item that opens with a bare address (``- https://site | what it serves``).
_URL_FIRST = re.compile(r"[ \t]*+(?:[-*+]|\d{1,4}[.)])[ \t]++<?https?://")

#: News sites and magazines: their articles are no papers, however they are cited.
NEWS_SITES = re.compile(r"venturebeat\.|techcrunch\.|wired\.com|theverge\.|forbes\.com|zdnet\.|nytimes\.|newyorker\.|theatlantic\.|"
                        r"washingtonpost\.|theguardian\.|bbc\.co|npr\.org|vox\.com|slate\.com|aeon\.co|smithsonianmag\.|scientificamerican\.|"
                        r"newscientist\.|nationalgeographic\.|propublica\.|fivethirtyeight\.|economist\.com|wsj\.com|bloomberg\.com|"
                        r"reuters\.com|cnn\.com|quantamagazine\.|theconversation\.com|latimes\.|nautil\.us|newsweek\.", re.IGNORECASE)
#: Addresses of posts and news articles (a date in the path, a blog or news folder, a news site).
NEWS = re.compile(r"/(?:blogs?|news|posts?)/|/(?:19|20)\d{2}/[01]\d/|" + NEWS_SITES.pattern, re.IGNORECASE)


#: Headings that say their section lists papers: a reading list, paper notes, publications.
PAPER_CONTEXT = re.compile(r"\b(?:papers?|paper[- ]?notes|readings?|reading[- ]list|to[- ]read|publications?|preprints?|articles?|"
                           r"literature|bibliography|references|thes[ie]s|dissertations?|tesis|teses|tesi|abschlussarbeiten)\b"
                           r"|论文|文献|論文|논문", re.IGNORECASE)


def is_list_label(title: str) -> bool:
    """A label naming the list below it (``**Readings**``, ``<strong>Optional papers:</strong>``), no paper."""
    words = plain(title).strip(" :：").split()
    return 0 < len(words) <= 3 and PAPER_CONTEXT.search(" ".join(words)) is not None and not any(c.isdigit() for c in title)


#: A run of titled items must be at least this long (two titles may be anything).
_MIN_TITLED = 3
#: The middle title of such a run has at least this many words (a paper's title, not a topic's name).
_TITLE_WORDS = 5


def titled_items(doc: Document, items: Sequence[_ItemT], title_words: Callable[[_ItemT], int | None]) -> set[int]:
    """Under a heading that names papers (``## Papers I read``), the lines of a run of sibling items
    each of which is a title alone (``- [Title](notes/title.md)``, ``- Title``): a reading list
    whose links go to notes, or nowhere.  ``title_words`` gives an item's title's words, or None
    when the item is no bare title (a sentence, a tool, a code link, an item over sub-items)."""
    out: set[int] = set()
    for run in sibling_runs(items):
        if len(run) < _MIN_TITLED:
            continue
        words = [title_words(it) for it in run]
        titled = [it.line for it, n in zip(run, words, strict=True) if n is not None and n >= 3]
        lengths = sorted(n or 0 for n in words)
        if len(titled) * 5 >= len(run) * 4 and lengths[len(lengths) // 2] >= _TITLE_WORDS:
            out.update(titled)  # (topic names are a few words: "Computer Vision (CVPR, ICCV)"; titles more)
    return out


def _venue_year_tail(found: Found, text: str) -> None:
    """``Title, `EMNLP`, 2021``: the venue and year after the title are no part of it."""
    assert found.title_span is not None
    t0, t1 = found.title_span
    eol = text.find("\n", t1)
    tail = _VENUE_YEAR_TAIL.search(text, t0, len(text) if eol < 0 else eol)
    if tail is None or tail.start() > t1 or tail.start() - t0 < 8 or not text.startswith(found.title, t0):
        return
    found.title, found.title_span = text[t0 : tail.start()].rstrip(), (t0, tail.start())
    found.year = found.year or int(tail.group("y"))
    g = "c" if tail.group("c") is not None else "v"
    if found.venue is None and _known_venue(tail.group(g)):  # ("Title, LeCun, 2015": a name, never kept as a venue)
        found.venue, found.venue_span = tail.group(g), (tail.start(g), tail.end(g))


def _known_venue(name: str) -> bool:
    """Whether a venue's name is one the reader or the venue mappings know (``TSE``, ``EMNLP``, ``arXiv``)."""
    from ...mappings import venue_spec
    from ...model import Venue

    return name in venue_names() or venue_spec(Venue(name=name)) is not None
