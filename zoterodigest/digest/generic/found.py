"""A paper found somewhere in a list, turned into an :class:`Entry` with spans.

Every shape (list item, table row, heading, paragraph) fills a :class:`Found`:
where the entry's lines are, the title's and note's columns, the links and
what else it states.  :func:`to_entry` makes the same kind of entry from all
of them, adding the venue a section heading implies (``#### ICML`` under
``### 2022``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bibtexparser.latexenc import latex_to_unicode

from ...memo import memo
from ...model import Entry, Paper, Span
from ..base import Sections
from ..document import Document
from ..markup import plain, repair
from ..values import parse_authors, parse_venue, shared_venue, shared_year
from .links import PAPER_KINDS, Identity
from .title_trims import trim_title

if TYPE_CHECKING:
    from .inline import Head

_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d{2})(?!\d)")


@dataclass(slots=True)
class Found:
    """One paper's place: lines (0-based, inclusive) and fields as absolute offsets."""

    first: int
    last: int
    ident: Identity
    title: str = ""
    title_span: tuple[int, int] | None = None
    summary: str | None = None
    summary_span: tuple[int, int] | None = None
    #: Where a summary goes when there is none (an insertion point), and how.
    summary_insert: int | None = None
    venue: str | None = None
    venue_span: tuple[int, int] | None = None
    year: int | None = None
    authors: str | None = None
    #: A leading tag such as ``2023/06`` or ``CVPR 2019``.
    tag: str | None = None
    style: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    #: The section path to use instead of the headings above the first line.
    section: list[str] | None = None
    #: The entry's own text when it is not its whole lines (one of two papers on a line).
    span: tuple[int, int] | None = None


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    from ...mappings import venue_aliases

    return venue_aliases()


def heading_venue(path: list[str]) -> tuple[str | None, int | None]:
    """A venue (and year) the headings above imply: ``CVPR 2024``, ``ICML`` under ``2022``
    (the same for every paper of a section: remembered per path)."""
    return _heading_venue(tuple(path))


@memo(1024)
def _heading_venue(path: tuple[str, ...]) -> tuple[str | None, int | None]:
    aliases = _aliases()
    name = None
    year = None
    for heading in reversed(path):
        text = heading.strip()
        m = re.fullmatch(r"(?P<name>[A-Za-z][\w\-&.]*(?: [A-Z][\w\-]*)?)['’ -]*(?P<year>(?:19|20)\d{2})?"
                         r"(?: (?:Main|Survey|Journal|Findings|Workshops?|Oral|Poster|Spotlight)[\w ]*)?", text)
        if name is None and m and (m.group("name") in aliases or m.group("name").split()[0] in aliases):
            name = aliases.get(m.group("name")) or aliases[m.group("name").split()[0]]
            if m.group("year"):
                year = int(m.group("year"))
        elif year is None and re.fullmatch(r"(?:19|20)\d{2}", text):
            year = int(text)
        if name and year:
            break
    return name, year


#: A date to the day (``2024-12-16``, ``2024/12/16``, ``20241216``) set before a paper: when the list's writer read or
#: listed it, not the paper's year, unless the paper's arXiv id is of that year (a daily arXiv list: the day it was
#: posted); a month (``[2023-05]``) is the paper's.
_DAY = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}){2}|(?:19|20)\d{2}[01]\d[0-3]\d")


def _venue_and_year(found: Found, paper: Paper, fields: dict[str, Span], section: list[str]) -> None:
    """The venue as written (else as the headings above imply it) and the year."""
    tag = (found.tag or "").strip()
    day = _DAY.fullmatch(tag) is not None and not (paper.arxiv_id and paper.arxiv_id[:2].isdigit() and tag[2:4] == paper.arxiv_id[:2])
    if found.venue and not (day and found.venue.strip() in tag):  # (a day's date: see _DAY)
        venue, year = parse_venue(found.venue)
        if venue is not None and (venue.name.lower() in ("preprint", "arxiv preprint", "blog", "journal", "conference")
                                  or venue.name.count("(") != venue.name.count(")")):
            venue = None  # (a word for no venue; or a piece cut out of a name's brackets, "Owl Actuator (ICRA": none)
        paper.venue, paper.year = venue, year
        if found.venue_span and venue is not None:
            fields["venue"] = Span(start=found.venue_span[0], end=found.venue_span[1])
    if paper.year is None:
        paper.year = found.year
    if paper.year is None and found.tag and (m := _YEAR.search(found.tag)) and not day:
        paper.year = int(m.group(1))
    if paper.venue is not None and paper.venue.year is None and paper.year is not None:
        paper.venue = shared_venue(dataclasses.replace(paper.venue, year=paper.year))
    if paper.venue is None:
        name, year = heading_venue(section)
        if name:
            paper.venue, _ = parse_venue(f"{name} {year}" if year else name)
        if paper.year is None:
            paper.year = year


#: A dated venue in brackets opening a title (``[OSDI '14] Title``, ``\\[CVPR 2019\\] Title``): a tag, not the title's.
#: What a dated venue tag holds between its brackets: a venue and a year (``OSDI '14``, ``CVPR 2019``).
DATED_TAG = r"[^\[\]\\]{0,24}?(?:(?<!\d)(?:19|20)\d{2}|['’]\d{2})(?!\d)[^\[\]\\]{0,12}"
_DATED_TAG = re.compile(r"\[(?P<tag>" + DATED_TAG + r")\][ \t]++(?=\S+[ \t]+\S+[ \t]+\S)"
                        r"|[(（【](?P<tag2>" + DATED_TAG + r")[)）】][ \t]*+(?=[^\W\d_]\S*[ \t]+\S+[ \t]+\S)")
_RAW_TAG = re.compile(r"[ \t]*+(?:\\?\[[^\]]*?\\?\]|[(（【][^)）】]*+[)）】])[ \t]*+")
#: A venue's acronym closing a title after a full stop (``Arachne: Core-Aware Thread Management. OSDI``).
_VENUE_CLOSE = re.compile(r"(?<=\S\S)(?<!\bvs)(?<!\betc)(?<!\bal)\.[ \t]++"
                          r"(?!(?:DOI|PDF|URL|ISBN|ISSN|PMID|PMCID|HTML|SoK)$)(?P<venue>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)$")


def _untag(doc: Document, found: Found) -> None:
    """A title opening with a dated venue in brackets keeps the rest; the venue becomes its tag."""
    m = _DATED_TAG.match(found.title)
    if m is None:
        return
    tag = (m.group("tag") or m.group("tag2")).strip()
    found.title = found.title[m.end() :]
    found.tag = found.tag or tag
    if found.venue is None:
        found.venue = tag
    if found.title_span is not None:
        s0, s1 = found.title_span
        raw = _RAW_TAG.match(doc.text, s0)
        found.title_span = (raw.end(), s1) if raw is not None and raw.end() < s1 else None


def _unclose(doc: Document, found: Found) -> None:
    """A title closed by a venue's acronym after a full stop keeps the words before it."""
    m = _VENUE_CLOSE.search(found.title)
    if m is None or len(found.title[: m.start()].split()) < 3:
        return
    found.title, cut = found.title[: m.start()], len(found.title) - m.start()
    if found.venue is None:
        found.venue = m.group("venue")
    if found.title_span is not None:
        s0, s1 = found.title_span
        found.title_span = (s0, s1 - cut) if doc.text[s1 - cut : s1] == m.group(0) else None


#: A method's short name in parentheses closing a title (``Deep Cut-informed Graph Clustering (DCGC)``,
#: ``(DyG-RoLLM)``): two capitals at least, no space.
_NICK_CLOSE = re.compile(r"(?<![^ \t])\((?P<n>[A-Za-z][A-Za-z0-9]*+(?:[-+][A-Za-z0-9]++)*+)\)$")


#: Any short name in parentheses closing a title (``(h4rm3l)``, ``(Virtual Context)``), read as one only in a list
#: that closes its titles so (not a paper's own words: ``(Extended Abstract)``, ``(Part 2)``).
_LOOSE_NICK = re.compile(r"(?<![^ \t])\((?P<n>[^()\s][^()]{0,47}+)\)$")
_OWN_WORDS = re.compile(r"(?i)\b(?:abstract|paper|part|version|edition|extended|invited|preprint|note|vol|no)\b|^\d")


def nickname_close(title: str, loose: bool = False) -> re.Match[str] | None:
    """The method's short name closing ``title`` in parentheses, if it is one (``loose``: any short
    name, the list closing its titles with names)."""
    if loose and title.endswith(")") and (m := _LOOSE_NICK.search(title)) is not None:
        name = m.group("n")
        return m if len(name.split()) <= 5 and len(title[: m.start()].split()) >= 3 and not _OWN_WORDS.search(name) else None
    m = _NICK_CLOSE.search(title) if title.endswith(")") else None
    if m is None or sum(c.isupper() for c in m.group("n")) < 2 or len(title[: m.start()].split()) < 3 \
            or m.group("n").endswith("s") and m.group("n")[:-1].isupper():
        return None  # (a plural acronym, "Networks (GANs)", reads as the title's own words)
    return m


def names_itself(title: str) -> bool:
    """The name closing ``title`` in parentheses is a word of the title already (``CoA: Chain of
    Attack (CoA)``, ``A StrongREJECT for Jailbreaks (StrongREJECT)``): a nickname, never the title's own words."""
    if (m := nickname_close(title, loose=True)) is None:
        return False
    name, before = m.group("n").casefold(), title[: m.start()].casefold()
    return before.startswith(name) or name in re.findall(r"[\w\-]+", before)


def _unnick(doc: Document, found: Found) -> None:
    """A title closed by its method's short name in parentheses keeps the words before it; the
    name is kept apart (``extra["name"]``)."""
    if (m := nickname_close(found.title, loose=True)) is None:
        return
    title = found.title[: m.start()].rstrip(" \t")
    found.title, tail = title, found.title[len(title) :]  # (the tail: " (DCGC)")
    found.extra.setdefault("name", m.group("n"))
    if found.title_span is not None:
        s0, s1 = found.title_span
        raw = doc.text[s0:s1].rstrip("*_ \t")
        found.title_span = (s0, s0 + len(raw) - len(tail)) if raw.endswith(tail) else None


def to_entry(doc: Document, found: Found, sections: Sections, family: str, nicknames: bool = False) -> Entry:
    """The entry of a found paper (values reduced to plain text, spans exact); ``nicknames``: the list
    closes its titles with their methods' names in parentheses, which are no part of them."""
    if found.title.startswith(("[", "(", "（", "【")):
        _untag(doc, found)
    if found.title[-1:].isupper():
        _unclose(doc, found)
    elif found.title.endswith(")") and (nicknames or names_itself(found.title)):
        _unnick(doc, found)
    trim_title(doc, found)
    ident = found.ident
    paper = Paper(title=repair(found.title.strip()), links=_with_paper_link(ident.links))
    if ident.arxiv:
        paper.arxiv_id, paper.arxiv_version = ident.arxiv.id, ident.arxiv.version
    paper.doi = ident.doi
    fields: dict[str, Span] = {}
    if found.title_span:
        fields["title"] = Span(start=found.title_span[0], end=found.title_span[1])
    if found.summary_span:
        fields["summary"] = Span(start=found.summary_span[0], end=found.summary_span[1])
        summary = repair(found.summary or "").strip()
        paper.summary = summary if summary and summary not in ("-", "—", "–", "N/A", "n/a", "None") else None
    elif found.summary_insert is not None:
        fields["summary"] = Span(start=found.summary_insert, end=found.summary_insert, insert=True)
    section = found.section if found.section is not None else sections.path_at(found.first)
    _venue_and_year(found, paper, fields, section)
    paper.year = shared_year(paper.year)
    if found.authors:
        names = re.sub(r"(?:(?<!\s)|(?!\s))\s*+[(（][^()（）]*[)）]", "", found.authors).strip(" ,")
        names = re.sub(r"(?:(?<![ \t])|(?![ \t])),?[ \t]*+&[ \t]*+", " and ", names)  # "Barn, A., & Tawny, B."
        names = re.sub(r"(?<=[a-z\u00e0-\u024f])\.$", "", names)
        paper.authors, paper.authors_complete = parse_authors(natural_order(names))
    if found.extra:
        paper.extra.update(found.extra)
    entry = Entry(
        paper=paper,
        family=family,
        section=section if found.section is None else sections.shared_path(section),
        lines=(found.first + 1, found.last + 1),
        span=Span(*found.span) if found.span else Span(start=doc.starts[found.first], end=doc.line_end(found.last)),
        fields=fields,
        style=sections.shared_style(found.style),
    )
    return entry


def _with_paper_link(links: dict[str, str]) -> dict[str, str]:
    """The links, and the paper's own page (its first non-arXiv paper link) also as ``paper``:
    what Zotero and BibTeX take as the item's URL."""
    out = dict(links)
    if "paper" not in out:
        for kind, url in links.items():
            if kind.split("-")[0] in PAPER_KINDS and kind.split("-")[0] not in ("arxiv", "pdf", "doi"):
                out["paper"] = url
                break
    return out


_CJK_NAME = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")


def natural_order(names: str) -> str:
    """Names as "Given Family": ``Last, F. and Last, G.`` and Chicago's ``Hou, Kewei,
    Chen Xue, and Lu Zhang`` (only the first name inverted) turned around; names in a CJK script, whose
    commas separate people (``张三, 李四``), as written."""
    if _CJK_NAME.search(names):
        return names
    if (paired := _surnames_initials(names)) is not None:
        return paired
    parts = [p.strip(" ,") for p in re.split(r"(?<!\s)\s++and\s+|(?:(?<!\s)|(?!\s))\s*+;\s*", names) if p.strip(" ,")]
    if len(parts) > 1 and all(p.count(",") == 1 and len(p.split(",")[0].split()) == 1 for p in parts):
        return ", ".join(" ".join(reversed([x.strip() for x in p.split(",")])) for p in parts)
    m = re.match(r"^(?P<last>(?:(?:van|von|de|der|den|da|di|le|la|du|del)\s+)*[^,\s]+),\s*(?P<given>[^,]+?)(?P<rest>(?:,\s*(?:and\s+)?|\s+and\s+).*)?$", names)
    if not m or " and " in m.group("given") or len(m.group("given").split()) > 3:
        return names
    rest = m.group("rest") or ""
    others = [p for p in re.split(r",|\band\b", rest) if p.strip()]
    if others and not all(len(p.split()) >= 2 for p in others):
        return names
    return f"{m.group('given')} {m.group('last')}{rest}"


_INITIALS = re.compile(r"(?:[A-Z]\.?-?[ \t]*+){1,4}")
_SURNAME_INITIALS = re.compile(r"(?P<s>[A-Z][\w'’\-]++(?:[ \t]++[A-Z][\w'’\-]++)?)[ \t]++(?P<i>[A-Z]{1,3}\.?)")


def _surnames_initials(names: str) -> str | None:
    """APA's ``Barn, A. B., Tawny, C., & Hoot, D.`` (each surname, then its initials after a comma) and
    Vancouver's ``Barn AB, Tawny C`` as ``A. B. Barn, C. Tawny, D. Hoot``; None for other lists."""
    parts = [p.strip() for p in re.split(r",|&|\band\b", names) if p.strip()]
    if len(parts) >= 2 and len(parts) % 2 == 0 and all(_INITIALS.fullmatch(p) for p in parts[1::2]) \
            and not any(_INITIALS.fullmatch(p) or len(p.split()) > 3 for p in parts[::2]):
        return ", ".join(f"{parts[k + 1]} {parts[k]}" for k in range(0, len(parts), 2))
    vancouver = [_SURNAME_INITIALS.fullmatch(p) for p in parts]
    if len(parts) >= 2 and all(vancouver):
        return ", ".join(f"{_dotted(m.group('i'))} {m.group('s')}" for m in vancouver if m)
    return None


def _dotted(initials: str) -> str:
    """Vancouver's initials as a given name is written: ``AB`` as ``A. B.``."""
    return " ".join(f"{c}." for c in initials) if initials.isalpha() else initials


def title_of(text: str) -> str:
    """A title's plain text (markup gone, trailing full stop dropped)."""
    t = plain(text)
    if t.endswith((".", "。")) and not t.endswith(".."):
        t = t[:-1].rstrip()  # (a Chinese title's full stop too: "“一致性的多面性。”")
    if t[:1] == "《" and t[-1:] == "》" and "《" not in t[1:]:
        t = t[1:-1].strip()  # (Chinese title marks around the whole title: "《Title》")
    if t[:1] == "(" and (kind := _KIND_LEAD.match(t)) is not None and len(t) - kind.end() >= 8:
        t = t[kind.end() :]  # ("(Poster) Title", "(poster/demo) Title": the kind of paper, no word of its title)
    if (label := _REVIEW_LABEL.match(t)) is not None and len(t) - label.end() >= 8:
        t = t[label.end() :]  # ("Paper Review: Title": the list's review of the paper)
    if ("{" in t or "\\" in t) and _TEX.search(t) and t.count("{") == t.count("}") and not _NOT_TEX.search(t):
        # (a title written from BibTeX: "{REMIND} Your Network", "in {DNN}s", "Progress \& compress", "P{\'e}rez")
        detexed = latex_to_unicode(_TEX_STYLE.sub("{", t))
        if "\\" not in detexed:
            t = detexed  # (a command left over is TeX the title keeps as written: "\ensuremath{\beta}")
    return t


#: A kind of paper in parentheses opening a title (``(Poster)``, ``(poster/demo)``, ``(Short Paper)``).
_KIND = r"(?:poster|demo|oral|spotlight|invited|extended[ \t]++abstract|(?:short|long|full|position|workshop)[ \t]++paper)"
_KIND_LEAD = re.compile(rf"\({_KIND}(?:[ \t]*+[/&,][ \t]*+{_KIND})?+\)[ \t]++(?=\S)", re.IGNORECASE)
#: A label saying the list reviews or sums up the paper, before its title.
_REVIEW_LABEL = re.compile(r"(?:paper|article)[ \t]++(?:review|summary|notes?|reading)[ \t]*+[:：][ \t]*+", re.IGNORECASE)
#: TeX in a title: a group in braces, an escaped character or an accent.
_TEX = re.compile(r"(?<![{:])\{(?![{:. ])[^{}\n]*+\}(?!\})|\\[&%#_'\"`^~]")
#: Braces that are no TeX: maths, a template's or a directive's (``$O(n)$``, ``π_{0.5}``, ``\mathbb{T}``,
#: ``{{title}}``, ``:::{card}``, ``{: .label}``).
_NOT_TEX = re.compile(r"\$|[_^]\{|\\math(?:bb|cal|frak|scr)\{|\{\{|:\{|\{[:. ]")
#: A TeX style command whose argument is the text (``\textit{Owls}``).
_TEX_STYLE = re.compile(r"\\(?:text(?:it|bf|tt|sc|rm|sf)|emph|mathrm|mathbf|mathit|ensuremath)\{")


def take_title(found: Found, line: str, head: Head, base: int) -> None:
    """The item's title from its head (a title in two parts around its link is read, not edited in place)."""
    assert head.title is not None
    t0, t1 = head.title
    found.title, found.title_span = title_of(line[t0:t1]), (base + t0, base + t1)
    if head.title_more is not None:  # (the separator as written: "Name: Rest", "Name : Rest", "Name:Rest")
        link_end = next((e for _, _, s, e in head.spans if s < t0 < e), t1)
        raw = re.sub(r"[ \t]+", " ", (between := line[link_end : head.title_more[0]]).replace("*", ""))
        sep = raw if ":" in raw or "：" in raw else " " if "**" in between else ": "  # ("**Words** for rest": one run of words)
        found.title, found.title_span = f"{found.title}{sep}{title_of(line[slice(*head.title_more)])}", None
