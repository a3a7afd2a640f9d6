"""How a reference is marked: the names that open one (``Barn, A.``, ``A. Barn,``, ``———. 2019.``) and
the quotes around its title (the outer pair, other quotes inside kept).

Pure regular expressions and one function over a string.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .name_lists import is_name_list

#: A surname's lower-case particles before it (``van Verseveld, W.``, ``de Boer-Euser, T.``, ``van der Berg, A.``).
_PARTICLES = r"(?:(?:van|von|de|der|den|del|della|da|di|du|des|dos|la|le|ten|ter)[ \t]++){0,3}"

#: A paragraph opening with a surname and a comma, as a reference does (``Barn, A.``, ``Barn, and``).
#: (an emoji the reader marks a reference with, ``🟢 Barn, A. (2020). Title.`` or ``:heavy_check_mark: Barn, A.``, is no part of it)
MARK_LEAD = r"(?:(?:[\u2600-\u27bf\U0001F300-\U0001FAFF\u2b50\u2b55\ufe0f]{1,3}|:[a-z0-9_+\-]{2,40}:)[ \t]*+)?(?:<(?:u|ins|span)>)?"
REFERENCE_OPEN = re.compile(r"^ {0,3}" + MARK_LEAD + _PARTICLES +
                            r"[A-Z\u00c0-\u00de\u0100-\u017f][\w'’\-]+, (?:[A-Z][\w.'’\-]*[ ,.]|and )")
INITIALS_FIRST = re.compile(r"^ {0,3}" + MARK_LEAD + r"(?:[A-Z]\.[ \t-]?){1,3}(?:\*\*|__)?[A-Z][\w'’\-]+(?:\*\*|__)?(?:</(?:u|ins|span)>)?"
                            r"(?:<sup>[^<>]{1,6}</sup>)?(?:,| and |\.[ \t]++(?=\*\*|__|<b>|<strong>)|[ \t]++et[ \t]++al\.)")
#: Author-date openings without a "Surname, " first: the same authors again (``———. 2019.``) or a body's
#: name (``Open Science Collaboration. 2015. “Title``).
DATE_OPEN = re.compile(r"^ {0,3}(?:[—–]{2,3}|-{3}|[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,4})\.[ \t]++(?:19|20)\d{2}[a-z]?\.[ \t]++"
                       r"(?:[“\"]|$)|^ {0,3}(?:[—–]{2,3}|-{3})\.[ \t]")
#: Author-date openings by surnames (``Zhang et al. 2019. Title``, ``Yandell and Ence. 2012. Title``,
#: ``Koren et al. 2018 Title``): a reference paragraph that may wrap over lines.
KEY_OPEN = re.compile(r"^ {0,3}(?!(?:In|On|At|By|For|From|Since|Until|Before|After|During|Around|Circa|Summer|Spring|Fall|"
                      r"Winter|Autumn|Early|Late|Back|Updated|Last|Published|Released|Founded|Started|Ended|Since)\b)"
                      r"[A-Z\u00c0-\u00de\u0100-\u017f][\w'’\-]++(?:[ \t]++et[ \t]++al\.?+|[ \t]++(?:and|&)[ \t]++"
                      r"[A-Z\u00c0-\u00de\u0100-\u017f][\w'’\-]++)?+\.?+,?+[ \t]++\(?(?:19|20)\d{2}[a-z]?\)?[.,:]?+[ \t]++[A-Z\"“]")
#: A month and day beside a reference's year, as APA writes a conference paper's or an article's date
#: (``(1992, June)``, ``(2020, March 3)``): a date, never a venue.
MONTH_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter)[a-z]{0,6}\.?+"
             r"(?:[ \t]++\d{1,2}(?:[-–]\d{1,2})?+)?+")
#: The names of the reference above written again as a rule of dashes (Chicago ``———.``, MLA ``---.``, AMS ``------,``).
SAME_NAMES = re.compile(r"[ \t]*+(?:[—–]{2,3}|-{3,6})(?=[.,][ \t])")

_QUOTED = re.compile(r"[\"“”](?P<title>[^\"“”]{6,}?)[\"“”]")
_CURLY = re.compile(r"“(?P<title>[^“”]{6,}?)”")
_STRAIGHT = re.compile(r"\"(?P<title>[^\"]{6,}?)\"")
#: A title closing on a capital (a part's number, a letter: ``Title: I.``, ``Riemannian geometry III.``, ``Vitamin D.``)
#: before a journal in italics: the title ends there.
ITALIC_AFTER_CAPITAL = r"(?:(?<=[ \t][A-Z])|(?<=[ \t][IVX]{2})|(?<=[ \t][IVX]{3}))\.[ \t]++(?=[*_][A-Z])"


def outer_quotes(text: str) -> re.Match[str] | None:
    """The quoted part: from the first quote mark to its own closing mark, other quotes inside kept
    (``“Searching for the "Native" Speaker”``, ``"... on “Dragon and Tiger” list"``); mixed marks else."""
    first = min((k for k in (text.find("“"), text.find("\"")) if k >= 0), default=-1)
    m = (_CURLY if text[first : first + 1] == "“" else _STRAIGHT).match(text, first) if first >= 0 else None
    return m or (_QUOTED.search(text) if "\"" in text or "“" in text or "”" in text else None)


#: Names written in Han or kana script, two or more (``澤村勇輝，森田武史``).
_CJK_NAME = r"[\u3040-\u30ff\u4e00-\u9fff]{2,10}(?:[ \t\u3000][\u3040-\u30ff\u4e00-\u9fff]{1,10})?"
_ANY_NAME = r"(?:" + _CJK_NAME + r"|[A-Z][A-Za-z\-]++(?:[ \t][A-Z][A-Za-z\-]++){1,2})"  # ("Imrattanatrai Wiradee", "QIU YUE")
CJK_NAMES = re.compile(r"(?=" + _CJK_NAME + r")" + _ANY_NAME + r"(?:[ \t]*+[，、,][ \t]*+" + _ANY_NAME + r")++")
#: Full names written as a list: the last joined by "and" after a comma, or "et al." (``Ann Barn, Bo Tawny, and Cy Hoot``).
LAST_NAME_JOINED = re.compile(r",[ \t]*+(?:and|&)[ \t]|\bet al\b")
#: Where a title after ``Names:`` ends: a full stop after a word, a full-width comma or stop, or a dash.
COLON_TITLE_END = re.compile(r"(?<=[\w)?!'’])(?<!\.[A-Z])\.[ \t]++(?=\S)|[，。]|(?<![ \t])[ \t]++[—–][ \t]")
#: A journal's abbreviated first word after a comma (``, Atmos. Chem. Phys.``, ``, <em>J. Climate</em>``).
ABBREVIATED = re.compile(r"[ \t]?(?:<(?:em|i)>|[_*])?[A-Z][a-z]{0,7}")
#: A venue set in italics after a title's comma (``Title, <em>J. Climate</em>, 36``, ``Title, _Eos_, 104``).
ITALIC_START = ("<em>", "<i>", "_", "*")


@dataclass
class Reference:
    """A reference's parts, as offsets into its text: ``title`` always, the others when found."""

    title: tuple[int, int]
    authors: tuple[int, int] | None = None
    venue: tuple[int, int] | None = None
    year: int | None = None


#: A numbered reference's mark opening its first line (``[12] ``, ``**[3]**``, a converter's escaped ``\[63\] ``, or one
#: glued to its title's capital, ``[3]Title``).
NUMBER_MARK = re.compile(r" {0,3}(?:\*\*)?\\?\[\d{1,4}\\?\](?:\*\*)?(?:[ \t]|(?=[A-Z]))")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def names_then_year(text: str) -> bool:
    """A reference's line under its title: names up to the first full stop, a year after them
    (``Ann Barn and Bob Owl. In *Owl Workshop*. 2019.``)."""
    cut = text.find(". ")
    return cut > 0 and is_name_list(text[:cut]) and _YEAR.search(text, cut) is not None


def title_words(title: str) -> int:
    """A title's words; two Chinese or Japanese characters count as one (such a title has no spaces)."""
    return max(len(title.split()), len(_CJK_CHARS.findall(title)) // 2)


_CJK_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


#: A journal's name abbreviated as citations write it (``J. Climate``, ``Geophys. Res. Lett.``, ``Clim. Dyn.``).
_ABBREVIATED_JOURNAL = re.compile(r"(?:J\.|[A-Z][a-z]{2,9}\.)[ \t]++(?:[A-Z][a-z]{0,9}\.|[A-Z][a-z]++[ \t]*+[,.]|\d)")


#: The book or proceedings a paper is in, after its title's comma: ``in: Venue``, ``in 'Venue'``, ``In Proceedings``.
IN_VENUE = re.compile(r"[Ii]n:[ \t]++\S|in[ \t]++['‘\"“]|In[ \t]++(?:the[ \t]++)?(?:Proc|\d{1,2}(?:st|nd|rd|th)\b)")


def comma_tail(text: str, t0: int, t1: int) -> int:
    """Where a title's sentence ends before a venue written after a comma and dated (``Title, IEEE
    Cluster 2013 Conference, pages 8, Sep``) or abbreviated (``Title, J. Geophys. Res., 108``): the title is
    the sentence's first part."""
    k = text.find(", ", t0, t1)
    while k >= 0:
        rest = text[k + 2 : t1]
        if re.search(r"\bpages?\b|\bpp\.", rest) and _YEAR.search(rest) and len(text[t0:k].split()) >= 3:
            return k
        if _ABBREVIATED_JOURNAL.match(text, k + 2) and len(text[t0:k].split()) >= 3:
            return k  # ("Title, Geophys. Res. Lett., 33": a journal's abbreviated name, its stops no title's end)
        if IN_VENUE.match(text, k + 2) and len(text[t0:k].split()) >= 3:
            return k  # ("Title, in: Proceedings of ...", "Title, in 'The 8th Workshop on Owls'": the book it is in)
        k = text.find(", ", k + 2, t1)
    return t1


#: A venue's tag in parentheses closing a title, a year in it: ``(ICML16)``, ``（ICCV19)``, ``(NeurIPS2020)``.
_CLOSING_TAG = re.compile(r"[(（][A-Za-z][A-Za-z\-]{1,12}['’]?(?P<y>(?:19|20)?\d{2})[)）]")


def closing_tag(text: str, pos: int) -> tuple[int, int, int] | None:
    """Where the first venue's tag after ``pos`` starts and ends, and its year (``(CVPR18)``: 2018)."""
    if (m := _CLOSING_TAG.search(text, pos)) is None:
        return None
    y = int(m.group("y"))
    return m.start(), m.end(), y if y >= 1900 else 2000 + y - 100 * (y > 50)


#: A venue's name up to a word only venues use (``AIAA Journal``, ``46th AIAA Thermophysics Conference``).
VENUE_WORDS = r"(?:[\w&.\-]++[ \t]++){0,5}?(?:Journal|Proceedings|Conference|Transactions|Symposium|Workshop)\b"
#: A venue after a title's comma, named by a word only venues use (``, AIAA Journal, 54(2)``, ``, 46th AIAA Thermophysics Conference``)
#: or set in italics (``, *American Economic Review, 99* (4)``).
VENUE_AFTER_COMMA = rf"|(?<=[\w)?!]),[ \t]++(?={VENUE_WORDS}|AIAA[ \t]++(?:Paper|\d{{4}}-)|[*_][A-Z][^*_\n]{{2,80}}?[*_])"


_IN_ITALIC = re.compile(r"(?:[Ii]n:?[ \t]++)?(?P<m>[*_])(?P<v>[^*_\n]{3,200}?)(?P=m)")


def italic_venue(text: str, venue: tuple[int, int]) -> tuple[int, int]:
    """The venue inside its italics (``In _Venue (VEN), 2017 IEEE_``), past ``In``, whatever stands inside."""
    m = _IN_ITALIC.match(text, venue[0])
    return m.span("v") if m else venue


#: A year in a reference's piece, four digits of their own.
YEAR = re.compile(r"((?:19|20)(?<![\d–]..)(?<!\d-..)\d{2})(?!\d|–\d|-\d{4}(?![\d\-\/.]))")  # (no page of a range: "2035–2062")
#: What kind of work a reference names, after its title: ``Ph.D. Thesis``, ``Technical Report``.
_KIND = re.compile(r"(?:Ph\.?[ \t]?D\.?|Master'?s|MSc|BSc)?[ \t]*+(?:Thesis|Dissertation)|(?:Tech(?:nical)?\.?[ \t]++)?Report",
                   re.IGNORECASE)

#: A journal's volume and year, maybe its issue between them (``Bull. Seismol. Soc. Am. 58 (1968) 367–398``,
#: ``J. ACM 23 (3) (1976) 488–501``).
_VOLUME_YEAR = re.compile(r"\d(?:[ \t]*+\(\d{1,4}(?:[-–]\d{1,4})?\))?[ \t]*+\((?:19|20)\d{2}\)")


def is_tail(segment: str) -> bool:
    """A venue, year or id segment that ends a reference's title."""
    s = segment.strip(" .[]()")
    if YEAR.search(s) and (len(s.split()) <= 4 or _VOLUME_YEAR.search(s)) or "arxiv" in s.lower() or s.lower().startswith(("in ", "in:", "proc", "vol", "pp", "technical report ", "tech. report ")) \
            or _KIND.fullmatch(s):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Za-z]*[A-Z](?:[ \t]*+['’]?\d{2}|\s+\d{4})?(?:\s+\w+)?", s))  # ("CVPR", "SOSP'17", "ICCV21")


#: Words before a full stop that do not end a sentence (abbreviations in references).
ABBREVIATIONS = frozenset({"al", "vol", "pp", "no", "proc", "conf", "trans", "int", "jr", "st", "dr", "eds", "ed", "vs",
                           "inc", "dept", "univ", "sp", "spp", "subsp",  # (a species not named: "Arthrobacter sp. strain X")
                           # journal title words as ISO 4 shortens them ("Commun. ACM", "Phys. Rev. Lett."),
                           # only those that are no English word ending a title
                           "commun", "ann", "rev", "lett", "phys", "sci", "comput", "eng", "res", "syst", "inf",
                           "natl", "acad", "appl", "biol", "chem", "soc", "assoc", "intell", "mach", "symp", "annu",
                           "linguist", "theor", "softw", "netw", "autom", "electron", "bull"})


#: A mark escaped by a backslash, as a converter (Pandoc) writes every full stop and hyphen: ``Chen\. Title\-word``
#: (not an escaped star or underscore: read as a mark it would open emphasis).
_ESCAPED = re.compile(r"\\([.\-()\[\]#+!&])")


def unescaped(text: str) -> str:
    """``text`` with each escaped mark read as the mark itself, the backslash's column a space after it (same columns);
    an HTML entity (``&amp;``, ``&#39;``) read as its character, spaces in its other columns."""
    text = _ESCAPED.sub(lambda m: m.group(1) + " ", text) if "\\" in text else text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)).ljust(len(m.group(0))), text) if "&" in text else text


#: The word joining the last two names in German, French, Spanish, Portuguese, Italian or Dutch (``Bryson und Narayanan``).
_OTHER_AND = re.compile(r"(?<=[\w.,] )(?:und|et|en|y|e)(?= [A-Z\u00c0-\u024f])")
_FIRST_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def english_and(text: str) -> str:
    """``text`` with the word joining names before its first year written ``and`` (``und``) or ``&`` (``et``, ``y``),
    padded with spaces (same columns); unchanged without a year."""
    year = _FIRST_YEAR.search(text)
    if year is None or not _OTHER_AND.search(text, 0, year.start()):
        return text
    head = _OTHER_AND.sub(lambda m: "and" if m.group(0) == "und" else "&".ljust(len(m.group(0))), text[: year.start()])
    return head + text[year.start() :]


#: A work's status where a reference gives its year (``(in prep)``, ``(under review)``): no year, the title after it.
STATUS = r"in[ \t]++(?:prep(?:aration|\.)?|press|review|revision)|under[ \t]++(?:review|revision)|submitted|forthcoming|accepted"
#: A mark before a reference that flags it (``\* Barn, A. (1991).``, ``+ Barn``, ``† Barn``: a compulsory or optional reading),
#: or its number set against its first name (``1.Howard C Reeve and Jae S Lim. Title.``).
_LEAD_FLAG = re.compile(r"^[ \t]*+(?:\\?[*+†‡§][ \t]++(?=[A-Z\u00c0-\u024f])|\d{1,3}[.)](?=[A-Z\u00c0-\u024f][a-z]))")


def without_lead_flag(text: str) -> str:
    """``text`` with a flag before the reference blanked (same columns)."""
    return _LEAD_FLAG.sub(lambda m: " " * len(m.group(0)), text, count=1)


#: An HTML entity a page's source writes (``&amp;``, ``&#8217;``, ``&#x2019;``).
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")


#: Bold or italic marks around a reference's names and year only (``**Barn, A. (1974).** Title. *Journal*``).
_MARKED_LEAD = re.compile(r"([ \t]*+)(\*\*|__|\*|_)([^*_\n]{3,300}?(?:\((?:19|20)\d\d[a-z]?\)|\b(?:19|20)\d\d[a-z]?)[.,:]?)\2(?=[ \t])")

#: What marks a lead as names: ``Surname, I.``, ``et al``, an ampersand.
_NAMES_MARK = re.compile(r"[^\W\d_],[ \t]++[A-Z]\.|\bet al\b|&")


def unmarked_lead(text: str, start: int = 0, named: bool = True) -> str:
    """``text`` with the bold or italic marks around its names-and-year lead at ``start`` made spaces (same columns);
    ``named``: only a lead that shows it is names (``Barn, A.``, ``et al``, ``&``); else one closed by a full stop."""
    m = _MARKED_LEAD.match(text, start)
    if m is None or (not _NAMES_MARK.search(m.group(3)) if named else not m.group(3).endswith(".")):
        return text  # (no names: "**ACL 2025** Title", a venue's tag)
    blank = " " * len(m.group(2))
    return text[: m.start()] + m.group(1) + blank + m.group(3) + blank + text[m.end() :]


#: A quoted title's closing quote, then who wrote it (``"Title", by Ann Barn``): a first look for :func:`quoted_by`.
QUOTED_BY = re.compile(r"[\"”],?[ \t]++by[ \t]")
#: Who wrote a quoted title, after it: ``"Title", by Barn and Tawny.``, ``"Title" by Barn et al. (Unit 7)``.
_BY_NAMES = re.compile(r"[ \t]*+[,.]?[ \t]*+by[ \t]++(?P<n>[^.()\[\]]{2,200}?(?:[ \t]et[ \t]++al)?)[ \t]*+(?=[.(\[]|$)")


def quoted_by(text: str) -> Reference | None:
    """``"Title", by Ann Barn and Bob Tawny. (Unit 7)``: a quoted title opening the text, its authors after ``by``."""
    m = outer_quotes(text)
    if not m or text[: m.start()].strip(" \t*_") or (by := _BY_NAMES.match(text, m.end())) is None:
        return None
    names = by.group("n")
    if not (is_name_list(names) or re.search(r"[ \t](?:et[ \t]++al|and|&)\b", names)) or names[:1].islower():
        return None
    t0, t1 = m.start("title"), m.end("title")
    while t0 < t1 and text[t0] in " ,.\t\r\n":
        t0 += 1
    while t1 > t0 and text[t1 - 1] in " ,.\t\r\n":
        t1 -= 1
    return Reference((t0, t1), (by.start("n"), by.end("n")), None, int(y.group(1)) if (y := YEAR.search(text, by.end())) else None)


#: Surnames joined by en dashes, the way a result is named after its authors (``Baker–Gill–Solovay``, ``Cook–Reckhow``).
DASHED_NAMES = re.compile(r"[A-Z][a-zà-ÿ'’]++(?:[ \t]?+–[ \t]?+[A-Z][a-zà-ÿ'’]++)++")

#: The kind of work in brackets closing a title: ``[J]`` journal, ``[C]`` proceedings, ``[D]`` thesis, ``[R]`` report,
#: ``[EB/OL]`` online, in full-width brackets too (``［J］``); ``[M]`` (a book) is no paper.
GBT_MARK = re.compile(r"(?<=\S)[ \t]*+[\[［](?P<k>[JCDRNPSZA](?:/OL)?|EB/OL)[\]］](?://)?")
