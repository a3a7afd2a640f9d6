"""A paper written as a reference: where its title, authors, venue and year are.

::

    Author, A. and Author, B. "Title." Venue, 2020.
    Hou, Kewei, and Lu Zhang. "Which factors?." *Review of Finance* 23 (2019): 1-35.
    Novy-Marx, Robert. *Backtesting strategies*. No. w21329. NBER, 2015.
    Da, Liu, and Schaumburg (2013 MS) A Closer Look at the Short-Term Return Reversal
    Kaiming He, Xiangyu Zhang, Deep Residual Learning for Image Recognition, CVPR, 2016.
    久保麗, 國島丈生. 色覚異常のための色補正, 日本色彩学会大会, 2020年12月.  (cjk_refs; national standards, GOST's ``Barn A. Title //Venue. – 2020.``: standard_refs)

Pure functions over one string: every answer is a pair of offsets into it, so the reader can keep exact spans.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import name_lists as nl
from . import reference_marks as marks
from .cjk_refs import cjk_reference
from .colon_refs import inverted_names, names_paren_year_colon, names_year_colon
from .dblp_refs import dblp
from .gbt_refs import gbt
from .name_lists import INITIAL, SURNAME_GIVEN, VANCOUVER, cjk_names, is_name_list, one_name, person_names, spaced_names
from .nlm_refs import nlm
from .reference_marks import (
    SAME_NAMES,
    YEAR,
    Reference,
    comma_tail,
    is_tail,
    italic_venue,
    outer_quotes,
    quoted_by,
    title_words,
)
from .semicolon_refs import semicolon_names
from .sentence_ends import NEXT_PIECE, VENUE_AFTER_QUESTION, YEAR_ONLY, sentence_ends
from .standard_refs import standard_reference
from .year_after_names import linked_title, year_after_names

_ITALIC = re.compile(r"(?<![*\w])\*(?P<title>[^*]{6,}?)\*(?!\*)|(?<![_\w])_(?P<title2>[^_]{6,}?)_(?!\w)")
_PAREN_YEAR = re.compile(r"\((?P<inner>[^()]*?(?:19|20)\d{2}[^()]*?|n\.[ \t]?d\.|" + marks.STATUS + r")\)(?P<sep>[.,]?)\s+", re.IGNORECASE)  # ("(n.d.)": no date)
_COMBINING = re.compile(r"[\u0300-\u036f]")
_ARXIV_ID = re.compile(r"arxiv", re.IGNORECASE)
_COMMA_PARTS = re.compile(r"^(?:\*[^*\n]{8,300}?[?!]\*|_[^_\n]{8,300}?[?!]_)(?=[ \t])|[^,]+")  # (an italic title ending in "?" needs no comma)


def _trim(text: str, start: int, end: int, chars: str = " .,;:") -> tuple[int, int]:
    while start < end and (text[start] in chars or text[start] in "\t\r\n"):
        start += 1
    while end > start and (text[end - 1] in chars or text[end - 1] in "\t\r\n"):
        end -= 1
    return start, end


def _year_after(text: str, pos: int) -> int | None:
    return int(m.group(1)) if (m := YEAR.search(text, pos)) else None


#: A wiki's escape before a CamelCase word (``!McAnelly``), which would otherwise link a page.
_WIKI_ESCAPE = re.compile(r"(?<=[ \t])!(?=(?:Mc|Mac|[A-Z][a-z]+)[A-Z])")
#: Names left out of an author list (``Gruber, L., ... & Hochreiter, S.``); not an ellipsis opening a title.
_LEFT_OUT = re.compile(r"(?<=,)[ \t]*+(?:\.\.\.|…)(?=[ \t]*+(?:&|and\b))")


#: A name written as a rule of dashes: the reference above's author in that place (``------, ------, and B. Tawny``).
_RULED_NAME = re.compile(r"(?:^[ \t]*+|(?<=,[ \t])|(?<=\band[ \t]))-{3,6}(?=[,.:][ \t]|[ \t])")


def parse_reference(text: str, strict: bool = True) -> Reference | None:
    """The parts of a reference, or None when the text is not one.  Title-case titles look like names, so a
    bare ``Names, Title`` form needs a year or an arXiv id unless ``strict`` is off (a line known to be a reference)."""
    # (a reference wrapped over lines is one paragraph; a no-break space a space; a combining accent part of its word: "Joaquı́n")
    text = _COMBINING.sub("a", text.replace("\n", " ").replace("\xa0", " "))
    if "..." in text or "…" in text:  # "Gruber, L., ... & Hochreiter, S.": names left out (same columns)
        text = _LEFT_OUT.sub(lambda m: " " * len(m.group(0)), text)
    if "!" in text:  # "R. L. !McAnelly": a wiki's escape of a CamelCase name, no part of it (same columns)
        text = _WIKI_ESCAPE.sub(" ", text)
    text = marks.english_and(marks.without_lead_flag(marks.unescaped(text)))  # ("Chen\. Title\.", a converter's escapes; "A &amp; B", a page's entities: same columns)
    text = marks.unmarked_lead(text) if text.lstrip()[:1] in "*_" else text  # ("**Barn, A. (1974).** Title": names and year bold)
    same = SAME_NAMES.match(text)
    if same:  # "———. 2018. “Title.”": the names of the reference above, read as a name of the same width
        if text[same.end()] == ",":  # ("------, ------, and B. Tawny, 2020:": each rule an initialled name of its width)
            text = _RULED_NAME.sub(lambda m: ("X. X" + "X" * len(m.group(0)))[: len(m.group(0))], text)
        else:
            text = ("X X" + "X" * same.end())[: same.end()] + text[same.end() :]
    for parse in (gbt, semicolon_names, standard_reference, nlm, _quoted, quoted_by, _italic_title, names_paren_year_colon, _author_year_title, cjk_reference, _names_sentence, year_after_names, dblp, _names_colon, names_year_colon, _author_first, _title_first, _title_commas):
        ref = parse(text)
        if ref is not None:
            if parse in (_author_first, cjk_reference) and strict and ref.year is None and not _ARXIV_ID.search(text):
                return None
            return replace(ref, authors=None) if same and ref.authors else ref
    return None


def _quoted(text: str) -> Reference | None:
    if "‘‘" in text or "``" in text:  # (quotes of two marks, "‘‘Title’’" and "``Title''", as one: same columns)
        text = text.replace("‘‘", " “").replace("``", " “").replace("’’", "” ").replace("''", "” ")
    m = outer_quotes(text)
    if not m or m.start() == 0:
        return None
    authors = _trim(text, 0, m.start(), " ,;:")
    names = text[authors[0] : authors[1]]
    dated = _NAMES_YEAR.search(names)  # "Dell M (2010)." before the title
    if dated:
        names = names[: dated.start()]
        authors = _trim(text, authors[0], authors[0] + dated.start())
    lone = len(names.split()) < 2 and not any(c in text[authors[1] : m.start()] for c in ",.:")  # ('Beyond “Protected”')
    if len(names) > 300 or not (is_name_list(names) and not lone or re.search(r",|\band\b|\bet al", names)):
        return None
    last = names.split()[-1] if names.split() else ""
    if last[:1].islower() and last.rstrip(".") not in ("al", "and", "de", "van", "von", "der", "da", "du", "la", "le", "del"):
        return None  # 'the "evidence cart"': a quote inside a title, not after names
    t0, t1 = _trim(text, m.start("title"), m.end("title"), " ,")
    if text[t0 : t0 + 1] in "*_“" and text.count("”", t0, t1) < text.count("“", t0, t1) + (text[t0] != "“"):
        t0, t1 = _trim(text, t0, t1, " ,.*_“")  # ('"**“Title**."': bold and a stray mark inside the quotes)
    if (external := _EXTERNAL.search(text, t0, t1)) is not None:
        t1 = len(text[:external.start()].rstrip())  # ("Title (Links to an external site.)": a course site's note)
    if text[t1 - 1 : t1] == "." and t1 - 2 >= t0 and text[t1 - 2] in "?!" or text[t1 - 1 : t1] == ".":
        t1 -= 1
    rest = m.end()
    venue = _venue_after(text, rest)
    year = int(dated.group(1)) if dated else _year_after(text, rest)
    return Reference((t0, t1), authors, venue, year)


_EXTERNAL = re.compile(r"\(links? to an external site\.?\)[ \t.]*+$", re.IGNORECASE)
#: A quoted title's closing quote, then who wrote it (the list reader's first look for :func:`quoted_by`).
QUOTED_BY = marks.QUOTED_BY
_MARKED = re.compile(r"(?:\*\*?|__?|[\"“])(?P<t>[^*_\"“”]{3,300})(?:\*\*?|__?|[\"”])")
_PUBLISHER = re.compile(r"\b(?:Press|Publish\w*|Books|Schuster|Norton|Penguin|Routledge|Macmillan|Harper\w*|"
                        r"Basic|Knopf|Vintage|Wiley|Elsevier|Academic)\b|\bUniversity\b|,\s*(?:New York|London|Cambridge|Oxford)\b")
_NAMES_YEAR = re.compile(r"(?:(?<![ \t])|(?![ \t]))(?:[ \t]*+\(|[.,。][ \t]*+)((?:19|20)\d{2})[a-z]?(?:[ \t]*+年)?\)?[.,。]?$")
#: "Journal 2005: 23(28); 6822-5" or "Lancet 2002; 359": a citation's year and volume.
_CITED_YEAR = re.compile(r"((?:19|20)(?<!\w..)\d{2})[a-z]?\s*[:;]")  # (the "\b" before the year, looked at after its first digits)
_SENTENCE_END = re.compile(r"[.?!][\"”]?[ \t]+(?=[A-Z])")
_FULL_STOP = re.compile(r"\.[ \t]+")


#: A year closing a reference after a comma or a full stop, maybe with its month (``Venue (CAL), 2016.``, ``(UCAS). April 2009.``).
_CLOSING_YEAR = re.compile(r"[,.][ \t]*+(?:[A-Z][a-z]{2,8}\.?[ \t]++)?((?:19|20)\d{2})(?:,[ \t]*+pp?\.[ \t]*+\d[\d\-–]*+)?\.?[ \t]*+$")


def _title_first(text: str) -> Reference | None:
    """``Title. A. Author, B. Author. Journal 2005: 23(2); 1-9.``: the title, then names,
    then the journal with its year and volume (medical and Vancouver styles)."""
    cited = _CITED_YEAR.search(text)
    closing = cited is None and (cited := _CLOSING_YEAR.search(text)) is not None  # ("Title. Names. Venue (CAL), 2016.")
    if cited is None:
        return None
    for m in _SENTENCE_END.finditer(text, 0, cited.start()):
        if closing and re.match(r"[^\w]?[A-Z]$", text[max(0, m.start() - 2) : m.start()]):
            continue  # ("Title, A. Barn, B. Tawny, 2020": an initial's stop ends no title)
        for stop in _FULL_STOP.finditer(text, m.end(), cited.start()):
            names = text[m.end() : stop.start()]
            if is_name_list(names) and "." not in text[stop.end() : cited.start()].rstrip(".") \
                    and not (closing and not ("," in names or " and " in names)):  # (several names when the year only closes it)
                end = m.start() + (text[m.start()] in "?!")
                end += text[end : end + 1] in "\"”"
                if len(text[:end].split()) < 3:
                    return None
                quoted = text[:1] in "\"“" and text[end - 1 : end] in "\"”"
                return Reference(_trim(text, 0, end, " .\"”“" if quoted else " ."), (m.end(), stop.start()),
                                 _trim(text, stop.end(), cited.start()), int(cited.group(1)))
    return None


#: One name with initials first, as a comma-separated reference writes it: ``A. Barn``, ``and B. C. Tawny``.
_INITIAL_NAME = re.compile(r"[ \t]*+(?:and[ \t]++)?(?:[A-Z]\.[ \t-]?){1,3}[ \t]*+[A-Z][\w'’\-]++(?:[ \t]++[A-Z][\w'’\-]++)?[ \t]*+")


def _title_commas(text: str) -> Reference | None:
    """``Title, A. Barn, B. Tawny, Journal of Owls, 2013.``: the title, names with initials, then the
    venue and the year, all between commas."""
    parts = [(m.start(), m.end()) for m in _COMMA_PARTS.finditer(text)]
    k = 1
    while k < len(parts) and _INITIAL_NAME.fullmatch(text, *parts[k]):
        k += 1
    if k == 1 or k + 1 > len(parts) or len(text[slice(*parts[0])].split()) < 3 or INITIAL.search(text, *parts[0]):
        return None
    year = _year_after(text, parts[k - 1][1])
    if year is None:
        return None
    venue = _trim(text, parts[k][0], parts[k][1], " .,;:[(") if not YEAR.fullmatch(text[slice(*parts[k])].strip(" .")) else None
    return Reference(_trim(text, *parts[0], " .,"), (_trim(text, parts[1][0], parts[k - 1][1])), venue, year)


def _italic_title(text: str) -> Reference | None:
    m = _ITALIC.search(text) if "*" in text or "_" in text else None
    if not m or m.start() == 0 or text[m.start() - 2 : m.start()] not in (". ", ", "):
        return None
    if not is_name_list(text[(authors := _trim(text, 0, m.start()))[0] : authors[1]]):
        return None
    group = "title" if m.group("title") is not None else "title2"
    title = _trim(text, m.start(group), m.end(group), " .,")
    return Reference(title, authors, None, _year_after(text, m.end()))


#: A journal's name and volume after a title's end (``? American Journal of Sociology, 120(5), 1473``).
_JOURNAL_AFTER = r"[ \t]++(?=[*_]?[A-Z][^.?!\n*_]{1,80}?,[ \t]*+\d++[*_]?[ \t]*+(?:\(\d++\))?[*_]?[ \t]*+[,:])"


def _author_year_title(text: str) -> Reference | None:
    m = _PAREN_YEAR.search(text) if "(" in text else None
    after = text[m.end() : m.end() + 1] if m else ""
    if not m or m.start() == 0 or not after or not (after.isalnum() or after in "*_\"“["):
        return None  # (nothing after the year: names and a year, no title)
    authors = _trim(text, 0, m.start(), " ,;:")  # (an initial keeps its full stop: "Hoot, C.")
    names = text[authors[0] : authors[1]]
    if (not is_name_list(names) or not re.search(r",|\band\b|&|\bet al", names) and len(names.split()) > 2 and not nl.initialled_name(names)
            or m.group("sep") == "," and not (person_names(names) and re.search(r"\b[A-Z]\.|\bet al|,", names)
                                              or SURNAME_GIVEN.match(names))) and not marks.DASHED_NAMES.fullmatch(names):
        return None  # ("Mask R-CNN (2017), K. He et al.": a title and its year, then names)
    title = _trim(text, m.end(), len(text), " .,")
    if title[0] >= title[1]:
        return None
    if after == "[":  # ("Names (2023). [Title](url). Venue": the linked title)
        return Reference(link, authors, None, _year_after(m.group("inner"), 0)) if (link := linked_title(text, title[0])) else None
    if text[title[0]] in "*_\"“" and (close := _MARKED.match(text, title[0])) is not None:
        if text[title[0]] in "*_" and _PUBLISHER.search(text, close.end()):
            return None  # "Putnam RD (2001). *Bowling Alone*. Simon & Schuster": an italic title and a publisher, a book
        title = _trim(text, close.start("t"), close.end("t"), " .,")  # "Duflo (2018) *The Economist as Plumber*"
    stop = re.search(r"(?<=[a-z\d)?!”’])(?<!\bsp)(?<!\bspp)(?<!\b[vV]s)\.\s+(?=\S)" + _NO_PART + r"|\s[—–]\s|" + VENUE_AFTER_QUESTION + r"|(?:(?<=[A-Z]{2})\.|(?<=[?!]))" + _JOURNAL_AFTER
                     + marks.VENUE_AFTER_COMMA + r"|,[ \t]++(?=" + marks.IN_VENUE.pattern + ")|" + marks.ITALIC_AFTER_CAPITAL,
                     text[title[0] : title[1]])
    cut = title[0] + stop.start() if stop else None  # ("Title. Working paper.": the title is the first sentence)
    if stop and stop.group(0).strip() in ("—", "–") and (end := _SUBTITLE_END.search(text, title[0] + stop.end(), title[1])):
        cut = end.start()  # ("(2019). Origins of owl pointing – three studies. Journal": a subtitle, the sentence goes on)
    title = _trim(text, title[0], cut, " .,") if cut is not None else title
    if title[1] - title[0] < 6:
        return None
    year = _year_after(m.group("inner"), 0)
    inner = _trim(text, m.start("inner"), m.end("inner"))
    venue_text = re.sub(r"\b" + marks.MONTH_DAY, "", YEAR.sub("", text[inner[0] : inner[1]])).strip(" \t,.;") if year else ""  # ("(1992, June)")
    venue = inner if venue_text else None
    return Reference(title, authors, venue, year)


#: A title's sentence closing before a capital, ending a subtitle after a dash (``Title – subtitle. Journal``).
_SUBTITLE_END = re.compile(r"(?<=[a-z\d)?!”’])\.[ \t]++(?=[A-Z])")
#: A part's number after a title's full stop, the title going on (``Title. II. A review``).
_NO_PART = r"(?!(?:Part[ \t]++)?(?:I{1,3}|IV|VI{0,3}|IX|X)\.?[ \t])"
_TWO_WORDS = re.compile(r"[A-Z][a-z'’\-]++[ ][A-Z]")
_INITIAL_START = re.compile(r"[A-Z]\.|[A-Z][\w'’\-]+ [A-Z]{1,2}\b")
#: Where a journal's name ends in a reference: its volume and issue or a parenthesis.
_VOLUME = re.compile(r"(?<![ \t])[ \t]++(?:\d++[ \t]*+[,(:]|\()")
#: One author as Vancouver writes them, the surname and the initials run together (``Bird A``, ``Maldacena JM``).
_ONE_VANCOUVER = re.compile(r"[A-Z][a-z'’\-]{2,}+[ \t]++[A-Z]{1,3}")


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: Two surnames alone before a year's sentence (``Rice and Green. 2019. Title.``).
_SURNAMES = re.compile(r"[A-Z][a-z'’\-]++[ \t]++(?:and|&)[ \t]++[A-Z][a-z'’\-]++")
#: A year closing the names' sentence after a comma (Harvard: ``Barn, A. and Tawny, B., 2020.``) or after
#: the last initials, no brackets (``Barn J.A., Tawny B. 1999.``, ``Barn AB, Hoot C 2015.``).
_NAMES_COMMA_YEAR = re.compile(r"(?:,[ \t]*+\(?((?:19|20)\d{2})[a-z]?\)?(?:,[ \t]*+" + _MONTH + r")?|(?<=[A-Z])\.?[ \t]++((?:19|20)\d{2})[a-z]?)$")


def _names_sentence_ends(text: str) -> tuple[list[tuple[int, int]], tuple[int, int, int] | None]:
    """Where the sentences of a names-first reference end, and a venue's tag closing its title."""
    ends = sentence_ends(text)
    tag = marks.closing_tag(text, ends[0][1]) if len(ends) == 1 else None
    ends += [tag[:2]] if tag is not None else []  # ("Names. Title (ICML16) ([PDF](url))": a venue's tag closes the title)
    if len(ends) == 1 and (cut := comma_tail(text, ends[0][1], len(text))) < len(text):
        ends.append((cut, cut))  # ("Names. Title, J. Climate, 21, 2008.": an abbreviated journal after a comma closes the title)
    return ends, tag


def _names_sentence(text: str) -> Reference | None:
    """``Names. [Year.] Title. Venue, Year.``: sentences whose first names the authors
    (``Smith J, Doe A.``, ``A. Barn, B. Tawny.``, ``Smith, John, and Ann Doe. 2019.``)."""
    head = text[:300]
    if head.count(". ") < 2 and marks.closing_tag(head, 0) is None or not (", " in head or " and " in head or "&" in head or "et al" in head
                                    or _INITIAL_START.match(head) or _TWO_WORDS.match(head)):
        return None  # (a cheap first look: sentences, and names as references write them)
    ends, tag = _names_sentence_ends(text)
    if len(ends) < 2:
        return None
    names = text[: ends[0][0]].strip()
    year = tag[2] if tag is not None else None
    if (dated := _NAMES_COMMA_YEAR.search(names)) is not None and person_names(names[: dated.start()]):
        names, year = names[: dated.start()], int(dated.group(1) or dated.group(2))  # "Barn, A. and Tawny, B., 2020. Title."
    elif not person_names(names) and not ((one_name(names) or _SURNAMES.fullmatch(names))
                                          and YEAR_ONLY.fullmatch(text[ends[0][1] : ends[1][0]].strip())) \
            and not spaced_names(names) and not cjk_names(names) and not VANCOUVER.fullmatch(names) \
            and not (_ONE_VANCOUVER.fullmatch(names) and not YEAR_ONLY.fullmatch(second := text[ends[0][1] : ends[1][0]].strip())
                     and not ((p := NEXT_PIECE.match(second)) is not None and len(p.group(0).split()) <= 4 and is_name_list(p.group(0)))):  # ("Bird A. Title. Journal, 2002": one author; not "Kathryn E. Gray and ...")  # ("Michael Stonebraker Joseph M. Hellerstein. Title.")
        return None  # (one author's name only before a year: "Ben Hoot. 2007. Title.")
    k = 1
    if (y := YEAR_ONLY.fullmatch(text[ends[0][1] : ends[1][0]].strip())) is not None:
        year, k = int(y.group(1)), 2
        if k >= len(ends):
            return None
    t0 = ends[k - 1][1]
    title = _trim(text, t0, comma_tail(text, t0, ends[k][0]))
    if title_words(text[title[0] : title[1]]) < 2 or YEAR_ONLY.fullmatch(text[title[0] : title[1]]):
        return None
    venue_end = ends[k + 1][0] if k + 1 < len(ends) else len(text)
    if (volume := _VOLUME.search(text, ends[k][1], venue_end)) is not None:
        venue_end = volume.start()  # "Commun. ACM 50, 12 (December 2007), 20-32": the journal's name only
    venue = italic_venue(text, _trim(text, ends[k][1], venue_end, " .,;:[("))
    year = year or _year_after(text, title[1])
    if year is None:
        return None
    return Reference(title, (0, len(names)), venue if venue[1] > venue[0] else None, year)


#: A venue after a title and a comma: a volume's number, or a venue's first word (``Joint Proceedings of ...``).
_VENUE_PART = re.compile(r"[ \t]*+(?:\S[^,]*?\d|(?:In|Proc\w*|Journal|Joint|International|Transactions|Workshop|Conference|"
                         r"Symposium|IEEE|ACM|The[ \t]++\d+(?:st|nd|rd|th))\b)")

def _names_colon(text: str) -> Reference | None:
    """``A. Barn, B. Tawny: Title. Venue 2020: 1-9.`` (DBLP, publication pages) and ``澤村勇輝，森田武史：Title，
    Journal``: names before the first colon, the title after it.  Latin names must read as a list of
    people (the last joined by ", and", or "et al."): two full names read like a title's words."""
    colon = re.search(r"[:：]", text[:400])
    if colon is None or colon.start() == 0:
        return None
    names = text[: colon.start()].strip()
    dated = _NAMES_COMMA_YEAR.search(names)  # ("Barn, A., and C. Hoot, 2026: Title, J. Owls": AMS's style)
    names = names[: dated.start()] if dated is not None else names
    cjk = marks.CJK_NAMES.fullmatch(names) is not None or inverted_names(names)
    if not cjk and (re.search(r"[a-z]{2}\.[ \t]", names) or not person_names(names)
                    or not (dated or marks.LAST_NAME_JOINED.search(names))):
        return None  # ("More Tokens, Lower Precision: ...", "A. Barn. Title: Subtitle": no names before the colon)
    start = colon.end()
    stop = marks.COLON_TITLE_END.search(text, start)
    end = stop.start() if stop else len(text)
    comma = text.rfind(",", start, end) if stop and text[end] == "." else -1
    if comma > start and marks.ABBREVIATED.fullmatch(text, comma + 1, end):
        end = comma  # ("Title, Atmos. Chem. Phys., 26": a journal's abbreviated name after a comma)
    for part in _COMMA_PARTS.finditer(text, start, end):
        if part.start() > start and (is_tail(part.group(0)) or _VENUE_PART.match(part.group(0))
                                     or dated and part.group(0).lstrip().startswith(marks.ITALIC_START)):
            end = part.start() - 1  # "Title, Information 13, No. 6": the venue after a comma
            break
    title = _trim(text, start, end, " .,")
    if len(text[title[0] : title[1]].split()) < 2 and not (cjk and title[1] - title[0] >= 6):
        return None
    year = int(dated.group(1) or dated.group(2)) if dated is not None else _year_after(text, end)
    return Reference(title, (0, len(names)), _venue_after(text, end), year)


#: A venue's short name and year closing a title's sentence: ``WWW 2020``, ``NeurIPS 2020``.
_SHORT_VENUE = re.compile(r"[A-Z][\w&'’\-]*+(?:[ \t][A-Z][\w&'’\-]*+){0,2}[ \t]++(?:19|20)\d{2}[ \t.]*+")


#: Initials opening a part of a reference (``J.M.B.``, ``A``): the part before was a surname.
_INITIALS_NEXT = re.compile(r"[ \t]*+[A-Z](?:\.|[ \t]*+(?:,|$))")
#: One word in lower case after its capital (``Practical``, ``Obfuscation-Resilient``): no initial, no name's particle.
_WORD_ALONE = re.compile(r"[A-Z][a-z]++(?:-[A-Z]?[a-z]++)?+")


def _author_first(text: str) -> Reference | None:
    """``A. Author, B. Author, Title, Venue, Year.``: names first, then the title."""
    if "," not in text:
        return None  # (one part: names with no title after them, or a title with no names)
    parts = [(m.start(), m.end()) for m in _COMMA_PARTS.finditer(text)]
    k = 0
    while k < len(parts) and is_name_list(text[parts[k][0] : parts[k][1]].replace(" and ", ",")):
        k += 1
    if k == 0 or k >= len(parts) or k <= 2 and all(_WORD_ALONE.fullmatch(text[a:b].strip()) for a, b in parts[:k]) \
            and not _INITIALS_NEXT.match(text, parts[k][0]):
        return None  # (one word or two, a word each, are a title's first words: "Practical, Formal Synthesis of ...";
        # a surname is one before its initials, "Barn, J.M.B.⭑, Title")
    initials = [_INITIAL_NAME.fullmatch(text, a, b) is not None for a, b in parts[:k]]
    if any(initials) and not initials[0] and len(text[slice(*parts[0])].split()) >= 3:
        return None  # "Title Words and More Words, A. Barn, B. Tawny, ...": the first part is the title, not a name
    if is_tail(text[slice(*parts[k])]):
        return None  # names, then straight a venue: no title between
    t0 = parts[k][0]
    end = k
    while end + 1 < len(parts) and not is_tail(text[parts[end + 1][0] : parts[end + 1][1]]):
        end += 1
    title = _trim(text, t0, parts[end][1], " .,")
    if len(text[title[0] : title[1]].split()) < 2:
        return None
    venue = _trim(text, parts[end + 1][0], parts[end + 1][1], " .,;:[(") if end + 1 < len(parts) else None
    if (cut := text.rfind(". ", title[0], title[1])) > title[0] and text[cut - 1].islower() and text[title[0]].isupper() \
            and _SHORT_VENUE.fullmatch(text, cut + 2, title[1]) and ". " not in text[title[0] : cut]:
        title, venue = (title[0], cut), _trim(text, cut + 2, title[1], " .,")  # "Names, Title. WWW 2020."
    return Reference(title, (parts[0][0], parts[k - 1][1]), venue, _year_after(text, title[1]))


def _venue_after(text: str, pos: int) -> tuple[int, int] | None:
    if m := _ITALIC.search(text, pos):
        group = "title" if m.group("title") is not None else "title2"
        return _trim(text, m.start(group), m.end(group))
    rest = _trim(text, pos, len(text))
    if (seg := re.match(r"[^,()]+", text[rest[0] : rest[1]])) and not YEAR.fullmatch(seg.group(0).strip(" .")):
        return _trim(text, rest[0], rest[0] + seg.end(), " .,;:[(")
    return None
