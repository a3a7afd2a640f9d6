"""Records whose repeated template names papers by their titles, with no paper link.

::

    1. Graph-Theoretic Owl Counts␠␠               - [x]  Do Owls Laugh at Electric Mice?
    Authors: Ann Barn, Bob Tawny␠␠                      *Ann Barn, Bob Tawny and Cy Hoot*
    IEEE InfoVis 2005

    [Owl Eyes Adapt to Moonlight](notes/Owl%20Eyes%20Adapt%20to%20Moonlight.md)
    1. [Owl Eyes Adapt to Moonlight](/2604/2603.23937v1-owl-eyes-adapt-to-moonlight) （9.5/10）
    - [[Reading/Owl Eyes Adapt to Moonlight]]
    - **Barn (1986)** "Owl Eyes Adapt to Moonlight." *J. Owls* 81(3), 945-960.
    * Owl Eyes Adapt to Moonlight ([Ann](./summary/1.md), [Bob](./summary/33.md))
    467.《Owl Eyes Adapt to Moonlight》，EMNLP2025
    - Owl Eyes Adapt to Moonlight | 2023 · 1598 cites

Read last, on the lines no other reader took.  The free records of a range (list items, paragraphs)
are sorted by their template: their kind and depth, and where the title stands in them (a link's
whole text; a plain line over an author line; a quoted title beside a year or in book-title marks).  A template is read
only when it repeats (two records or more, three for linked titles), and each record it yields
carries its own evidence of a paper: an author line under its title, a year beside its quoted title
(or a title in Latin letters opening its record in ``《》``),
or a link to a page named after its title (a notes file, a wiki link ``[[Title]]`` to a note, a
digest's page holding an arXiv id).
A linked title with no such page (a tool, a blog post, a contents line) is none.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import unquote

from ..document import Document
from ..markup import CJK_LETTER, plain
from .byline import is_venue_text
from .citation_keys import lone_surname
from .dated_titles import dated_title, venue_dated
from .found import Found, title_of
from .free_records import BREAK_END, Record, free_records, text_start
from .leads import past_title_label
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity
from .name_lists import is_author_list, is_name_list, listed_names, one_name

_LINKED = re.compile(r"\[(?P<t>[^\[\]]{2,300})\](?:(?P<p>\()(?P<u>[^()\s]*)\))?(?!\[)")
#: Pages of a repository that are about it, not about a paper.
_HOUSE_PAGES = frozenset(("readme", "index", "contributing", "license", "changelog", "notes", "summary", "todo"))
#: What may follow a linked title in its template: a score, a date, a bracketed note, a few words.
_TAIL_WORDS = 6
_ARXIV_IN_URL = re.compile(r"(?<!\d)\d{4}\.\d{4,5}(?:v\d+)?(?!\d)")
_WORD = re.compile(r"[^\W_]{3,}")
_WORD_ANY = re.compile(r"[^\W_]+")
#: Before a linked title in a record's template: tags in code spans, a date, a check box.
_LEAD = re.compile(r"(?:(?:`[^`\n]{1,30}`[ \t]*+|(?:(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?|\[[ xX]\])[ \t]++)(?:[-–—:|][ \t]++)?)++(?=\[)")
#: A citation key leading a link's text: ``Benoit2014PB - Title``.
_KEYED = re.compile(r"[A-Z][A-Za-z'’\-]{1,30}(?:19|20)\d{2}[A-Za-z]{0,10}[ \t]++[-–—:][ \t]++(?P<t>\S.*)$")
#: The list's own pages: a relative address, or a Markdown or HTML file of a repository or a
#: ``github.io`` site.
_OWN_PAGE = re.compile(r"(?![a-z][a-z0-9+.\-]*:)|https?://(?:github\.com/[^/]+/[^/]+/(?:blob|tree)/|[^/]+\.github\.io/)"
                       r"|.*\.(?:md|html?)$")
_QUOTED = re.compile(r"[\"“](?P<t>[^\"“”]{8,300}?)[,.]?[\"”]")
#: A title in Chinese book-title marks (``《Title》``): a work's title by the marks themselves.
_BOOK = re.compile(r"《(?P<t>[^《》\n]{8,300}?)》")
_NUMBERED = re.compile(r"[ \t]*+(?:\d{1,4}[.、)]?)?[ \t]*+")
#: Three words in Latin letters: a title cited in book marks, not a Chinese phrase.
_LATIN_WORDS = re.compile(r"(?<![\w'’-])[A-Za-z][\w'’-]*+(?:[^\w\n《》]++[A-Za-z][\w'’-]*+){2}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_ENDS_SMALL = re.compile(r"\b(?:in|of|the|a|an|to|and|for|with|by|on|at|from|as|is|are)[ \t]*+$", re.IGNORECASE)
_GLUED_NAMES = re.compile(r"(?<=[\w?!.)])[ \t]*+\*(?P<n>[^*]{5,400})\*[ \t]*+$")
#: A line that is one italic span: ``*Title*``, ``_Title_``.
_EMPHASIS_ONLY = re.compile(r"(?P<m>[*_])[^*_\s][^*_\n]*+(?<!\s)(?P=m)")
_ASIDE = re.compile(r"^[ \t]*+[(（][^()（）]{3,60}[)）][ \t]*+$")
#: A reference's year: ``(1934)``, ``1934.``.
_REFERENCE_YEAR = re.compile(r"\((?:19|20)\d{2}[a-z]?\)|(?<!\d)(?:19|20)\d{2}[a-z]?\.")
#: A line wholly in italics (``*Ann Barn, Bob Tawny*``).
_ITALIC_LINE = re.compile(r"(?:\*[^*\n]++\*|_[^_\n]++_)\\?+")
#: An initial glued to the name after it (``MD.Hasibur Rahman``).
_GLUED_INITIAL = re.compile(r"\b([A-Z]{1,3}\.)(?=[A-Z][a-z])")
#: An author's affiliation in parentheses after the name.
_AFFILIATION = re.compile(r"[ \t]?[(（][^()（）]{2,120}[)）]")
_AUTHORS_LABEL = re.compile(r"^(?:authors?|by|作者)[ \t]*+[:：]?[ \t]*+", re.IGNORECASE)
#: A venue line, not a title: ``In Proceedings of ICML``, ``In Proc. ACL``.
_IN_VENUE = re.compile(r"In[ \t]++(?:the[ \t]++)?Proc(?:eedings\b|\.)")
#: A sentence's first word: a line of prose, no title.
_PROSE = re.compile(r"(?:this|these|that|we|our|you|it|its|they|there|here|note|see|check|read|update|"
                    r"i|my|please|welcome)\b(?<![A-Z]{2})", re.IGNORECASE)  # ("NOTE: Robust ..." in capitals: a title)
#: Templates that must repeat this often before their records are read.
_MIN_LINKED, _MIN_OTHER = 3, 2
#: Dated titles (``Title, 2014``) read like other dated things (talks, events): they must repeat more.
_MIN_DATED = 3
#: How much a record says it is a paper: its own evidence (an author line, a page named after its
#: title), or a weak sign that counts only once its template holds on strong ones.
_STRONG, _WEAK = 2, 1


def title_records(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` read by their records' repeated template (see the module's text);
    ``taken`` has a byte per line from ``lo`` (1: another reader's), ``skipped(i)`` says line ``i``'s
    section lists no papers."""
    groups: dict[tuple[int, str], list[Found]] = {}
    for rec in free_records(doc, lo, hi, taken):
        if skipped(rec.first):
            continue
        read = _linked(doc, rec) or _wiki(doc, rec) or _labelled(doc, rec) or _over_names(doc, rec) or _under_names(doc, rec) \
            or _quoted(doc, rec) \
            or _dated(doc, rec) or _noted(doc, rec)
        if read is not None:
            form, one = read
            groups.setdefault((rec.depth, form), []).append(one)
    out: list[Found] = []
    for (_, form), group in groups.items():
        weight = [f.style.pop("_evidence", 0) for f in group]
        need = _MIN_LINKED if form in ("linked", "noted", "wiki") else _MIN_DATED if form in ("dated", "venue-dated") else _MIN_OTHER
        strong, evidenced = weight.count(_STRONG), [f for f, w in zip(group, weight, strict=True) if w]
        if strong >= need and 3 * len(evidenced) >= 2 * len(group):
            out += evidenced  # (some words of the title naming its page count once the template holds)
    return sorted(out, key=lambda f: f.first)


def _title_like(title: str, least: int) -> bool:
    words = title.split()
    return (least <= len(words) <= 40 and any(c.isalpha() for c in title) and not title.rstrip().endswith(":")
            and not _PROSE.match(title) and not is_author_list(title)
            and not listed_names(title) and not _IN_VENUE.match(title))


def _found(doc: Document, rec: Record, title: str, at: tuple[int, int], evidence: int) -> Found:
    ident = Identity()
    for k in range(rec.first, rec.last + 1):
        add_links(ident, doc.lines[k])
    found = Found(first=rec.first, last=rec.last, ident=ident)
    base = doc.starts[rec.first]
    found.title, found.title_span = title_of(title), (base + at[0], base + at[1])
    found.style = {"shape": "paragraph", "leftover": True, "item": rec.depth >= 0, "_evidence": evidence}
    if (m := _YEAR.search(doc.text_of(rec.first, rec.last))) is not None:
        found.year = int(m.group(0))
    return found


def _linked(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """``[Title](page)`` and little after it, the page named after the title or holding an arXiv id;
    ``[Title]()``, a paper not linked yet, among them.  The link's text may wrap onto a second line."""
    line = doc.lines[rec.first]
    at = text_start(line, rec.start)
    if "](" not in line and rec.last > rec.first and "[" in line:
        line = doc.text_of(rec.first, rec.first + 1)  # (offsets stay the document's: the lines are joined as written)
    if (lead := _LEAD.match(line, at)) is not None:
        at = lead.end()  # ("`ICLR` [Title](...)", "2021.01.26 [Title](...)": a tag or date before the title)
    bold = line.startswith(("**", "__"), at)
    m = _LINKED.match(line, at + 2 if bold else at)  # ("**[Title](title.md)**": bold the same)
    if m is None or rec.last > rec.first + 2 or "\n" in line[m.end() :] or bold and not line.startswith(line[at : at + 2], m.end()):
        return None
    tail = plain(line[m.end() + 2 if bold else m.end() :])
    title, url, at = m.group("t"), m.group("u") or "", m.start("t")
    venued = "](" in line[m.end() :] and _venue_links(line, m.end())  # ("[Title](paper_2.md), ([ASE2023](venues/ASE2023))")
    if len(tail.split()) > _TAIL_WORDS or "](" in line[m.end() :] and not venued or url.startswith("#"):
        return None
    keyed = _KEYED.match(title)  # ("[Benoit2014PB - Title](notes/Benoit2014PB.md)": a citation key, then the title)
    if keyed is not None:
        at, title = at + keyed.start("t"), keyed.group("t")
    named = _named(url, plain(title))
    if not _title_like(plain(title), 1 if named and lead is not None else 3):
        return None  # (one word is a title only after a tag or date, its page named after it: "`CVPR` [DeepFool](DeepFool.md)")
    strong = url == "" and m.group("p") is not None or keyed is not None or named or venued or _page_of(url, plain(title))
    weak = url == "" or _part_of(url, plain(title)) or _named_after(tail)
    # ("[Title]" not linked yet; a page named after some words; "[Title](notes/dso.md) - Cremers", its author)
    return "linked", _found(doc, rec, title, (at, at + len(title)), _STRONG if strong else _WEAK if weak else 0)


#: A wiki link to a note (``[[Title]]``, ``[[folder/Title|shown]]``): the note's name, after its folder.
_WIKI = re.compile(r"\[\[(?:[^\[\]|#\n]*/)?(?P<t>[^\[\]|#/\n]{2,300})(?:[|#][^\[\]\n]*)?\]\](?!\()")


def _wiki(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """``[[Title]]`` and little after it: a note named after the title (Obsidian, Foam, a wiki)."""
    line = doc.lines[rec.first]
    at = text_start(line, rec.start)
    m = _WIKI.match(line, at)
    if m is None or len(plain(line[m.end() :]).split()) > _TAIL_WORDS or not _title_like(m.group("t").strip(), 3):
        return None
    t0 = m.start("t") + len(m.group("t")) - len(m.group("t").lstrip())
    title = m.group("t").strip()
    return "wiki", _found(doc, rec, title, (t0, t0 + len(title)), _STRONG)


def _venue_links(line: str, at: int) -> bool:
    """Whether the links after ``at`` all name a venue and its year (``[ASE2023](../venues/ASE2023/README.md)``)."""
    found = find_links(line, at)
    return bool(found) and all(_YEAR.search(label) and is_venue_text(label) for label, _, _, _ in found)


#: An author's name after a linked title and a dash: ``- Cremers``, ``– Joan Solà``.
_NAME_TAIL = re.compile(r"[ \t]*+[-–—][ \t]++(?P<n>[^\W\d_][^\s\d]{1,30}(?:[ \t]++[^\W\d_][^\s\d]{1,30}){0,2})[ \t]*+$")


def _named_after(tail: str) -> bool:
    """Whether what follows a linked title is its author's name after a dash (a surname alone, or a name)."""
    m = _NAME_TAIL.match(tail)
    return m is not None and (lone_surname(m.group("n")) or one_name(m.group("n")))


def _page_name(url: str) -> list[str]:
    """The words naming the list's own page at ``url`` (``notes/Beam_Search.md`` → beam, search);
    none for a page elsewhere or an anchor."""
    path = unquote(url).lower()
    if not _OWN_PAGE.match(path) or path.startswith("#"):
        return []
    return _WORD_ANY.findall(path.rsplit("/", 1)[-1].split("#", 1)[0].rsplit(".", 1)[0])


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_ANY.findall(text)]


def _part_of(url: str, title: str) -> bool:
    """Whether the list's own page is named after some words of the title, each the start of one
    (``[If beam search is the answer ...](notes/beam_search.md)``, ``[Admin Initialization ...](Admin.md)``)."""
    stem, words = _page_name(url), _words(title)
    return bool(stem) and stem[0] not in _HOUSE_PAGES and all(any(w.startswith(s) for w in words) for s in stem)


def named_page(url: str, title: str) -> bool:
    """Whether ``url`` is the list's own page named after the whole title (``2026/Owl_Eyes_at_Night/``)."""
    return _named(url.rstrip("/"), title)


def _named(url: str, title: str) -> bool:
    """Whether the list's own page is named after the whole title, or after its name before a colon
    (``[SPECTER: Document-level ...](notes/SPECTER.md)``)."""
    stem = _page_name(url)
    return bool(stem) and (stem == _words(title) or ":" in title and stem == _words(title.split(":", 1)[0]))


def _page_of(url: str, title: str) -> bool:
    """Whether the link's address is the list's own page about the title (a notes file of its
    repository or site, named after the title or holding an arXiv id); a page elsewhere (a blog
    post, a share button) is not."""
    path = unquote(url).lower().split("#", 1)[0]  # (a place in a page, "README.md#deep-active-inference": a contents line)
    if not _OWN_PAGE.match(path):
        return False
    if _ARXIV_IN_URL.search(path):
        return True
    words = [w.lower() for w in _WORD.findall(title)]
    if len(words) >= 3 and sum(w in path for w in words) * 4 >= len(words) * 3:
        return True
    stem = _WORD.findall(path.rsplit("/", 1)[-1].rsplit(".", 1)[0])  # a file named after the title, cut short
    return len(stem) >= 5 and words[: len(stem) - 1] == stem[:-1] and words[len(stem) - 1].startswith(stem[-1])


def _labelled(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """A title after its field's label, no link (``**Title**: ...``, ``**论文题目**：...``): the label names it a paper's."""
    line = doc.lines[rec.first]
    at = text_start(line, rec.start)
    if (end := past_title_label(line, at)) == at or "](" in line or "http" in line:
        return None
    raw = line[end:].rstrip()
    title = plain(raw)
    if not (_title_like(title, 2) or len(CJK_LETTER.findall(title)) >= 6 and not _PROSE.match(title)):
        return None
    return "labelled", _found(doc, rec, raw, (end, end + len(raw)), _STRONG)


def _over_names(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """A plain title line with an author line under it (``Authors: ...``, ``*Names*``)."""
    line = doc.lines[rec.first]
    at = text_start(line, rec.start)
    raw = line[at:].rstrip()
    if raw.endswith("<br>"):
        raw = raw[:-4].rstrip()
    if not raw or "[" in raw or "http" in raw or raw.startswith("`") \
            or raw.startswith(("*", "_")) and not raw.startswith(("**", "__")) and not _EMPHASIS_ONLY.fullmatch(raw):
        return None  # (an italic title alone on its line may stand over its authors: "*Title*<br>")
    glued = _GLUED_NAMES.search(raw)  # ("Title*Ann Barn and Bob Tawny*": the names glued to the title)
    italic = False
    if glued is not None:
        under, raw = glued.group("n"), raw[: glued.start()].rstrip()
    else:
        below = [k for k in range(rec.first + 1, rec.last + 1) if doc.lines[k].strip()]
        if below and _ASIDE.match(doc.lines[below[0]]):
            below = below[1:]  # ("(Best Paper Award)" between the title and its authors)
        if not below and rec.depth < 0 and rec.first == rec.last and raw.startswith(("**", "__")) \
                and rec.last + 2 < len(doc.lines) and not doc.lines[rec.last + 1].strip() and not doc.fenced[rec.last + 2]:
            below = [rec.last + 2]  # (a bold title's paragraph over its authors' paragraph: one record)
            rec = replace(rec, last=rec.last + 2)
        if not below or "](" in doc.lines[below[0]]:
            return None
        under = plain(doc.lines[below[0]]).strip()
        italic = _ITALIC_LINE.fullmatch(doc.lines[below[0]].strip().removesuffix("<br>").rstrip()) is not None
    names = _AFFILIATION.sub("", _AUTHORS_LABEL.sub("", under)).rstrip(".;, \t")  # ("Ann Barn (Owl U. - Brazil);")
    labelled = len(names) < len(under) or italic  # (names set apart in italics: "*Md Fahim*")
    if not names or not (labelled and is_name_list(_GLUED_INITIAL.sub(r"\1 ", names)) or listed_names(names) or is_author_list(names)):
        return None  # (an author line: names, listed or labelled)
    title = plain(raw)
    if not _title_like(title, 2) or _REFERENCE_YEAR.search(title) or _ENDS_SMALL.search(title):
        return None  # (a reference's line, with its year; a sentence running on: "Sets are encoded in")
    return "over names", _found(doc, rec, raw, (at, at + len(raw)), _STRONG)


def _under_names(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """A bold title alone on its line under the record's author line, each closed by a line break
    (a bibliography's card: ``[Barn2019]<br/>``, ``_Barn, Ann and Tawny, Bob_<br/>``, ``**Title**<br/>``, a venue)."""
    for k in range(rec.first, rec.last):
        bold = _BOLD_LINE.fullmatch(doc.lines[k + 1])
        if bold is None or (cut := _break_cut(doc.lines[k])) is None:
            continue
        names = plain(doc.lines[k][rec.start if k == rec.first else 0 : cut]).strip(" \t.;,")
        title = plain(bold.group("t"))
        if names and (listed_names(names) or is_author_list(names)) and _title_like(title, 2):
            shift = doc.starts[k + 1] - doc.starts[rec.first]
            return "under names", _found(doc, rec, bold.group("t"), (shift + bold.start("t"), shift + bold.end("t")), _STRONG)
    return None


#: A line that is one bold span, a line break maybe after it: ``**Title**<br/>``.
_BOLD_LINE = re.compile(r"[ \t]*+(?:\*\*|__)(?P<t>[^*_\n]{4,300}?)(?:\*\*|__)[ \t]*+(?:<br[ \t]*+/?>|\\|[ \t]{2})?[ \t]*+")
_BREAK_TAG = re.compile(r"<br[ \t]*+/?>$", re.IGNORECASE)


def _break_cut(line: str) -> int | None:
    """Where a line closed by a line break (``<br/>``, a backslash, two spaces) ends before it; None when none closes it."""
    text = line.rstrip(" \t")
    if (m := _BREAK_TAG.search(text, max(0, len(text) - 8))) is not None:
        return m.start()
    if text.endswith("\\"):
        return len(text) - 1
    return len(text) if len(line) - len(text) >= 2 else None


def _quoted(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """A quoted title after a few words (names, a year) with a year in the record."""
    line = doc.lines[rec.first]
    at = text_start(line, rec.start)
    m = _QUOTED.search(line, at)
    book = m is None and (m := _BOOK.search(line, at)) is not None and _LATIN_WORDS.search(m.group("t")) is not None \
        and _NUMBERED.fullmatch(line, at, m.start()) is not None  # (the record opens with it: no "相关文章：《Title》")
    if m is None or "](" in m.group("t") or len(before := plain(line[at : m.start()]).split()) > 8 \
            and not (len(before) <= 80 and is_name_list(" ".join(before).strip(" ,"))) \
            or "](" in line and not _owner_linked(line, at, m.start()):
        return None  # (links only after a name linked before the title: "Ann Barn, [Bob Tawny](/), \"Title\"")
    title = m.group("t").strip()
    if not (2 <= len(plain(title).split()) + len(CJK_LETTER.findall(title)) // 4 <= 40) or _PROSE.match(title):
        return None  # (quoted: a title, though its words may read as names, "Statistics and Causal Inference")
    rest = plain(line[at : m.start()] + " " + line[m.end() :])
    strong = book or _YEAR.search(rest)  # ("《Title》，类似工作包括...": marked as a work's title, with no year)
    return "quoted", _found(doc, rec, title, (m.start("t"), m.start("t") + len(title)), _STRONG if strong else 0)


def _owner_linked(line: str, at: int, title: int) -> bool:
    """Whether the links before the title are around names, one at least (a publication page links
    its owner's name in every reference); links after the title are then its venue's or the paper's."""
    before = [label for label, _, s, _ in find_links(line, at) if s < title]
    return bool(before) and all(is_name_list(label) for label in before)


def _dated(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """A one-line record of a plain title and a year after it, or a dated venue tag before it; no link
    (or a record whose first line is that, closed by a line break's tag, over its notes).  A one-line paragraph of a
    title, then its venue and date after a stop or comma (``Title. Artif. Intell. Rev. 57(10): 268 (2024)``) is a
    template of its own, which tips no other dated records' run (a list's items are its plain items' to read)."""
    if rec.last != rec.first and not BREAK_END.search(doc.lines[rec.first]):
        return None
    line, form = doc.lines[rec.first], "dated"
    if (read := dated_title(line, text_start(line, rec.start))) is None and rec.last == rec.first and rec.depth < 0 \
            and "](" not in line:
        read, form = venue_dated(line, text_start(line, rec.start)), "venue-dated"
    if read is None:
        return None
    t0, t1, sure = read
    title = line[t0:t1].rstrip(" \t,.")
    if not _title_like(plain(title), 3) or "," in title and len((first := title.split(",")[0]).split()) >= 2 and is_name_list(first):
        return None  # (names first: "Ann Barn, Owl Counts, 2014" is a reference's, not a dated title)
    return form, _found(doc, rec, title, (t0, t0 + len(title)), _STRONG if sure else _WEAK)


#: A plain title and, in parentheses after it, links to the list's own notes on it whose texts are
#: short (a presenter, a reader): ``Title ([Ann](./summary/1.md), [Bob](./summary/33.md))``.
_NOTED = re.compile(r"(?P<t>[^\[\]()<>|`]{8,300}?)[ \t]*+[(（](?P<l>(?:[ \t,;/]*+\[[^\[\]]{1,40}\]\]?\([^()\s]+\))++)"
                    r"[ \t]*+[)）][ \t.]*+$")
_NOTE_LINK = re.compile(r"\[(?P<x>[^\[\]]{1,40})\]\]?\((?P<u>[^()\s]+)\)")


def _noted(doc: Document, rec: Record) -> tuple[str, Found] | None:
    """A one-line record of a plain title and links to its notes pages in parentheses (see ``_NOTED``)."""
    if rec.last != rec.first:
        return None
    line = doc.lines[rec.first]
    at = text_start(line, rec.start)
    m = _NOTED.match(line, at)
    if m is None:
        return None
    title = m.group("t").rstrip(" \t,.-–—:")
    links = list(_NOTE_LINK.finditer(m.group("l")))
    if not _title_like(plain(title), 2) or any(len(x.group("x").split()) > 3 for x in links):
        return None
    if not all(_OWN_PAGE.match(unquote(x.group("u")).lower()) and not x.group("u").startswith("#") for x in links):
        return None  # (links elsewhere, an issue tracker's: a task, not a paper's notes)
    return "noted", _found(doc, rec, title, (m.start("t"), m.start("t") + len(title)), _STRONG)
