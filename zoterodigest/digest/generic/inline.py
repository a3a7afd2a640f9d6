"""One line of a paper list: where its title, venue, authors, links and note are.

The title is the first thing an item says: a link's text, bold, italic or
quoted text, a reference's title, or the plain text before the first link or
parenthesis; leading tags (``[2023/06]``, ``[CVPR 2019]``, ``(2017-01)``,
``[5]``) are skipped and kept as the venue or year.  Every answer is a pair of
columns of the line, so spans stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..markup import without_attributes
from .after_title import skip_links, venue_after, venue_in_link
from .bold_heads import after_bold
from .bold_names import unbold_names
from .byline import is_venue_text, skip_bold_venue
from .citation_keys import TITLE_START, cited_link, past_citation
from .leads import past_dated_venue, past_et_al, past_labels, past_link_kind, past_nickname, unmarked_reference
from .line_marks import past_heading_marks
from .link_finder import DEFINITIONS, REF_LINK, find_links
from .link_references import link_reference
from .name_lead import name_lead
from .names_first import names_before_quote, names_first, reference_over_link
from .plain_cut import plain_cut
from .prefixes import bold_part, bracketed_label, is_generic_label, skip_prefix, skip_venue_word, venue_label
from .reference_marks import YEAR, Reference
from .references import parse_reference
from .title_parts import (
    continued_title,
    italic_names,
    italic_tail,
    names_before,
    past_date,
    title_and_names,
    trim_title,
)
from .title_parts import strip_title as _strip_title
from .venue_tails import comma_venue, trailing_venue

#: A day written with its month's name (``Sept 28``, ``March 3, 2016``, ``3 Mar``).
_MONTH_DAY = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?+[ \t]++\d{1,2}(?:st|nd|rd|th)?+(?:,?+[ \t]++(?:19|20)\d{2})?+"
              r"|\d{1,2}[ \t]++(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?+(?:[ \t]++(?:19|20)\d{2})?+)")
_TAG = re.compile(
    r"(?:\*\*\[(?P<mtag>[^\[\]\n]{1,30})\](?:\[[^\[\]\n]{1,30}\]){1,3}\*\*|\*\*\[(?P<btag>\d{1,4}|[^\[\]]{0,30}(?:19|20)\d{2}[^\[\]]{0,10}|[A-Za-z][A-Za-z+]{0,5}\d{2}[a-z]?|[A-Z]{1,3}\d{1,3}|)\]\*\*"
    r"|\\?\[(?P<tag>[^\[\]\\]{1,40}|[^\[\]]{41,100}(?=\][ \t]*\*\*))\\?\](?!\())"
    r"[ \t]*(?:[:：\-–—|]|\.(?=[ \t]))?[ \t]*"
    r"|(?:19|20)\d{2}(?:[ \t]++(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?+)?+[ \t]*+[,:|][ \t]*+"
    r"|(?P<day>(?:19|20)\d{2}(?:[-/.](?:\d{1,2}|\?\?)){2}|(?:19|20)\d{2}[01]\d[0-3]\d)(?=[ \t,:|])[ \t]*[,:|]?[ \t]*"
    r"|\*\*(?P<bday>(?:19|20)\d{2}(?:[-/.]\d{1,2}){0,2}|" + _MONTH_DAY + r")\*\*[ \t]*+[:：\-–—|]?[ \t]*+"
    r"|(?P<yv>(?:19|20)\d{2}(?:[ \t]*+[-_][ \t]*+|[ \t]++)[A-Za-z][\w&]{1,15}(?:[ \t\-][A-Za-z][\w&]{1,15}){0,2}?)(?:[ \t]++[-–—:|]|-)[ \t]++|(?:19|20)\d{2}[a-z]?[-_][A-Z][\w'’\-]{1,24}(?:[ \t]++et[ \t]++al\.?)?:[ \t]++(?=\S)"  # ("2004-Barn: Title", a key)
    r"|\((?P<date>(?:19|20)\d{2}(?:[-/.]\d{1,2})*|[A-Za-z][\w'’ .\-]{1,30}(?:19|20)?\d{2})\)[ \t]*"
    r"|`(?P<code>[^`]{1,30})`[ \t]*|【(?P<lent>[^【】]{0,40})】[ \t]*"
    r"|!\[[^\]]*\]\([^)\s]*\)[ \t]*|<br\s*/?>[ \t]*|<img\b[^<>]{0,400}>[ \t]*|&(?:nbsp|ensp|emsp);[ \t]*|<a[ \t]++(?:name|id)=[^<>]{0,80}>[ \t]*+</a>[ \t]*|<(?:span|small|big|ins|center)(?:[ \t][^<>]{0,200})?>[ \t]*|<(?=\[)"
    r"|\\\[\d{1,4}\\?\][ \t]*+|\((?:[Pp]oster|[Oo]ral|[Ss]potlight|[Tt]alk)[ \t]*+\\?#?[ \t]*+\d{1,4}\)[ \t]*+[:.]?[ \t]*+"  # ("\[16]Title", "(Poster \#01): ")
    r"|[*_]?\((?:[Aa]dditional|[Oo]ptional|[Rr]ecommended|[Rr]equired|[Ss]upplementary|[Ff]urther|[Bb]ackground)(?:[ \t][a-z]{2,12}){0,2}\)[*_]?[ \t]++|[\u2600-\u27bf\U0001F300-\U0001FAFF\ufe0f]+[ \t]*"
    r"|(?P<idate>[_*])(?:19|20)\d{2}(?:[-/.](?:\d{1,2}|xx|XX|\?\?)){0,2}(?P=idate)[ \t]++"  # (a date in italics: "_2018.07_ Title")
    r"|:[a-z0-9_+\-]+:[ \t]*|\((?:[A-Z][A-Z !]{2,24}|[A-Za-z][A-Za-z ]{1,24}!)\)[ \t]*+(?=\(\[|[\w\"“*]\S*[ \t]+\S+[ \t]+\S)"
    r"|(?:\d{1,3}[.)]|\(\d{1,3}\))[ \t]++(?=\*\*|__|<b>|<strong>|\[[^\]]{3})"  # (a number before a marked or linked title: "| 5. **Title** |", "(64) <b>Title</b>")
)
#: A bibliography's citation key: ``For09``, ``BGS75``, ``AB09a``.
_KEY = re.compile(r"[A-Za-z][A-Za-z+]{0,5}\d{2}[a-z]?")
_LABEL_COLON = re.compile(r"[\w\u4e00-\u9fff][\w\u4e00-\u9fff ]{0,11}[:：][ \t]*")
_NUMBER = re.compile(r"\d{1,4}(?:\)\.|[.)])[ \t]+")


@dataclass
class Head:
    """What a line says about a paper, as columns ``[start, end)`` of the line."""

    title: tuple[int, int] | None = None
    title_in_link: str | None = None
    #: The rest of a title that runs on after its link (``[Name](url): Rest of the Title``).
    title_more: tuple[int, int] | None = None
    venue: tuple[int, int] | None = None
    tag: str | None = None
    authors: str | None = None
    year: int | None = None
    note: tuple[int, int] | None = None
    after: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)
    #: Every link of the line with its columns (label, url, start, end).
    spans: list[tuple[str, str, int, int]] = field(default_factory=list)

    def copy(self) -> Head:
        """A copy whose lists the caller may change (built field by field: ``dataclasses.replace`` is slower)."""
        return Head(self.title, self.title_in_link, self.title_more, self.venue, self.tag, self.authors, self.year,
                    self.note, self.after, list(self.links), list(self.spans))


def _skip_tags(line: str, pos: int, head: Head) -> int:
    while pos < len(line):
        if DEFINITIONS and (r := REF_LINK.match(line, pos)) and (r.group("ref") or r.group("label")).lower() in DEFINITIONS:
            break  # "[Title][name]": a link, not a tag
        if line.startswith(("(", "（"), pos) and (dated := past_dated_venue(line, pos)) is not None:
            pos, head.year, head.venue = dated  # "(2011) IEEE Owl Letters: Title"
            break
        m = _TAG.match(line, pos)
        if not m or m.end() == pos:
            break
        tag = next((t for t in m.group("tag", "btag", "mtag", "date", "code", "day", "lent", "bday", "yv") if t), None)
        if tag is not None and head.tag is None and not (tag.strip().lower() in ("x", "", " ") or tag.strip().isdigit() or _KEY.fullmatch(tag)):
            head.tag = tag.strip()  # (not a number, a check box, a bibliography's key "[For09]": those name no venue)
        # ("- 2024-12-28:" over its title's line: the head runs on past the line's end)
        pos = len(line) - len(line[m.end() :].lstrip()) if line.startswith("\n", m.end()) else m.end()
    return pos


#: A dash between a link before a title and the title.
_DASH_AFTER = re.compile(r"(?:[-–—]|_[-–—]_)[ \t]++(?=\S)")


def _skip_leading_links(line: str, pos: int, links: list[tuple[str, str, int, int]], head: Head) -> int:
    """Past badges, images, ``[[paper](url)]`` and ``([paper](url) [code](url))`` groups and a
    ``Label:`` before the title (``论文：[Title](url)``), when a title follows them."""
    start = pos
    # Links by where they start, walked once (a line of thousands of links stays linear).
    starts = {s for _, _, s, _ in links}
    ordered = sorted((s, e, label) for label, _, s, e in links)
    i = 0
    while True:
        m = _LABEL_COLON.match(line, pos)
        if m and m.end() in starts:
            pos = m.end()
            continue
        while i < len(ordered) and ordered[i][0] < pos:
            i += 1
        # Only the first link at or after pos can follow with nothing but spaces and brackets between.
        nxt = (ordered[i][2], ordered[i][0], ordered[i][1]) \
            if i < len(ordered) and not line[pos:ordered[i][0]].strip(" \t[](*\\") else None  # (escaped brackets too: "\\[[CVPR 2023](url)\\]")
        if nxt is None:
            break
        dashed = not bracketed_label(nxt[0])  # (not "[[A course, its site]](url) - what it teaches")
        if not (nxt[0] == "badge" or line.startswith("![", nxt[1]) or is_generic_label(nxt[0]) or bracketed_label(nxt[0])):
            if not venue_label(line, nxt[1], nxt[2], nxt[0]):
                break
            head.tag, dashed = head.tag or nxt[0].strip("*_ "), True  # "[[CVPR](url)] Title": the venue, its link the paper's
        pos = nxt[2]
        pos += 2 if line.startswith("**", pos) and line.endswith("**", 0, nxt[1]) else 0  # ("**[[Nick'18]](url)** Title")
        while pos < len(line) and line[pos] in "]) \t|,/\\":
            pos += 1
        if dashed and (dash := _DASH_AFTER.match(line, pos)) is not None:
            pos = dash.end()  # ("[2025 Nature](url) - Title", "[**2025 Nature** ](url)_-_ Title")
    if pos >= len(line.rstrip()) or not TITLE_START.match(line, pos):
        return start  # nothing after the links: no title there
    return _skip_tags(line, pos, head) if pos != start else pos


def _link_title(line: str, pos: int, links: list[tuple[str, str, int, int]], head: Head) -> int | None:
    """A title that is a link's text (``[Title](url)``, bold inside or outside)."""
    bold = line.startswith("**", pos) and line.startswith("[", pos + 2)
    at = pos + 2 if bold else pos
    for label, url, s, e in links:
        if s != at or label == "badge" or not url or is_generic_label(label):
            continue
        l0, l1 = (s + 1, s + 1 + len(label)) if line[s] == "[" else (e - 4 - len(label), e - 4)  # <a ...>label</a>
        ref = link_reference(label, url)
        if ref is not None:
            head.title = (l0 + ref.title[0], l0 + ref.title[1])
            head.year = ref.year or head.year
            if ref.venue:
                head.venue = (l0 + ref.venue[0], l0 + ref.venue[1])
            if ref.authors:
                head.authors = label[ref.authors[0] : ref.authors[1]]
        else:
            head.title = _strip_title(line, l0, l1)
        if (part := bold_part(label)) is not None:
            head.title = (l0 + part[0], l0 + part[1])  # ("[Names. **Title**. Venue.](url)": the bold part)
        head.title_in_link = url
        end = e + 2 if bold and line.startswith("**", e) else e
        if (more := continued_title(line, label, end)) is not None:
            head.title_more = more  # "[Megatron-LM](url): Training Multi-Billion ...": the title runs on
            return more[1]
        if s > 0 and line[s - 1] == "<" and line.startswith(">", end):
            end += 1  # "<[Title](url)>"
        return end
    return None


#: Names and a year before a bold quoted title, as a Chicago reference list made by Pandoc writes it.
_DATED_QUOTE = re.compile(r"(?P<n>[A-Z][^“\"*\[\]()\n]{2,200}?)[ \t]++\(?(?P<y>(?:19|20)\d{2})[a-z]?\)?[.,]?[ \t]++(?=[“\"]\*\*)")
#: A title in a styling tag with attributes: ``<font color="orange">Title</font>``, ``<span style="...">Title</span>``.
_STYLED = re.compile(r"<(?P<tag>font|span|mark)\b[^<>]{0,200}>[ \t]*+(?P<t>[^<>]{8,400}?)[ \t]*+</(?P=tag)>", re.IGNORECASE)
_MARKS = (("**", "**"), ("__", "__"), ("*", "*"), ("_", "_"), ("\"", "\""), ("“", "”"), ("<b>", "</b>"),
          ("<strong>", "</strong>"), ("<i>", "</i>"), ("<em>", "</em>"), ("<u>", "</u>"), ("<cite>", "</cite>"))


def _marked_title(line: str, pos: int, head: Head, links: list[tuple[str, str, int, int]] | None = None) -> int | None:
    """``**Title**``, ``*Title*``, ``_Title_``, ``<b>Title</b>`` or a quoted title at ``pos``."""
    if line.startswith("<", pos) and (m := _STYLED.match(line, pos)) is not None:
        head.title = _strip_title(line, m.start("t"), m.end("t"))  # ('<font color="orange">Title</font>')
        return m.end()
    for mark, close in _MARKS:
        if not line.startswith(mark, pos) or line.startswith(mark * 2, pos) and mark in "*_":
            continue
        end = line.find(close, pos + len(mark) + 1)
        if end < 0:
            return None
        t0 = pos + len(mark)
        if mark in ("**", "<b>", "<strong>"):
            tagged = _skip_tags(line, t0, head)
            number = _NUMBER.match(line, tagged)
            tagged = number.end() if number else tagged
            if line[tagged : tagged + 1].isdigit() and (glued := skip_venue_word(line, tagged))[1] is not None:
                tagged, head.tag = glued[0], head.tag or glued[1]  # ("**18-SIGCOMM-Title**")
            if tagged < end and line[tagged:end].strip(" *_"):
                t0 = tagged  # "**[CVPR 2019] Title**"; but "**[Title]**" is the title
            else:
                head.tag = None
        head.title = _strip_title(line, t0, end)
        after = end + len(close)
        return after_bold(line, pos, t0, end, links, head, _link_title) if mark == "**" else after
    return None


#: What closes a line of names before its title: a colon, a line break (``Ann Barn, Bob Tawny:<br>``).
_NAMES_CLOSE = re.compile(r"(?<![ \t:：>])(?:[ \t]*+(?:<br[ \t]*+/?>|[:：]))++[ \t]*+$", re.IGNORECASE)


def _plain_title(line: str, pos: int, links: list[tuple[str, str, int, int]], head: Head) -> int:
    """Plain text before the first link, parenthesised venue or separator; or a reference."""
    stop = next((s for _, _, s, _ in links if s >= pos), len(line))
    text = line[pos:stop]
    ref = parse_reference(text) or (reference_over_link(line, pos, text) if stop < len(line) else None)
    named = names_before(line, pos, stop) if ref is None else None  # "Ann Barn, Bob Tawny: Title"
    if ref is not None:
        return _from_reference(line, pos, ref, head)
    if (names := italic_names(text)) is not None:  # "Title, *Ann Barn, Bob Tawny*, Venue 2021"
        head.title, head.authors = _strip_title(line, pos, pos + names[0]), text[names[1] : names[2]]
        return pos + names[3]
    if named is not None:
        head.authors = line[named[1][0] : named[1][1]]
        pos, text = named[0], line[named[0] : stop]
    parts = title_and_names(line, pos, stop)
    if parts is not None:  # "Title. Names. Venue", "Title, Names, 2020", "Title. A description."
        head.title, head.venue, head.year = _strip_title(line, *parts.title), parts.venue, parts.year or head.year
        if parts.authors and head.authors is None:  # (names cited before the title stand: what follows it is the venue)
            head.authors = line[parts.authors[0] : parts.authors[1]].strip("*_ ")
        return parts.end
    cut = plain_cut(text)
    cut, italic_venue = italic_tail(text, cut)
    if italic_venue is not None and head.venue is None:
        head.venue = (pos + italic_venue[0], pos + italic_venue[1])
    if (tail := trailing_venue(text[:cut])) is not None:  # "Title, arXiv 2023.", "Title. ICASSP 2020."
        head.venue, cut = (pos + tail[0], pos + tail[1]), tail[2]
    elif stop < len(line) and not text[cut:].strip(" \t,") and (comma := comma_venue(text[:cut])) is not None:
        known, cut = comma  # ("Title, ICLR, [[arXiv]](url)": a field before the links)
        head.venue = (pos + known[0], pos + known[1]) if known is not None else head.venue
    head.title = _strip_title(line, pos, pos + cut)
    if named is not None and head.year is None and (year := YEAR.search(line, head.title[1], stop)):
        head.year = int(year.group(1))  # "Ann Barn and Bob Tawny: Title, 1998."
    return pos + cut


def _from_reference(line: str, pos: int, ref: Reference, head: Head) -> int:
    """The head's parts from a reference read at ``pos``; where its title ends."""
    head.title, head.year = (pos + ref.title[0], pos + ref.title[1]), ref.year
    head.venue = (pos + ref.venue[0], pos + ref.venue[1]) if ref.venue else None
    head.authors = line[pos + ref.authors[0] : pos + ref.authors[1]] if ref.authors else None
    if ref.authors and (more := names_before(line, head.title[0], head.title[1])) is not None:
        head.title, head.authors = (more[0], head.title[1]), line[pos + ref.authors[0] : more[1][1]]  # "A, B, C. D: Title"
    elif ref.authors and (rest := _NAMES_REST.match(line, head.title[0], head.title[1])) is not None:
        head.title, head.authors = (rest.end(), head.title[1]), line[pos + ref.authors[0] : rest.end("n")]  # "A, et al.: Title"
    return pos + ref.title[1]


#: The last of the names before a colon, left at a title's start: ``et al.: Title``, ``and Cy Hoot: Title``.
_NAMES_REST = re.compile(r"(?P<n>et\.?[ \t]?al\.?|and[ \t]+[A-Z][\w'’\-.]*+(?:[ \t]+[A-Z][\w'’\-.]*+){1,3})[ \t]*+[:：][ \t]++(?=\S)")

def _past_names(line: str, pos: int, links: list[tuple[str, str, int, int]], head: Head) -> int:
    """Past an author list before a linked title (``Ann Barn and Bob Tawny. 2021. [Title](url)``,
    ``Ann Barn: “[Title](url),”``), the names and year kept on the head; ``pos`` when none stands there."""
    if (quoted := names_before_quote(line, pos)) is not None:  # ("Ann Barn, [Bob Tawny](/), \"Title\"": the owner linked)
        head.authors = quoted[1]
        return quoted[0]
    if (dated := _DATED_QUOTE.match(line, pos)) is not None:
        head.authors, head.year = dated.group("n").strip(" ,"), int(dated.group("y"))
        return dated.end()  # ("Open Science Collaboration 2015. “**Title**.”": names, a year, a bold quoted title)
    named = names_first(line, pos, links)
    if (loose := named is None) and (named := names_first(line, pos, links, loose=True)) is None:
        return pos
    at = named[0] + line.startswith(("“[", "\"["), named[0])
    if _link_title(line, at, links, head) is None and (loose or not _bold_title(line, pos, at, links, head)):
        return pos  # ("Chen, Long, et al. **Title.** Venue": a bold title after the names)
    if loose and (head.title is None or len(line[slice(*head.title)].split()) < 3):
        head.title = head.title_in_link = head.title_more = None
        return pos  # (names run into a link with no stop only when the link's text is a title)
    head.authors, head.year = named[1], named[2]
    return at


def _bold_title(line: str, pos: int, at: int, links: list[tuple[str, str, int, int]], head: Head) -> bool:
    """A bold title of two words or more at ``at``, past names from ``pos`` that read as no whole
    reference (kept on the head)."""
    if not line.startswith(("**", "__", "<b>", "<strong>"), at):
        return False
    ref = parse_reference(line[pos : next((s for _, _, s, _ in links if s >= pos), len(line))])
    if ref is not None and at <= pos + ref.title[0] <= at + 2 or _marked_title(line, at, head) is None:
        return False  # (a whole reference whose title is the bold one reads as a reference, its venue kept)
    return head.title is not None and len(line[slice(*head.title)].split()) >= 2


_HEADS: dict[tuple[str, int], Head] = {}  # heads read in the current document, by line and column (read more than once)


def clear_heads() -> None:
    """Forget the heads read (a new document: its link definitions change what a line says)."""
    _HEADS.clear()


def read_head(line: str, start: int) -> Head:
    """The parts of one line of a list from column ``start`` (after its bullet); a copy the caller may change."""
    head = _HEADS.get((line, start))
    if head is None:
        if len(_HEADS) > 50_000:
            _HEADS.clear()
        head = _HEADS[line, start] = _read_head(line, start)
    return head.copy()


def _read_head(line: str, start: int) -> Head:
    """The parts of one line of a list from column ``start`` (after its bullet); a no-break space reads as a space."""
    line = unmarked_reference(unbold_names(without_attributes(line.replace("\xa0", " ")), start), start)  # ("**Barn, A. (1974).** Title. *Journal*"; "{:target=...}")
    start = past_heading_marks(line, start)
    links = find_links(line, start)
    head = Head(links=[(label, url) for label, url, _, _ in links], spans=links)
    pos = _skip_tags(line, start, head)
    pos = past_labels(line, pos)  # ("Oscar presents: Barn (1988) Title", "**Title:** Title", "**Binary**: Barn, A. (2015). Title")
    pos = past_link_kind(line, _skip_leading_links(line, pos, links, head))
    while line.startswith(" ", pos):
        pos += 1  # (where a bold name's marks were blanked)
    pos = _past_names(line, pos, links, head)
    pos, prefix = skip_prefix(line, past_nickname(line, pos), links)
    pos, venue_word = skip_venue_word(line, pos)
    head.tag = head.tag or prefix or venue_word
    pos, head.authors, head.year = past_citation(line, pos, head.authors, head.year)
    pos, short = past_et_al(line, pos) if head.authors is None else (pos, None)  # ("Lin et al. Title. [PDF](url)")
    head.authors = head.authors or short
    pos, bold_venue = skip_bold_venue(line, pos)  # "**CVPR 2021** Title"
    head.tag = head.tag or bold_venue
    pos, year = past_date(line, pos)
    head.year = head.year or year
    if (by_link := cited_link(line, pos, links)) is not None:  # "[Barn et al. 2017](url). Title. <em>Journal</em>."
        pos, head.authors, head.year = by_link
    after = _after_name(line, pos, links, head)  # "**Voicebox**: [Voicebox: Text-Guided ...](url)"
    if after is None:
        after = _link_title(line, pos, links, head)
    if after is None:
        after = _marked_title(line, pos, head, links)
    if after is None:
        after = _plain_title(line, pos, links, head)
    if head.title is not None:
        t0, t1, venue = trim_title(line, *head.title)
        head.title = (t0, t1) if t1 > t0 else None
        head.venue = head.venue or venue
    head.after = venue_after(line, after, head)
    if head.venue is None:
        venue_in_link(line, head.after, links, head)
    if head.venue is None and head.authors is None:
        # The venue may follow the links: "[Title](url) [[DOI](doi)] (2020)", "**Title**, (2018) [[bib]](b) by *Names*".
        skipped = skip_links(line, head.after, links)
        if skipped > head.after:
            end = venue_after(line, skipped, head)
            head.after = end if head.venue is not None or head.authors is not None else head.after
    head.authors = head.authors and _NAMES_CLOSE.sub("", head.authors)
    return head


def _after_name(line: str, pos: int, links: list[tuple[str, str, int, int]], head: Head) -> int | None:
    """A linked or quoted title of two words or more after a short name (``3D-GAN - [Title](url)``)."""
    lead = name_lead(line, pos) if pos < len(line) and line[pos] != "[" else None
    if lead is None:
        return None
    at = lead[0]
    named = names_first(line, at, links)  # "**System report**: Names. 2019. [Title](url)"
    at = named[0] if named is not None else at
    if at >= len(line):
        return None
    quoted = line.startswith(("\"", "“", "**\"", "**“"), at)
    after = _marked_title(line, at, head) if quoted else _link_title(line, at, links, head)
    title = line[head.title[0] : head.title[1]] if head.title else ""
    if after is None or len(title.split()) < 2 or is_venue_text(title):
        head.title, head.title_in_link = None, None
        return None
    if named is not None:
        head.authors, head.year = named[1], named[2]
    return after
