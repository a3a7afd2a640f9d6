"""What a list line may write before its title and is no part of it: a title field's label
(``**Title:** [Title](url)``), who presents the paper (``Ann presents: Title``), a short name
(``OwlNet: **Title**``, ``**(OwlNet)** _Title_``) and its authors cited short (``Barn et al. Title.``).

Each function takes the line and a column and returns the column past what it skipped, or the
same column when nothing of its kind stands there.
"""

from __future__ import annotations

import re

from .prefixes import is_generic_label
from .reference_marks import unmarked_lead

#: A label naming the field that holds the title (``**Title:**``, ``Paper title:``, ``题目：``), never ``Paper:``
#: alone (a paper's link).
_TITLE_LABEL = re.compile(r"(?:\*\*|__)?+[ \t]*+(?:(?:paper[ \t]++)?title|titel|titre|título|题目|标题|论文(?:题目|标题)|제목|タイトル)"
                          r"[ \t]*+(?:(?:\*\*|__)[ \t]*+[:：]|[:：][ \t]*+(?:\*\*|__)?+)[ \t]*+", re.IGNORECASE)


#: ``Paper:`` (``Article:``, ``Reading:``) before a bold or quoted title (``Paper: __Title__ <br />``).
_PAPER_LABEL = re.compile(r"(?:paper|article|reading)[ \t]*+[:：][ \t]*+(?=\*\*[^*\s]|__[^_\s]|[\"“][^\s\"”])", re.IGNORECASE)


#: What kind of reading follows, a label before it (``**Additional Paper** - Title``, ``Optional reading: Title``).
_KIND_LABEL = re.compile(r"(?:\*\*|__)?+(?:additional|optional|required|supplementary|supplemental|further|extra|recommended|suggested|bonus)"
                         r"(?:[ \t]++(?:papers?|readings?))?+(?:\*\*|__)?+[ \t]*+(?:[:：]|[-–—](?=[ \t]))[ \t]*+(?:\*\*|__)?+[ \t]*+", re.IGNORECASE)


def past_title_label(line: str, pos: int) -> int:
    """Past a title field's label when a title follows it on the line."""
    m = _TITLE_LABEL.match(line, pos) or _PAPER_LABEL.match(line, pos) or _KIND_LABEL.match(line, pos)
    return m.end() if m is not None and len(line) - m.end() >= 4 else pos


#: A short bold label and a colon before a whole reference (``**Binary**: Barn, A. (2015). Title. *Journal*``).
_REFERENCE_LABEL = re.compile(r"(?:\*\*|__)[^*_\n]{1,30}?(?:\*\*|__)[ \t]*+[:：][ \t]*+|(?:\*\*|__)[^*_\n]{1,30}?[:：](?:\*\*|__)[ \t]*+")


def past_reference_label(line: str, pos: int) -> int:
    """Past a bold label when what follows it reads as a reference opening with its authors and year."""
    m = _REFERENCE_LABEL.match(line, pos) if line.startswith(("**", "__"), pos) else None
    return m.end() if m is not None and opens_reference(line, m.end()) else pos


def past_labels(line: str, pos: int) -> int:
    """Past a presenter's name, a title field's label and a label before a reference, those there are."""
    return past_reference_label(line, past_title_label(line, past_presenter(line, pos)))


def unmarked_reference(line: str, start: int) -> str:
    """``line`` with the bold or italic marks around its names and year blanked when it reads as a reference then."""
    if line[start : start + 1] not in ("*", "_"):
        return line
    unmarked = unmarked_lead(line, start, named=False)  # (a reference's reading decides: "**Barn (1986)** "Title." *JASA*")
    return unmarked if unmarked != line and opens_reference(unmarked, start) else line


def opens_reference(line: str, pos: int) -> bool:
    """Whether ``line`` from ``pos`` reads as a whole reference opening with its authors' names and a year, its
    title three words or more (``Barn, A., & Tawny, B. (2015). Title. *Journal*``)."""
    from .name_lists import is_name_list  # (references read heads' parts too: imported when needed)
    from .references import parse_reference

    ref = parse_reference(line[pos:])
    if ref is None or ref.authors is None or ref.year is None or line[pos : pos + ref.authors[0]].strip():
        return False
    title = line[pos + ref.title[0] : pos + ref.title[1]]
    return len(title.split()) >= 3 and title[:1].isupper() and is_name_list(line[pos + ref.authors[0] : pos + ref.authors[1]].strip(" .,"))


#: Who presents the paper at a reading group, before it (``Ann and Bob Barn presented:``).
_PRESENTER = re.compile(r"(?:[A-Z][\w'’\-]*+[ \t]++){1,4}?(?:and[ \t]++(?:[A-Z][\w'’\-]*+[ \t]++){1,2})?present(?:s|ed|ing)?[ \t]*+:[ \t]*+")


#: A presenter's name in Chinese characters and a colon before a title in Latin letters (``郑金鹏：Title``).
_CJK_PRESENTER = re.compile(r"[\u4e00-\u9fff]{2,4}[ \t]*+[：:][ \t]*+(?=[A-Za-z0-9])")


def past_presenter(line: str, pos: int) -> int:
    m = _PRESENTER.match(line, pos) if "present" in line else _CJK_PRESENTER.match(line, pos) if "：" in line or ":" in line else None
    return m.end() if m is not None else pos


#: A short name and a colon or dash before a bold title (``OwlNet: **Owls Count Mice at Night**``).
#: One word and a space will do (``RT-2 **RT-2: Vision-Language-Action Models …**``, ``π0 **π0: …**``).
_NICKNAME_BOLD = re.compile(r"[A-Za-z][\w.+\-]{0,30}+(?:[ \t][\w.+\-]{1,20}+){0,2}[ \t]*+[:：\-–—][ \t]*+"
                            r"(?:\d{4}\.\d{4,5}+(?:v\d++)?[.,:]?[ \t]++)?(?=\*\*[^*\s]|__[^_\s]|<b>|<strong>)"  # ("ViT: 2010.11929. **Title**")
                            r"|[^\W_][\w.+\-{}]{0,30}+[ \t]++(?=\*\*[^*\s]|__[^_\s]|<b>|<strong>)")
#: A short name in brackets, bold, before an italic title (``**(OwlNet)** _Owls Count Mice at Night_``).
_NICKNAME_ITALIC = re.compile(r"(?:\*\*|__)\([^()*_\n]{1,40}\)(?:\*\*|__)[ \t]*+(?=\*[^*\s]|_[^_\s])")


def past_nickname(line: str, pos: int) -> int:
    """Past a short name before a bold title of three words or more, or a bracketed bold name
    before an italic one: the name is the paper's, the marked text its title."""
    if not ("**" in line or "__" in line or "<b" in line or "<strong" in line):
        return pos
    if (m := _NICKNAME_ITALIC.match(line, pos)) is not None:
        mark = line[m.end()]
        close = line.find(mark, m.end() + 1)
        return m.end() if close > 0 and len(line[m.end() + 1 : close].split()) >= 3 else pos
    if (m := _NICKNAME_BOLD.match(line, pos)) is None:
        return pos
    close = line.find("**" if line.startswith("**", m.end()) else "__" if line.startswith("__", m.end()) else "</", m.end() + 2)
    if line[m.end() - 1] in " \t" and not _spaced_name(line[pos : m.end()].strip(), line[m.end() + 2 : close]):
        return pos
    return m.end() if close > 0 and len(line[m.end() + 2 : close].split()) >= 3 else pos


def _spaced_name(name: str, bold: str) -> bool:
    """Whether a word with only a space after it names the bold title after it: the title opens with
    it (``Octo **Octo: …**``) or it is written as a name (``AnyLoc``, ``RT-2``, ``π0``), not a word
    (``A **theory of** …``, ``Continuous **bug prediction**``)."""
    return bold.startswith(name) or any(c.isdigit() or c.isupper() for c in name[1:]) or not name.isascii()


#: Authors cited short before the title, no year (``Lin et al. Title.``, ``Zheng Wang et al.: Title``).
_ET_AL = re.compile(r"(?P<n>(?:[A-Z][\w'’\-]*+[ \t]++){0,2}[A-Z][\w'’\-]*+[ \t]++et[ \t]++al)\.?+[,:]?+[ \t]++(?=[\w\"“\[*_])")


def past_et_al(line: str, pos: int) -> tuple[int, str | None]:
    """Past ``Names et al.`` opening the line before a title of three words or more, with the names."""
    m = _ET_AL.match(line, pos) if "et al" in line else None
    if m is None or len(re.split(r"[.!?](?:\s|$)", line[m.end() :], maxsplit=1)[0].split()) < 3:
        return pos, None
    return m.end(), m.group("n")


#: One lowercase word before a link, no colon (``code [Title](url)``, ``paper [Title](url)``).
_LINK_KIND = re.compile(r"([a-z]{2,8})[ \t]++(?=\[[^\]]{12})")


def past_link_kind(line: str, pos: int) -> int:
    """Past the kind of the link that follows, written as one word before it (``code [Title OSDI'22](github)``)."""
    m = _LINK_KIND.match(line, pos)
    return m.end() if m is not None and is_generic_label(m.group(1)) else pos



#: A year in parentheses and then a venue's full name before a colon (``(2011) IEEE Owl Letters: Title``,
#: ``(2019) International Symposium on Barns (ISB): Title``): the name holds a word only venues use or
#: closes on its acronym in parentheses; the title after the colon keeps its own colon.
_DATED_VENUE = re.compile(r"[(（](?P<y>(?:19|20)\d{2})[)）][ \t]++(?P<v>[A-Za-z](?:[^:：()\[\]\n]|\([^:：()\[\]\n]{1,20}\)){1,120}?)"
                          r"[ \t]*+[:：][ \t]*+(?=\S)")
_VENUE_WORD = re.compile(r"\b(?:Conference|Symposium|Journal|Transactions|Letters|Workshop|Proceedings|News|Magazine|"
                         r"Publishing|Association|Communications[ \t]++of|IEEE|ACM|Springer|Elsevier|"
                         r"arXiv(?:[ \t]++preprint)?+$)|\([A-Z][\w/&\-]{1,15}\)$")


def past_dated_venue(line: str, pos: int) -> tuple[int, int, tuple[int, int]] | None:
    """Past ``(Year) Venue Name: `` before a title of three words or more: where the title starts, the year
    and the venue's columns; None when the line does not open so."""
    m = _DATED_VENUE.match(line, pos)
    if m is None or not _VENUE_WORD.search(m.group("v")) or len(line[m.end() :].split()) < 3:
        return None
    return m.end(), int(m.group("y")), (m.start("v"), m.end("v"))
