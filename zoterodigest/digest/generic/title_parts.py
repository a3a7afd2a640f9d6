"""Where a plain title ends and what follows it says: names, a venue, a second sentence.

::

    Title. Ann Author, Bob Builder. ICML 2020.       (a byline after the title)
    Title, A. Barn, B. Tawny, 2020                    (names after a comma)
    Title. This paper shows that owls can hunt.       (a description: a second sentence)
    Ann Barn, Bob Tawny: Title                        (names, a colon, the title)
    Title (猫头鹰的月光视觉)                            (a translated title, kept apart)
    Title (Owl Conf 2020), Title(OWL'19)              (a venue and year closing it)
    [OWL] Title                                       (a tag before it)

Pure functions over one line; every answer is columns of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .byline import byline, is_venue_text
from .citation_keys import CITED, cited_lead, names_after_semicolon
from .name_lists import is_name_list, one_name, person_names
from .plain_cut import double_stop
from .title_asides import drop_label, drop_translation, lead_nickname
from .title_tails import in_venue, marked_field
from .venue_tails import bare_venue_tail, marked_venue_end, venue_year_at, year_venue_end

_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d{2})(?!\d)")
#: Before a full stop (looked at past it), words that end an abbreviation, not a sentence (``Paxos vs. Fast Paxos``, ``Dr. Barn``).
NOT_ABBREVIATION = "".join(f"(?<!\\b{w}\\.)" for w in ("vs", "Vs", "cf", "Cf", "Dr", "Mr", "Ms", "Jr", "Sr", "St", "No",
                                                      "Vol", "vol", "Fig", "Eq", "pp", "Prof", "sp", "spp"))
_SENTENCE = re.compile(r"\.(?<=[a-z\d)?!]\.)" + NOT_ABBREVIATION + r"\s")  # (what comes before the full stop looked at after it: a search skips to them)
_DESCRIPTION = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[^\s.]+){3}")
_COMMA = re.compile(r",[ \t]+")
_YEAR_TAIL = re.compile(r"(?:(?<![ \t])|(?![ \t]))[,.]?[ \t]*+[(（]?(?:19|20)\d{2}[a-z]?[)）]?[.,]?[ \t]*+$")
_NAMES_COLON = re.compile(r"(?P<names>[^:：\[\]()]{2,199}?[^:：\[\]() \t])[ \t]*+[:：][ \t]+(?=\S)")
_INITIAL = re.compile(r"[A-Z](?<!\w.)\.|[A-Z](?<!\w.)[A-Z]?(?:,|$)|e(?<!\w.)t\.? ?al")  # ("\b" looked at past the first letter)
#: The last of three names or more joined by ", and" (``Ann Barn, Bob Tawny, and Cy Hoot``).
_JOINED = re.compile(r",[ \t]++and[ \t]++[A-Z]")
_LAST_DASH = re.compile(r"[ \t][-–—][ \t]++(?=[^-–—]*$)")


@dataclass
class Parts:
    """Columns of the title, the names and the venue; the year; where the head ends."""

    title: tuple[int, int]
    authors: tuple[int, int] | None
    venue: tuple[int, int] | None
    year: int | None
    end: int


def title_and_names(line: str, pos: int, stop: int) -> Parts | None:
    """A plain title at ``pos`` followed by names or a description, up to ``stop``."""
    text = line[pos:stop]
    if (double := double_stop(text)) is not None:  # "Title.. Journal. 2025.": the title's own stop, then the reference's
        return Parts((pos, pos + double), None, None, None, pos + double + 2)
    first = _SENTENCE.search(text)
    if first:  # "Title. Ann Author, Bob Builder. ICML 2020."
        authors, venue, end = byline(line, pos + first.start() + 1, stop)
        if authors is not None:
            year = _YEAR.search(line, venue[0], venue[1]) if venue else None
            return Parts((pos, pos + first.start()), authors, venue, int(year.group(1)) if year else None, end)
    if (semi := names_after_semicolon(text)) is not None:  # "Title; Barn et al., 2014 [[Paper](url)]"
        year = _YEAR.search(text, semi[1], semi[2])
        return Parts((pos, pos + semi[0]), (pos + semi[1], pos + semi[2]), None, int(year.group(1)) if year else None, stop)
    if ", " in text and (_INITIAL.search(text) is not None or ", and " in text) and (named := _names_after_comma(text, pos, stop)) is not None:
        return named
    if first and len(text[: first.start()].split()) >= 3 and _DESCRIPTION.match(text, first.end()) \
            and len(text[first.start() - 4 : first.start()].strip()) >= 3:
        end = pos + first.start()  # "Title. This paper shows ...": the second sentence describes it
        return Parts((pos, end), None, None, None, end + 1)
    return None


def _names_after_comma(text: str, pos: int, stop: int) -> Parts | None:
    """``Title, A. Barn, B. Tawny, 2020``: names with initials after one of the first commas, or three names
    or more, the last joined by ", and" (``Title, Ann Barn, Bob Tawny, and Cy Hoot, https://...``)."""
    for n, comma in enumerate(_COMMA.finditer(text)):
        if n >= 4:
            break
        if comma.start() < 8:
            continue
        rest = text[comma.end() :]
        rest = rest[: min(rest.find(c) % (len(rest) + 1) for c in ("[", "http"))]  # ("[[pdf]]" labels, an address end the names)
        tail = _YEAR_TAIL.search(rest)
        names = rest[: tail.start()] if tail else rest
        if len(names) <= 200 and person_names(names) and (_INITIAL.search(names) or _full_names(names)):
            year = _YEAR.search(rest)
            a0, t1 = pos + comma.end(), pos + comma.start()
            if (dash := _LAST_DASH.search(text, 0, comma.start())) is not None and one_name(text[dash.end() : comma.start()]):
                a0, t1 = pos + dash.end(), pos + dash.start()  # ("Title - Ann B. Barn, Cy D. Hoot": the first name too)
            return Parts((pos, t1), (a0, pos + comma.end() + len(names.rstrip(" ,."))), None,
                         int(year.group(1)) if year else None, stop)
    return None


def _full_names(names: str) -> bool:
    """Three full names or more, each of two to four capitalised words, the last joined by ", and"."""
    parts = [p.strip().removeprefix("and ").strip() for p in names.strip(" ,.").split(",")]
    return len(parts) >= 3 and _JOINED.search(names) is not None \
        and all(2 <= len(ws := p.split()) <= 4 and all(w[:1].isupper() for w in ws) for p in parts)


def names_before(line: str, pos: int, stop: int) -> tuple[int, tuple[int, int]] | None:
    """``Ann Barn, Bob Tawny: Title``: where the title starts and the names' columns."""
    colon = line.find(":", pos, min(stop, pos + 210))
    if colon < 0 and line.find("：", pos, min(stop, pos + 210)) < 0:
        return None  # (a cheap first look: no colon near the start)
    if not _INITIAL.search(line, pos, min(stop, pos + 210)):
        return None
    m = _NAMES_COLON.match(line, pos, stop)
    if m is None or not person_names(m.group("names")) or not _INITIAL.search(m.group("names")):
        return None  # (full names before a colon read like a title's words: "Deep Learning: ...")
    return m.end(), (m.start("names"), m.end("names"))


_TITLE_YEAR = re.compile(r"(?:(?<![ \t])|(?![ \t]))(?:[ \t]*+[(（](?:19|20)\d{2}[a-z]?[)）]|[,.][ \t]*(?:19|20)\d{2}[a-z]?[.,]?)[ \t]*$")
#: A year and month in parentheses closing a title, or a year with asides after it: ``(2012) (basic ml concepts)``, ``(2016)(Net2net)``.
_YEAR_ASIDES = re.compile(r"(?<![ \t])[ \t]*+[(（](?:19|20)\d{2}(?:[.\-/]\d{1,2}[)）](?:[ \t]*+[(（][^()（）]{1,80}[)）])*+"
                          r"|[)）](?:[ \t]*+[(（][^()（）]{1,80}[)）])++)[ \t]*+$")  # (a lone "(2019)" may be the title's)
#: A venue's short name left open in parentheses at a title's end, its year cut off after it.
_UNCLOSED = re.compile(r"[A-Z][A-Za-z\-]{1,12}(?:[ \t]++(?:[A-Z][A-Za-z.\-]{1,12}|on|of|and|&)){0,4}")
_YEAR_ENDS = frozenset("0123456789)）.,abcdefghijklmnopqrstuvwxyz")
_TITLE_NUMBER = re.compile(r"(?:[(（]\d{1,4}[)）]|\d{1,4}\)\.?(?=[ \t]))[ \t]*")
#: A number glued to a title's first word: ``4.A General Model for ...``, ``01.Noise-contrastive ...`` (never ``01.AI`` alone).
_GLUED_NUMBER = re.compile(r"\d{1,3}\.(?=[A-Z][A-Za-z])")
#: A venue and year in parentheses before a title's words: ``(CVPR 2023) Title``.
_LEAD_VENUE = re.compile(r"[(（](?P<v>[^()（）\[\]]{3,30})[)）][ \t]*+(?:[:：\-–—][ \t]*+)?")
#: A date before a title's words: ``2023.05 ``, ``2023-05-12: ``, ``2023/5 - ``, ``2024 - ``.
_LEAD_DATE = re.compile(r"(?:19|20)\d{2}(?:[./-](?:0?[1-9]|1[0-2])(?:[./-]\d{1,2})?(?:[ \t]*+[:\-–—|])?[ \t]++"
                        r"|[ \t]++[\-–—|][ \t]++)")
#: Emoji shortcodes before a title's words: ``:star2:Title``, ``:fire: :star: Title``.
_LEAD_SHORTCODE = re.compile(r"(?::[a-z0-9_+\-]{1,30}:[ \t]*+)++(?=\S)")
#: A tag in brackets before a title's words: ``[DCN] Deep & Cross Network``.
_LEAD_TAG = re.compile(r"\[[^\[\]]{1,40}\][ \t]*+(?:[:：\-–—][ \t]*+)?(?=[\w\"“])")
#: A venue and year in parentheses or brackets: ``Owl Conf 2020``, ``OWL'19``, ``OWL2019 oral``.
_VENUE_GROUP = re.compile(r"[A-Za-z][\w&.'’\-]*+(?:[ \t,]++[\w&.'’\-]++){0,9}")
_GROUP_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<=[A-Za-z])['’]\d{2}(?!\d)|(?<=[A-Z]{3})\d{2}(?!\d)")
_QUOTES = "\"“”"
#: A kind of work after the title (``Title, Unpublished``, ``Title, PhD Thesis``), or ``(Links to an external site.)``.
_KIND_TAIL = re.compile(r"(?:,[ \t]*+(?:unpublished|manuscript|draft|(?:ph\.?d\.?|master'?s)?[ \t]*+thesis|tech(?:nical)?[ \t]++report)"
                        r"|\(links? to an external site\.?\))[ \t]*+$", re.IGNORECASE)  # (a course site's note)
_SEE_ALSO = re.compile(r"(?:also[ \t]++see|see[ \t]++also|see)[ \t]*+:[ \t]*+(?=\S)", re.IGNORECASE)  # ("Also see: Title")


def _lead_end(line: str, t0: int, t1: int) -> int | None:
    """Where the title's words start after a number (``（12）``), a tag (``[Tag] Title words``) or a venue
    and year (``(CVPR2023) Title words``) before them; None when nothing stands before them."""
    if m := _TITLE_NUMBER.match(line, t0, t1):
        return m.end()
    if (m := _GLUED_NUMBER.match(line, t0, t1)) and len(line[m.end() : t1].split()) >= 3:
        return m.end()
    if line[t0:t0 + 1] in "AaSs" and (m := _SEE_ALSO.match(line, t0, t1)):
        return m.end()
    if line[t0:t0 + 1] == ":" and (m := _LEAD_SHORTCODE.match(line, t0, t1)) and len(line[m.end() : t1].split()) >= 2:
        return m.end()  # (":star2:Title words": an emoji's shortcode)
    if line[t0:t0 + 1] == "[" and (m := _LEAD_TAG.match(line, t0, t1)) and len(line[m.end() : t1].split()) >= 2:
        return m.end()
    if line[t0:t0 + 1] in "12" and (m := _LEAD_DATE.match(line, t0, t1)) and len(line[m.end() : t1].split()) >= 3:
        return m.end()  # "2023.05 Title words", "2023-05-12: Title words", "2024 - Title words"
    if line[t0:t0 + 1] in "(（" and (m := _LEAD_VENUE.match(line, t0, t1)) and is_venue_text(m.group("v")) \
            and len(line[m.end() : t1].split()) >= 3:
        return m.end()
    return cited_lead(line, t0, t1) or lead_nickname(line, t0, t1)


#: An emphasis tag opening a title that its closing tag ends (``<strong>Title</strong>`` inside ``<u>``).
_WRAP = re.compile(r"<(b|strong|i|em|u|cite)>", re.IGNORECASE)


def _wrapped(line: str, t0: int, t1: int) -> tuple[int, int] | None:
    """The inside of brackets, tildes or an emphasis tag around the whole title (``**[Title]**``, 【Title】,
    ``~~Title~~``, ``<u><strong>Title</strong></u>``); None when nothing wraps it."""
    if t1 - t0 > 2 and (line[t0], line[t1 - 1]) in (("[", "]"), ("【", "】")) and "[" not in line[t0 + 1 : t1 - 1]:
        return t0 + 1, t1 - 1
    if t1 - t0 > 4 and line.startswith("~~", t0) and line.endswith("~~", t0, t1) and "~~" not in line[t0 + 2 : t1 - 2]:
        return t0 + 2, t1 - 2  # (struck through, a paper done: "~~Title~~"; an edit keeps the tildes around it)
    if line[t0:t1].startswith("<") and (m := _WRAP.match(line, t0, t1)) and line.endswith(f"</{m.group(1)}>", t0, t1):
        return m.end(), t1 - len(m.group(1)) - 3
    return None


def strip_title(line: str, t0: int, t1: int, depth: int = 0) -> tuple[int, int]:
    """The title's columns without the marks, a closing year (``Title (2016)``, ``Title, 2019``)
    or venue and year (``Title (Owl Conf 2020)``), a leading ``（12）`` number, ``[Tag]`` or 【】
    brackets around it (eight of them at most: a crafted title of a thousand tags stays linear)."""
    while t1 > t0 and line[t1 - 1] in " \t":
        t1 -= 1  # (a space closing a link's text, '["Title." ](url)': the quotes around the title meet first)
    while t0 < t1 and (line[t0] in " \t*_\"“" and not _quote_inside(line, t0, t1) or _pictograph(line[t0])
                       or line[t0] == "[" and "]" not in line[t0:t1]):
        t0 += 1  # (marks, pictographs before the words: "⭐️ Title", and a link's bracket left open: '["Title"](' wrapped)
    while t1 > t0 and line[t1 - 1] in " \t*_\"”.,:;|/-–—[(（\\" and not _quote_inside(line, t1 - 1, t1, t0):
        if line[t1 - 1] == "." and t1 - t0 > 3 and line[t1 - 2] == ".":
            break
        t1 -= 1
    if line.startswith("**", t1) and line.count("**", t0, t1) % 2 and (k := line.rfind("**", t0, t1)) > t0 + 1 \
            and line[k - 1] == " " and line[k - 2].islower():
        t1 += 2  # ("Title from **Its Name**, [url]": the bold's closing marks stay with its opening ones, when title words lead into it)
    if depth > 8:
        return t0, t1
    if (inner := _wrapped(line, t0, t1)) is not None:
        return strip_title(line, inner[0], inner[1], depth + 1)
    if (lead := _lead_end(line, t0, t1)) is not None:
        return strip_title(line, lead, t1, depth + 1)
    if (cut := _closing_field(line, t0, t1)) is not None:
        return strip_title(line, t0, cut, depth + 1)
    end = drop_translation(line, t0, t1)  # "Title (标题)": the translation kept apart
    end = drop_venue_group(line, t0, drop_label(line, t0, end))
    return (t0, t1) if end == t1 else strip_title(line, t0, end, depth + 1)


def _closing_field(line: str, t0: int, t1: int) -> int | None:
    """Where a field closing the title starts: its kind (``, Technical report``), its year (``, 2019``), a venue
    and year (``(Owl Conf 2020)``), or a field in its own emphasis marks (``Title, **NeurIPS**, 2015``)."""
    if ("," in line[t0:t1] or line[t1 - 1 : t1] == ")") and (m := _KIND_TAIL.search(line, t0, t1)) and m.start() - t0 > 8:
        return m.start()
    if line[t1 - 1 : t1] in _YEAR_ENDS and (m := _TITLE_YEAR.search(line, year_from(line, t0, t1), t1)) and m.start() - t0 > 8:
        return m.start()
    if (cut := year_venue_end(line, t0, t1)) is not None:
        return cut
    return in_venue(line, t0, t1) or marked_field(line, t0, t1)


def _pictograph(ch: str) -> bool:
    """An emoji or a symbol drawn as one (``⭐``, ``🔥``, ``✨``), a variation selector or joiner after it."""
    return 0x1F000 <= (o := ord(ch)) <= 0x1FAFF or 0x2600 <= o <= 0x27BF or 0x2B00 <= o <= 0x2BFF or o in (0xFE0F, 0x200D, 0x20E3)


def _quote_inside(line: str, at: int, t1: int, t0: int | None = None) -> bool:
    """Whether the quote at ``at`` pairs with another inside the title (``"Owl" Is a Bird``):
    then it is the title's own, not marks around it."""
    if line[at] not in _QUOTES:
        return False
    if t0 is None:  # an opening quote: its partner ends before the title does
        k = next((k for k in range(at + 1, t1) if line[k] in _QUOTES), -1)
        return 0 <= k < t1 - 1 - (line[t1 - 1] in ".,;:")
    k = next((k for k in range(at - 1, t0 - 1, -1) if line[k] in _QUOTES), -1)
    return k > t0


def drop_venue_group(line: str, t0: int, t1: int) -> int:
    """The title's end without a venue and year in parentheses or brackets closing it
    (``Title (Owl Conf 2020)``, ``Title(OWL2019)``, ``Title [OWL'19]``)."""
    if t1 - t0 < 12 or line[t1 - 1] not in ")]）":
        return bare_venue_tail(line, t0, t1)
    lo = max(t0, t1 - 91)
    k = max(line.rfind("(", lo, t1), line.rfind("[", lo, t1), line.rfind("（", lo, t1))
    inner = line[k + 1 : t1 - 1].strip()
    if k < lo or k - t0 < 8 or not _VENUE_GROUP.fullmatch(inner) or not _GROUP_YEAR.search(inner) \
            or len(line[t0:k].split()) < 2:
        return t1
    while k > t0 and line[k - 1] in " \t":
        k -= 1
    return k


def year_from(line: str, t0: int, t1: int) -> int:
    """Where inline._TITLE_YEAR (a closing year) can start: it ends at ``t1`` and holds at most
    7 characters besides its two runs of blanks, so it is searched from there, not from ``t0``."""
    k = t1
    while k > t0 and line[k - 1] in " \t\n":
        k -= 1
    k -= 8
    while k > t0 and line[k - 1] in " \t":
        k -= 1
    return max(t0, k - 2)


def trim_title(line: str, t0: int, t1: int) -> tuple[int, int, tuple[int, int] | None]:
    """A title without a short ``[Name]`` before it (``[DCN] Deep & Cross Network``) and without
    a venue and year in parentheses closing it (``Title (IEEE Signal Processing Magazine 2017)``,
    ``Title (ICLR2014)``): its columns, and the venue's when one was cut."""
    if line.startswith("[", t0) and 0 < (k := line.find("] ", t0, min(t1, t0 + 32))) and "[" not in line[t0 + 1 : k] \
            and len(line[k + 2 : t1].split()) >= 3:
        t0 = k + 2
    venue = None
    if (open_at := line.rfind(" (", t0, t1)) - t0 > 8 and ")" not in line[open_at:t1] and _UNCLOSED.fullmatch(line, open_at + 2, t1):
        return t0, open_at, (open_at + 2, t1)  # "Title (IEEE TKDE, 2009, 6000+ citations)" cut at its year: the venue left
    if (dated := _YEAR_ASIDES.search(line, t0, t1)) is not None and dated.start() - t0 > 8:
        t1 = dated.start()  # "Title (2012) (basic concepts)": the year and the reader's asides after it
    if (marked := marked_venue_end(line, t0, t1)) is not None:
        return t0, marked[0], marked[1]
    if t1 - t0 > 10 and line[t1 - 1] in ")）":
        k = max(line.rfind("(", t0, t1), line.rfind("（", t0, t1))
        inner = line[k + 1 : t1 - 1]
        if k - t0 > 8 and len(inner) <= 100 and _FUSED_YEAR.search(inner) and re.search(r"[A-Za-z]{2}", inner):
            end = k
            while end > t0 and line[end - 1] in " \t,":
                end -= 1
            venue, t1 = (None if CITED.fullmatch(inner.strip()) else (k + 1, t1 - 1)), end  # (Barn et al., 2017): no venue
            if venue is None:
                return t0, t1, None
    return t0, t1, venue or cut_venue_group(line, t1)


def cut_venue_group(line: str, t1: int) -> tuple[int, int] | None:
    """The venue and year group :func:`drop_venue_group` cut from a title ending at ``t1``
    (``Title (Owl Conf 2020)``, ``Title [OWL'19]``): its columns, so it is the entry's venue."""
    k = t1
    while k < len(line) and k - t1 < 4 and line[k] in " \t":
        k += 1
    if k < len(line) and (bare := venue_year_at(line, k)) is not None:
        return k, bare  # ("Title OSDI'22")
    if k >= len(line) or line[k] not in "([（":
        return None
    close = {"(": ")", "[": "]", "（": "）"}[line[k]]
    end = line.find(close, k + 1, k + 92)
    inner = line[k + 1 : end].strip() if end > k else ""
    if not inner or not _VENUE_GROUP.fullmatch(inner) or not _GROUP_YEAR.search(inner) or CITED.fullmatch(inner):
        return None  # (and "(Barn et al., 2017)" names who and when, not where)
    return k + 1, end


#: A year, also fused to a venue's name (``ICLR2014``).
_FUSED_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d{2}(?!\d)")


#: A date before a dash or colon that opens an item (``2014 - Title.``, ``2023.05.02: Title``).
_DATE_LEAD = re.compile(r"((?:19|20)\d{2})(?:[./-]\d{1,2}){0,2}[ \t]++[-–—:|][ \t]++(?=\S)")
#: A year and an arXiv id opening a generated line before the title (``2026 arXiv 2602.08949v1 Title``).
_ID_LEAD = re.compile(r"((?:19|20)\d{2})[ \t]++arxiv:?[ \t]*+\d{4}\.\d{4,5}(?:v\d+)?[ \t]++(?=\S)", re.IGNORECASE)
#: A session's day and hour in brackets before the title (``(May 31, 2023 10am CET) [Title](url)``).
_SESSION_LEAD = re.compile(r"\((?:[A-Z][a-z]{2,8}\.?[ \t]++\d{1,2},?[ \t]++|\d{1,2}[ \t]++[A-Z][a-z]{2,8}\.?,?[ \t]++)"
                           r"((?:19|20)\d{2})(?:,?[ \t]++\d{1,2}(?::\d{2})?[ \t]*+(?:[ap]\.?m\.?)?(?:[ \t]++[A-Z]{2,5})?)?\)[ \t]*+(?=\S)",
                           re.IGNORECASE)
#: A date in parentheses before the title, as a reading log dates its entries (``(2022.05) Title``).
_BRACKETED_DATE = re.compile(r"\(((?:19|20)\d{2})(?:[./-]\d{1,2}){1,2}\)[ \t]++(?=\S)")
#: A short italic part closing a plain title after a comma or full stop (``Title, *CVPR*.``).
_ITALIC_TAIL = re.compile(r"([,.])[ \t]*+(?:\*(?P<a>[^*\n]{2,80})\*|_(?P<b>[^_\n]{2,80})_)[ \t.,;]*+$")
_VENUE_LIKE = re.compile(r"[A-Z][\w&.'’\-]*+(?:[ \t]++[\w&.'’\-]++){0,5}")


def past_date(line: str, pos: int) -> tuple[int, int | None]:
    """Past a date opening an item before a dash or colon (``2014 - Title. [[Paper]](url)``),
    with its year; ``(pos, None)`` when there is none."""
    date = _DATE_LEAD.match(line, pos) or _ID_LEAD.match(line, pos) if line.startswith(("19", "20"), pos) \
        else _SESSION_LEAD.match(line, pos) or _BRACKETED_DATE.match(line, pos) if line.startswith("(", pos) else None
    return (date.end(), int(date.group(1))) if date else (pos, None)


def italic_tail(text: str, cut: int) -> tuple[int, tuple[int, int] | None]:
    """Where a plain title in ``text[:cut]`` ends before a short italic part closing it
    (``Title, *CVPR*.``), with that part's columns when it reads as a venue."""
    italic = _ITALIC_TAIL.search(text, 0, cut)
    if italic is None or len(text[: italic.start()].split()) < 2:
        return cut, None
    group = "a" if italic.group("a") else "b"
    venue = (italic.start(group), italic.end(group)) if _VENUE_LIKE.fullmatch(italic.group(group)) else None
    return italic.start(), venue


#: Text after a link's closing bracket and a colon, to a separator, a link, a bracket or the end.
_CONTINUED = re.compile(r"[ \t]?+:[ \t]*+(?P<c>[^|\[\]()\n]{3,300}?)[ \t.]*+(?=[ \t]++[|–—-][ \t]|[ \t]*+[\[(|]|$)")
#: The same after a link whose text ends with the colon: ``[Alibaba HPN:](url) A Data Center Network``.
_CONTINUED_BARE = re.compile(r"[ \t]++(?P<c>[^|\[\]()\n]{3,300}?)[ \t.]*+(?=[ \t]++[|–—-][ \t]|[ \t]*+[\[(|]|$)")


def continued_title(line: str, label: str, end: int) -> tuple[int, int] | None:
    """The columns of a title's rest after its link (``[Megatron-LM](url): Training Multi-Billion
    Parameter Language Models``): a nickname's title in any case, a longer link text's only in title
    case (``[What Goes Around](url): Names provide a summary`` is a description)."""
    m = (_CONTINUED_BARE if label.rstrip().endswith((":", "：")) else _CONTINUED).match(line, end)
    if m is None:
        return None
    words = m.group("c").split()
    if not 1 <= len(words) <= 25 or "." in m.group("c").rstrip("."):
        return None
    long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    title_case = bool(long) and sum(1 for w in long if w[:1].isupper()) * 5 >= len(long) * 4
    if not (title_case if len(label.split()) > 1 or not words[0][:1].isupper() else True):
        return None  # (a nickname's title opens with a capital, or runs on in title case: "an Efficient Framework for...")
    return m.start("c"), m.end("c")


#: Italic names after a title and a comma or full stop (``Title, *Ann Barn, Bob Tawny*, Venue``).
_ITALIC_NAMES = re.compile(r"[,.][ \t]*+(?:\*(?P<a>[^*\n]{3,300})\*|_(?P<b>[^_\n]{3,300})_)")


def italic_names(text: str) -> tuple[int, int, int, int] | None:
    """Where a plain title ends before its italic authors (``Title, *Ann Barn, Bob Tawny*, Venue
    2021``): the title's end, the names' start and end, and the end of the italic part; None when
    the italic part is no list of names or the title before it is under three words."""
    m = _ITALIC_NAMES.search(text)
    if m is None or len(text[: m.start()].split()) < 3:
        return None
    group = "a" if m.group("a") is not None else "b"
    names = m.group(group).removesuffix(" et al.").removesuffix(" et al")
    if len(names.split()) < 2 or is_venue_text(names) or not is_name_list(names):
        return None  # ("Title, *CVPR*.": a venue in italics)
    return m.start(), m.start(group), m.end(group), m.end()

