"""What a list item says right after its title: authors and venue.

::

    [Title](url) - Ann Author, Bob Builder. *NeurIPS 2020*
    **Title**, Ann Author et al., *ICLR 2021*. [[pdf]](url)
    Title. Ann Author, Bob Builder. ICML 2020. [[paper]](url)

Pure functions over one line; answers are columns of the line.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..markup import without_attributes
from .name_lists import is_name_list, person_names

if TYPE_CHECKING:
    from .inline import Head

_TAGS = re.compile(r"</?(?:i|em|b|strong|u|cite)>", re.IGNORECASE)
_SPLIT = re.compile(r"[.,;](?=\s)|\s[-–—|]\s")
_YEAR = re.compile(r"(?<![\d–])(?<!\d-)(?:(?:19|20)\d{2}|'\d{2})(?!\d|–\d|-\d{4}(?![\d\-/.]))")  # (no page of a range: "2035–2062")
#: A venue in italics after the names, "in" opening it: ``, *in Owl Letters*``.
_IN_VENUE = re.compile(r",[ \t]*+(?P<m>[*_])in[ \t]++(?P<v>[^*_\n]{2,200}?)(?P=m)")
_VENUE = re.compile(r"[A-Za-z][\w'’&.\-/ ]{0,40}")
#: A year written before its venue: ``2025 Nature Med``.
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}[ \t]++(?=[A-Za-z])")
#: Names, then a venue with its year in parentheses.
_NAMES_PAREN = re.compile(r"(?P<n>[^()\[\]]{3,200}?)[ \t]*+\((?P<v>[^()]{2,60})\)[ \t.,]*+")


def is_venue_text(text: str) -> bool:
    """A short venue with a year (``NeurIPS 2020``, ``ICML'23``, ``arXiv 2023``, ``2025 Nature Med``)."""
    s = text.strip(" .,*_")
    lead = _YEAR_FIRST.match(s)
    return bool(s) and len(s.split()) <= 6 and bool(lead or _YEAR.search(s)) and bool(_VENUE.match(s, lead.end() if lead else 0)) and "http" not in s


_LEAD = re.compile(r"[\s\-–—,.:|]*")
#: A quote closing round a linked title, with its comma: ``“[Title](url),” Venue``.
CLOSE_QUOTE = re.compile(r"[ \t]*+[,.]?[\"”][ \t]*+")
#: An arXiv id or a DOI: text holding one names no venue (``arXiv:1512.00168, 12 April 2016``).
ID_IN = re.compile(r"\d{4}\.\d{4,5}|10\.\d{4,9}/")


def byline(line: str, start: int, end: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """(authors columns, venue columns, where they end) in ``line[start:end]``: names,
    then a venue with a year, after a separator; (None, None, start) when it is not so."""
    lead = _LEAD.match(line, start, end)
    assert lead is not None
    pos = lead.end()
    text = line[pos:end]
    paren = _NAMES_PAREN.fullmatch(text.rstrip()) if "(" in text else None
    if paren and is_name_list(paren.group("n").strip("*_ ")) and is_venue_text(paren.group("v")):
        # "A. Barn, B. Tawny (CVPR 2021)"
        return (pos + paren.start("n"), pos + paren.end("n")), (pos + paren.start("v"), pos + paren.end("v")), pos + paren.end()
    if paren and _YEAR_ALONE.fullmatch(paren.group("v")) and person_names(paren.group("n").strip("*_ ")):
        return (pos + paren.start("n"), pos + paren.end("n")), None, pos + paren.end()  # "Barn, A. and Tawny, B. (2015)"
    for m in _SPLIT.finditer(text):
        if m.start() > 300:
            break  # author lists are short: a long line is prose
        if _after_initial(text, m.start()):
            continue  # ("A. Barn, B. Tawny (CVPR 2021)": the full stop of an initial splits nothing)
        left = text[: m.start()].strip()
        right = text[m.end() :]
        if not left or not is_name_list(_TAGS.sub("", left).strip("*_")):
            continue
        a = (pos + _lstrip(text, 0), pos + m.start())
        venue = _venue_cols(right)
        if venue is not None:
            v0, v1 = venue
            return a, (pos + m.end() + v0, pos + m.end() + v1), pos + m.end() + v1
        if not right.strip(" .*_"):
            return a, None, pos + m.start()
        if _YEAR_ALONE.fullmatch(right) and _ET_AL.search(left):  # "Barn et al., 2022": the names and a year, no venue
            return a, None, pos + len(text.rstrip(" .*_)"))
    return None, None, start


_YEAR_ALONE = re.compile(r"[ \t]*+(?:19|20)\d{2}[ \t.*_]*+")
_ET_AL = re.compile(r"\bet\.? al\b")


def _after_initial(text: str, at: int) -> bool:
    """True when ``text[at]`` is the full stop of an initial (``B.`` in ``B. Tawny``)."""
    return text[at] == "." and at >= 1 and text[at - 1].isupper() and (at == 1 or not text[at - 2].isalnum())


def _lstrip(text: str, i: int) -> int:
    while i < len(text):
        tag = _TAGS.match(text, i)
        if tag:
            i = tag.end()
        elif text[i] in " *_":
            i += 1
        else:
            break
    return i


def _venue_cols(text: str) -> tuple[int, int] | None:
    s0 = _lstrip(text, 0)
    s1 = len(text.rstrip(" .,*_"))
    if s1 > s0 and is_venue_text(text[s0:s1]) and not _SPLIT.search(text[s0:s1]):
        return s0, s1
    return None


_BOLD_HEAD = re.compile(r"(?:\*\*|__)(?P<v>[^*_]{2,40})(?:\*\*|__)[ \t:：\-–—|]*(?=[\w\[*_\"“<])")


def skip_bold_venue(line: str, pos: int) -> tuple[int, str | None]:
    """Past a bold venue written before a title (``**CVPR 2021** Title``): where the title
    starts and the venue; ``(pos, None)`` when no such venue stands at ``pos``."""
    m = _BOLD_HEAD.match(line, pos)
    if m is None or not is_venue_text(m.group("v")):
        return pos, None
    return m.end(), m.group("v").strip()


#: A dash between a title (or its byline) and a note: `` — ``.
DASH = re.compile(r"[ \t][—–][ \t]+")
_NOTE_SEP = re.compile(r"[ \t]*(?:[—–]|-{1,2}(?=\s)|:(?=\s)|\|)[ \t]*")


def note_after(line: str, pos: int, links: list[tuple[str, str, int, int]]) -> tuple[int, int] | None:
    """A note after the title and its links: `` — text`` (columns of the text; a kramdown attribute list after a link is
    none: ``[Title](url){:target="_blank"} — text``)."""
    line = without_attributes(line)
    end = len(line.rstrip())
    for _, _, s, e in links:
        if e <= pos:
            continue
        if line[pos:s].strip(" \t[]()/|,-–—") == "":
            pos = e
    while pos < end and line[pos] in "])":
        pos += 1
    sep = _NOTE_SEP.match(line, pos) or DASH.search(line, pos)
    if not sep or sep.end() >= end:
        return None
    return sep.end(), end


#: An accent written in TeX round its letter (``{\'a}``, ``{\"o}``).
_TEX_ACCENT = re.compile(r"\{\\[`'^\"~=.]\{?([A-Za-z])\}?\}")


def by_names(line: str, pos: int, end: int) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, int] | None:
    """``by Ann Barn and Bob Tawny. ECML, 2012.`` after a title, up to ``end``: the names' and the
    venue's columns, the year and where they end; None when the text there is not so."""
    k = pos
    while k < end and line[k] in " \t,.>":
        k += 1
    if line[k : k + 3].lower() != "by " or k > 0 and line[k - 1].isalnum():
        return None
    n0 = k + 3
    n0 += len(line[n0:end]) - len(line[n0:end].lstrip("*_"))  # ("by *Names*": the names in italics)
    stop = line.find("[", n0, end)
    stop = n0 + len(line[n0 : end if stop < 0 else stop].rstrip(" \t.*_,"))
    if (italic := _IN_VENUE.search(line, n0, stop)) is not None and is_name_list(line[n0 : italic.start()]):
        # "by Barn, Ann and Tawny, Bob, *in Owl Letters*, 2019": the venue in italics after "in", then the year
        year_at = _YEAR.search(line, italic.end(), stop)
        return ((n0, italic.start()), (italic.start("v"), italic.end("v")),
                int(year_at.group(0)) if year_at and year_at.group(0)[0] != "'" else None, stop)
    n1, year, venue = stop, None, None
    comma = max(line.rfind(",", n0, stop), line.rfind("(", n0, stop))
    if comma > 0 and _YEAR.fullmatch(line[comma + 1 : stop].strip(" )")) and "'" not in line[comma + 1 : stop]:
        n1, year = comma, int(line[comma + 1 : stop].strip(" )"))  # "by Names, 2012", "by Names (2012)"
    dot = _sentence_end(line, n0, n1)
    if dot is not None:  # "by Names. ECML, 2013"
        venue, n1 = (dot + 2, n1), dot
    names = unicodedata.normalize("NFC", line[n0:n1])  # (accents written as combining marks)
    if "{" in names:
        names = _TEX_ACCENT.sub(lambda m: m.group(1), names)  # (an accent written in TeX: "Tom{\'a}s")
    if not (person_names(names) or is_name_list(names) and len(names.split()) >= 2):
        return None  # ("by" says names follow: one name of two words will do)
    return (n0, n1), venue if venue and venue[1] > venue[0] else None, year, stop


def _sentence_end(line: str, lo: int, hi: int) -> int | None:
    """The first full stop in ``line[lo:hi]`` that ends a word (not an initial), followed by a space."""
    k = line.find(". ", lo, hi)
    while k >= 0:
        if k - lo >= 3 and line[k - 1].islower() and line[k - 2].isalpha() and line[k - 3].isalpha():
            return k
        k = line.find(". ", k + 2, hi)
    return None


_FULL_YEAR = re.compile(r"(?<![\d–])(?<!\d-)(?:19|20)\d{2}(?!\d|–\d|-\d{4}(?![\d\-/.]))")
_DOI_IN = re.compile(r"(?<![\w.])10\.\d{4,9}/")
_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?", re.IGNORECASE)


#: A tag that labels the record rather than naming where it appeared (``Presented Paper: [Title](url)``, ``[Best Paper]``).
_LABEL_TAG = re.compile(r"\b(?:papers?|articles?|readings?)\b", re.IGNORECASE)


_CJK_TOPIC = re.compile(r"[\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]{2}")
_ACRONYMS = re.compile(r"[A-Za-z]{2,}")


def _known(text: str) -> bool:
    # (imported here: venue_tails reads the venues' names through prefixes, which imports this module)
    from .venue_tails import known_venue

    return any(known_venue(w) for w in _ACRONYMS.findall(text))


def venue_text(line: str, head: Head) -> str | None:
    """The venue as written (months dropped: ``Feb., 2026`` is only a year)."""
    raw = line[head.venue[0] : head.venue[1]] if head.venue else head.tag
    if not raw or _DOI_IN.search(raw) or not head.venue and (_LABEL_TAG.search(raw) or _CJK_TOPIC.search(raw) and not _FULL_YEAR.search(raw)
                                                               and not _known(raw)):
        return None  # (a DOI written after the title is its id, never its venue; "Presented Paper:" labels it; a tag of
        # CJK words with no year nor known venue, "【关于IMP-GCN】", names a topic: no venue rather than a wrong one)
    parts = [p.strip() for p in raw.split("|")]
    named = [p for p in parts if re.search(r"[A-Za-z]{2,}", _MONTHS.sub("", p))]
    text = named[-1] if named else parts[-1]
    if not re.search(r"[A-Za-z]{2,}", _MONTHS.sub("", text)):
        m = _FULL_YEAR.search(text)
        return m.group(0) if m else None
    return text
