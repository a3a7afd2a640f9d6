"""What follows a title after its full stop and is no part of it: a citation's tail, or its authors' names.  Pure."""

from __future__ import annotations

import re

from ..markup import CJK_LETTER
from .name_lists import person_names
from .venue_tails import known_venue, venue_year_at

#: A citation's tail after a title's full stop: names "et al.", a year, or a journal's volume and pages
#: (``Title. Nakashima, A. et al. 2019. Science 365``, ``Title.Hsieh et al``, ``Title..Hsieh et.al``, ``Title. Cell 172,262-274``).
_REFERENCE_TAIL = re.compile(r"(?<=[^\W\d_]{4})\.\.?+[ \t]*+(?=[A-Z])(?=[^\n]{0,120}?(?:\bet(?:[ \t]++|\.[ \t]*+)al\b|(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,4}[,:][ \t]*+\d{1,6}[\-‐–]\d))")


def reference_tail(title: str) -> int | None:
    """Where a citation's tail starts after the title's first full stop (after a word of four letters or more, no
    bracket open: not "st. Petersburg", not "[Renew. Energy 198]"), when what comes after reads as one; else None."""
    m = _REFERENCE_TAIL.search(title)
    head = title[: m.start()] if m else ""
    if m is None or len(head.split()) < 3 or len(title[m.end() :].split()) > 16 or head.count("[") > head.count("]") \
            or head.count("(") > head.count(")"):
        return None
    return m.start()


#: One to four capitalised names and "et al." closing a title after its stop, its question mark or a comma
#: (``Title..Felix Barn et.al``, ``Can We Do It Better?.Ann Barn et.al``, ``Title, Özgür Hoot et al.``).
_ET_AL_END = re.compile(r"(?:(?<=[^\W_]{2})\.\.?+|(?<=\))\.\.?+|(?<=[?!])\.?+|,)[ \t]*+(?P<n>[^\W\d_][\w'’\-]*+\.?+(?:[ \t]++[^\W\d_][\w'’\-.]*+){0,3})"
                        r"[ \t]++et(?:[ \t]++|\.[ \t]*+)al\.?$")


def short_title(title: str) -> str:
    """``title`` without the tails that close it and are no part of it: names and "et al." (:func:`et_al_tail`), a venue
    and year after a comma (:func:`venue_year_tail`), a year glued by a hyphen or set off (:func:`glued_year_tail`,
    :func:`set_off_date_tail`), cut in that order."""
    for tail in (et_al_tail, venue_year_tail, glued_year_tail, set_off_date_tail):
        if (cut := tail(title)) is not None:
            title = title[:cut].rstrip()
    return title


def et_al_tail(title: str) -> int | None:
    """Where the names closing ``title`` with "et al." start (a title never ends so), after two words or more."""
    if not title.rstrip(". ").endswith("al") or (m := _ET_AL_END.search(title)) is None:
        return None
    if not all(w[:1].isupper() for w in m.group("n").split()) or len(title[: m.start()].split()) < 2:
        return None
    return m.start()


#: A part's number closing a title's sentence (``Hilbert Space: III``, ``Galaxies. 1``).
_PART = re.compile(r"(?:\b[IVX]{1,5}|\b\d{1,2})$")
#: A Roman numeral standing as a word (``Leo IV``): no person's name.
_NUMERAL = re.compile(r"\b[IVX]{2,5}\b|\b[IVX]\b(?!\.)")


#: Marks set on names (emphasis, equal contribution ``+ † ‡``, a no-break space turned ``?`` after a comma), no part of them.
_CONTRIBUTION_MARKS = re.compile(r"[*_+†‡§]++|(?<=,)\?")


#: What a page owner writes before their co-authors' names (``with``, ``joint with``).
_WITH = re.compile(r"(?:joint(?:ly)?[ \t]++)?with[ \t]++(?=[A-Z])")
#: One person's name (``Ryan Torok``, ``Mary-Ann O'Barn``).
_ONE_NAME = re.compile(r"[A-Z][\w'’\-]*+(?:[ \t]++(?:[A-Z]\.|[A-Z][\w'’\-]++)){1,3}")


def names_tail(title: str) -> int | None:
    """``Title. Ann Barn, Bob Tawny``, ``Title. with Ann Barn``: where the title ends before the authors' names that close it after its
    first such stop (two names or more); else None."""
    bare = _CONTRIBUTION_MARKS.sub(lambda m: " " * len(m.group(0)), title) if "*" in title or "_" in title or "+" in title \
        or "?" in title or "†" in title or "‡" in title or "§" in title else title  # ("*Ann Barn+, Bob Tawny*.*": marks no name has)
    k = title.find(". ")
    while k > 0:
        names = bare[k + 2 :].strip(" .")
        joint = _WITH.match(names)  # ("Title. with Ann Barn": one co-author will do)
        names = names[joint.end() :] if joint else names
        if (joint or "," in names or " and " in names) and len(title[:k].split()) >= 3 - bool(joint) and not _PART.search(title, 0, k) \
                and not _NUMERAL.search(names) and (person_names(names) or joint and _ONE_NAME.fullmatch(names)):
            return k  # (not a part's number before the stop, "Galaxies. 1. Boötes I, Leo IV": a subtitle, not names)
        k = title.find(". ", k + 2)
    return None


def venue_year_tail(title: str) -> int | None:
    """``Title，ACL2017``, ``Title,EMNLP2017``, ``Title, TACL``: where the title ends before a comma and a known venue (with
    its year, or its acronym alone) closing it."""
    k = max(title.rfind("，"), title.rfind(","))
    if k < 8 or len(title[:k].split()) < 3:
        return None
    start = k + 1 + len(title[k + 1 :]) - len(title[k + 1 :].lstrip())
    if (acronym := title[start:].rstrip()).isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8 and known_venue(acronym):
        return k  # ("Title, TACL": a known venue's acronym alone after the comma)
    return k if venue_year_at(title, start) == len(title.rstrip()) else None


#: A date glued to a title by a hyphen, at its end or before a venue in parentheses (``Title-2020 4 27``, ``Title-2022-mar-14``,
#: ``Title-jan 2022（Neural Information Processing Systems``, ``Title-oct``); not a name's year inside it (``SemEval-2020 Task 12``)
#: or closing it (``BEA-2019``).
_DATE_WORD = (r"(?:\d{1,4}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
              r"|nov(?:ember)?|dec(?:ember)?)")
_GLUED_DATE = re.compile(rf"(?<=[^\W\d_)\]])-(?P<d>{_DATE_WORD}(?:[ \t.\-/]++{_DATE_WORD}){{0,3}})[ \t]*+(?=$|[(（])", re.IGNORECASE)
_YEAR_OR_MONTH = re.compile(r"(?:19|20)\d{2}|[a-z]{3}", re.IGNORECASE)


def glued_year_tail(title: str) -> int | None:
    """Where a title ends before a date glued to it by a hyphen and what follows it (see above); else None."""
    m = _GLUED_DATE.search(title) if "-" in title else None
    if m is None or not _YEAR_OR_MONTH.search(d := m.group("d")) or len(title[: m.start()].split()) < 3:
        return None
    if d.isdigit() and m.end() == len(title.rstrip()):
        return None  # (a year alone closing the title names a thing of it: "the galaxy MATLAS-2019", "BEA-2019")
    if m.end() < len(title) and (close := title.find(")" if title[m.end()] == "(" else "）", m.end())) >= 0 and title[close + 1 :].strip(" \t.。"):
        return None  # (a bracket the title goes on after names a thing of it: "disease-2019 (COVID-19): The epidemic")
    return m.start()


#: A date closing a title after a comma or a wide gap (``Title, 2023.09``, ``Title, 2021``, ``Title  2020``), or a
#: year and month joined by a dot after a space (``Title 2023.09``): when the list wrote it, not the title.
_SET_OFF_DATE = re.compile(r"(?:,[ \t]*+|(?<![ \t])(?:[ \t]{2,}+|\t))(?:19|20)\d{2}(?:[./\-](?:0?[1-9]|1[0-2])){0,2}[ \t]*+$"
                           r"|[ \t](?:19|20)\d{2}[./](?:0?[1-9]|1[0-2])[ \t]*+$")


def set_off_date_tail(title: str) -> int | None:
    """Where a title ends before a date set off from it (see above), three words at least before it; else None."""
    m = _SET_OFF_DATE.search(title) if title[-1:].isdigit() else None
    return m.start() if m is not None and len(title[: m.start()].split()) >= 3 else None


#: An arXiv listing's tag closing a title, as its feeds write it (``Title. (arXiv:2401.16412v1 [cs.AI])``).
_LISTING_TAG = re.compile(r"\(arXiv:[\w./-]{4,30}+(?:[ \t]++\[[\w.-]{1,20}+\])?(?:[ \t]++UPDATED)?\)$")
#: A run of three hyphens or more, or two dashes, glued to a title's last word (``Title----USENIX ATC'19``), and a
#: venue's name in capitals after it (``---A Survey`` is a subtitle: TeX writes a dash so).
_DASH_RUN = re.compile(r"(?<=[^\s\-])(?:-{3,}+|[—–]{2,}+)")
_DASH_VENUE = re.compile(r"[ \t]*+(?:[A-Z][\w&'’.\-]*+[ \t]++){0,2}[A-Z]{2,}[\w&'’.\-]*+(?:[ \t]++[\w&'’.\-]++){0,2}[ \t]*+")


def closed_title(title: str) -> str | None:
    """``title`` without what closes it and is no part of it, or None when nothing does: images a copy from a web
    page left as U+FFFC marks, a bracket opened for a note (``Title ([Barn et al., 2014](url))``), an arXiv listing's
    tag, a run of dashes before a venue, a backslash that escaped the character after the title (``Title \\[2009, CVPR\\]``), a note in brackets left
    open."""
    t = title
    if t.endswith("\ufffc"):
        t = t.rstrip("\ufffc \t")
    if t.endswith(("(", "[", "（")) and len(t.split()) >= 3:
        t = t.rstrip("([（ \t")
    if t.endswith(")") and "(arXiv:" in t and (m := _LISTING_TAG.search(t, max(0, len(t) - 80))) is not None and len(t[: m.start()].split()) >= 2:
        t = t[: m.start()].rstrip(" \t.")
    if t.endswith("\\") and (len(t) - len(t.rstrip("\\"))) % 2 == 1 and len(t.split()) >= 2:
        t = t[:-1].rstrip()
    if ("---" in t or "——" in t or "––" in t) and (d := _DASH_RUN.search(t)) is not None and len(t[: d.start()].split()) >= 3 \
            and _DASH_VENUE.fullmatch(t, d.end()) is not None:
        t = t[: d.start()].rstrip(" \t*_")  # ("*Title*----HPCC'11": the venue after a run of dashes)
    if "[" in t and t.count("[") > t.count("]") and len(t[: (k := t.rindex("["))].split()) >= 3 and "]" not in t[k:]:
        t = t[:k].rstrip()  # ("Title [2009, CVPR, Ann Barn": a note in brackets its reader cut at the closing one)
    if t[:1] in _QUOTE_PAIRS:
        t = _unquoted(t)
    if t.endswith((")", "）")) and (m := _ASIDE_CLOSE.search(t, max(0, len(t) - 60))) is not None \
            and len(t[: m.start()].split()) >= 3 and (m.group("kind") or not CJK_LETTER.search(t, 0, m.start())):
        t = t[: m.start()].rstrip()  # ("Title(oral)", "Title (Spotlight)", "Title(目标跟踪）": how it was shown, a reader's note)
    return t if t != title else None


#: A note in brackets closing a title: how the paper was presented (``(oral)``, ``(Spotlight)``, ``(Best Paper Award)``),
#: or a note in CJK letters after a title in other letters (``(目标跟踪）``).
_ASIDE_CLOSE = re.compile(r"[(（](?:(?P<kind>[ \t]*+(?:oral|spotlight|poster|highlight|best[ \t]++\w+(?:[ \t]++award)?)"
                          r"(?:[ \t]++presentation)?[ \t]*+)|[^()（）]{0,30}?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^()（）]{0,30}?)[)）]$",
                          re.IGNORECASE)


#: Quotes a reference sets its title in (British style, ``‘Title’``), and their closing marks.
_QUOTE_PAIRS = {"‘": "’", "“": "”", "«": "»", "„": "“"}


def _at(text: str, mark: str) -> list[int]:
    return [k for k, ch in enumerate(text) if ch == mark]


def _unquoted(t: str) -> str:
    """``t`` without the quotes around it (``‘Title’.``), or without an opening quote nothing closes (the reader
    cut the title at its stop: ``‘Title``); as it is when the quote closes inside (``“New” Science of Networks``)."""
    close = _QUOTE_PAIRS[t[0]]
    body = t.rstrip(" \t.,;:")
    inner = body[1:-1]
    if body.endswith(close) and not any(inner[k + 1 : k + 2].isalpha() is False for k in _at(inner, close)) \
            and len(inner.split()) >= 2:  # (a closing mark inside only as an apostrophe: "‘Owl’s Barn’")
        return inner.strip()
    if close not in t and t[0] not in t[1:] and '"' not in t and len(t[1:].split()) >= 3:  # ('“Controlling" Web 2.0': closed)
        return t[1:].lstrip()
    return t


#: A last field after a comma in its own emphasis marks: ``Title, **NeurIPS**``, ``Title, ***ICLR(workshop)***``.
_MARKED_FIELD = re.compile(r"[,;][ \t]*+(?P<m>\*{1,3}|_{1,3})(?=[A-Z\d])[^*_\n,;]{1,40}+(?P=m)(?![*_])")


def marked_field(line: str, t0: int, t1: int) -> int | None:
    """Where a title's span ``[t0, t1)`` of ``line`` ends before a field in its own marks that closes it (the
    marks' close is left just past ``t1``: ``Title, **NeurIPS**, 2015`` once the year is cut); None without one."""
    if line[t1 : t1 + 1] in ("*", "_") and (m := _MARKED_FIELD.search(line, t0, t1 + 3)) and m.start() - t0 > 8:
        return m.start()
    return None


#: A venue introduced by "in" after a comma (ASCII or full-width) closing a title, in emphasis or followed by its year.
_IN_VENUE = re.compile(r"[,，][ \t]*+in[ \t]++(?:[*_]{1,2}[^*_\n]{2,80}?[*_]{1,2}(?:[ \t,]++(?:19|20)\d{2})?"
                       r"|[A-Z][^,，*_\n]{1,60}?[ \t,]++(?:19|20)\d{2})[ \t.,]*+$")


def in_venue(line: str, t0: int, t1: int) -> int | None:
    """Where a title's span ``[t0, t1)`` of ``line`` ends before the venue it was published in, introduced by "in"
    after a comma (``Title, in *Neurocomputing* 2022``, ``Title，in NeurIPS 2023``); None without one."""
    m = _IN_VENUE.search(line, t0, t1)
    return m.start() if m is not None and m.start() - t0 > 8 else None
